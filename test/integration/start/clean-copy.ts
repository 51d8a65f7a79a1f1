/**
 * A fresh checkout for the `npm start` tests: the files a clone of this working tree would hold
 * (tracked and new, not ignored), with node_modules linked from this one except `electron`,
 * which is copied without its binary, as `npm ci` leaves it since Electron 42.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface CleanCopy {
  readonly dir: string;
  remove(): void;
}

export function cleanCopy(repoRoot: string): CleanCopy {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'authid-manager-clone-'));
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' });
  for (const file of listed.split('\0').filter(Boolean)) {
    const from = path.join(repoRoot, file);
    if (!existsSync(from)) continue; // deleted in the working tree
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(from, path.join(dir, file));
  }
  const modules = path.join(repoRoot, 'node_modules');
  mkdirSync(path.join(dir, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    if (entry !== 'electron') symlinkSync(path.join(modules, entry), path.join(dir, 'node_modules', entry));
  }
  const electron = path.join(modules, 'electron');
  cpSync(electron, path.join(dir, 'node_modules', 'electron'), {
    recursive: true,
    filter: (source) => source !== path.join(electron, 'dist') && source !== path.join(electron, 'path.txt'),
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An "electron" executable that records its working folder and arguments (one per line) into `record`. */
export function standInElectronBinary(folder: string, record: string): void {
  mkdirSync(folder, { recursive: true });
  const script = path.join(folder, 'electron');
  writeFileSync(script, `#!/bin/sh\n# Stand-in for Electron in the npm start test: records how it was started, starts nothing.\npwd > '${record}'\nfor arg in "$@"; do printf '%s\\n' "$arg" >> '${record}'; done\n`);
  chmodSync(script, 0o755);
}
