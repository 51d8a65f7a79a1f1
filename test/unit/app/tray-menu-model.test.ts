import { describe, expect, it } from 'vitest';
import type { TrayMenuItem } from '../../../electron/services/tray/tray-menu-item';
import { buildTrayMenu, type TrayMenuInput } from '../../../electron/app/tray-menu-model';
import { MAX_LIST_ENTRIES } from '../../../electron/app/tray-menu-parts';
import { HOSTED, HOSTED_GROUP, authId, destination, group, login, provider, server, withHealth } from '../../fixtures/view-builders';

function menu(overrides: Partial<TrayMenuInput> = {}): TrayMenuItem[] {
  return buildTrayMenu({ authIds: [], providerGroups: [HOSTED_GROUP], logins: [], checking: 0, recentlyUsed: [], startAtLogin: false, platform: 'win32', ...overrides });
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
      'status', '---', 'authorize', 'paste', 'copy-url', 'copy-authid', '---', 'check-all', 'open-manager', 'start-at-login', '---', 'quit',
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
    expect(outline(items).slice(2, 8)).toEqual(['authorize', 'paste', 'copy-url', 'copy-authid', 'reauthorize', '---']);
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

  it('while checks run: says how many AuthIDs are being checked', () => {
    expect(byId(menu({ authIds: [authId('a')], checking: 1 }), 'status')).toMatchObject({ label: '1 AuthID · healthy · checking 1 AuthID…' });
    expect(byId(menu({ authIds: [authId('a'), authId('b')], checking: 2 }), 'status')).toMatchObject({ label: '2 AuthIDs · all healthy · checking 2 AuthIDs…' });
  });

  it('keeps the not-checked count next to the problems', () => {
    const items = menu({ authIds: [withHealth('a', 'not-checked'), withHealth('b', 'needs-reauthorization'), withHealth('c', 'not-checked')] });
    expect(byId(items, 'status')).toMatchObject({ label: '1 of 3 needs re-authorization · 2 not checked yet' });
  });

  it('while a login runs: names it in the status line and offers to cancel it, right below', () => {
    const items = menu({ authIds: [authId('a')], logins: [login('l1', 'dropbox')], checking: 1 });
    expect(byId(items, 'status')).toMatchObject({ label: '1 AuthID · healthy · login to Dropbox, checking 1 AuthID…' });
    expect(outline(items).slice(0, 3)).toEqual(['status', 'cancel-login', '---']);
    expect(byId(items, 'cancel-login')).toEqual({
      kind: 'normal', id: 'cancel-login', label: 'Cancel login to Dropbox', enabled: true, action: { type: 'cancel-login', loginId: 'l1' },
    });
    expect(byId(menu(), 'cancel-login')).toBeUndefined();
  });

  it('with several logins: one Cancel login submenu naming each provider', () => {
    const items = menu({ logins: [login('l1', 'dropbox'), login('l2', 'box')] });
    expect(byId(items, 'status')).toMatchObject({ label: 'No AuthIDs yet · login to Dropbox and Box…' });
    expect(submenu(items, 'cancel-login')).toEqual([
      { kind: 'normal', label: 'Dropbox', enabled: true, action: { type: 'cancel-login', loginId: 'l1' } },
      { kind: 'normal', label: 'Box', enabled: true, action: { type: 'cancel-login', loginId: 'l2' } },
    ]);
    const three = menu({ logins: [login('l1', 'dropbox'), login('l2', 'box'), login('l3', 'pcloud')] });
    expect(byId(three, 'status')).toMatchObject({ label: 'No AuthIDs yet · 3 logins…' });
  });

  it('offers "Paste a URL or AuthID…", which opens the Paste screen', () => {
    expect(byId(menu(), 'paste')).toEqual({ kind: 'normal', id: 'paste', label: 'Paste a URL or AuthID…', enabled: true, action: { type: 'open-paste' } });
  });

  it('groups Copy AuthID by provider, the last copied first and its provider with it', () => {
    const records = [
      authId('a', { label: 'Work', created: '2025-01-01T00:00:00.000Z' }),
      authId('b', { label: 'Photos', provider: 'dropbox', providerName: 'Dropbox', created: '2025-02-01T00:00:00.000Z' }),
      authId('c', { label: 'Home', created: '2025-03-01T00:00:00.000Z' }),
      authId('d', { label: 'Music', provider: 'dropbox', providerName: 'Dropbox', created: '2025-04-01T00:00:00.000Z' }),
    ];
    type Labels = (string | [string, Labels])[];
    const labels = (items: readonly TrayMenuItem[]): Labels => items.map((i) => (i.kind === 'submenu' ? [i.label, labels(i.items)] : i.kind === 'normal' ? i.label : '---'));
    // Nothing copied yet: newest first, so Dropbox (Music, April) leads.
    expect(labels(submenu(menu({ authIds: records }), 'copy-authid'))).toEqual([
      ['Dropbox', ['Music', 'Photos']],
      ['Google Drive (limited)', ['Home', 'Work']],
    ]);
    const used = submenu(menu({ authIds: records, recentlyUsed: ['a', 'b'] }), 'copy-authid');
    expect(labels(used)).toEqual([
      ['Google Drive (limited)', ['Work', 'Home']],
      ['Dropbox', ['Photos', 'Music']],
    ]);
    const work = used[0]?.kind === 'submenu' ? used[0].items[0] : undefined;
    expect(work).toEqual({ kind: 'normal', label: 'Work', enabled: true, action: { type: 'copy-authid', id: 'a' } });
  });

  it('caps each provider group of Copy AuthID, not the whole menu', () => {
    const drive = Array.from({ length: 30 }, (_, i) => authId(`g${i}`, { label: `Drive ${i}` }));
    const items = submenu(menu({ authIds: [...drive, authId('x', { label: 'Photos', provider: 'dropbox', providerName: 'Dropbox' })] }), 'copy-authid');
    const sizes = items.map((i) => (i.kind === 'submenu' ? [i.label, i.items.length] : i.kind));
    expect(sizes).toEqual([['Google Drive (limited)', MAX_LIST_ENTRIES + 2], ['Dropbox', 1]]);
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
      'status', '---', 'open-manager', '---', 'authorize', 'paste', 'copy-url', 'copy-authid', '---', 'check-all', 'start-at-login', '---', 'quit',
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
