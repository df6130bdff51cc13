// Lint: TypeScript's recommended rules, the hooks rules, and the architecture's guard: import boundaries checked on
// resolved paths (static imports, re-exports and dynamic import() alike) and no import cycles. README "How the code is
// laid out" draws the walk these zones enforce.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

// The walk, bottom to top. A layer may import the layers listed before it, never those after it.
const LAYERS = [
  ['feed'], // parse + validate a document, the typed model, months, search text
  ['stats', 'dossiers'], // figures from the model; feed documents from dossier records
  ['i18n', 'config'], // words and sentences; config.json
  ['queries', 'view'], // fetching and polling; the viewer's choices
  ['ui'], // shared React pieces and the chart layer
  ['dashboard', 'widget', 'public', 'kiosk', 'embed'], // one folder per page: nothing imports them
];
const PAGES = LAYERS.at(-1);
const dir = (name) => `./src/${name}`;
const pkg = (name) => `./node_modules/${name}`;
// The TypeScript resolver lands on a package's types where it has them apart (@types/react), so both are named.
const FRAMEWORKS = ['react', 'react-dom', '@types/react', '@types/react-dom', 'zustand', 'recharts', '@tanstack'].map(pkg);

const zones = [];
LAYERS.forEach((layer, index) => {
  const above = LAYERS.slice(index + 1).flat();
  for (const name of layer) {
    if (above.length > 0) {
      zones.push({ target: dir(name), from: above.map(dir), message: `${name}/ sits below ${above.join(', ')}: data walks one way.` });
    }
  }
});
// Pages: nothing imports a page folder but itself; the widget reads embed.js's message protocol, its one shared file.
for (const page of PAGES) {
  zones.push({
    target: PAGES.filter((other) => other !== page).map(dir),
    from: dir(page),
    except: page === 'embed' ? ['./embed-protocol.ts'] : [],
    message: `Nothing imports from the ${page} page folder.`,
  });
}
zones.push(
  { target: dir('embed'), from: './src', except: ['./embed'], message: 'embed.js stands alone: one small file on other sites.' },
  {
    target: ['feed', 'stats', 'dossiers', 'i18n', 'config'].map(dir),
    from: FRAMEWORKS,
    message: 'feed/, stats/, dossiers/, i18n/ and config/ are plain TypeScript that a script or a worker can run: no React, no stores.',
  },
  {
    target: [dir('widget'), dir('public')],
    from: [...FRAMEWORKS, dir('ui')],
    message: "The widget and the public view open on citizens' phones: no React, zustand, recharts, TanStack or ui/.",
  },
  { target: './mocks', from: [...PAGES, 'ui', 'view', 'queries'].map(dir), message: 'The mock feed knows the engine, not the pages.' },
);

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'bench-results', '.tmp', '.ci-reports', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      // no-cycle follows imports through the files it reads: they are TypeScript, parsed as such.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
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
    // Tests may cross layers to check one against another (an engine test reads a parsed document); the code they test may not.
    files: ['src/**', 'mocks/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // The rules of DOSSIERS.md and the engine run in Node (the feed:build command) and in a Web Worker alike.
    files: ['src/feed/**', 'src/stats/**', 'src/dossiers/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'fs', 'path'], message: 'No Node API in the engine or the rules.' }] },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'fetch', 'localStorage', 'File', 'Blob', 'process', 'Buffer', 'navigator', 'self'].map((name) => ({
          name,
          message: 'No browser or Node API in the engine or the rules: values in, values out.',
        })),
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**', 'scripts/**', 'mocks/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
