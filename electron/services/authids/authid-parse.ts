/**
 * Classifies a pasted string as a v1, v2 or access-token-only AuthID, or says in plain words why
 * it is not one and what to do. Never repairs input silently (a trimmed or decoded AuthID the
 * user did not see is worse than a clear message), and never puts the input into a message.
 */
import { acceptsBareAccessToken, getProvider, isProviderId, tokenFamilyOf, type DeauthorizePage, type ProviderId } from '../providers';
import type { AuthIdKind } from './authid-kind';
import { advisePseudoAuthId, detectPseudoAuthId } from './pseudo-authid';

export type AuthIdProblem =
  | 'empty'
  | 'too-long'
  | 'server-pseudo-authid'
  | 'surrounding-whitespace'
  | 'surrounding-quotes'
  | 'is-a-url'
  | 'invisible-characters'
  | 'percent-encoded'
  | 'joined-by-comma'
  | 'inner-whitespace'
  | 'bad-characters'
  | 'missing-colon'
  | 'malformed-v1'
  | 'malformed-v2'
  | 'wrong-kind-for-provider'
  | 'provider-mismatch';

export interface ParsedAuthId {
  readonly ok: true;
  readonly kind: AuthIdKind;
  readonly value: string;
  /** v2 only: the service id between the colons, as written. */
  readonly serviceId?: string;
  /** v2 only: the provider that service id names, when it is one the app knows. */
  readonly providerHint?: ProviderId;
}

export interface AuthIdRejection {
  readonly ok: false;
  readonly problem: AuthIdProblem;
  /** Says what is wrong and what to do next; never contains the input. */
  readonly message: string;
  /** Set for the servers' failure texts when the provider is known. */
  readonly deauthorizePages?: readonly DeauthorizePage[];
}

export type AuthIdParseResult = ParsedAuthId | AuthIdRejection;

/** Far above any real AuthID (Microsoft refresh tokens run to a few thousand characters). */
export const MAX_AUTHID_LENGTH = 8192;

