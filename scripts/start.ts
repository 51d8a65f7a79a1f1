/**
 * `npm start`: makes sure the Electron binary is there, then builds the app and starts Electron
 * on the build (`electron-vite preview`). Arguments after `--` go to the app (e.g. `-- --hidden`).
 * Without a binary it says so in one sentence and exits with 1.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureElectron } from './electron-binary';

const electron = ensureElectron();
if (!electron.ok) {
  process.stderr.write(`AuthID Manager cannot start: ${electron.message}\n`);
  process.exit(1);
}
const cli = path.join(path.dirname(createRequire(import.meta.url).resolve('electron-vite/package.json')), 'bin/electron-vite.js');
const appArgs = process.argv.slice(2);
const preview = spawnSync(process.execPath, [cli, 'preview', ...(appArgs.length > 0 ? ['--', ...appArgs] : [])], {
  stdio: 'inherit',
  // electron-vite finds Electron through path.txt only; hand it the binary found above.
  env: { ...process.env, ELECTRON_EXEC_PATH: electron.executablePath },
});
process.exit(preview.status ?? 1);
