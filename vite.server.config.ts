import { defineConfig } from 'vite';

// The standalone AuthID server (`npm run build:server`): one ESM file for Node, its
// dependencies (zod, proper-lockfile) left to node_modules; no Electron involved.
export default defineConfig({
  build: {
    ssr: 'electron/authid-server/standalone/main.ts',
    outDir: 'out-server',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: { output: { entryFileNames: 'authid-server.js' } },
  },
});
