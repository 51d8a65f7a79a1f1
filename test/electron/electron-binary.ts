// Finds an Electron to run the specs with, without evaluating the `electron` package: its
// index.js downloads the binary when it is missing, and these machines cannot download.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ElectronLaunch =
  | { readonly run: true; readonly executablePath: string; readonly packaged: boolean }
  | { readonly run: false; readonly reason: string };

/**
 * AUTHID_MANAGER_EXECUTABLE: a packaged test build (electron-builder.e2e.yml, `--dir`), run as is.
 * ELECTRON_BINARY: an Electron executable, run with the repository as the app.
 * Otherwise the binary `npm install` put in node_modules/electron/dist, if it did.
 */
export function findElectron(env: NodeJS.ProcessEnv = process.env): ElectronLaunch {
  const found = locate(env);
  if (found.run && process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { run: false, reason: `${found.executablePath} exists, but there is no DISPLAY or WAYLAND_DISPLAY (run under xvfb-run)` };
  }
  return found;
}

function locate(env: NodeJS.ProcessEnv): ElectronLaunch {
  if (env.AUTHID_MANAGER_EXECUTABLE) return existing(env.AUTHID_MANAGER_EXECUTABLE, true, 'AUTHID_MANAGER_EXECUTABLE');
  if (env.ELECTRON_BINARY) return existing(env.ELECTRON_BINARY, false, 'ELECTRON_BINARY');
  // What node_modules/electron/index.js would run, minus its download: dist/ plus path.txt's name.
  const electronDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { run: false, reason: `no Electron binary: ${pathFile} is missing (the download did not happen) and ELECTRON_BINARY is not set` };
  }
  return existing(path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()), false, 'node_modules/electron');
}

function existing(executablePath: string, packaged: boolean, source: string): ElectronLaunch {
  return existsSync(executablePath) ? { run: true, executablePath, packaged } : { run: false, reason: `${source}: ${executablePath} does not exist` };
}
