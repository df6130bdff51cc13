// embed.js: the one file webmasters link to, built alone as a classic script (IIFE) under a fixed name, beside the site's pages.
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

export default defineConfig({
  // The site build already copied public/; this build only adds embed.js to dist/.
  publicDir: false,
  build: {
    outDir: process.env.DIST_DIR ?? 'dist',
    emptyOutDir: false,
    // Host pages are anyone's: keep the syntax old enough for the browsers portals' visitors still use.
    target: 'es2019',
    copyPublicDir: false,
    sourcemap: false,
    lib: {
      entry: resolve(import.meta.dirname, 'src/embed/embed.ts'),
      formats: ['iife'],
      name: 'TthcEmbed',
      fileName: () => 'embed.js',
    },
  },
});
