import { describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { registerIpcHandlers } from '../../../electron/adapters/ipc-main';
import { REQUEST_NAMES, requestChannel } from '../../../electron/ipc/channels';
import type { RequestHandlers } from '../../../electron/ipc/contract';

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>;

/** A stand-in for Electron's ipcMain that records handlers so the test can invoke them. */
function standInIpcMain() {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    handle: (channel: string, listener: Listener) => void handlers.set(channel, listener),
    removeHandler: (channel: string) => void handlers.delete(channel),
  };
}

const appUrl = 'file:///app/out/renderer/index.html';
const eventFrom = (id: number, url: string, mainFrame = true) =>
  ({ sender: { id }, senderFrame: { url, parent: mainFrame ? null : {} } }) as unknown as IpcMainInvokeEvent;

describe('registerIpcHandlers', () => {
  const renamed: unknown[] = [];
  const handlers = { rename: async (input: unknown) => void renamed.push(input) } as unknown as RequestHandlers;

  it('registers one handler per request and removes them all', () => {
    const ipcMain = standInIpcMain();
    const dispose = registerIpcHandlers({ ipcMain, handlers, windowWebContentsId: () => 1, appUrl, onUnexpected: () => {} });
    expect([...ipcMain.handlers.keys()].sort()).toEqual(REQUEST_NAMES.map(requestChannel).sort());
    dispose();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('refuses a wrong sender before validating or running anything', async () => {
    const ipcMain = standInIpcMain();
    registerIpcHandlers({ ipcMain, handlers, windowWebContentsId: () => 1, appUrl, onUnexpected: () => {} });
    const rename = ipcMain.handlers.get('authids:rename')!;
    expect(await rename(eventFrom(2, appUrl), { id: 'a', label: 'b' })).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(await rename(eventFrom(1, appUrl, false), { id: 'a', label: 'b' })).toMatchObject({ ok: false });
    expect(await rename(eventFrom(1, 'https://evil.example/'), { id: 'a', label: 'b' })).toMatchObject({ ok: false });
    expect(renamed).toEqual([]);
    expect(await rename(eventFrom(1, appUrl), { id: 'a', label: 'b' })).toEqual({ ok: true, value: undefined });
    expect(await rename(eventFrom(1, appUrl), { id: 'a' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(renamed).toEqual([{ id: 'a', label: 'b' }]);
  });
});
