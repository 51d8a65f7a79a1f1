import type { IncomingMessage } from 'node:http';

/** Sites a browser marks as not this server's own (`Sec-Fetch-Site`); `same-site` is another port on the same host. */
const FOREIGN_FETCH_SITES: ReadonlySet<string> = new Set(['cross-site', 'same-site']);

/**
 * Whether a browser sent this request on behalf of another site's page. Browsers that send
 * `Sec-Fetch-Site` are judged by it; older ones by `Origin` (sent with POSTs). A request with
 * neither comes from a program (Duplicati, the app, curl), not from a web page. An `Origin` on
 * the trusted list counts as the server's own (a POST from Duplicati's UI the user enabled).
 */
export function isCrossSiteRequest(req: IncomingMessage, ownOrigins: ReadonlySet<string>, trustedOrigins: ReadonlySet<string>): boolean {
  const origin = header(req, 'origin');
  const trusted = origin !== undefined && (ownOrigins.has(origin) || trustedOrigins.has(origin));
  const site = header(req, 'sec-fetch-site')?.toLowerCase();
  if (site !== undefined) return FOREIGN_FETCH_SITES.has(site) && !trusted;
  return origin !== undefined && !trusted;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}
