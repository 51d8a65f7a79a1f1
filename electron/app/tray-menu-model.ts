/**
 * The tray menu as plain data, rebuilt from scratch on every change. The adapter turns it into
 * Electron's menu; nothing here knows about Electron.
 */
import type { AuthIdView, ProviderGroupView, ProviderId, ServerView } from '../ipc/views';
import { needsReauthorization, summarizeHealth } from '../services/tray/health-summary';
import { fitLabel } from '../services/tray/menu-label';
import type { TrayMenuItem } from '../services/tray/tray-menu-item';

export interface TrayMenuInput {
  readonly authIds: readonly AuthIdView[];
  readonly providerGroups: readonly ProviderGroupView[];
  /** A login or a check is running. */
  readonly busy: boolean;
  /** The real state, as the OS reports it. */
  readonly startAtLogin: boolean;
  readonly platform: NodeJS.Platform;
  /** From the last look at Duplicati, e.g. "2 backups use an AuthID that needs re-authorization". */
  readonly backupsAtRisk?: string;
}

/** Longer lists end in "More in AuthID Manager…": a menu is no place to scroll. */
export const MAX_LIST_ENTRIES = 25;

const SEPARATOR: TrayMenuItem = { kind: 'separator' };
const BROKEN_SUFFIX = ' · needs re-authorization';

export function buildTrayMenu(input: TrayMenuInput): TrayMenuItem[] {
  const { authIds, platform } = input;
  const openManager: TrayMenuItem = {
    kind: 'normal', id: 'open-manager', label: 'Open AuthID Manager…', enabled: true, action: { type: 'open-manager' },
  };
  const reauthorize = reauthorizeMenu(authIds);
  // Linux trays rarely deliver a click on the icon, so the window's entry goes to the top there.
  const linux = platform === 'linux';
  return [
    { kind: 'normal', id: 'status', label: summarizeHealth(authIds) + (input.busy ? ' · working…' : ''), enabled: false },
    ...(input.backupsAtRisk === undefined ? [] : [{ kind: 'normal', id: 'backups-at-risk', label: input.backupsAtRisk, enabled: false } as const]),
    SEPARATOR,
    ...(linux ? [openManager, SEPARATOR] : []),
    authorizeMenu(input.providerGroups),
    copyUrlMenu(authIds),
    copyAuthIdMenu(authIds),
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

function copyAuthIdMenu(authIds: readonly AuthIdView[]): TrayMenuItem {
  const labels = authIds.map((r) => fitLabel(r.label, 40));
  const entries = authIds.map((record, index): TrayMenuItem => {
    const label = labels[index] ?? '';
    // Two records named alike are told apart by their masked AuthID (safe to show).
    const shown = labels.indexOf(label) !== labels.lastIndexOf(label) ? `${label} (${record.masked})` : label;
    const broken = needsReauthorization(record.health);
    return {
      kind: 'normal', label: shown + (broken ? BROKEN_SUFFIX : ''), enabled: !broken,
      action: { type: 'copy-authid', id: record.id },
    };
  });
  return {
    kind: 'submenu', id: 'copy-authid', label: 'Copy AuthID', enabled: true,
    items: entries.length > 0 ? capped(entries) : [hint('No AuthIDs yet')],
  };
}

function reauthorizeMenu(authIds: readonly AuthIdView[]): TrayMenuItem | undefined {
  const entries = authIds
    .filter((r) => needsReauthorization(r.health))
    .map((r): TrayMenuItem => ({ kind: 'normal', label: fitLabel(r.label), enabled: true, action: { type: 'reauthorize', id: r.id } }));
  if (entries.length === 0) return undefined;
  return { kind: 'submenu', id: 'reauthorize', label: 'Re-authorize', enabled: true, items: capped(entries) };
}

function capped(entries: readonly TrayMenuItem[]): TrayMenuItem[] {
  if (entries.length <= MAX_LIST_ENTRIES) return [...entries];
  return [
    ...entries.slice(0, MAX_LIST_ENTRIES),
    SEPARATOR,
    { kind: 'normal', label: `${entries.length - MAX_LIST_ENTRIES} more in AuthID Manager…`, enabled: true, action: { type: 'open-manager' } },
  ];
}

function hint(label: string): TrayMenuItem {
  return { kind: 'normal', label, enabled: false };
}
