import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const RENDERER_DIR = resolve('renderer');
const VITE = resolve('node_modules/vite/bin/vite.js');

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** A hash of everything the bundle is made from, so every test file of a run shares one build. */
async function sourceHash(sourceDir: string): Promise<string> {
  const hash = createHash('sha256');
  const inputs = [...(await filesUnder(sourceDir)), resolve('package-lock.json'), fileURLToPath(import.meta.url)];
  for (const file of inputs) hash.update(file).update(await readFile(file));
  return hash.digest('hex').slice(0, 16);
}

const builds = new Map<string, Promise<string>>();

/**
 * Builds a Vite app (a folder and its config file) into a temp folder, reused while its sources
 * are unchanged. It runs as a separate production build: the test runner's NODE_ENV=test would
 * otherwise mix React's development JSX runtime into a production bundle.
 */
export function buildViteApp(name: string, sourceDir: string, configFile: string): Promise<string> {
  const known = builds.get(sourceDir);
  if (known) return known;
  const build = (async () => {
    const outDir = join(tmpdir(), `authid-manager-${name}-${await sourceHash(sourceDir)}`);
    if (existsSync(join(outDir, 'index.html'))) return outDir;
    // Parallel test files may build at once: each builds privately, the first rename wins.
    const privateDir = `${outDir}.${process.pid}.tmp`;
    await promisify(execFile)(
      process.execPath,
      [VITE, 'build', '--config', configFile, '--outDir', privateDir, '--emptyOutDir', '--logLevel', 'warn'],
      { env: { ...process.env, NODE_ENV: 'production' } },
    );
    try {
      await rename(privateDir, outDir);
    } catch {
      await rm(privateDir, { recursive: true, force: true });
    }
    return outDir;
  })();
  builds.set(sourceDir, build);
  return build;
}

/** The window's renderer, built with its own Vite config. */
export function buildRenderer(): Promise<string> {
  return buildViteApp('renderer', RENDERER_DIR, join(RENDERER_DIR, 'vite.config.ts'));
}
