/**
 * The handlers' file dialog port on Electron's `dialog` (the module is passed in by main.ts),
 * each dialog modal to the app window when it is open.
 */
import type { BaseWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { FileDialogPort, FileDialogRequest } from '../app/file-dialog-port';

export interface FileDialogsDeps {
  readonly dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  /** The window the dialog belongs to; undefined while it is closed (the tray started it). */
  readonly parent: () => BaseWindow | undefined;
}

export function electronFileDialogs({ dialog, parent }: FileDialogsDeps): FileDialogPort {
  const filtersOf = (request: FileDialogRequest) => request.filters.map(({ name, extensions }) => ({ name, extensions: [...extensions] }));
  return {
    chooseSaveFile: async (request) => {
      const options: SaveDialogOptions = {
        title: request.title,
        ...(request.defaultName === undefined ? {} : { defaultPath: request.defaultName }),
        filters: filtersOf(request),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = parent();
      const answer = await (window === undefined ? dialog.showSaveDialog(options) : dialog.showSaveDialog(window, options));
      return answer.canceled || answer.filePath === '' ? undefined : answer.filePath;
    },
    chooseOpenFile: async (request) => {
      const options: OpenDialogOptions = { title: request.title, filters: filtersOf(request), properties: ['openFile'] };
      const window = parent();
      const answer = await (window === undefined ? dialog.showOpenDialog(options) : dialog.showOpenDialog(window, options));
      return answer.canceled ? undefined : answer.filePaths[0];
    },
  };
}
