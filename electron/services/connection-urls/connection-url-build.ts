/**
 * Builds the Duplicati destination URL for an AuthID so that Duplicati reads back exactly what
 * was asked for: the folder (see folder-encoding.ts), the options under the exact lower-case
 * names the backend looks up, the AuthID, and `oauth-url` naming the AuthID's own server for
 * every backend that refreshes (the default server included, so no server-wide setting can
 * send the AuthID elsewhere). Every URL is read back through the "what Duplicati reads" module
 * before it is handed out; what Duplicati cannot express is refused with the reason and a way out.
 */
import { folderForText, PCLOUD_API_HOSTS, readDestinationUrlAs, type DuplicatiReading } from '../duplicati-reading';
import { backendForProvider, getProvider, type BackendSpec, type ProviderId } from '../providers';
import type { AuthIdServer } from '../servers';
import { encodeComponent } from './duplicati-url-text';
import { encodeFolder, trimFolder, type FolderProblem } from './folder-encoding';
import { refreshUrlFor } from './oauth-url';
import { sharePointSiteRefusal } from './sharepoint-site';

export interface ConnectionUrlInput {
  readonly provider: ProviderId;
  /** Folder path such as `Backups/Laptop`; leading and trailing slashes are ignored. */
  readonly path: string;
  /** Backend options; empty values are left out (Duplicati then uses its default). */
  readonly options?: Readonly<Record<string, string>>;
  readonly authId: string;
  readonly server: AuthIdServer;
  /** pCloud only: the API host, `api.pcloud.com` or `eapi.pcloud.com`. */
  readonly host?: string;
}

export type BuildProblem =
  | FolderProblem
  | 'no-backend'
  | 'pcloud-host'
  | 'reserved-option'
  | 'bad-option-name'
  | 'duplicate-option'
  | 'invalid-server'
  | 'sharepoint-site'
  | 'secret-option'
  | 'option-refused'
  | 'not-read-back';

export type BuildResult =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly problem: BuildProblem; readonly message: string; readonly fix: string };

const VALUE_REFUSALS: readonly string[] = ['JottaIllegalMountPoint', 'FormatException', 'ArgumentOutOfRangeException'];

/** Options the builder writes itself; given as backend options they would repeat or override. */
const RESERVED_OPTION_NAMES: readonly string[] = ['authid', 'oauth-url'];

export function buildConnectionUrl(input: ConnectionUrlInput): BuildResult {
  const backend = backendForProvider(input.provider);
  if (backend === null) {
    return fail('no-backend', `Duplicati no longer has a destination for ${getProvider(input.provider).name}.`, 'Log in with Microsoft OneDrive and build the URL from that AuthID.');
  }
  const host = input.host ?? '';
  if (backend.host !== undefined && !PCLOUD_API_HOSTS.includes(host)) {
    return fail('pcloud-host', 'A pCloud URL needs its API host.', 'Choose the pCloud region: api.pcloud.com (United States) or eapi.pcloud.com (Europe).');
  }
  const options = orderedOptions(backend, input.options ?? {});
  if (!Array.isArray(options)) return options;

  const refreshUrl = backend.takesOauthUrl ? refreshUrlFor(input.server) : null;
  if (refreshUrl === null && backend.takesOauthUrl) {
    return fail('invalid-server', 'The AuthID server address is not a valid web address.', 'Correct the server address in the settings.');
  }
  const folder = trimFolder(input.path);
  const encoded = encodeFolder(backend.id, folder);
  if (!encoded.ok) return fail(encoded.problem, encoded.message, encoded.fix);

  const pairs: [string, string][] = [...options, ['authid', input.authId]];
  if (refreshUrl !== null) pairs.push(['oauth-url', refreshUrl]);
  const query = encodePairs(pairs);
  if (query === null) return fail('invalid-text', 'An option or the AuthID contains a character that cannot be written into a URL.', 'Retype the option values.');
  const location = backend.host === undefined ? encoded.location : [host, encoded.location].filter((part) => part !== '').join('/');
  const url = `${backend.scheme}://${location}?${query}`;
  return readsBackAsAsked(url, backend, folder, pairs);
}

