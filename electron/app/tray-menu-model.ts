/**
 * The tray menu as plain data, rebuilt from scratch on every change. The adapter turns it into
 * Electron's menu; nothing here knows about Electron.
 */
import type { AuthIdView, ProviderGroupView, ProviderId, ServerView } from '../ipc/views';
import type { BuiltInServerStatus } from '../services/built-in-server';
import type { LoginProgressView } from '../services/login';
import { fitLabel, needsReauthorization, type TrayMenuItem } from '../services/tray';
import { builtInServerMenu } from './tray-built-in-server';
import { copyAuthIdMenu } from './tray-copy-authid-menu';
import { BROKEN_SUFFIX, SEPARATOR, capped, hint } from './tray-menu-parts';
import { loginName, trayStatusLine } from './tray-status-line';

export interface TrayMenuInput {
  readonly authIds: readonly AuthIdView[];
  readonly providerGroups: readonly ProviderGroupView[];
  /** Logins running now. */
  readonly logins: readonly LoginProgressView[];
  /** How many AuthIDs are being checked now. */
  readonly checking: number;
  /** AuthID ids, the one copied from the tray last first. */
  readonly recentlyUsed: readonly string[];
  /** The real state, as the OS reports it. */
  readonly startAtLogin: boolean;
  readonly platform: NodeJS.Platform;
  /** From the last look at Duplicati, e.g. "2 backups use an AuthID that needs re-authorization". */
  readonly backupsAtRisk?: string;
  /** The built-in AuthID server, where this copy of the app has one. */
  readonly builtInServer?: BuiltInServerStatus;
}

export function buildTrayMenu(input: TrayMenuInput): TrayMenuItem[] {
  const { authIds, platform } = input;
  const openManager: TrayMenuItem = {
    kind: 'normal', id: 'open-manager', label: 'Open AuthID Manager…', enabled: true, action: { type: 'open-manager' },
  };
  const reauthorize = reauthorizeMenu(authIds);
  // Linux trays rarely deliver a click on the icon, so the window's entry goes to the top there.
  const linux = platform === 'linux';
  return [
    { kind: 'normal', id: 'status', label: trayStatusLine(input), enabled: false },
    ...(input.backupsAtRisk === undefined ? [] : [{ kind: 'normal', id: 'backups-at-risk', label: input.backupsAtRisk, enabled: false } as const]),
    ...builtInServerMenu(input.builtInServer),
    ...cancelLoginMenu(input.logins),
    SEPARATOR,
    ...(linux ? [openManager, SEPARATOR] : []),
    authorizeMenu(input.providerGroups),
    { kind: 'normal', id: 'paste', label: 'Paste a URL or AuthID…', enabled: true, action: { type: 'open-paste' } },
    copyUrlMenu(authIds),
    copyAuthIdMenu(authIds, input.recentlyUsed),
    ...(reauthorize ? [reauthorize] : []),
    SEPARATOR,
    { kind: 'normal', id: 'check-all', label: 'Check all now', enabled: authIds.length > 0, action: { type: 'check-all' } },
    ...(linux ? [] : [openManager]),
    {
      kind: 'checkbox', id: 'start-at-login', label: 'Start at login', enabled: true, checked: input.startAtLogin,
      action: { type: 'set-start-at-login', enabled: !input.startAtLogin },
    },
    SEPARATOR,
    { kind: 'normal', id: 'quit', label: platform === 'darwin' ? 'Quit AuthID Manager' : 'Quit', enabled: true, action: { type: 'quit' } },
  ];
}

/**
 * Providers first, each at its recommended server (the first group offering it: groups come in
 * order of preference). Other servers are one step away, and only for providers that have one.
 */
function authorizeMenu(groups: readonly ProviderGroupView[]): TrayMenuItem {
  const servers = new Map<ProviderId, { name: string; at: ServerView[] }>();
  for (const group of groups) {
    for (const provider of group.providers.filter((p) => !p.legacy)) {
      const entry = servers.get(provider.id) ?? { name: provider.name, at: [] };
      entry.at.push(group.server);
      servers.set(provider.id, entry);
    }
  }
  const choices = [...servers.entries()].map(([provider, { name, at }]) => ({ provider, name, at }));
  const login = (provider: ProviderId, label: string, server: ServerView): TrayMenuItem => ({
    kind: 'normal', label: fitLabel(label), enabled: true, action: { type: 'authorize', provider, serverBaseUrl: server.baseUrl },
  });
  const recommended = choices.flatMap(({ provider, name, at }) => (at[0] ? [login(provider, name, at[0])] : []));
  const others = choices
    .filter(({ at }) => at.length > 1)
    .map(({ provider, name, at }): TrayMenuItem => ({
      kind: 'submenu', label: fitLabel(name), enabled: true, items: at.slice(1).map((server) => login(provider, server.name, server)),
    }));
  const items: TrayMenuItem[] = [
    ...recommended,
    ...(others.length > 0 ? [SEPARATOR, { kind: 'submenu', id: 'authorize-elsewhere', label: 'Use another AuthID server', enabled: true, items: others } satisfies TrayMenuItem] : []),
  ];
  return {
    kind: 'submenu', id: 'authorize', label: 'Authorize', enabled: true,
    items: items.length > 0 ? items : [hint('No AuthID server offers a provider')],
  };
}

function copyUrlMenu(authIds: readonly AuthIdView[]): TrayMenuItem {
  const entries = authIds.flatMap((record) =>
    record.destinations.map((destination): TrayMenuItem => {
      const broken = needsReauthorization(record.health);
      return {
        kind: 'normal',
        label: `${fitLabel(record.label, 24)} — ${fitLabel(destination.name, 24)}${broken ? BROKEN_SUFFIX : ''}`,
        enabled: !broken,
        action: { type: 'copy-url', id: record.id, destinationId: destination.id },
      };
    }),
  );
  return {
    kind: 'submenu', id: 'copy-url', label: 'Copy connection URL', enabled: true,
    items: entries.length > 0 ? capped(entries) : [hint(authIds.length > 0 ? 'No saved destinations — add one in AuthID Manager' : 'No AuthIDs yet')],
  };
}

/** While a login runs, it can be stopped from here as from the window's Cancel login. */
function cancelLoginMenu(logins: readonly LoginProgressView[]): TrayMenuItem[] {
  const [only] = logins;
  if (only === undefined) return [];
  if (logins.length === 1) {
    return [{ kind: 'normal', id: 'cancel-login', label: `Cancel login to ${loginName(only)}`, enabled: true, action: { type: 'cancel-login', loginId: only.loginId } }];
  }
  return [{
    kind: 'submenu', id: 'cancel-login', label: 'Cancel login', enabled: true,
    items: logins.map((login) => ({ kind: 'normal', label: loginName(login), enabled: true, action: { type: 'cancel-login', loginId: login.loginId } })),
  }];
}

function reauthorizeMenu(authIds: readonly AuthIdView[]): TrayMenuItem | undefined {
  const entries = authIds
    .filter((r) => needsReauthorization(r.health))
    .map((r): TrayMenuItem => ({ kind: 'normal', label: fitLabel(r.label), enabled: true, action: { type: 'reauthorize', id: r.id } }));
  if (entries.length === 0) return undefined;
  return { kind: 'submenu', id: 'reauthorize', label: 'Re-authorize', enabled: true, items: capped(entries) };
}
