/** The AuthID servers a user can pick from. `baseUrl` never ends with a slash. */
import type { ProviderId, ServerFlavour } from '../providers';

export type { ServerFlavour };

export interface AuthIdServer {
  readonly baseUrl: string;
  readonly flavour: ServerFlavour;
  /** Only these of its flavour's providers (the built-in server offers those the user registered). */
  readonly offers?: readonly ProviderId[];
}

/** Duplicati's default; a URL built for it needs no `oauth-url`. */
export const HOSTED_HANDLER: AuthIdServer = {
  baseUrl: 'https://duplicati-oauth-handler.appspot.com',
  flavour: 'hosted-handler',
};

/** The newer hosted ASP.NET service (Duplicati uses it for pCloud). */
export const HOSTED_SERVICE: AuthIdServer = {
  baseUrl: 'https://oauth-service.duplicati.com',
  flavour: 'hosted-service',
};

export function isDefaultServer(server: AuthIdServer): boolean {
  return normalizeBaseUrl(server.baseUrl) === HOSTED_HANDLER.baseUrl;
}

/** Drops a trailing slash, a trailing `/refresh`, query and fragment so base URLs compare equal. */
export function normalizeBaseUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  parsed.search = '';
  let path = parsed.pathname.replace(/\/+$/, '');
  if (path.endsWith('/refresh')) path = path.slice(0, -'/refresh'.length);
  return `${parsed.origin}${path}`;
}
