// The app scheme's handler on real files: the renderer folder's files, each with the CSP header;
// nothing else: not another host, not another method, not one byte outside the folder however
// the path is spelled.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it  } from 'vitest';
import { APP_PAGE_URL, appFileResponse, registerAppScheme, serveAppFiles } from '../../../electron/adapters/app-protocol';
import { RENDERER_CSP } from '../../../electron/adapters/renderer-csp';

let folder: string;
let root: string;
beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'authid-app-scheme-'));
  root = path.join(folder, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>AuthID Manager</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  // What a traversal would reach: a file beside the renderer folder, and one in a look-alike sibling.
  fs.writeFileSync(path.join(folder, 'secret.txt'), 'outside');
  fs.mkdirSync(path.join(folder, 'renderer-evil'));
  fs.writeFileSync(path.join(folder, 'renderer-evil', 'x.js'), 'outside');
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const get = (url: string, init?: RequestInit) => appFileResponse(new Request(url, init), root);

describe('the app scheme', () => {
  it('serves the page and its assets with the CSP as a header and the right type', async () => {
    for (const [url, type] of [
      [APP_PAGE_URL, 'text/html; charset=utf-8'],
      ['app://authid-manager/', 'text/html; charset=utf-8'],
      ['app://authid-manager/assets/index-abc.js?v=1#x', 'text/javascript; charset=utf-8'],
    ] as const) {
      const answer = await get(url);
      expect(answer.status, url).toBe(200);
      expect(answer.headers.get('content-type'), url).toBe(type);
      expect(answer.headers.get('content-security-policy'), url).toBe(RENDERER_CSP);
      expect(answer.headers.get('x-content-type-options'), url).toBe('nosniff');
    }
    expect(await (await get(APP_PAGE_URL)).text()).toContain('<title>AuthID Manager</title>');
  });

  it.each([
    'app://authid-manager/../../etc/passwd',
    'app://authid-manager/../secret.txt',
    'app://authid-manager/%2e%2e/secret.txt',
    'app://authid-manager/..%2fsecret.txt',
    'app://authid-manager/assets/..%2f..%2fsecret.txt',
    'app://authid-manager/..%5csecret.txt',
    'app://authid-manager/%2e%2e%5csecret.txt',
    'app://authid-manager/..%2frenderer-evil%2fx.js',
    'app://authid-manager/index.html%00.js',
    'app://authid-manager/%E0%A4%A',
    'app://authid-manager/missing.js',
    'app://authid-manager/assets',
    'app://other-host/index.html',
    'app://AUTHID-MANAGER/index.html',
    'app://authid-manager:8080/index.html',
    'file:///etc/passwd',
  ])('answers %s with a 404 that still carries the CSP', async (url) => {
    const answer = await get(url);
    expect(answer.status).toBe(404);
    expect(await answer.text()).toBe('Not found');
    expect(answer.headers.get('content-security-policy')).toBe(RENDERER_CSP);
  });

  it('answers nothing but GET', async () => {
    expect((await get(APP_PAGE_URL, { method: 'POST', body: 'x' })).status).toBe(404);
    expect((await get(APP_PAGE_URL, { method: 'PUT', body: 'x' })).status).toBe(404);
  });

  it('registers as a standard, secure scheme (before ready) and hands Electron the handler', async () => {
    const privileged: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => void privileged.push(...schemes) });
    expect(privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true } }]);
    let handler: ((request: Request) => Promise<Response> | Response) | undefined;
    serveAppFiles({ handle: (scheme, given) => void (scheme === 'app' && (handler = given)) }, root);
    expect((await handler!(new Request(APP_PAGE_URL))).status).toBe(200);
  });
});