/** Backend options in catalogue order, then any others alphabetically; names lower-case, empty values dropped. */
function orderedOptions(backend: BackendSpec, options: Readonly<Record<string, string>>): [string, string][] | BuildResult {
  const given: [string, string][] = [];
  for (const [written, value] of Object.entries(options)) {
    // Duplicati's backends look option names up exactly, and all of them are lower-case.
    const name = written.trim().toLowerCase();
    if (value === '') continue;
    if (name === '') return fail('bad-option-name', 'An option has no name.', 'Give the option a name or remove it.');
    if (RESERVED_OPTION_NAMES.includes(name)) {
      return fail('reserved-option', `"${written.slice(0, 64)}" cannot be given as an option; the app writes the AuthID and its server itself.`, 'Remove that option.');
    }
    if (backend.options.some((o) => o.name === name && o.secret === true)) {
      return fail('secret-option', `${name} holds a secret key, and this app does not write secrets into URLs, which are copied and shown.`, 'Use the key file option (gcs-service-account-file) instead.');
    }
    // Duplicati collects names ignoring case and would join the two values with a comma.
    if (given.some(([other]) => other === name)) return fail('duplicate-option', `The option "${name.slice(0, 64)}" is given twice.`, 'Keep one of the two.');
    given.push([name, value]);
  }
  const rank = (name: string): number => {
    const index = backend.options.findIndex((o) => o.name === name);
    return index < 0 ? backend.options.length : index;
  };
  return given.sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function encodePairs(pairs: readonly [string, string][]): string | null {
  const parts: string[] = [];
  for (const [key, value] of pairs) {
    const k = encodeComponent(key);
    const v = encodeComponent(value);
    if (k === null || v === null) return null;
    parts.push(`${k}=${v}`);
  }
  return parts.join('&');
}

/** The built URL, if Duplicati (master and 2.3 stable) reads back exactly the folder, options, AuthID and server. */
function readsBackAsAsked(url: string, backend: BackendSpec, folder: string, pairs: readonly [string, string][]): BuildResult {
  const reading = readDestinationUrlAs('master', url, {});
  if (backend.id === 'sharepoint' && reading.error?.code.startsWith('System.Uri') === true) return { ok: false, ...sharePointSiteRefusal(folder) };
  // Values the backend stops on (Jottacloud's mount point, threads, chunk size); missing ones are lint's to report.
  const refusedValue = reading.optionRefusals.find((r) => VALUE_REFUSALS.includes(r.code));
  if (refusedValue !== undefined) return fail('option-refused', refusedValue.message, 'Correct that option.');
  const expectedFolder = folderForText(backend.id, folder);
  const optionsAsWritten =
    Object.keys(reading.options).length === pairs.length && pairs.every(([name, value]) => reading.options[name] === value);
  const stable = readDestinationUrlAs('2.3-stable', url, {});
  const sameOnStable = stable.folder === reading.folder && stable.authId === reading.authId && stable.error === null;
  if (reading.error === null && reading.folder === expectedFolder && optionsAsWritten && sameOnStable) return { ok: true, url };
  return fail('not-read-back', `Duplicati would not read this URL as entered${differenceIn(reading, expectedFolder)}.`, 'Change the folder or option values.');
}

function differenceIn(reading: DuplicatiReading, expectedFolder: string): string {
  if (reading.error !== null) return ` (${reading.error.message})`;
  if (reading.folder !== expectedFolder) return `: it would use the folder "${(reading.folder ?? '').slice(0, 200)}"`;
  return '';
}

function fail(problem: BuildProblem, message: string, fix: string): BuildResult {
  return { ok: false, problem, message, fix };
}
