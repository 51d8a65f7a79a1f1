// The sandboxed preload: exposes exactly the contract's functions as `window.authids` and
// nothing else. Listeners receive the payload, never Electron's event object.
import { contextBridge, ipcRenderer } from 'electron';
import { buildAuthIdsApi } from './ipc/build-authids-api';

contextBridge.exposeInMainWorld(
  'authids',
  buildAuthIdsApi({
    invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
    subscribe: (channel, listener) => {
      const forward = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, forward);
      return () => {
        ipcRenderer.removeListener(channel, forward);
      };
    },
  }),
);
