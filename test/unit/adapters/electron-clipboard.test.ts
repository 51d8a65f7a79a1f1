// The clipboard adapter with a stand-in for Electron's clipboard and ClipboardItem that records
// every write as its list of formats, per platform.
import { describe, expect, it } from 'vitest';
import { electronClipboard, osFormat } from '../../../electron/adapters/electron-clipboard';
import { createClipboardGuard } from '../../../electron/services/clipboard/clipboard-guard';

/** Electron's ClipboardItem, reduced to what it was made with. */
class StandInClipboardItem {
  constructor(readonly items: Record<string, string | Blob>) {}
}

/** A stand-in for Electron's (async) clipboard: one `write` is one atomic clipboard content. */
function standInClipboard() {
  let items: Record<string, string | Blob> = {};
  const writes: Record<string, string | Blob>[] = [];
  return {
    readText: async () => (typeof items['text/plain'] === 'string' ? items['text/plain'] : ''),
    write: async (entries: readonly unknown[]) => {
      expect(entries).toHaveLength(1);
      items = (entries[0] as StandInClipboardItem).items;
      writes.push(items);
    },
    clear: () => {
      items = {};
    },
    writes,
    current: () => items,
  };
}

const bytes = async (payload: string | Blob | undefined) => (payload instanceof Blob ? [...new Uint8Array(await payload.arrayBuffer())] : payload);

function adapterFor(platform: NodeJS.Platform) {
  const clipboard = standInClipboard();
  return { clipboard, port: electronClipboard({ clipboard, ClipboardItem: StandInClipboardItem as never, platform }) };
}

describe('electronClipboard', () => {
  it('on Windows, keeps a copied AuthID out of clipboard history and the cloud clipboard', async () => {
    const { clipboard, port } = adapterFor('win32');
    await port.writeText('authid-secret');
    const [written] = clipboard.writes;
    expect(Object.keys(written!)).toEqual([
      'text/plain',
      osFormat('ExcludeClipboardContentFromMonitorProcessing'),
      osFormat('CanIncludeInClipboardHistory'),
      osFormat('CanUploadToCloudClipboard'),
    ]);
    expect(written!['text/plain']).toBe('authid-secret');
    expect(await bytes(written![osFormat('CanIncludeInClipboardHistory')])).toEqual([0, 0, 0, 0]);
    expect(await bytes(written![osFormat('CanUploadToCloudClipboard')])).toEqual([0, 0, 0, 0]);
  });

  it('on macOS, marks it concealed for clipboard managers', async () => {
    const { clipboard, port } = adapterFor('darwin');
    await port.writeText('authid-secret');
    expect(Object.keys(clipboard.writes[0]!)).toEqual(['text/plain', 'electron application/osclipboard;format="org.nspasteboard.ConcealedType"']);
  });

  it('on Linux, gives KDE Klipper its password-manager hint', async () => {
    const { clipboard, port } = adapterFor('linux');
    await port.writeText('authid-secret');
    expect(clipboard.writes[0]).toEqual({ 'text/plain': 'authid-secret', 'electron application/osclipboard;format="x-kde-passwordManagerHint"': 'secret' });
  });

  it('reads back what it wrote, so the guard can clear it, and clears rather than writing an empty text', async () => {
    const { clipboard, port } = adapterFor('linux');
    expect(await clipboard.readText()).toBe('');
    const guard = createClipboardGuard({ clipboard: port });
    await guard.copySecret('authid-secret', 60);
    expect(await port.readText()).toBe('authid-secret');
    await guard.dispose();
    expect(clipboard.current()).toEqual({});
    expect(clipboard.writes).toHaveLength(1);
  });
});
