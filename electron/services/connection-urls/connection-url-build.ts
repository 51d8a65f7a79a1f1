/**
 * Builds the Duplicati destination URL for an AuthID, the way Duplicati's own UIs write it:
 * path segments and every query value percent-encoded with encodeURIComponent (so `:` is `%3A`
 * and a refresh token's `+` survives as `%2B`), options in a stable order, then `authid`, then
 * `oauth-url` when the server is not Duplicati's default (never for pCloud).
 */
import { isPcloudHost, type BackendSpec } from '../providers/duplicati-backends';
import type { ProviderId } from '../providers/provider-id';
import { backendForProvider, getProvider } from '../providers/provider-lookup';
import { isDefaultServer, type AuthIdServer } from '../servers/known-servers';
import { encodeComponent, normalizeFolderPath } from './duplicati-url-text';
import { refreshUrlFor } from './oauth-url';

export interface ConnectionUrlInput {
  readonly provider: ProviderId;
  /** Folder path such as `Backups/Laptop`; leading and trailing slashes are dropped. */
  readonly path: string;
  /** Backend options; empty values are left out (Duplicati then uses its default). */
  readonly options?: Readonly<Record<string, string>>;
  readonly authId: string;
  readonly server: AuthIdServer;
  /** pCloud only: the region host, `api.pcloud.com` or `eapi.pcloud.com`. */
  readonly host?: string;
}

export type BuildProblem =
  | 'no-backend'
  | 'pcloud-host'
  | 'reserved-option'
  | 'bad-option-name'
  | 'duplicate-option'
  | 'invalid-server'
  | 'invalid-text';

export type BuildResult =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly problem: BuildProblem; readonly message: string };

/** Options the builder writes itself; given as backend options they would repeat or override. */
export const RESERVED_OPTION_NAMES: readonly string[] = ['authid', 'oauth-url'];

export function buildConnectionUrl(input: ConnectionUrlInput): BuildResult {
  const backend = backendForProvider(input.provider);
  if (backend === null) {
    return fail('no-backend', `Duplicati no longer has a destination for ${getProvider(input.provider).name}; log in with Microsoft OneDrive instead.`);
  }
  const hostPart = backend.host === undefined ? '' : input.host ?? '';
  if (backend.host !== undefined && !isPcloudHost(hostPart)) {
    return fail('pcloud-host', 'Choose the pCloud region: api.pcloud.com (United States) or eapi.pcloud.com (Europe).');
  }

  const optionPairs = orderedOptions(backend, input.options ?? {});
  if (!Array.isArray(optionPairs)) return optionPairs;

  let oauthUrl: string | null = null;
  try {
    if (backend.takesOauthUrl && !isDefaultServer(input.server)) oauthUrl = refreshUrlFor(input.server);
  } catch {
    return fail('invalid-server', 'The AuthID server address is not a valid web address.');
  }

  const pairs: [string, string][] = [...optionPairs, ['authid', input.authId]];
  if (oauthUrl !== null) pairs.push(['oauth-url', oauthUrl]);
  const query = encodePairs(pairs);
  const path = encodePath(normalizeFolderPath(input.path));
  if (query === null || path === null) {
    return fail('invalid-text', 'The folder path, an option or the AuthID contains text that cannot be written into a URL.');
  }
  const location = [hostPart, path].filter((part) => part !== '').join('/');
  return { ok: true, url: `${backend.scheme}://${location}?${query}` };
}

/** Backend options in catalogue order, then any others alphabetically; empty values dropped. */
function orderedOptions(backend: BackendSpec, options: Readonly<Record<string, string>>): [string, string][] | BuildResult {
  const given = Object.entries(options).filter(([, value]) => value !== '');
  const seen = new Set<string>();
  for (const [name] of given) {
    const lower = name.toLowerCase();
    if (name.trim() === '') return fail('bad-option-name', 'An option has no name.');
    if (RESERVED_OPTION_NAMES.includes(lower)) {
      return fail('reserved-option', `"${name}" cannot be given as an option; the app writes the AuthID and server itself.`);
    }
    // Duplicati reads names case-insensitively and would join the two values with a comma.
    if (seen.has(lower)) return fail('duplicate-option', `The option "${name}" is given twice.`);
    seen.add(lower);
  }
  const rank = (name: string): number => {
    const index = backend.options.findIndex((o) => o.name === name.toLowerCase());
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

function encodePath(path: string): string | null {
  const segments = path.split('/').map(encodeComponent);
  return segments.some((s) => s === null) ? null : segments.join('/');
}

function fail(problem: BuildProblem, message: string): BuildResult {
  return { ok: false, problem, message };
}
