import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// Builds main (ESM), the sandboxed preload (CommonJS: sandboxed preloads cannot be modules)
// and the renderer, all offline; no Electron binary is needed to build.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Class private fields lowered: electronegativity's AST walker (the security test) cannot
      // read them, and it must read all of main. Electron 45 runs either form.
      rolldownOptions: { input: { main: resolve('electron/main.ts') }, transform: { target: 'es2021' } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified by default; the window should load fast.
      minify: true,
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
