import type { BaseWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { electronFileDialogs } from '../../../electron/adapters/file-dialogs';

/** A stand-in for Electron's `dialog`: answers as set, and keeps each call's window and options. */
function standInDialog(answers: { save?: { canceled: boolean; filePath: string }; open?: { canceled: boolean; filePaths: string[] } }) {
  const calls: { kind: 'save' | 'open'; window: unknown; options: SaveDialogOptions | OpenDialogOptions }[] = [];
  const record = (kind: 'save' | 'open', args: unknown[]) => {
    const [window, options] = args.length === 2 ? args : [undefined, args[0]];
    calls.push({ kind, window, options: options as SaveDialogOptions });
  };
  const dialog = {
    showSaveDialog: async (...args: unknown[]) => {
      record('save', args);
      return answers.save ?? { canceled: true, filePath: '' };
    },
    showOpenDialog: async (...args: unknown[]) => {
      record('open', args);
      return answers.open ?? { canceled: true, filePaths: [] };
    },
  } as unknown as Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  return { dialog, calls };
}

const window = { id: 1 } as unknown as BaseWindow;
const request = { title: 'Export 3 AuthIDs', defaultName: 'AuthIDs 2026-12-01.age', filters: [{ name: 'Encrypted export (age)', extensions: ['age'] }] };

describe('electronFileDialogs', () => {
  it('asks where to save, modal to the window, suggesting the name, confirming an overwrite', async () => {
    const { dialog, calls } = standInDialog({ save: { canceled: false, filePath: '/home/alice/AuthIDs.age' } });
    expect(await electronFileDialogs({ dialog, parent: () => window }).chooseSaveFile(request)).toBe('/home/alice/AuthIDs.age');
    expect(calls).toEqual([
      {
        kind: 'save',
        window,
        options: { title: 'Export 3 AuthIDs', defaultPath: 'AuthIDs 2026-12-01.age', filters: [{ name: 'Encrypted export (age)', extensions: ['age'] }], properties: ['createDirectory', 'showOverwriteConfirmation'] },
      },
    ]);
  });

  it('a cancelled save dialog chooses nothing', async () => {
    const { dialog } = standInDialog({ save: { canceled: true, filePath: '' } });
    expect(await electronFileDialogs({ dialog, parent: () => window }).chooseSaveFile(request)).toBeUndefined();
  });

  it('opens one file; without a window the dialog stands alone', async () => {
    const { dialog, calls } = standInDialog({ open: { canceled: false, filePaths: ['/home/alice/export.json'] } });
    const open = { title: 'Import AuthIDs', filters: [{ name: 'All files', extensions: ['*'] }] };
    expect(await electronFileDialogs({ dialog, parent: () => undefined }).chooseOpenFile(open)).toBe('/home/alice/export.json');
    expect(calls).toEqual([{ kind: 'open', window: undefined, options: { title: 'Import AuthIDs', filters: [{ name: 'All files', extensions: ['*'] }], properties: ['openFile'] } }]);
  });

  it('a cancelled open dialog chooses nothing', async () => {
    const { dialog } = standInDialog({ open: { canceled: true, filePaths: [] } });
    expect(await electronFileDialogs({ dialog, parent: () => window }).chooseOpenFile(request)).toBeUndefined();
  });
});