const QUOTES = /^["'`\u201c\u201d\u2018\u2019\u00ab\u00bb]|["'`\u201c\u201d\u2018\u2019\u00ab\u00bb]$/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const KEY_ID = /^[A-Za-z0-9._-]+$/;
const V1_PASSWORD = /^[A-Za-z0-9!._-]+$/;
const SERVICE_ID = /^[A-Za-z0-9.]+$/;
const ACCESS_TOKEN = /^[A-Za-z0-9._~+/=-]+$/;

export function parseAuthId(input: string, provider?: ProviderId): AuthIdParseResult {
  if (input.trim() === '') return reject('empty', 'Nothing was pasted. Copy the AuthID the login page showed and paste it here.');
  if (input.length > MAX_AUTHID_LENGTH) {
    return reject('too-long', 'This is far longer than any AuthID. Copy only the AuthID itself and paste it again.');
  }
  const pseudo = detectPseudoAuthId(input);
  if (pseudo !== null) {
    const advice = advisePseudoAuthId(pseudo, provider);
    return { ok: false, problem: 'server-pseudo-authid', message: advice.message, deauthorizePages: advice.deauthorizePages };
  }
  if (input !== input.trim()) {
    return reject('surrounding-whitespace', `The AuthID has ${describeEdgeWhitespace(input)}. Remove it so that only the AuthID is left, then paste again.`);
  }
  if (QUOTES.test(input)) {
    return reject('surrounding-quotes', 'The AuthID is wrapped in quotation marks, which are not part of it. Remove them and paste again.');
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
    return reject('is-a-url', 'This is a web or connection URL, not an AuthID. Paste it where a connection URL is expected, or copy only the AuthID.');
  }
  if (INVISIBLE.test(input)) {
    return reject('invisible-characters', 'The AuthID contains invisible characters, often added by chat or office apps. Copy it again from the login page, or through a plain text editor.');
  }
  if (/%[0-9a-f]{2}/i.test(input)) {
    const colon = /%3a/i.test(input) ? ' (%3A stands for a colon)' : '';
    return reject('percent-encoded', `This AuthID is still URL-encoded${colon}. Paste the AuthID exactly as the login page showed it, or paste the whole connection URL instead and the app will decode it.`);
  }
  if (input.includes(',')) return rejectJoined(input);
  if (/\s/.test(input)) {
    return reject('inner-whitespace', 'The AuthID contains a space or line break. It may have been wrapped when copied, or a "+" was turned into a space by URL decoding. Copy it again from where it came from.');
  }
  if (/[^\x21-\x7e]/.test(input)) {
    return reject('bad-characters', 'The AuthID contains characters outside plain letters, digits and punctuation, such as typographic quotes or accents. Copy it again from the login page.');
  }
  if (input.startsWith('v2:')) return parseV2(input, provider);
  if (input.includes(':')) return parseV1(input, provider);
  return parseBare(input, provider);
}

function parseV2(input: string, provider: ProviderId | undefined): AuthIdParseResult {
  const [, serviceId = '', ...rest] = input.split(':');
  const token = rest.join(':');
  if (!SERVICE_ID.test(serviceId) || token === '') {
    return reject('malformed-v2', 'A v2 AuthID looks like v2:<service>:<token>, and the service or the token is missing here. Copy the whole AuthID again.');
  }
  const providerHint = isProviderId(serviceId) ? serviceId : undefined;
  const kindProblem = checkKindForProvider('v2', provider, providerHint);
  if (kindProblem !== null) return kindProblem;
  return providerHint === undefined
    ? { ok: true, kind: 'v2', value: input, serviceId }
    : { ok: true, kind: 'v2', value: input, serviceId, providerHint };
}

function parseV1(input: string, provider: ProviderId | undefined): AuthIdParseResult {
  const colon = input.indexOf(':');
  const keyId = input.slice(0, colon);
  const password = input.slice(colon + 1);
  if (keyId === '' || password === '') {
    return reject('malformed-v1', 'An AuthID looks like <key id>:<password>, and one side of the colon is empty here. Copy the whole AuthID again.');
  }
  if (!KEY_ID.test(keyId)) {
    return reject('bad-characters', 'The part before the colon contains characters an AuthID key id never has (only letters, digits, "-", "_" and "."). Copy the whole AuthID again.');
  }
  if (!V1_PASSWORD.test(password)) {
    return reject('bad-characters', 'The part after the colon contains characters an AuthID never has (only letters, digits and ! - _ .). Copy the whole AuthID again.');
  }
  return checkKindForProvider('v1', provider, undefined) ?? { ok: true, kind: 'v1', value: input };
}

function parseBare(input: string, provider: ProviderId | undefined): AuthIdParseResult {
  if (provider === undefined) {
    return reject('missing-colon', 'An AuthID contains a colon (like 3f2a…:Xy9 or v2:dropbox:…), and this text has none, so part of it is probably missing. Copy the whole AuthID again. A pCloud or Dropbox access token has no colon: choose that provider first.');
  }
  const name = getProvider(provider).name;
  if (!acceptsBareAccessToken(provider)) {
    return reject('missing-colon', `A ${name} AuthID contains a colon, and this text has none, so part of it is probably missing. Copy the whole AuthID again.`);
  }
  if (!ACCESS_TOKEN.test(input)) {
    return reject('bad-characters', `This contains characters a ${name} access token never has. Copy the token again from the login page.`);
  }
  return { ok: true, kind: 'access-token-only', value: input };
}

/** A v1/v2 AuthID for an access-token-only provider, or a v2 AuthID issued for another backend. */
function checkKindForProvider(kind: 'v1' | 'v2', provider: ProviderId | undefined, hint: ProviderId | undefined): AuthIdRejection | null {
  if (provider === undefined) return null;
  const spec = getProvider(provider);
  if (tokenFamilyOf(provider).refresh === 'access-token-only') {
    return reject('wrong-kind-for-provider', `A ${spec.name} AuthID is the access token itself, without a colon; this is a ${kind} AuthID, which belongs to another provider. Log in to ${spec.name} again, or choose the provider this AuthID came from.`);
  }
  if (hint !== undefined && getProvider(hint).backend !== spec.backend) {
    const other = getProvider(hint).name;
    return reject('provider-mismatch', `This AuthID was issued for ${other}, not ${spec.name}. Use it with ${other}, or log in to ${spec.name} for a new one.`);
  }
  return null;
}

function rejectJoined(input: string): AuthIdRejection {
  const parts = input.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const what = parts.length === 2 && parts[0] === parts[1] ? 'the same AuthID twice, joined by a comma' : 'several AuthIDs joined by a comma';
  return reject('joined-by-comma', `This is ${what}. That happens when a connection URL holds authid= more than once, and it breaks the login. Keep only one AuthID.`);
}

function describeEdgeWhitespace(input: string): string {
  const lead = /^\s+/.exec(input)?.[0];
  const trail = /\s+$/.exec(input)?.[0];
  const kind = (ws: string): string => (/[\r\n]/.test(ws) ? 'a line break' : /\t/.test(ws) ? 'a tab' : 'a space');
  const parts = [lead === undefined ? null : `${kind(lead)} at the start`, trail === undefined ? null : `${kind(trail)} at the end`];
  return parts.filter((p) => p !== null).join(' and ');
}

function reject(problem: AuthIdProblem, message: string): AuthIdRejection {
  return { ok: false, problem, message };
}
