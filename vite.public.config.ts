// public.html built alone, after the site, as widget.html is (see vite.widget.config.ts): one chunk, no framework, a
// phone's first visit from the widget's link or the kiosk's QR code downloads this page and nothing else.
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

export default defineConfig({
  base: './',
  publicDir: false,
  build: {
    outDir: process.env.DIST_DIR ?? 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2022',
    modulePreload: false,
    rollupOptions: { input: { public: resolve(import.meta.dirname, 'public.html') } },
  },
  plugins: [
    {
      name: 'public-plain-dynamic-import',
      enforce: 'pre',
      // As for the widget: the demo's import() needs no preload helper.
      load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : null),
    },
  ],
});
