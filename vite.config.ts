/**
 * One build for the browser apps. Each is an HTML entry, so the output mirrors the URLs the server
 * serves: dist/kiosk/index.html → /kiosk/, dist/display/ → /display/, dist/counter/ → /counter/,
 * dist/status/ → /status/ (the public ticket status behind the QR code).
 * The #protocol/#i18n/#web aliases come from package.json "imports", which Vite resolves itself.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

export default defineConfig({
  root: '.',
  base: '/',
  // No @preact/preset-vite: Vite's own oxc transform only needs to know where the JSX runtime lives.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks each page loads at start and on demand
    // (scripts/bundle-size.ts reads it).
    manifest: true,
    rollupOptions: {
      input: {
        kiosk: resolve(root, 'kiosk/index.html'),
        display: resolve(root, 'display/index.html'),
        counter: resolve(root, 'counter/index.html'),
        status: resolve(root, 'status/index.html'),
      },
    },
  },
  server: {
    // `vite` alone (without the server's middleware mode) forwards API and socket calls to it.
    proxy: {
      '/api': 'http://localhost:8080',
      '/socket.io': { target: 'http://localhost:8080', ws: true },
    },
  },
});
