/**
 * How Duplicati's `RelaxedUri` (`Uri` before August 2026) splits a destination URL:
 * `scheme://[user[:password]@]host[:port]path[?query]`, matched greedily from the left and
 * accepted only when the match covers the whole text. The host is everything up to the first
 * `/`, `?` or `:` (or a bracketed `[...]`); there is no fragment, so `#` is ordinary text. What
 * does not match — a `?` with nothing after it, a line break in the query — is read as a local
 * file path instead. Host and path are URL-decoded once (2.2 and later; 2.1 keeps them as written).
 */
import { posixFullPath } from './posix-full-path';
import { duplicatiUrlDecode, type PercentUEscapes } from './url-decode';

export interface RelaxedUriRules {
  readonly percentU: PercentUEscapes;
  /** 2.2 and later decode host and path; 2.1 hands them over as written. */
  readonly decodesHostAndPath: boolean;
  /** Master reads `file://C:\…?query` as a Windows path before trying the URL pattern. */
  readonly windowsFileUrls: boolean;
  readonly workingDirectory: string;
}

export interface RelaxedUri {
  readonly scheme: string;
  /** Null when the text became a local path. */
  readonly host: string | null;
  /** Without the slash that follows the host. */
  readonly path: string;
  /** -1 when none is given. */
  readonly port: number;
  readonly username: string | null;
  readonly password: string | null;
  /** The raw text after the first `?`, or null when there is none. */
  readonly query: string | null;
  /** True when Duplicati reads the text (or its host and path) as a path on the local disk. */
  readonly localPath: boolean;
}

/** Why `RelaxedUri` threw: Duplicati then cannot load any backend for the URL. */
export class RelaxedUriError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

const USER_INFO = /^([^:?/]+)(?::([^@:?/]*))?@/;
const BRACKET_HOST = /^\[[^\]]+\]/;
const PLAIN_HOST = /^[^[/?:][^/?:]*/;
// .NET's \d matches every Unicode decimal digit; int.Parse then accepts only 0-9.
const PORT = /^:(\p{Nd}+)/u;
const WINDOWS_PATH = /^\/?[a-zA-Z]:[\\/]/;
const FILE_PREFIX = /^file:\/\//i;

export function parseRelaxedUri(url: string, rules: RelaxedUriRules): RelaxedUri {
  if (url === '') throw new RelaxedUriError('ArgumentNullException');
  const decode = (text: string) => duplicatiUrlDecode(text, rules.percentU);
  const windowsFile = rules.windowsFileUrls ? windowsFileUrl(url, decode, rules.workingDirectory) : null;
  if (windowsFile !== null) return windowsFile;

  const split = splitLax(url);
  if (split === null) return localFile(url, rules);

  const decodeIf = (text: string) => (rules.decodesHostAndPath ? decode(text) : text);
  let host: string | null = decodeIf(split.host ?? '');
  let path = decodeIf(split.path);
  if (split.host !== null && path.startsWith('/')) path = path.slice(1);
  let localPath = false;
  // Duplicati's "file://c:\test" support: a one-letter host and a path starting with ':'.
  if (host.length === 1 && path.startsWith(':')) {
    // 2.2 and later resolve it as a local path; 2.1 made the whole thing the host.
    [host, path] = rules.decodesHostAndPath ? [null, fullPath(host + path, rules.workingDirectory)] : [host + path, ''];
    localPath = rules.decodesHostAndPath;
  }
  if (!host && split.scheme === 'file' && WINDOWS_PATH.test(path) && path.startsWith('/')) path = path.slice(1);
  return {
    scheme: split.scheme,
    host,
    path,
    port: split.port === null ? -1 : parsePort(split.port),
    username: split.username === null ? null : decode(split.username),
    password: split.password === null ? null : decode(split.password),
    query: split.query,
    localPath,
  };
}

interface LaxSplit {
  readonly scheme: string;
  readonly username: string | null;
  readonly password: string | null;
  readonly host: string | null;
  readonly port: string | null;
  readonly path: string;
  readonly query: string | null;
}

/** The pattern's one greedy reading, or null when it does not cover the whole text. */
function splitLax(url: string): LaxSplit | null {
  const colon = url.indexOf(':');
  if (colon <= 0 || !url.startsWith('://', colon)) return null;
  let rest = url.slice(colon + 3);
  const userInfo = USER_INFO.exec(rest);
  if (userInfo !== null) rest = rest.slice(userInfo[0].length);
  const host = (rest.startsWith('[') ? BRACKET_HOST : PLAIN_HOST).exec(rest)?.[0] ?? null;
  let port: string | null = null;
  if (host !== null) {
    rest = rest.slice(host.length);
    port = PORT.exec(rest)?.[1] ?? null;
    if (port !== null) rest = rest.slice(port.length + 1);
  }
  const queryAt = rest.indexOf('?');
  const path = queryAt < 0 ? rest : rest.slice(0, queryAt);
  const query = queryAt < 0 ? null : rest.slice(queryAt + 1);
  // The query needs at least one character and, like .NET's ".", stops at a line feed.
  if (query !== null && (query === '' || query.includes('\n'))) return null;
  return {
    scheme: url.slice(0, colon),
    username: userInfo?.[1] ?? null,
    password: userInfo?.[2] ?? null,
    host,
    port,
    path,
    query,
  };
}

function parsePort(digits: string): number {
  if (!/^[0-9]+$/.test(digits)) throw new RelaxedUriError('FormatException');
  const port = Number(digits);
  if (port > 2 ** 31 - 1) throw new RelaxedUriError('OverflowException');
  return port;
}

function fullPath(path: string, workingDirectory: string): string {
  try {
    return posixFullPath(path, workingDirectory);
  } catch {
    throw new RelaxedUriError('ArgumentException: UriParseError');
  }
}

function localFile(url: string, rules: RelaxedUriRules): RelaxedUri {
  const written = url.replace(FILE_PREFIX, '');
  const path = rules.decodesHostAndPath ? duplicatiUrlDecode(written, rules.percentU) : written;
  return { scheme: 'file', host: null, path: fullPath(path, rules.workingDirectory), port: -1, username: null, password: null, query: null, localPath: true };
}

function windowsFileUrl(url: string, decode: (text: string) => string, workingDirectory: string): RelaxedUri | null {
  if (!FILE_PREFIX.test(url)) return null;
  const remainder = url.slice('file://'.length);
  const queryAt = remainder.indexOf('?');
  let candidate = decode(queryAt < 0 ? remainder : remainder.slice(0, queryAt));
  if (candidate.startsWith('/') && WINDOWS_PATH.test(candidate)) candidate = candidate.slice(1);
  if (!WINDOWS_PATH.test(candidate) || candidate.includes('\0')) return null;
  return {
    scheme: 'file',
    host: null,
    path: posixFullPath(candidate, workingDirectory),
    port: -1,
    username: null,
    password: null,
    query: queryAt < 0 ? null : remainder.slice(queryAt + 1),
    localPath: true,
  };
}
