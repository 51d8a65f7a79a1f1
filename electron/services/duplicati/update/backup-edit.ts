/**
 * The one change the app makes to a backup: the AuthID (and, when the AuthID server differs, the
 * oauth-url) in the destination URL, in the --authid/--oauth-url advanced options and in the
 * extra destinations that used the same AuthID. Nothing else in the backup moves.
 */
import { maskAuthId } from '../../authids';
import { queryValues, seenQueryValue, withQueryValue } from '../reading/url-query';
import { sameServer, serverOfOauthUrl } from '../reading/destination-auth';
import { maskedUrl } from '../views/masked-url';
import type { PlannedChange } from '../views/duplicati-views';
import type { BackupState, ManagedOption } from './backup-state';

export interface EditTarget {
  readonly newAuthId: string;
  /** The AuthID server that issued it (base URL). */
  readonly server: string;
  /** Its refresh URL; undefined where Duplicati never asks a server (pCloud). */
  readonly refreshUrl?: string;
  /** True for an AuthID value this update replaces. */
  readonly replaces: (authId: string) => boolean;
}

export interface BackupEdit {
  readonly next: BackupState;
  readonly changes: readonly PlannedChange[];
}

export function editBackup(state: BackupState, target: EditTarget): BackupEdit {
  const inUrl = queryValues(state.url, 'authid');
  const option = state.managed.authid?.value;
  const replacing = inUrl.some(target.replaces) || (inUrl.length === 0 && option !== undefined && target.replaces(option));
  const usesTarget = replacing || inUrl.includes(target.newAuthId) || (inUrl.length === 0 && option === target.newAuthId);
  if (!usesTarget) return { next: state, changes: [] };

  let url = inUrl.some(target.replaces) ? withQueryValue(state.url, 'authid', target.newAuthId, false) : state.url;
  const managed: Partial<Record<ManagedOption, { index: number; value: string }>> = { ...state.managed };
  if (state.managed.authid !== undefined) managed.authid = { ...state.managed.authid, value: target.newAuthId };
  const refresh = target.refreshUrl;
  if (refresh !== undefined) {
    const wrong = (value: string) => !sameServer(serverOfOauthUrl(value), target.server);
    const urlOauth = queryValues(url, 'oauth-url')[0];
    if (urlOauth !== undefined && wrong(urlOauth)) url = withQueryValue(url, 'oauth-url', refresh, false);
    if (state.managed['oauth-url'] !== undefined && wrong(state.managed['oauth-url'].value)) managed['oauth-url'] = { ...state.managed['oauth-url'], value: refresh };
    const effective = seenQueryValue(url, 'oauth-url') ?? managed['oauth-url']?.value ?? state.serverOauthUrl;
    if (!sameServer(serverOfOauthUrl(effective === '' ? undefined : effective), target.server)) url = withQueryValue(url, 'oauth-url', refresh, true);
  }

  const extraUrls = new Map(
    [...state.extraUrls].map(([key, extraUrl]) => {
      if (!queryValues(extraUrl, 'authid').some((v) => target.replaces(v) || (inUrl.includes(v) && v !== target.newAuthId))) return [key, extraUrl];
      let edited = withQueryValue(extraUrl, 'authid', target.newAuthId, false);
      const oauth = queryValues(edited, 'oauth-url')[0];
      if (refresh !== undefined && oauth !== undefined && !sameServer(serverOfOauthUrl(oauth), target.server)) edited = withQueryValue(edited, 'oauth-url', refresh, false);
      return [key, edited];
    }),
  );
  const next: BackupState = { ...state, url, managed, extraUrls };
  return { next, changes: describeChanges(state, next) };
}

function describeChanges(before: BackupState, after: BackupState): PlannedChange[] {
  const changes: PlannedChange[] = [];
  if (before.url !== after.url) changes.push({ where: 'Destination URL', before: maskedUrl(before.url), after: maskedUrl(after.url) });
  for (const option of ['authid', 'oauth-url'] as const) {
    const was = before.managed[option];
    const now = after.managed[option];
    if (was === undefined || now === undefined || was.value === now.value) continue;
    const name = before.backup.Settings?.[was.index]?.Name ?? `--${option}`;
    const shown = option === 'authid' ? maskAuthId : (value: string) => value;
    changes.push({ where: `Advanced option ${name}`, before: shown(was.value), after: shown(now.value) });
  }
  for (const extra of before.backup.AdditionalTargetURLs ?? []) {
    const key = extra.UrlKey.toLowerCase();
    const was = before.extraUrls.get(key);
    const now = after.extraUrls.get(key);
    if (was !== undefined && now !== undefined && was !== now) changes.push({ where: `Extra destination “${extra.UrlKey}”`, before: maskedUrl(was), after: maskedUrl(now) });
  }
  return changes;
}
