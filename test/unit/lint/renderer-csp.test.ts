// The window's page carries the strict CSP, and the code gives it nothing to block.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it  } from 'vitest';
import { RENDERER_CSP } from '../../e2e/support/renderer-csp';

const RENDERER = resolve('renderer');

async function sources(): Promise<{ file: string; text: string }[]> {
  const entries = await readdir(join(RENDERER, 'src'), { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(files.map(async (file) => ({ file, text: await readFile(file, 'utf8') })));
}

describe('the renderer CSP', () => {
  it('index.html declares exactly the strict policy and loads only external module scripts', async () => {
    const html = await readFile(join(RENDERER, 'index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(RENDERER_CSP);
    expect(RENDERER_CSP).not.toMatch(/unsafe-/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('no component uses inline styles, and only the client module reads window.authids', async () => {
    for (const { file, text } of await sources()) {
      expect(text, file).not.toMatch(/\bstyle=\{/);
      expect(text, file).not.toMatch(/dangerouslySetInnerHTML/);
      if (!file.endsWith(join('api', 'authids-client.ts'))) expect(text, file).not.toMatch(/\.authids\b/);
    }
  });

  it('the renderer imports main-process modules for their types only', async () => {
    for (const { file, text } of await sources()) {
      for (const line of text.split('\n').filter((candidate) => /from '(\.\.\/)+electron\//.test(candidate))) {
        expect(line, file).toMatch(/^(import|export) type /);
      }
    }
  });
});
