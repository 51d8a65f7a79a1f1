// Builds the app with electron-vite (offline, no Electron binary needed) once per test run: the
// first test file to ask builds into out/, files in other workers wait for that result instead of
// rebuilding into the same folder at the same time. The run's folder for that comes from the
// global setup (test/setup/build-once-per-run.ts), new for every run. The build has source maps,
// so a finding in the bundle can be traced to the source it came from (electronegativity.ts).
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, watch, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const outDir = path.join(repoRoot, 'out');

const runDir = path.join(inject('appBuildRunDir'), 'build');
const resultFile = path.join(runDir, 'result.json');

interface BuildResult {
  readonly ok: boolean;
  readonly log: string;
}

export async function buildAppOnce(): Promise<string> {
  const result = claimBuild() ? await runBuild() : await waitForBuild();
  if (!result.ok) throw new Error(`electron-vite build failed:\n${result.log}`);
  return outDir;
}

/** mkdir is atomic: exactly one worker of this run gets to build. */
function claimBuild(): boolean {
  try {
    mkdirSync(runDir);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function runBuild(): Promise<BuildResult> {
  const cli = path.join(path.dirname(createRequire(import.meta.url).resolve('electron-vite/package.json')), 'bin/electron-vite.js');
  let result: BuildResult;
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, 'build', '--sourcemap'], { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 });
    result = { ok: true, log: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '', message } = error as { stdout?: string; stderr?: string; message: string };
    result = { ok: false, log: `${message}\n${stdout}${stderr}` };
  }
  // Rename is atomic, so a waiting worker never reads half a file.
  writeFileSync(`${resultFile}.tmp`, JSON.stringify(result));
  renameSync(`${resultFile}.tmp`, resultFile);
  return result;
}

function readResult(): BuildResult | undefined {
  try {
    return JSON.parse(readFileSync(resultFile, 'utf8')) as BuildResult;
  } catch {
    return undefined; // Not written yet.
  }
}

/** Waits for the building worker's rename of result.json into place: a watch event, not a poll. */
async function waitForBuild(timeoutMs = 180_000): Promise<BuildResult> {
  const watcher = watch(runDir);
  let timer: NodeJS.Timeout | undefined;
  try {
    return await new Promise<BuildResult>((resolve, reject) => {
      const check = (): void => {
        const result = readResult();
        if (result) resolve(result);
      };
      timer = setTimeout(() => reject(new Error(`Timed out waiting for another test file's electron-vite build (${resultFile})`)), timeoutMs);
      watcher.on('change', check);
      watcher.on('error', reject);
      check();
    });
  } finally {
    clearTimeout(timer);
    watcher.close();
  }
}
