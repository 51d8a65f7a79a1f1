/** The clipboard guard's port on Electron's clipboard (the module is passed in by main.ts). */
import type { Clipboard } from 'electron';
import type { ClipboardPort } from '../services/clipboard/clipboard-port';

export function electronClipboard(clipboard: Pick<Clipboard, 'readText' | 'writeText'>): ClipboardPort {
  return {
    writeText: async (text) => {
      await clipboard.writeText(text);
    },
    readText: async () => clipboard.readText(),
  };
}
