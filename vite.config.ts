import { defineConfig } from 'vitest/config';
import type { Connect, Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * `--mode national` (npm run dev:national, preview:national): config.json answered as public/ has it but with the
 * national demo's feedUrl, so trying the national demo never means editing a file someone may commit.
 */
function nationalDemoConfig(): Plugin {
  let national = false;
  const answer: Connect.NextHandleFunction = (request, response, next) => {
    if (!national || !(request.url ?? '').split('?')[0]?.endsWith('/config.json')) return next();
    const config: unknown = JSON.parse(readFileSync(resolve(import.meta.dirname, 'public/config.json'), 'utf8'));
    response.setHeader('Content-Type', 'application/json');
    response.setHeader('Cache-Control', 'no-cache');
    response.end(JSON.stringify({ ...(config as object), feedUrl: 'demo-national' }));
  };
  return {
    name: 'national-demo-config',
    configResolved: (config) => {
      national = config.mode === 'national';
    },
    configureServer: (server) => {
      server.middlewares.use(answer);
    },
    configurePreviewServer: (server) => {
      server.middlewares.use(answer);
    },
  };
}

// One static site: every page is its own entry so the widget never loads chart code (widget.html is built alone,
// by vite.widget.config.ts, so that it shares no chunk with these pages).
// base './' lets the build be served from any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), nationalDemoConfig()],
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
