/**
 * The URL the app wrote for a saved destination before URL rules version 2, kept only to show
 * users what changed: every path segment and value escaped once, option names as given, and
 * `oauth-url` only for servers other than Duplicati's default.
 */
import { backendForProvider, isPcloudHost, type BackendSpec } from '../providers';
import { isDefaultServer, normalizeBaseUrl } from '../servers';
import type { ConnectionUrlInput } from './connection-url-build';
import { encodeComponent } from './duplicati-url-text';
import { trimFolder } from './folder-encoding';

/** The old URL, or null where the old rules could not build one either. */
export function legacyConnectionUrl(input: ConnectionUrlInput): string | null {
  const backend = backendForProvider(input.provider);
  if (backend === null) return null;
  const host = input.host ?? '';
  if (backend.host !== undefined && !isPcloudHost(host)) return null;
  const pairs: [string, string][] = [...legacyOptions(backend, input.options ?? {}), ['authid', input.authId]];
  try {
    if (backend.takesOauthUrl && !isDefaultServer(input.server)) pairs.push(['oauth-url', `${normalizeBaseUrl(input.server.baseUrl)}/refresh`]);
  } catch {
    return null;
  }
  const encoded = [...trimFolder(input.path).split('/'), ...pairs.flat()].map(encodeComponent);
  if (encoded.some((part) => part === null)) return null;
  const path = trimFolder(input.path).split('/').map((segment) => encodeURIComponent(segment)).join('/');
  const query = pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&');
  const location = [backend.host === undefined ? '' : host, path].filter((part) => part !== '').join('/');
  return `${backend.scheme}://${location}?${query}`;
}

function legacyOptions(backend: BackendSpec, options: Readonly<Record<string, string>>): [string, string][] {
  const rank = (name: string): number => {
    const index = backend.options.findIndex((o) => o.name === name.toLowerCase());
    return index < 0 ? backend.options.length : index;
  };
  return Object.entries(options)
    .filter(([, value]) => value !== '')
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
