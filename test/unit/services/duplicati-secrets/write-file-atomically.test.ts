import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../../electron/services/duplicati-secrets/write-file-atomically';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'atomic-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomically', () => {
  it('replaces the file whole, mode 0600, leaving nothing beside it', async () => {
    const file = path.join(dir, 'secrets.json.aes');
    await writeFile(file, 'old contents', { mode: 0o644 });
    await writeFileAtomically(file, Buffer.from('new'));
    expect(await readFile(file, 'utf8')).toBe('new');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['secrets.json.aes']);
  });

  it('a failed rename leaves the old file and no temporary file', async () => {
    const target = path.join(dir, 'is-a-folder');
    await mkdir(path.join(target, 'child'), { recursive: true });
    await expect(writeFileAtomically(target, Buffer.from('x'))).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['is-a-folder']);
  });
});
