/**
 * Duplicati's refresh token travels in an HttpOnly cookie named `RefreshToken_<port>` (the port
 * as Duplicati sees it), scoped to /api/v1/auth/refresh. The app keeps name and value and sends
 * them back only to the refresh and sign-out calls.
 */
export interface RefreshCookie {
  readonly name: string;
  readonly value: string;
}

const NAME = /^RefreshToken_\d+$/;

export function refreshCookieFrom(headers: Headers): RefreshCookie | undefined {
  for (const line of headers.getSetCookie()) {
    const pair = line.split(';', 1)[0] ?? '';
    const eq = pair.indexOf('=');
    const name = pair.slice(0, Math.max(eq, 0)).trim();
    const value = pair.slice(eq + 1).trim();
    if (eq > 0 && NAME.test(name) && value !== '') return { name, value };
  }
  return undefined;
}

export const cookieHeader = (cookie: RefreshCookie): string => `${cookie.name}=${cookie.value}`;
