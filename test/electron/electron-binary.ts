// Finds an Electron to run the specs with, without evaluating the `electron` package (its
// index.js would try the download in the middle of a test): the binary `npm start` uses, made
// sure of with Electron's own installer (scripts/electron-binary.ts).
import { existsSync } from 'node:fs';
import { ensureElectron } from '../../scripts/electron-binary';

export type ElectronLaunch =
  | { readonly run: true; readonly executablePath: string; readonly packaged: boolean }
  | { readonly run: false; readonly reason: string };

/**
 * AUTHID_MANAGER_EXECUTABLE: a packaged test build (electron-builder.e2e.yml, `--dir`), run as is.
 * ELECTRON_BINARY: an Electron executable, run with the repository as the app.
 * Otherwise ELECTRON_OVERRIDE_DIST_PATH's Electron, or node_modules/electron's, which Electron's
 * installer downloads first when it is missing (on an offline machine that fails in a moment and
 * the specs are skipped with its message).
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
  const electron = ensureElectron(env);
  return electron.ok ? { run: true, executablePath: electron.executablePath, packaged: false } : { run: false, reason: electron.message };
}

function existing(executablePath: string, packaged: boolean, source: string): ElectronLaunch {
  return existsSync(executablePath) ? { run: true, executablePath, packaged } : { run: false, reason: `${source}: ${executablePath} does not exist` };
}
