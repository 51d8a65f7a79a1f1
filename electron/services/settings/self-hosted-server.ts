import { UserFacingError } from '../errors';
import { HOSTED_HANDLER, HOSTED_SERVICE, isLoopbackHost, normalizeBaseUrl } from '../servers';
import { SELF_HOSTED_BASE_URL } from './settings-document';

const HOSTED = [HOSTED_HANDLER.baseUrl, HOSTED_SERVICE.baseUrl];

const invalid = (message: string) => new UserFacingError('invalid-server-url', message);

/** Parses and normalizes a self-hosted AuthID server address the user typed. */
export function parseSelfHostedBaseUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw invalid("That is not a web address. Enter the AuthID server's address, e.g. https://oauth.example.com.");
  }
  if (url.username || url.password) throw invalid('Leave the user name and password out of the server address.');
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw invalid('Use https:// for an AuthID server; plain http is allowed only on this computer (localhost, 127.x.x.x or [::1]).');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalid('An AuthID server address starts with https://.');
  const normalized = normalizeBaseUrl(url.href);
  if (!SELF_HOSTED_BASE_URL.test(normalized)) throw invalid('That server address cannot be used.');
  return normalized;
}

/** A new self-hosted server, refused if it is already in the list. */
export function newSelfHostedBaseUrl(input: string, existing: readonly string[]): string {
  const baseUrl = parseSelfHostedBaseUrl(input);
  if (HOSTED.includes(baseUrl)) throw invalid(`${baseUrl} is a hosted server; it is always in the list.`);
  if (existing.includes(baseUrl)) throw invalid(`${baseUrl} is already in the list.`);
  return baseUrl;
}
