/**
 * `npm start` on a fresh checkout, for real (npm, tsx, electron-vite): with the Electron download
 * made impossible it says in one sentence what to do and exits with 1; with a stand-in Electron
 * named by ELECTRON_OVERRIDE_DIST_PATH it builds the app and starts Electron on that build.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it  } from 'vitest';
import { closedPortServer } from '../../fixtures/recording-loopback-server';
import { cleanCopy, standInElectronBinary, type CleanCopy } from './clean-copy';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
let copy: CleanCopy;
let scratch: string;

beforeAll(() => {
  copy = cleanCopy(repoRoot);
  scratch = mkdtempSync(path.join(os.tmpdir(), 'authid-manager-start-'));
});
afterAll(() => {
  copy?.remove();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

interface Run {
  readonly code: number | null;
  readonly output: string;
}

/** A user's shell: none of the test runner's variables, no proxy, no Electron settings of ours. */
function userEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const kept = Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|VITEST.*|TEST|ELECTRON_.*|electron_.*|npm_.*|https?_proxy|HTTPS?_PROXY)$/.test(name));
  return { ...Object.fromEntries(kept), ...extra };
}

/** Stopped before the test's own limit, so a hang fails with what npm printed. */
const NPM_LIMIT_MS = 45_000;

function npmStart(args: readonly string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile('npm', ['start', ...args], { cwd: copy.dir, env, timeout: NPM_LIMIT_MS }, (_error, stdout, stderr) =>
      resolve({ code: child.exitCode, output: `${stdout}${stderr}` }),
    );
  });
}

describe('npm start on a fresh checkout', () => {
  it('offline: one clear sentence on what to do, exit status 1, no stack trace, nothing built', async () => {
    // A mirror on a closed loopback port and an empty cache: the download cannot happen.
    const mirror = `${(await closedPortServer()).baseUrl}/`;
    const run = await npmStart([], userEnv({ ELECTRON_MIRROR: mirror, electron_config_cache: path.join(scratch, 'empty-cache') }));
    expect(run.code, run.output).toBe(1);
    expect(run.output).toMatch(
      /AuthID Manager cannot start: The Electron \d+\.\d+\.\d+ binary could not be downloaded \([^)]+\): set HTTPS_PROXY if you need a proxy, or ELECTRON_MIRROR to a mirror, or point ELECTRON_OVERRIDE_DIST_PATH at an Electron \S+ you have, then try again\./,
    );
    expect(run.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(path.join(copy.dir, 'out'))).toBe(false);
  });

  it('with ELECTRON_OVERRIDE_DIST_PATH: builds the app, then starts that Electron on the build', async () => {
    const record = path.join(scratch, 'electron-was-started-with.txt');
    standInElectronBinary(path.join(scratch, 'electron-dist'), record);
    const started = Date.now();
    const run = await npmStart(['--', '--hidden'], userEnv({ ELECTRON_OVERRIDE_DIST_PATH: path.join(scratch, 'electron-dist') }));
    expect(run.code, run.output).toBe(0);
    const [cwd, ...args] = readFileSync(record, 'utf8').trim().split('\n');
    expect(cwd).toBe(copy.dir);
    // electron-vite starts Electron on "." (the package's main) with the app's arguments.
    expect(args).toEqual(['.', '--hidden']);
    const main = (JSON.parse(readFileSync(path.join(copy.dir, 'package.json'), 'utf8')) as { main: string }).main;
    expect(main).toBe('out/main/main.js');
    for (const built of [main, 'out/preload/preload.cjs', 'out/renderer/index.html']) {
      expect(statSync(path.join(copy.dir, built)).mtimeMs, built).toBeGreaterThanOrEqual(started);
    }
  });
});
