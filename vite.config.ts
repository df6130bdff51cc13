import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// One static site: every page is its own entry so the widget never loads chart code (widget.html is built alone,
// by vite.widget.config.ts, so that it shares no chunk with these pages).
// base './' lets the build be served from any sub-path.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    // DIST_DIR lets two checkouts' worth of work build and test side by side without overwriting each other's dist/.
    outDir: process.env.DIST_DIR ?? 'dist',
    target: 'es2022',
    rollupOptions: {
      input: {
        dashboard: resolve(import.meta.dirname, 'index.html'),
        kiosk: resolve(import.meta.dirname, 'kiosk.html'),
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['./vitest.setup.ts'],
    restoreMocks: true,
    // A test that asserts nothing fails: it would pass whatever the code did.
    expect: { requireAssertions: true },
  },
});
