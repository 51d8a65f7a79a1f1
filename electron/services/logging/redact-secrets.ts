/**
 * Last line of defence for anything written to a log or shown from a third party's error text:
 * masks every substring shaped like an AuthID (v1, v2, a bare access token), a bearer or basic
 * credential, an `authid=` value, a password in a URL, and every exact secret the app knows.
 * Percent-encoding is undone before matching, so `%3A` cannot hide an AuthID's colon. Code
 * should not log secrets in the first place; this catches the ones that slip in.
 */
import type { KnownSecrets } from './known-secrets';

const TOKEN_CHARS = 'A-Za-z0-9._~+/=-';
const PATTERNS: readonly RegExp[] = [
  /v2:[A-Za-z0-9.-]+:[^\s"'<>&,;]+/gi, // v2 AuthID (service ids may have dots and dashes)
  /\b[0-9a-f]{16,}:[A-Za-z0-9!._-]+/gi, // v1 AuthID, key id in either case
  /(authid=)[^&\s"'<>]+/gi, // in a URL query
  /(X-AuthID:\s*)\S+/gi, // in a header dump
  /(Bearer\s+)[A-Za-z0-9\-._~+/=]+/gi,
  /(Basic\s+)[A-Za-z0-9+/=]+/gi,
  /(\/\/[^\s/@:]+:)[^\s/@]+(?=@)/g, // https://user:password@host
  /\bsl\.[A-Za-z0-9._-]{16,}/g, // a Dropbox access token, which may be the whole AuthID
  /("passphrase(?:Again)?"\s*:\s*")(?:[^"\\]|\\.)*/gi, // an export passphrase in a JSON payload: any characters
  /("?(?:access_token|refresh_token|id_token|code|authid|auth_token|client_secret|password|passphrase)"?\s*[:=]\s*"?)[^"&\s,}]+/gi,
];

/** A long run of token characters with upper and lower case and digits: an access token (pCloud's is the whole AuthID). */
const BARE_TOKEN = new RegExp(`(?<![${TOKEN_CHARS}])[A-Za-z0-9_-]{32,}(?![${TOKEN_CHARS}])`, 'g');
const looksRandom = (run: string): boolean => /[a-z]/.test(run) && /[A-Z]/.test(run) && /\d/.test(run);

/** Undoes percent-encoding (twice, for doubly encoded text) of printable ASCII only: a `%0A` stays as written. */
function decodePrintable(text: string): string {
  let out = text;
  for (let pass = 0; pass < 2; pass += 1) {
    out = out.replace(/%([0-9a-f]{2})/gi, (escape: string, hex: string) => {
      const code = Number.parseInt(hex, 16);
      return code >= 0x20 && code <= 0x7e ? String.fromCharCode(code) : escape;
    });
  }
  return out;
}

function redactPatterns(text: string): string {
  const out = PATTERNS.reduce(
    (current, pattern) => current.replace(pattern, (_match, prefix?: unknown) => `${typeof prefix === 'string' ? prefix : ''}[redacted]`),
    text,
  );
  return out.replace(BARE_TOKEN, (run) => (looksRandom(run) ? '[redacted]' : run));
}

/**
 * `text` as it was when nothing in it is secret; otherwise decoded, with every secret masked.
 * `known`: the exact secrets to scrub as well (main passes the vault's).
 */
export function redactSecrets(text: string, known?: KnownSecrets): string {
  // encodeURIComponent writes upper-case escapes; a known secret's encoded form then matches either way.
  const normalized = text.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
  const scrub = (current: string) => known?.scrub(current) ?? current;
  const redacted = redactPatterns(scrub(decodePrintable(scrub(normalized))));
  return redacted === decodePrintable(normalized) ? text : redacted;
}

/** A one-line description of an unexpected error, safe for a log. */
export function describeErrorForLog(error: unknown, known?: KnownSecrets): string {
  if (error instanceof Error) return redactSecrets(`${error.name}: ${error.message}\n${error.stack ?? ''}`, known);
  return redactSecrets(String(error), known);
}
