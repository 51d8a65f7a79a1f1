/**
 * The part of .NET's `System.Uri` (the Mono implementation the conformance data ran on) that
 * SharePoint's and pCloud's backends depend on, for URLs of a scheme .NET does not know:
 * - the authority's host must be a DNS-style name (labels of letters, digits, `-`, `_`, the first
 *   a letter or digit), a UNC-style name, an IPv6 literal in brackets, `.` or `..`, or empty;
 *   anything else (a `%` escape, a space, `! ' ( ) * ~ + , ; = & $`, an empty label) throws;
 * - a port must be digits up to 65535; a backslash right after the host throws;
 * - the path turns `\` into `/` and drops `.` and `..` segments; `#` starts a fragment.
 */
import { unescapeDataString } from './unescape-data-string';
import { parseIpv6Literal } from './ipv6-literal';

export type SystemUriReading =
  | {
      readonly ok: true;
      /** Lower-cased as .NET reports it. */
      readonly host: string;
      /** `AbsolutePath`: the canonical path, still escaped. */
      readonly absolutePath: string;
      /** `LocalPath`: the same path unescaped. */
      readonly localPath: string;
      readonly hasFragment: boolean;
    }
  | { readonly ok: false; readonly message: string };

const MESSAGES = {
  badFormat: 'Invalid URI: The format of the URI could not be determined.',
  badScheme: 'Invalid URI: The URI scheme is not valid.',
  badHost: 'Invalid URI: The hostname could not be parsed.',
  badPort: 'Invalid URI: Invalid port specified.',
  tooLong: 'Invalid URI: The Uri string is too long.',
} as const;

type Failure = keyof typeof MESSAGES;
const MAX_LENGTH = 0xfff0;
const LINEAR_WHITESPACE = /^[ \t\r\n]+|[ \t\r\n]+$/g;
const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*$/;
const DELIMITERS = '/\\:?#';
const HAS_UNICODE = /[^\u0000-\u007f]|%[89a-fA-F][0-9a-fA-F]/;

