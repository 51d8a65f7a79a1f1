import path from 'node:path';
import type { Menu, MenuItemConstructorOptions, NativeImage, Tray, nativeImage } from 'electron';
import { describe, expect, it } from 'vitest';
import { createTray, type TrayElectron, type TrayOptions } from '../../../electron/adapters/tray';
import type { TrayMenuState } from '../../../electron/app/tray-inputs';
import type { TrayAction } from '../../../electron/services/tray/tray-action';
import { standInTrayModule, StandInTray, type StandInImage } from '../../fixtures/stand-in-electron-module';
import { HOSTED_GROUP, authId, destination, withHealth } from '../../fixtures/view-builders';

const EMPTY: TrayMenuState = { authIds: [], providerGroups: [HOSTED_GROUP], logins: [], checking: 0, recentlyUsed: [], startAtLogin: false };
const ASSETS = '/app/assets';

function setUp(overrides: Partial<TrayOptions<StandInImage>> = {}) {
  StandInTray.created.length = 0;
  const dispatched: TrayAction[] = [];
  const errors: unknown[] = [];
  let noHostCalls = 0;
  const controller = createTray({
    electron: standInTrayModule,
    platform: 'linux',
    assetsDir: ASSETS,
    initial: EMPTY,
    dispatch: (action) => {
      dispatched.push(action);
    },
    onDispatchError: (error) => errors.push(error),
    trayHost: async () => true,
    onNoTrayHost: () => {
      noHostCalls += 1;
    },
    ...overrides,
  });
  const tray = StandInTray.created[0];
  if (!tray) throw new Error('no tray was made');
  const menu = () => {
    if (!tray.menu) throw new Error('no context menu');
    return tray.menu;
  };
  return { controller, tray, menu, dispatched, errors, noHostCalls: () => noHostCalls };
}

