import type { AuthIdServer } from '../servers';

/** `<base><path>`, tolerating a base URL that ends with a slash. */
export function endpointUrl(server: AuthIdServer, path: `/${string}`): string {
  return `${server.baseUrl.replace(/\/+$/, '')}${path}`;
}
