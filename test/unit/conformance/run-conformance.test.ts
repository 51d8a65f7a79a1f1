import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const RUNNER = join(import.meta.dirname, '../../conformance/run-conformance.ts');
const TSX = join(import.meta.dirname, '../../../node_modules/.bin/tsx');

const good = {
  url: 'onedrivev2://C%252B%252B?authid=abc%3Adef',
  duplicati: { authid: 'abc:def', oauthUrl: 'https://duplicati-oauth-handler.appspot.com/refresh', folder: '/C++', options: { authid: 'abc:def' }, error: null },
};
const wrongFolder = { ...good, url: 'onedrivev2://C%2B%2B?authid=abc%3Adef', duplicati: { ...good.duplicati, folder: '/C++' } };
const withAdvanced = {
  url: 'dropbox://x?AuthID=no',
  advancedOptions: { authid: 'from:settings' },
  duplicati: { authid: 'from:settings', oauthUrl: good.duplicati.oauthUrl, folder: '/x', options: { authid: 'from:settings', AuthID: 'no' }, error: null },
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conformance-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function runOn(lines: readonly string[]): Promise<{ code: number; stdout: string }> {
  const file = join(dir, `${lines.length}-${Math.random().toString(36).slice(2)}.jsonl`);
  await writeFile(file, `${lines.join('\n')}\n`);
  try {
    const { stdout } = await run(TSX, [RUNNER, file]);
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe('npm run conformance', () => {
  it('passes lines the module reads as Duplicati did, advanced options included', async () => {
    const result = await runOn([JSON.stringify(good), JSON.stringify(withAdvanced)]);
    expect(result).toEqual({ code: 0, stdout: '2 passed, 0 failed\n' });
  });

  it('prints each mismatch with its URL and line, and exits 1', async () => {
    const result = await runOn([JSON.stringify(good), JSON.stringify(wrongFolder), '{not json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`FAIL line 2: "${wrongFolder.url}"\n  folder: expected "/C++", got "/C  "`);
    expect(result.stdout).toContain('FAIL line 3');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('1 passed, 2 failed');
  });
});
