// ELECTRON_OVERRIDE_DIST_PATH, as Electron's own index.js reads it: the named folder must hold the
// executable, else one sentence says what is wrong. (The download path runs in npm-start.test.ts.)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it  } from 'vitest';
import { ensureElectron } from '../../../scripts/electron-binary';

const folders: string[] = [];
const folder = () => {
  const made = mkdtempSync(path.join(os.tmpdir(), 'authid-electron-dist-'));
  folders.push(made);
  return made;
};
afterEach(() => {
  for (const made of folders.splice(0)) rmSync(made, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'win32' || process.platform === 'darwin')('ELECTRON_OVERRIDE_DIST_PATH', () => {
  it('an Electron there is used as is; nothing is downloaded', () => {
    const dist = folder();
    writeFileSync(path.join(dist, 'electron'), '');
    expect(ensureElectron({ ELECTRON_OVERRIDE_DIST_PATH: dist })).toEqual({ ok: true, executablePath: path.join(dist, 'electron'), distPath: dist });
  });

  it('a folder without one is named in the message', () => {
    const dist = folder();
    expect(ensureElectron({ ELECTRON_OVERRIDE_DIST_PATH: dist })).toEqual({
      ok: false,
      message: `ELECTRON_OVERRIDE_DIST_PATH is set to ${dist}, but there is no Electron at ${path.join(dist, 'electron')}: point it at the folder that holds the Electron executable.`,
    });
  });
});