export function parseSystemUri(url: string): SystemUriReading {
  const text = url.replace(LINEAR_WHITESPACE, '');
  if (text.length > MAX_LENGTH) return failure('tooLong');
  const colon = text.indexOf(':');
  if (colon < 0) return failure('badFormat');
  if (!SCHEME.test(text.slice(0, colon))) return failure('badScheme');

  let at = colon + 1;
  let host = '';
  if (isSlash(text[at]) && isSlash(text[at + 1])) {
    const authority = readAuthority(text, at + 2);
    if (typeof authority === 'string') return failure(authority);
    host = authority.host;
    at = authority.end;
  }
  const rest = text.slice(at);
  const pathEnd = rest.search(/[?#]/);
  const rawPath = pathEnd < 0 ? rest : rest.slice(0, pathEnd);
  const absolutePath = canonicalPath(rawPath);
  return { ok: true, host, absolutePath, localPath: unescapeDataString(absolutePath), hasFragment: rest.includes('#') };
}

function failure(kind: Failure): SystemUriReading {
  return { ok: false, message: MESSAGES[kind] };
}

function isSlash(char: string | undefined): boolean {
  return char === '/' || char === '\\';
}

/** Where the authority that starts at `start` ends, and its host; or why it cannot be read. */
function readAuthority(text: string, start: number): { host: string; end: number } | Failure {
  if (start === text.length || '/?#'.includes(text[start] ?? '')) return { host: '', end: start };
  const hostStart = afterUserInfo(text, start);
  const namedEnd = ipv6End(text, hostStart) ?? dnsNameEnd(text, hostStart);
  const uncEnd = namedEnd === null ? uncNameEnd(text, hostStart) : null;
  const hostEnd = namedEnd ?? uncEnd;
  if (hostEnd === null) return dotsHost(text, start);
  // With IRI parsing, a URL holding non-ASCII text (raw or escaped) loses a UNC-style host.
  const host = uncEnd !== null && HAS_UNICODE.test(text) ? '' : lowerCase(text.slice(hostStart, hostEnd));
  if (text[hostEnd] === '\\') return 'badHost';
  if (text[hostEnd] !== ':') return { host, end: hostEnd };
  let port = 0;
  let at = hostEnd + 1;
  for (; at < text.length && !'/?#'.includes(text[at] ?? ''); at += 1) {
    const digit = (text[at] ?? '').charCodeAt(0) - 48;
    if (digit < 0 || digit > 9) return 'badPort';
    port = port * 10 + digit;
    if (port > 0xffff) return 'badPort';
  }
  return { host, end: at };
}

/** A user name ends at an `@` before any `? # \ /`, but an `@` at the very end is not one. */
function afterUserInfo(text: string, start: number): number {
  for (let at = start; at < text.length - 1; at += 1) {
    const char = text[at] ?? '';
    if ('?#\\/'.includes(char)) break;
    if (char === '@') return at + 1;
  }
  return start;
}

function isTerminator(char: string | undefined): boolean {
  return char === undefined || DELIMITERS.includes(char);
}

function ipv6End(text: string, start: number): number | null {
  if (text[start] !== '[') return null;
  const close = text.indexOf(']', start);
  if (close < 0 || !parseIpv6Literal(text.slice(start + 1, close)) || !isTerminator(text[close + 1])) return null;
  return close + 1;
}

const LABEL_SEPARATORS = '.\u3002\uff0e\uff61';
const ASCII_ALNUM = /^[A-Za-z0-9]$/;
const ASCII_LABEL = /^[A-Za-z0-9_-]$/;

/** A DNS name, where characters from U+00A0 up may stand anywhere (IRI parsing). */
function dnsNameEnd(text: string, start: number): number | null {
  let end = start;
  while (end < text.length && !isTerminator(text[end])) end += 1;
  if (end === start) return null;
  let label = '';
  for (let at = start; at <= end; at += 1) {
    const char = text[at];
    if (at < end && !LABEL_SEPARATORS.includes(char ?? '')) {
      label += char;
    } else {
      // Only the last label may be empty: "a.b." is a name, ".a" and "a..b" are not.
      if (!validLabel(label) && !(label === '' && at === end && at > start)) return null;
      label = '';
    }
  }
  return end;
}

/** .NET counts UTF-16 units, two octets for each above U+00FF, and four more for the `xn--` of a Unicode label. */
function validLabel(label: string): boolean {
  if (label === '') return false;
  let octets = 0;
  let unicode = false;
  for (let at = 0; at < label.length; at += 1) {
    const unit = label.charCodeAt(at);
    octets += unit > 0xff ? 2 : 1;
    unicode ||= unit >= 0xa0;
    if (unit < 0xa0 && !(at === 0 ? ASCII_ALNUM : ASCII_LABEL).test(label[at] ?? '')) return false;
  }
  return (unicode ? octets + 4 : octets) <= 63;
}

// Windows (UNC) server names: the first part may be "-", "_" or any letters (not digits alone);
// later parts start with a letter or digit, and only the last may be empty (a trailing dot).
const UNC_FIRST = /^[\p{L}0-9_-]*[\p{L}_-][\p{L}0-9_-]*$/u;
const UNC_LABEL = /^[\p{L}0-9][\p{L}0-9_-]*$/u;

function uncNameEnd(text: string, start: number): number | null {
  let end = start;
  while (end < text.length && !isTerminator(text[end])) end += 1;
  const [first = '', ...rest] = text.slice(start, end).split('.');
  const valid = UNC_FIRST.test(first) && rest.every((label, index) => UNC_LABEL.test(label) || (label === '' && index === rest.length - 1));
  return valid && end - start <= 256 ? end : null;
}

/** .NET keeps `.` and `..` as hosts of unknown schemes for compatibility; nothing else is left. */
function dotsHost(text: string, start: number): { host: string; end: number } | Failure {
  let end = start;
  for (; end < text.length; end += 1) {
    const char = text[end] ?? '';
    if (end > start && '/?#'.includes(char)) break;
    if (!(end < start + 2 && char === '.')) return 'badHost';
  }
  return { host: text.slice(start, end), end };
}

function lowerCase(host: string): string {
  return /[A-Z]/.test(host) ? host.toLowerCase() : host;
}

/** Backslashes become slashes, a stray `%` is escaped, and `.` and `..` segments are removed. */
function canonicalPath(rawPath: string): string {
  const escaped = rawPath.replace(/\\/g, '/').replace(/%(?![0-9a-fA-F]{2})/g, '%25');
  const rooted = escaped.startsWith('/') ? escaped : `/${escaped}`;
  const out: string[] = [];
  const segments = rooted.split('/').slice(1);
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === '.' || segment === '..') {
      if (segment === '..' && out.length > 0) out.pop();
      if (last) out.push('');
      return;
    }
    out.push(segment);
  });
  return `/${out.join('/')}`;
}
