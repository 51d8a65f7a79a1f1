/**
 * The clipboard guard's port on Electron's clipboard (the module is passed in by main.ts). A
 * copied AuthID goes to the clipboard together with the formats each platform defines for
 * "a password, keep it out of history": Windows clipboard history and cloud clipboard, macOS
 * clipboard managers, KDE's Klipper. All formats are written in one atomic `write`.
 */
import type { Clipboard, ClipboardItem } from 'electron';
import type { ClipboardPort } from '../services/clipboard';

/** Electron's name for a raw platform clipboard format. */
export const osFormat = (name: string): string => `electron application/osclipboard;format="${name}"`;

/** A DWORD 0, little-endian: "no" for the Windows clipboard-history formats. */
const DWORD_ZERO = () => new Blob([new Uint8Array(4)]);

export function exclusionFormats(platform: NodeJS.Platform): Record<string, string | Blob> {
  switch (platform) {
    case 'win32':
      return {
        // Its presence alone keeps clipboard monitors (history, cloud clipboard) away.
        [osFormat('ExcludeClipboardContentFromMonitorProcessing')]: DWORD_ZERO(),
        [osFormat('CanIncludeInClipboardHistory')]: DWORD_ZERO(),
        [osFormat('CanUploadToCloudClipboard')]: DWORD_ZERO(),
      };
    case 'darwin':
      // nspasteboard.org: the type's presence marks the content as a password; its data is not read.
      return { [osFormat('org.nspasteboard.ConcealedType')]: new Blob([]) };
    default:
      // Klipper (and other managers that follow it) skip content with this hint.
      return { [osFormat('x-kde-passwordManagerHint')]: 'secret' };
  }
}

export interface ElectronClipboardDeps {
  readonly clipboard: Pick<Clipboard, 'readText' | 'write' | 'clear'>;
  readonly ClipboardItem: new (items: Record<string, string | Blob>) => ClipboardItem;
  readonly platform: NodeJS.Platform;
}

export function electronClipboard({ clipboard, ClipboardItem: Item, platform }: ElectronClipboardDeps): ClipboardPort {
  return {
    writeText: async (text) => {
      if (text === '') clipboard.clear();
      else await clipboard.write([new Item({ 'text/plain': text, ...exclusionFormats(platform) })]);
    },
    readText: async () => clipboard.readText(),
  };
}
