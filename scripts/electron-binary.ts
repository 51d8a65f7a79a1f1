/**
 * Makes sure the Electron binary is there before anything starts it, with Electron's own
 * installer (node_modules/electron/install.js, the `install-electron` bin): since Electron 42
 * nothing downloads it at `npm ci` time. ELECTRON_OVERRIDE_DIST_PATH names an Electron the user
 * already has, as Electron's own index.js reads it. Never evaluates the `electron` package.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type EnsuredElectron =
  | { readonly ok: true; readonly executablePath: string; readonly distPath: string }
  | { readonly ok: false; readonly message: string };

/** What install.js writes into path.txt, per platform. */
function platformExecutable(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return platform === 'win32' ? 'electron.exe' : 'electron';
}

export function electronPackageDir(from: string = process.cwd()): string {
  return path.dirname(createRequire(path.join(from, 'package.json')).resolve('electron/package.json'));
}

/** `cwd`: the project whose node_modules holds Electron. */
export function ensureElectron(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): EnsuredElectron {
  const packageDir = electronPackageDir(cwd);
  const pathFile = path.join(packageDir, 'path.txt');
  const named = () => (existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : platformExecutable(process.platform));

  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const executablePath = path.join(override, named());
    if (existsSync(executablePath)) return { ok: true, executablePath, distPath: override };
    return { ok: false, message: `ELECTRON_OVERRIDE_DIST_PATH is set to ${override}, but there is no Electron at ${executablePath}: point it at the folder that holds the Electron executable.` };
  }

  const version = (JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
  const installed = spawnSync(process.execPath, [path.join(packageDir, 'install.js')], { cwd: packageDir, env, encoding: 'utf8' });
  const distPath = path.join(packageDir, 'dist');
  const executablePath = path.join(distPath, named());
  if (installed.status === 0 && existsSync(executablePath)) return { ok: true, executablePath, distPath };
  return {
    ok: false,
    message: `The Electron ${version} binary could not be downloaded (${cause(`${installed.stderr ?? ''}${installed.stdout ?? ''}`)}): set HTTPS_PROXY if you need a proxy, or ELECTRON_MIRROR to a mirror, or point ELECTRON_OVERRIDE_DIST_PATH at an Electron ${version} you have, then try again.`,
  };
}

/** The installer's error in a few words (its first error line), never its stack. */
function cause(output: string): string {
  const line = output.split('\n').map((l) => l.trim()).find((l) => /^(\w*Error|HTTPError|RequestError)\b/.test(l) || /error/i.test(l));
  return (line ?? 'the installer failed').replace(/^\w*Error:\s*/, '').slice(0, 160);
}
