import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Standalone build of the window (the browser test harness uses it); relative asset paths so
// the page works from file:// in Electron and from any loopback URL in tests.
const root = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(root, '../out/renderer'),
    emptyOutDir: true,
    // Inlined assets would become data: URLs; keep every asset a file the CSP allows as 'self'.
    assetsInlineLimit: 0,
  },
});
