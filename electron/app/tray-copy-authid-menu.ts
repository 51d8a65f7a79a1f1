/**
 * Copy AuthID, grouped by provider: the AuthID copied last comes first, and so does its
 * provider's group; AuthIDs never copied from the tray follow, newest first.
 */
import type { AuthIdView } from '../ipc/views';
import { fitLabel, needsReauthorization, type TrayMenuItem } from '../services/tray';
import { BROKEN_SUFFIX, capped, hint } from './tray-menu-parts';

export function copyAuthIdMenu(authIds: readonly AuthIdView[], recentlyUsed: readonly string[]): TrayMenuItem {
  const groups = byProvider(mostRecentFirst(authIds, recentlyUsed));
  const only = groups.length === 1 ? groups[0] : undefined;
  const items: TrayMenuItem[] = only
    ? capped(entries(only.records))
    : groups.map((group) => ({ kind: 'submenu', label: fitLabel(group.providerName), enabled: true, items: capped(entries(group.records)) }));
  return {
    kind: 'submenu', id: 'copy-authid', label: 'Copy AuthID', enabled: true,
    items: items.length > 0 ? items : [hint('No AuthIDs yet')],
  };
}

function mostRecentFirst(authIds: readonly AuthIdView[], recentlyUsed: readonly string[]): AuthIdView[] {
  const rank = (record: AuthIdView) => {
    const index = recentlyUsed.indexOf(record.id);
    return index === -1 ? recentlyUsed.length : index;
  };
  // ISO times sort as text; the sort is stable, so equals keep the vault's order.
  return [...authIds].sort((a, b) => rank(a) - rank(b) || b.created.localeCompare(a.created));
}

function byProvider(records: readonly AuthIdView[]): { providerName: string; records: AuthIdView[] }[] {
  const groups = new Map<string, AuthIdView[]>();
  for (const record of records) groups.set(record.providerName, [...(groups.get(record.providerName) ?? []), record]);
  return [...groups].map(([providerName, members]) => ({ providerName, records: members }));
}

function entries(records: readonly AuthIdView[]): TrayMenuItem[] {
  const labels = records.map((r) => fitLabel(r.label, 40));
  return records.map((record, index): TrayMenuItem => {
    const label = labels[index] ?? '';
    // Two records named alike are told apart by their masked AuthID (safe to show).
    const shown = labels.indexOf(label) !== labels.lastIndexOf(label) ? `${label} (${record.masked})` : label;
    const broken = needsReauthorization(record.health);
    return {
      kind: 'normal', label: shown + (broken ? BROKEN_SUFFIX : ''), enabled: !broken,
      action: { type: 'copy-authid', id: record.id },
    };
  });
}
