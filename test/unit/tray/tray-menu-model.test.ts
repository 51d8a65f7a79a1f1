import { describe, expect, it } from 'vitest';
import type { TrayMenuItem } from '../../../electron/services/tray/tray-menu-item';
import { MAX_LIST_ENTRIES, buildTrayMenu, type TrayMenuInput } from '../../../electron/app/tray-menu-model';
import { HOSTED, HOSTED_GROUP, authId, destination, group, provider, server, withHealth } from './view-builders';

function menu(overrides: Partial<TrayMenuInput> = {}): TrayMenuItem[] {
  return buildTrayMenu({ authIds: [], providerGroups: [HOSTED_GROUP], busy: false, startAtLogin: false, platform: 'win32', ...overrides });
}

function byId(items: readonly TrayMenuItem[], id: string): TrayMenuItem | undefined {
  return items.find((item) => item.kind !== 'separator' && item.id === id);
}

function submenu(items: readonly TrayMenuItem[], id: string): readonly TrayMenuItem[] {
  const item = byId(items, id);
  if (item?.kind !== 'submenu') throw new Error(`${id} is not a submenu`);
  return item.items;
}

/** The menu's shape in words: ids or labels, `---` for separators. */
function outline(items: readonly TrayMenuItem[]): string[] {
  return items.map((item) => (item.kind === 'separator' ? '---' : (item.id ?? item.label)));
}

