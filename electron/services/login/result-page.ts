import { isPcloudHost } from '../providers';
import type { PcloudRegion } from '../server-client';
import type { AuthIdServer } from '../servers';

/** The AuthID server's pages that show a login's result in `<pre id="user-id">`. */
const RESULT_PATHS = ['/logged-in', '/cli-token-login'] as const;
/** Where its logins start: an error answer here ends the login too. */
const START_PATHS = ['/login', '/cli-token'] as const;

/** Whether `url` is one of `server`'s result pages (same origin, base path respected). */
export function isResultPage(url: string, server: AuthIdServer): boolean {
  return isServerPage(url, server, RESULT_PATHS);
}

/** Whether `url` is one of `server`'s pages that start a login. */
export function isStartPage(url: string, server: AuthIdServer): boolean {
  return isServerPage(url, server, START_PATHS);
}

function isServerPage(url: string, server: AuthIdServer, paths: readonly string[]): boolean {
  const page = parseUrl(url);
  const base = parseUrl(server.baseUrl);
  if (page === undefined || base === undefined || page.origin !== base.origin) return false;
  const basePath = base.pathname.replace(/\/+$/, '');
  return paths.some((path) => page.pathname === `${basePath}${path}`);
}

/** pCloud's callback names the account's API host and location (1 = US, 2 = EU); `/fetch` never does. */
export function pcloudRegionFromCallback(url: string): PcloudRegion | undefined {
  const query = parseUrl(url)?.searchParams;
  const host = query?.get('hostname');
  if (host === null || host === undefined || !isPcloudHost(host)) return undefined;
  const locationId = Number(query?.get('locationid'));
  return Number.isInteger(locationId) && locationId > 0 ? { host, locationId } : { host };
}

/** The server's origin, the one place the login window may read the AuthID from. */
export function serverOrigin(server: AuthIdServer): string {
  return new URL(server.baseUrl).origin;
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
