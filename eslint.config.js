// Lint: TypeScript's recommended rules, the hooks rules, and import boundaries that keep data walking one way
// (feed → stats → queries → ui → pages; nothing imports a page; the widget never pulls in charts).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const pages = ['dashboard', 'widget', 'kiosk'];
const pageImports = (except) =>
  pages
    .filter((page) => page !== except)
    .map((page) => ({ group: [`**/${page}/*`, `../${page}/*`], message: `Nothing imports from the ${page} page folder.` }));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'bench-results', '.tmp', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Feed strings are text, never markup.' },
      ],
    },
  },
  {
    files: ['src/feed/**', 'src/stats/**', 'src/config/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-dom/*', '@tanstack/*', 'recharts', 'zustand'],
              message: 'feed/ and stats/ are plain TypeScript: no React.',
            },
            {
              group: ['**/queries/*', '**/ui/*', '**/view/*', ...pages.map((page) => `**/${page}/*`)],
              message: 'feed/ and stats/ import nothing above them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/queries/**', 'src/ui/**', 'src/view/**', 'src/i18n/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: pageImports(null) }] },
  },
  ...pages.map((page) => ({
    files: [`src/${page}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...pageImports(page),
            ...(page === 'widget' ? [{ group: ['recharts', 'recharts/*'], message: 'The widget carries no chart library.' }] : []),
          ],
        },
      ],
    },
  })),
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**', 'scripts/**', 'mocks/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
