/**
 * The floor page: a Vite + React hello world with one search box (React-controlled, so a
 * keystroke costs the floor's own render too), built exactly as the renderer is (a production
 * build in its own process, same base and asset rules) and served with the same CSP. Its
 * sources live under node_modules/.cache so `react` resolves to the project's own copy.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildViteApp } from '../../e2e/support/build-renderer';
import { RENDERER_CSP } from '../../e2e/support/renderer-csp';

/** What the page renders first, for probes that wait for it. */
export const HELLO_SELECTOR = 'h1';

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${RENDERER_CSP}" />
    <title>Hello</title>
  </head>
  <body><div id="root"></div><script type="module" src="./main.tsx"></script></body>
</html>
`;

const MAIN_TSX = `import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function Hello() {
  const [query, setQuery] = useState('');
  return (
    <main>
      <h1>Hello, world</h1>
      <input type="search" aria-label="Search" value={query} onChange={(event) => setQuery(event.target.value)} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Hello />);
`;

const VITE_CONFIG = `import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({ root: dirname(fileURLToPath(import.meta.url)), base: './', plugins: [react()], build: { assetsInlineLimit: 0 } });
`;

const SOURCE_DIR = resolve('node_modules/.cache/bench-hello-world');

/** Resolves to the built folder; rebuilt only when the sources above change. */
export async function buildHelloWorld(): Promise<string> {
  await mkdir(SOURCE_DIR, { recursive: true });
  await writeFile(join(SOURCE_DIR, 'index.html'), INDEX_HTML);
  await writeFile(join(SOURCE_DIR, 'main.tsx'), MAIN_TSX);
  await writeFile(join(SOURCE_DIR, 'vite.config.mjs'), VITE_CONFIG);
  return buildViteApp('bench-hello-world', SOURCE_DIR, join(SOURCE_DIR, 'vite.config.mjs'));
}
