/** The configured server a record's base URL names; unknown ones are treated as self-hosted. */
import { normalizeBaseUrl, type AuthIdServer } from './known-servers';

export function serverFor(baseUrl: string, servers: readonly AuthIdServer[]): AuthIdServer {
  const wanted = normalizeBaseUrl(baseUrl);
  return servers.find((server) => normalizeBaseUrl(server.baseUrl) === wanted) ?? { baseUrl: wanted, flavour: 'self-hosted' };
}
