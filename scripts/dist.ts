/**
 * `npm run dist`: makes sure the Electron binary is there, builds the app, then builds this
 * platform's installers from that same Electron (electron-builder would otherwise download it
 * again). Arguments go to electron-builder; `--config.electronDist=…` given there wins.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureElectron } from './electron-binary';

const require = createRequire(import.meta.url);
const bin = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

const electron = ensureElectron();
if (!electron.ok) {
  process.stderr.write(`The installers cannot be built: ${electron.message}\n`);
  process.exit(1);
}
const run = (args: readonly string[]): void => {
  const step = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (step.status !== 0) process.exit(step.status ?? 1);
};
const extra = process.argv.slice(2);
run([bin('electron-vite', 'bin/electron-vite.js'), 'build']);
run([
  bin('electron-builder', 'cli.js'),
  '--config',
  'electron-builder.yml',
  ...(extra.some((arg) => arg.startsWith('--config.electronDist')) ? [] : [`--config.electronDist=${electron.distPath}`]),
  ...extra,
]);
