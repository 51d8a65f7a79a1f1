/**
 * The address of the user's Duplicati, by the app's rules for servers: https anywhere, plain
 * http only on this computer (the password and AuthIDs travel to it), no user name in it.
 */
import { isLoopbackHost } from '../servers';
import { failure, type DuplicatiFailure } from './failures';

export const DEFAULT_DUPLICATI_URL = 'http://127.0.0.1:8200';

export function duplicatiAddress(input: string): { ok: true; baseUrl: string } | { ok: false; failure: DuplicatiFailure } {
  const invalid = (message: string) => ({ ok: false as const, failure: failure('invalid-address', message) });
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return invalid(`That is not a web address. Enter Duplicati's address, e.g. ${DEFAULT_DUPLICATI_URL}.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return invalid("Duplicati's address starts with http:// or https://.");
  if (url.username !== '' || url.password !== '') return invalid('Leave the user name and password out of the address; the app asks for the password.');
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return invalid('Use https:// for a Duplicati on another computer; plain http is allowed only on this computer (127.0.0.1, localhost or [::1]), because the password travels with it.');
  }
  return { ok: true, baseUrl: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}