describe('buildTrayMenu', () => {
  it('with an empty vault: a status line, hints instead of empty submenus, and no Re-authorize', () => {
    const items = menu();
    expect(outline(items)).toEqual([
      'status', '---', 'authorize', 'copy-url', 'copy-authid', '---', 'check-all', 'open-manager', 'start-at-login', '---', 'quit',
    ]);
    expect(byId(items, 'status')).toMatchObject({ kind: 'normal', label: 'No AuthIDs yet', enabled: false });
    expect(submenu(items, 'copy-url')).toEqual([{ kind: 'normal', label: 'No AuthIDs yet', enabled: false }]);
    expect(submenu(items, 'copy-authid')).toEqual([{ kind: 'normal', label: 'No AuthIDs yet', enabled: false }]);
    expect(byId(items, 'check-all')).toMatchObject({ enabled: false });
    expect(byId(items, 'quit')).toMatchObject({ label: 'Quit', action: { type: 'quit' } });
  });

  it("adds Duplicati's backups at risk as a second status line, only when there are any", () => {
    const message = '2 backups use an AuthID that needs re-authorization';
    const items = menu({ backupsAtRisk: message });
    expect(outline(items).slice(0, 3)).toEqual(['status', 'backups-at-risk', '---']);
    expect(byId(items, 'backups-at-risk')).toMatchObject({ kind: 'normal', label: message, enabled: false });
    expect(byId(menu(), 'backups-at-risk')).toBeUndefined();
  });

  it('lists providers to authorize, skipping legacy ones; one server needs no server choice', () => {
    expect(submenu(menu(), 'authorize')).toEqual([
      { kind: 'normal', label: 'Google Drive (limited)', enabled: true, action: { type: 'authorize', provider: 'googledrive', serverBaseUrl: HOSTED_GROUP.server.baseUrl } },
      { kind: 'normal', label: 'Dropbox', enabled: true, action: { type: 'authorize', provider: 'dropbox', serverBaseUrl: HOSTED_GROUP.server.baseUrl } },
    ]);
  });

  it('leads with providers at the server recommended for each; other servers only where there is a choice', () => {
    const own = server('https://auth.example.org', 'auth.example.org');
    const legacyOnly = server('https://old.example.org', 'old.example.org');
    const items = menu({
      providerGroups: [group(own, [provider('dropbox', 'Dropbox'), provider('pcloud', 'pCloud')]), HOSTED_GROUP, group(legacyOnly, [provider('onedrive', 'OneDrive', true)])],
    });
    const authorize = submenu(items, 'authorize');
    expect(outline(authorize)).toEqual(['Dropbox', 'pCloud', 'Google Drive (limited)', '---', 'authorize-elsewhere']);
    expect(authorize[0]).toMatchObject({ action: { type: 'authorize', provider: 'dropbox', serverBaseUrl: 'https://auth.example.org' } });
    expect(authorize[2]).toMatchObject({ action: { type: 'authorize', provider: 'googledrive', serverBaseUrl: HOSTED.baseUrl } });
    const elsewhere = submenu(authorize, 'authorize-elsewhere');
    expect(elsewhere.map((item) => (item.kind === 'submenu' ? [item.label, outline(item.items)] : item.kind))).toEqual([['Dropbox', ['Duplicati (hosted)']]]);
    const dropboxElsewhere = elsewhere[0]?.kind === 'submenu' ? elsewhere[0].items[0] : undefined;
    expect(dropboxElsewhere).toMatchObject({ action: { type: 'authorize', provider: 'dropbox', serverBaseUrl: HOSTED.baseUrl } });
  });

  it('says so when no server offers a provider', () => {
    expect(submenu(menu({ providerGroups: [] }), 'authorize')).toEqual([
      { kind: 'normal', label: 'No AuthID server offers a provider', enabled: false },
    ]);
  });

  it('with healthy AuthIDs: one copy-URL entry per destination, one copy-AuthID entry per record', () => {
    const records = [
      authId('a', { label: 'Work', destinations: [destination('d1', 'Laptop'), destination('d2', 'NAS')] }),
      authId('b', { label: 'Home' }),
    ];
    const items = menu({ authIds: records });
    expect(byId(items, 'status')).toMatchObject({ label: '2 AuthIDs · all healthy' });
    expect(submenu(items, 'copy-url')).toEqual([
      { kind: 'normal', label: 'Work — Laptop', enabled: true, action: { type: 'copy-url', id: 'a', destinationId: 'd1' } },
      { kind: 'normal', label: 'Work — NAS', enabled: true, action: { type: 'copy-url', id: 'a', destinationId: 'd2' } },
    ]);
    expect(submenu(items, 'copy-authid')).toEqual([
      { kind: 'normal', label: 'Work', enabled: true, action: { type: 'copy-authid', id: 'a' } },
      { kind: 'normal', label: 'Home', enabled: true, action: { type: 'copy-authid', id: 'b' } },
    ]);
    expect(byId(items, 'reauthorize')).toBeUndefined();
    expect(byId(items, 'check-all')).toMatchObject({ enabled: true, action: { type: 'check-all' } });
  });

  it('hints where to add a destination when AuthIDs have none', () => {
    expect(submenu(menu({ authIds: [authId('a')] }), 'copy-url')).toEqual([
      { kind: 'normal', label: 'No saved destinations — add one in AuthID Manager', enabled: false },
    ]);
  });

  it('with one record needing re-authorization: says so, offers Re-authorize, and greys out its copies', () => {
    const broken = { ...withHealth('b', 'needs-reauthorization', 'The refresh token expired.'), label: 'Photos', destinations: [destination('d', 'Pi')] };
    const items = menu({ authIds: [authId('a', { label: 'Work' }), broken, authId('c')] });
    expect(byId(items, 'status')).toMatchObject({ label: '1 of 3 needs re-authorization' });
    expect(outline(items).slice(2, 7)).toEqual(['authorize', 'copy-url', 'copy-authid', 'reauthorize', '---']);
    expect(submenu(items, 'reauthorize')).toEqual([
      { kind: 'normal', label: 'Photos', enabled: true, action: { type: 'reauthorize', id: 'b' } },
    ]);
    expect(submenu(items, 'copy-url')).toEqual([
      { kind: 'normal', label: 'Photos — Pi · needs re-authorization', enabled: false, action: { type: 'copy-url', id: 'b', destinationId: 'd' } },
    ]);
    expect(submenu(items, 'copy-authid')[1]).toMatchObject({ label: 'Photos · needs re-authorization', enabled: false });
  });

  it('offers revoked records for re-authorization too', () => {
    const items = menu({ authIds: [withHealth('a', 'revoked'), withHealth('b', 'rate-limited')] });
    expect(submenu(items, 'reauthorize').map((i) => (i.kind === 'normal' ? i.action : undefined))).toEqual([{ type: 'reauthorize', id: 'a' }]);
  });

  it('with many destinations: caps the list and points to the window for the rest', () => {
    const many = Array.from({ length: 40 }, (_, i) => destination(`d${i}`, `Folder ${i}`));
    const items = submenu(menu({ authIds: [authId('a', { label: 'Work', destinations: many })] }), 'copy-url');
    expect(items).toHaveLength(MAX_LIST_ENTRIES + 2);
    expect(items[MAX_LIST_ENTRIES - 1]).toMatchObject({ label: `Work — Folder ${MAX_LIST_ENTRIES - 1}` });
    expect(items[MAX_LIST_ENTRIES]).toEqual({ kind: 'separator' });
    expect(items[MAX_LIST_ENTRIES + 1]).toEqual({
      kind: 'normal', label: `${40 - MAX_LIST_ENTRIES} more in AuthID Manager…`, enabled: true, action: { type: 'open-manager' },
    });
  });

  it('truncates long names in each half of a copy-URL label', () => {
    const long = 'A very long AuthID label that goes on and on';
    const items = submenu(menu({ authIds: [authId('a', { label: long, destinations: [destination('d', 'An equally long destination name here')] })] }), 'copy-url');
    expect(items[0]).toMatchObject({ label: 'A very long AuthID labe… — An equally long destina…' });
  });

  it('tells same-named AuthIDs apart by their masked AuthID', () => {
    const items = submenu(menu({ authIds: [authId('a', { label: 'Drive' }), authId('b', { label: 'Drive' }), authId('c', { label: 'Box' })] }), 'copy-authid');
    expect(items.map((i) => (i.kind === 'normal' ? i.label : ''))).toEqual(['Drive (v2:…a)', 'Drive (v2:…b)', 'Box']);
  });

  it('while busy: says it is working', () => {
    expect(byId(menu({ authIds: [authId('a')], busy: true }), 'status')).toMatchObject({ label: '1 AuthID · healthy · working…' });
  });

  it('shows the real start-at-login state and asks for the opposite on click', () => {
    expect(byId(menu({ startAtLogin: true }), 'start-at-login')).toEqual({
      kind: 'checkbox', id: 'start-at-login', label: 'Start at login', enabled: true, checked: true,
      action: { type: 'set-start-at-login', enabled: false },
    });
    expect(byId(menu({ startAtLogin: false }), 'start-at-login')).toMatchObject({ checked: false, action: { type: 'set-start-at-login', enabled: true } });
  });

  it('on Linux puts "Open AuthID Manager…" at the top (icon clicks rarely arrive there)', () => {
    expect(outline(menu({ platform: 'linux' }))).toEqual([
      'status', '---', 'open-manager', '---', 'authorize', 'copy-url', 'copy-authid', '---', 'check-all', 'start-at-login', '---', 'quit',
    ]);
  });

  it('on macOS names the app in Quit', () => {
    expect(byId(menu({ platform: 'darwin' }), 'quit')).toMatchObject({ label: 'Quit AuthID Manager' });
  });

  it('is plain data that survives serialization', () => {
    const items = menu({ authIds: [withHealth('a', 'revoked'), authId('b', { destinations: [destination('d', 'NAS')] })] });
    expect(JSON.parse(JSON.stringify(items))).toEqual(items);
  });
});
