// widget.html built alone, after the site: one chunk that shares no code with the dashboard or the kiosk. Shared chunks
// would split the widget's ~12 KB over four files (each gzipped on its own, about 1.5 KB more) and change its files on
// every dashboard release; the portals' visitors should download the widget and nothing else.
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

export default defineConfig({
  base: './',
  // The site build already copied public/; this build only adds widget.html and its assets to dist/.
  publicDir: false,
  build: {
    outDir: process.env.DIST_DIR ?? 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2022',
    // One chunk: nothing to preload. The demo's MSW chunks (loaded only for "demo") need no preloading either.
    modulePreload: false,
    rollupOptions: { input: { widget: resolve(import.meta.dirname, 'widget.html') } },
  },
  plugins: [
    {
      name: 'widget-plain-dynamic-import',
      enforce: 'pre',
      // With modulePreload off and no CSS behind the demo's import(), Vite's preload helper would only call import():
      // 1.1 KB gzip of the widget's 12 for nothing. Should Vite rename the helper, this stops applying and the budget says so.
      load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : null),
    },
  ],
});
