// Each tray entry reaches the handler the window would use, with the right payload.
import { describe, expect, it  } from 'vitest';
import { trayDispatcher } from '../../../electron/app/tray-dispatch';
import type { RequestHandlers } from '../../../electron/ipc/contract';

function recordingHandlers(): { handlers: RequestHandlers; calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  const handlers = new Proxy({} as RequestHandlers, {
    get: (_target, name: string) => async (input: unknown) => {
      calls.push([name, input]);
      return { loginId: 'l1', clearsAt: null };
    },
  });
  return { handlers, calls };
}

describe('tray dispatch', () => {
  it('maps every action onto its request, and window and quit onto their callbacks', async () => {
    const { handlers, calls } = recordingHandlers();
    const shown: unknown[] = [];
    const used: string[] = [];
    let quit = 0;
    const dispatch = trayDispatcher({ handlers, show: (target) => void shown.push(target), used: (id) => void used.push(id), quit: () => void (quit += 1) });
    await dispatch({ type: 'authorize', provider: 'dropbox', serverBaseUrl: 'https://duplicati-oauth-handler.appspot.com' });
    await dispatch({ type: 'copy-url', id: 'a', destinationId: 'd' });
    await dispatch({ type: 'copy-authid', id: 'a' });
    await dispatch({ type: 'reauthorize', id: 'a' });
    await dispatch({ type: 'cancel-login', loginId: 'l1' });
    await dispatch({ type: 'check-all' });
    await dispatch({ type: 'set-start-at-login', enabled: true });
    await dispatch({ type: 'open-manager' });
    await dispatch({ type: 'open-paste' });
    await dispatch({ type: 'open-built-in-server' });
    await dispatch({ type: 'quit' });
    expect(calls).toEqual([
      ['startLogin', { provider: 'dropbox', serverBaseUrl: 'https://duplicati-oauth-handler.appspot.com' }],
      ['copyDestination', { id: 'a', destinationId: 'd' }],
      ['copyAuthId', { id: 'a' }],
      ['reauthorize', { id: 'a' }],
      ['cancelLogin', { loginId: 'l1' }],
      ['checkAll', undefined],
      ['setStartAtLogin', { enabled: true }],
    ]);
    expect(shown).toEqual([{ screen: 'detail', id: 'a' }, undefined, { screen: 'paste' }, { screen: 'settings', section: 'built-in-server' }]);
    expect(used).toEqual(['a', 'a']);
    expect(quit).toBe(1);
  });

  it('a copy that fails does not count as a use', async () => {
    const used: string[] = [];
    const handlers = new Proxy({} as RequestHandlers, {
      get: () => async () => {
        throw new Error('The AuthID could not be read.');
      },
    });
    const dispatch = trayDispatcher({ handlers, show: () => undefined, used: (id) => void used.push(id), quit: () => undefined });
    await expect(dispatch({ type: 'copy-authid', id: 'a' })).rejects.toThrow('could not be read');
    expect(used).toEqual([]);
  });
});
