/**
 * Saved destinations keep their folder and options; their URL is built anew each time. URL rules
 * version 2 builds some of them differently, so the app shows, once, what Duplicati read from
 * the old URL and what it reads from the new one, instead of changing anything silently.
 */
import { readDestinationUrlAs, type DuplicatiReading } from '../duplicati-reading';
import { buildConnectionUrl, type ConnectionUrlInput } from './connection-url-build';
import { legacyConnectionUrl } from './legacy-connection-url';

/** The rules this app builds URLs by; destinations saved under them need no notice. */
export const URL_RULES_VERSION = 2;

export interface UrlRulesChange {
  /** The URL the old rules wrote; null where they could not build one. */
  readonly previousUrl: string | null;
  /** What differs for Duplicati, in plain words; never the AuthID. */
  readonly differences: readonly string[];
}

const quoted = (text: string | null) => `"${(text ?? '').slice(0, 200)}"`;

/** Null when both rules write the same URL. */
export function urlRulesChange(input: ConnectionUrlInput): UrlRulesChange | null {
  const previousUrl = legacyConnectionUrl(input);
  const current = buildConnectionUrl(input);
  if (current.ok && current.url === previousUrl) return null;
  const before = previousUrl === null ? null : readDestinationUrlAs('master', previousUrl, {});
  if (!current.ok) {
    const old = before?.error ?? before?.optionRefusals.find((r) => r.code !== 'MissingAuthID');
    return {
      previousUrl,
      differences: [
        `The app no longer builds this destination: ${current.message} ${current.fix}`,
        ...(old === undefined || old === null ? [] : [`Duplicati could not use the old URL either: ${old.message}`]),
      ],
    };
  }
  const after = readDestinationUrlAs('master', current.url, {});
  return { previousUrl, differences: describe(before, after) };
}

function describe(before: DuplicatiReading | null, after: DuplicatiReading): string[] {
  if (before === null) return ['The old rules could not build a URL for this destination; the new ones can.'];
  const differences: string[] = [];
  if (before.folder !== after.folder) {
    differences.push(
      `With the old URL Duplicati used the folder ${quoted(before.folder)}; the new URL uses ${quoted(after.folder)}, the folder as saved. If your backups are in ${quoted(before.folder)}, save this destination again with that folder before you copy the new URL.`,
    );
  }
  if (before.refreshUrl.url !== after.refreshUrl.url || before.refreshUrl.from !== after.refreshUrl.from) {
    differences.push(
      before.refreshUrl.from === 'default'
        ? `The new URL names its AuthID server (${after.refreshUrl.url}), so a --oauth-url setting or DUPLICATI_OAUTH_SERVICE can no longer send this AuthID to another server.`
        : `The refresh address changes from ${before.refreshUrl.url} to ${after.refreshUrl.url}, the one this app refreshes through.`,
    );
  }
  const renamed = Object.keys(before.options).filter((name) => name !== name.toLowerCase());
  if (renamed.length > 0) {
    differences.push(`Option names are now written as Duplicati reads them (${renamed.map((n) => n.toLowerCase()).join(', ')}); it did not see ${renamed.join(', ')} before.`);
  }
  if (differences.length === 0) differences.push('The URL is written differently, but Duplicati reads the same folder, AuthID, server and options from it.');
  return differences;
}