/** What Electron does on a click: call the item's handler. */
function click(item: MenuItemConstructorOptions | undefined) {
  if (!item?.click) throw new Error(`item ${item?.label ?? '?'} has no click handler`);
  (item.click as () => void)();
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('createTray', () => {
  it('fits Electron’s real Tray, Menu and nativeImage (checked by the compiler)', () => {
    type Real = { Tray: typeof Tray; Menu: typeof Menu; nativeImage: typeof nativeImage };
    const fits: Real extends TrayElectron<NativeImage> ? true : false = true;
    expect(fits).toBe(true);
  });

  it('on Linux always sets a context menu, with the status line first and the window entry near the top', () => {
    const { menu, tray } = setUp();
    expect(tray.menuSets).toBe(1);
    expect(menu().template.map((i) => i.id ?? i.type)).toEqual([
      'status', 'separator', 'open-manager', 'separator', 'authorize', 'paste', 'copy-url', 'copy-authid', 'separator', 'check-all', 'start-at-login', 'separator', 'quit',
    ]);
    expect(menu().item('status')).toMatchObject({ label: 'No AuthIDs yet', enabled: false, type: 'normal' });
    expect(menu().item('start-at-login')).toMatchObject({ type: 'checkbox', checked: false });
    expect(menu().item('authorize')?.submenu).toHaveLength(2);
  });

  it('turns clicks into actions for the dispatcher', async () => {
    const { menu, dispatched, controller } = setUp();
    controller.update({ ...EMPTY, authIds: [authId('a', { label: 'Work', destinations: [destination('d', 'NAS')] })] });
    const copyUrl = menu().item('copy-url')?.submenu as MenuItemConstructorOptions[];
    click(copyUrl[0]);
    click(menu().item('start-at-login'));
    click(menu().item('quit'));
    const authorize = menu().item('authorize')?.submenu as MenuItemConstructorOptions[];
    click(authorize[1]);
    await settle();
    expect(dispatched).toEqual([
      { type: 'copy-url', id: 'a', destinationId: 'd' },
      { type: 'set-start-at-login', enabled: true },
      { type: 'quit' },
      { type: 'authorize', provider: 'dropbox', serverBaseUrl: HOSTED_GROUP.server.baseUrl },
    ]);
  });

  it('reports a failing action instead of leaving an unhandled rejection', async () => {
    const failure = new Error('boom');
    const { menu, errors } = setUp({ dispatch: async () => Promise.reject(failure) });
    click(menu().item('quit'));
    await settle();
    expect(errors).toEqual([failure]);
  });

  it('rebuilds the menu, tooltip and icon on every change, and not when nothing changed', () => {
    const { tray, controller, menu } = setUp();
    expect(tray.image.path).toBe(path.join(ASSETS, 'tray/linux/healthy.png'));
    expect(tray.toolTip).toBe('AuthID Manager\nNo AuthIDs yet');

    const state: TrayMenuState = { ...EMPTY, authIds: [authId('a'), withHealth('b', 'needs-reauthorization')] };
    controller.update(state);
    expect(tray.menuSets).toBe(2);
    expect(menu().item('status')?.label).toBe('1 of 2 needs re-authorization');
    expect(menu().item('reauthorize')?.submenu).toHaveLength(1);
    expect(tray.image.path).toBe(path.join(ASSETS, 'tray/linux/attention.png'));
    expect(tray.toolTip).toBe('AuthID Manager\n1 of 2 needs re-authorization');

    controller.update({ ...state });
    expect(tray.menuSets).toBe(2);

    controller.update({ ...state, checking: 2 });
    expect(tray.menuSets).toBe(3);
    expect(tray.image.path).toBe(path.join(ASSETS, 'tray/linux/busy.png'));
    expect(controller.menu()[0]).toMatchObject({ id: 'status', label: '1 of 2 needs re-authorization · checking 2 AuthIDs…' });
    expect(tray.toolTip).toBe('AuthID Manager\n1 of 2 needs re-authorization · checking 2 AuthIDs…');
  });

  it('shows the real start-at-login state after each update', () => {
    const { controller, menu } = setUp();
    controller.update({ ...EMPTY, startAtLogin: true });
    expect(menu().item('start-at-login')).toMatchObject({ checked: true });
  });

  it('uses Template images on macOS, ICO files on Windows', () => {
    const mac = setUp({ platform: 'darwin' });
    expect(mac.tray.image.path).toBe(path.join(ASSETS, 'tray/macos/healthyTemplate.png'));
    expect(mac.tray.image.template).toBe(true);

    const windows = setUp({ platform: 'win32', initial: { ...EMPTY, checking: 1 } });
    expect(windows.tray.image.path).toBe(path.join(ASSETS, 'tray/windows/busy.ico'));
    expect(windows.tray.image.template).toBe(false);
  });

  it('opens the window on an icon click on Windows and Linux, but leaves macOS clicks to the menu', async () => {
    const windows = setUp({ platform: 'win32' });
    expect(windows.tray.menuSets).toBe(1);
    windows.tray.emit('click');
    await settle();
    expect(windows.dispatched).toEqual([{ type: 'open-manager' }]);

    const mac = setUp({ platform: 'darwin' });
    expect(mac.tray.listeners.get('click')).toBeUndefined();
    expect(mac.tray.menuSets).toBe(1);
  });

  it('escapes ampersands so Electron shows them instead of making mnemonics', () => {
    const { controller, menu } = setUp();
    controller.update({ ...EMPTY, authIds: [authId('a', { label: 'Tom & Jerry' })] });
    const copyAuthId = menu().item('copy-authid')?.submenu as MenuItemConstructorOptions[];
    expect(copyAuthId[0]?.label).toBe('Tom && Jerry');
    expect(controller.menu().find((i) => i.kind === 'submenu' && i.id === 'copy-authid')).toMatchObject({ items: [{ label: 'Tom & Jerry' }] });
  });

  it('opens the window when no tray host exists, instead of vanishing', async () => {
    const { controller, noHostCalls } = setUp({ trayHost: async () => false });
    expect(await controller.hostAvailable).toBe(false);
    expect(noHostCalls()).toBe(1);
  });

  it('stays in the tray when a host exists', async () => {
    const { controller, noHostCalls } = setUp();
    expect(await controller.hostAvailable).toBe(true);
    expect(noHostCalls()).toBe(0);
  });

  it('destroys the tray', () => {
    const { controller, tray } = setUp();
    controller.destroy();
    expect(tray.destroyed).toBe(true);
  });
});
