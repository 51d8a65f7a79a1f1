/**
 * The application menu. Without one, Electron installs its default, whose View menu can open the
 * developer tools in the packaged window. Ours has Edit (so copy and paste work in text fields,
 * and on macOS at all), Window and Help; only an unpackaged build adds a View menu with reload
 * and the developer tools.
 */
import type { Menu, MenuItemConstructorOptions } from 'electron';

export interface AppMenuOptions {
  readonly platform: NodeJS.Platform;
  readonly packaged: boolean;
  readonly appName: string;
}

function appMenuTemplate({ platform, packaged, appName }: AppMenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: appName,
          submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
        },
      ]
    : [];
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
  };
  const view: MenuItemConstructorOptions[] = packaged
    ? []
    : [{ label: 'View', submenu: [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }] }];
  const window: MenuItemConstructorOptions = {
    label: 'Window',
    role: 'window',
    submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
  };
  const help: MenuItemConstructorOptions = { label: 'Help', role: 'help', submenu: [{ role: 'about', label: `About ${appName}` }] };
  return [...appMenu, edit, ...view, window, help];
}

export function installAppMenu(electron: { readonly Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'> }, options: AppMenuOptions): void {
  electron.Menu.setApplicationMenu(electron.Menu.buildFromTemplate(appMenuTemplate(options)));
}
