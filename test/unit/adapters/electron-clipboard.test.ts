import { describe, expect, it } from 'vitest';
import { electronClipboard } from '../../../electron/adapters/electron-clipboard';
import { createClipboardGuard } from '../../../electron/services/clipboard/clipboard-guard';

/** A stand-in for Electron's (async) clipboard module. */
function standInClipboard() {
  let text = '';
  return {
    readText: async () => text,
    writeText: async (value: string) => {
      text = value;
    },
    current: () => text,
  };
}

describe('electronClipboard', () => {
  it('reads and writes text through Electron’s clipboard, so the guard can clear it', async () => {
    const clipboard = standInClipboard();
    const port = electronClipboard(clipboard);
    await port.writeText('hello');
    expect(clipboard.current()).toBe('hello');
    expect(await port.readText()).toBe('hello');

    const guard = createClipboardGuard({ clipboard: port });
    await guard.copySecret('authid-secret', 60);
    expect(clipboard.current()).toBe('authid-secret');
    await guard.dispose();
    expect(clipboard.current()).toBe('');
  });
});
