// The built main process (out/main/main.js, what `npm start` and the installers run), started in
// Node with the stand-in `electron`: the files it points Electron at — preload, window page, tray
// icons — exist where the build put them, and the page it loads asks main successfully.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi  } from 'vitest';
import { requestChannel } from '../../electron/ipc/channels';
import { RENDERER_CSP } from '../../electron/adapters/renderer-csp';
import { buildAppOnce, outDir } from '../security/built-app';

const electron = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('electron', async () => {
  const { standInElectron } = await import('../fixtures/stand-in-electron-module');
  const userData = (await import('node:fs')).mkdtempSync(`${(await import('node:os')).tmpdir()}/authid-built-main-`);
  const module = standInElectron(userData, process.cwd());
  electron.current = module;
  return { default: module, ...module };
});
const standIn = () => electron.current as import('../fixtures/stand-in-electron-module').StandInElectron;

beforeAll(async () => {
  const out = await buildAppOnce();
  process.env.XDG_CONFIG_HOME = fs.mkdtempSync(path.join(os.tmpdir(), 'authid-built-xdg-'));
  await import(/* @vite-ignore */ path.join(out, 'main/main.js'));
  await vi.waitFor(() => expect(standIn().Tray.created).toHaveLength(1), { timeout: 10_000 });
}, 180_000);

describe('the built main process', () => {
  it('points Electron at files the build produced', () => {
    const [win] = standIn().BrowserWindow.created;
    const preload = (win!.options.webPreferences as { preload: string }).preload;
    expect(fs.existsSync(preload)).toBe(true);
    expect(preload).toMatch(/out[/\\]preload[/\\]preload\.cjs$/);
    expect(fs.existsSync((standIn().Tray.created[0]!.image as { path: string }).path)).toBe(true);
  });

  it('serves the built page and every script it loads from the app scheme, with the CSP header', async () => {
    const win = standIn().BrowserWindow.created[0]!;
    expect(win.loadedUrl).toBe('app://authid-manager/index.html');
    const serve = standIn().protocol.handlers.get('app')!;
    const page = await serve(new Request(win.loadedUrl!));
    expect(page.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    const html = await page.text();
    expect(html).toBe(fs.readFileSync(path.join(outDir, 'renderer/index.html'), 'utf8'));
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const answer = await serve(new Request(new URL(script, win.loadedUrl!)));
      expect(answer.status, script).toBe(200);
      expect(answer.headers.get('content-type'), script).toBe('text/javascript; charset=utf-8');
    }
  });

  it('answers the page it loaded', async () => {
    const win = standIn().BrowserWindow.created[0]!;
    const handler = standIn().ipcMain.handlers.get(requestChannel('listProviders'))!;
    const answer = await handler({ sender: { id: win.webContents.id }, senderFrame: { parent: null, url: win.loadedUrl } }, undefined);
    expect(answer).toMatchObject({ ok: true, value: [{ server: { flavour: 'hosted-handler' } }, { server: { flavour: 'hosted-service' } }] });
  });
});
