/**
 * The baseline page: a bare Vite + React hello world, written and built in this run. It lives
 * under node_modules/.cache so its `react` imports resolve to the project's own copy; each run
 * wipes and rebuilds it.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** What the page renders, for probes that wait for it. */
export const HELLO_SELECTOR = 'h1';

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Hello</title></head>
  <body><div id="root"></div><script type="module" src="./main.tsx"></script></body>
</html>
`;

const MAIN_TSX = `import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')!).render(<h1>Hello, world</h1>);
`;

let built: Promise<string> | undefined;

/** Builds once per run; resolves to the output folder. */
export function buildHelloWorld(): Promise<string> {
  built ??= (async () => {
    const root = resolve('node_modules/.cache/bench-hello-world');
    await rm(root, { recursive: true, force: true });
    await mkdir(root, { recursive: true });
    await writeFile(join(root, 'index.html'), INDEX_HTML);
    await writeFile(join(root, 'main.tsx'), MAIN_TSX);
    const outDir = join(root, 'dist');
    await build({ root, base: './', configFile: false, logLevel: 'warn', plugins: [react()], build: { outDir, emptyOutDir: true } });
    return outDir;
  })();
  return built;
}
