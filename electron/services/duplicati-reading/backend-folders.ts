/**
 * The lines of each AuthID backend's constructor that take the folder from the parsed URL, and
 * the refusals they raise. Refusal codes are Duplicati's own help ids or exception texts.
 */
import type { BackendId } from '../providers';
import { appendSlash, dotnetTrim, trimChars } from './dotnet-text';
import type { VersionRules } from './duplicati-versions';
import { ordinalIgnoreCaseKey } from './ordinal-ignore-case';
import type { RelaxedUri } from './relaxed-uri';
import { parseSystemUri } from './system-uri';
import { unescapeDataString } from './unescape-data-string';
import { duplicatiUrlDecode } from './url-decode';

export interface DuplicatiRefusal {
  /** Duplicati's identifier for it, e.g. `JottaNoPath` or the text of a `System.Uri` exception. */
  readonly code: string;
  /** What it means for the user. */
  readonly message: string;
}

export interface FolderDetails {
  /** Google Cloud Storage: the bucket (the URL's host) and the object prefix. */
  readonly bucket?: string;
  readonly prefix?: string;
  /** pCloud: the API host Duplicati talks to. */
  readonly pcloudHost?: string;
  /** SharePoint: the host `System.Uri` found, which Duplicati uses to look the site up. */
  readonly siteHost?: string;
}

export interface FolderReading {
  readonly folder: string | null;
  readonly error: DuplicatiRefusal | null;
  readonly details: FolderDetails;
}

export const PCLOUD_API_HOSTS: readonly string[] = ['api.pcloud.com', 'eapi.pcloud.com'];
const PATH_SEPARATORS = '/\\';

/** `RelaxedUri.HostAndPath`. */
export function hostAndPath(uri: RelaxedUri): string {
  if (!uri.path) return uri.host ?? '';
  if (!uri.host) return uri.path;
  return `${uri.host}/${uri.path}`;
}

export function readFolder(backend: BackendId, url: string, uri: RelaxedUri, rules: VersionRules): FolderReading {
  const decode = (text: string) => duplicatiUrlDecode(text, rules.percentU);
  const whole = hostAndPath(uri);
  switch (backend) {
    case 'googledrive':
    case 'box':
      return plain(folderForText(backend, whole));
    case 'jottacloud':
      return whole === '' ? refused('', JOTTA_NO_PATH) : plain(folderForText(backend, whole));
    case 'gcs':
      return gcsFolder(uri.host ?? '', uri.path);
    case 'onedrivev2':
    case 'msgroup':
    case 'dropbox':
      return plain(folderForText(backend, decode(whole)));
    case 'sharepoint':
      return sharePointFolder(url, folderForText(backend, decode(whole)));
    case 'pcloud':
      return rules.pcloud === 'system-uri' ? pcloudBySystemUri(url) : pcloudByRelaxedUri(uri);
  }
}

/**
 * The folder a backend works in when its host and path, fully decoded, are `text`. For Google
 * Cloud Storage the text is `bucket/prefix`.
 */
export function folderForText(backend: BackendId, text: string): string {
  switch (backend) {
    case 'googledrive':
    case 'box':
    case 'jottacloud':
      return appendSlash(text);
    case 'gcs': {
      const [bucket = '', ...rest] = text.split('/');
      return gcsFolder(bucket, rest.join('/')).folder ?? '';
    }
    case 'onedrivev2':
    case 'msgroup':
    case 'sharepoint':
      return dropboxFolder(text.replace(/\\/g, '/'));
    case 'dropbox':
      return dropboxFolder(text);
    case 'pcloud':
      return pcloudPath(text);
  }
}

const JOTTA_NO_PATH: DuplicatiRefusal = {
  code: 'JottaNoPath',
  message: 'Duplicati refuses a Jottacloud URL without a folder (jottacloud://Backups, not jottacloud://).',
};

function plain(folder: string, details: FolderDetails = {}): FolderReading {
  return { folder, error: null, details };
}

function refused(folder: string | null, error: DuplicatiRefusal, details: FolderDetails = {}): FolderReading {
  return { folder, error, details };
}

function gcsFolder(bucket: string, path: string): FolderReading {
  const rooted = appendSlash(`/${path}`);
  const prefix = rooted.startsWith('/') ? rooted.slice(1) : rooted;
  return plain(`${bucket}/${prefix}`, { bucket, prefix });
}

/** Dropbox's folder, and `MicrosoftGraphBackend.NormalizeSlashes` once backslashes are slashes. */
function dropboxFolder(decoded: string): string {
  const rooted = decoded !== '' && !decoded.startsWith('/') ? `/${decoded}` : decoded;
  return rooted.endsWith('/') ? rooted.slice(0, -1) : rooted;
}

function uriRefusal(message: string): DuplicatiRefusal {
  return { code: `System.Uri: UriFormatException: ${message}`, message: `.NET cannot read this URL (${message}), so Duplicati stops before the backup starts.` };
}

/** SharePoint first reads the whole URL with System.Uri to look for a site; a failure there stops it. */
function sharePointFolder(url: string, folder: string): FolderReading {
  const site = parseSystemUri(url);
  if (!site.ok) return refused(folder, uriRefusal(site.message));
  const key = ordinalIgnoreCaseKey(site.host);
  if (key === 'HTTPS' || key === 'HTTP') {
    // "sharepoint://https://tenant…" is read again without the pasted "https:".
    const again = parseSystemUri(`sharepoint:${site.localPath}`);
    if (!again.ok) return refused(folder, uriRefusal(again.message), { siteHost: site.host });
  }
  return plain(folder, { siteHost: site.host });
}

const NO_HOST: DuplicatiRefusal = {
  code: 'ArgumentException: NoHostname',
  message: 'A pCloud URL needs its API host first: pcloud://api.pcloud.com/… or pcloud://eapi.pcloud.com/….',
};
const FRAGMENT: DuplicatiRefusal = {
  code: 'ArgumentException: UriHasFragment',
  message: 'Duplicati refuses a pCloud URL with a "#" in it; write # as %23.',
};
const UNKNOWN_SERVER: DuplicatiRefusal = {
  code: 'InvalidpCloudServerSpecified',
  message: 'pCloud knows only the API hosts api.pcloud.com (United States) and eapi.pcloud.com (Europe).',
};

function pcloudPath(path: string): string {
  return dotnetTrim(trimChars(path, PATH_SEPARATORS));
}

function pcloudBySystemUri(url: string): FolderReading {
  const parsed = parseSystemUri(url);
  if (!parsed.ok) return refused(null, uriRefusal(parsed.message));
  if (parsed.host === '') return refused(null, NO_HOST);
  if (parsed.hasFragment) return refused(null, FRAGMENT);
  return pcloudServer(parsed.host, pcloudPath(unescapeDataString(parsed.absolutePath)));
}

function pcloudByRelaxedUri(uri: RelaxedUri): FolderReading {
  if (!uri.host) return refused(null, NO_HOST);
  return pcloudServer(uri.host, pcloudPath(uri.path));
}

function pcloudServer(host: string, folder: string): FolderReading {
  return PCLOUD_API_HOSTS.includes(host) ? plain(folder, { pcloudHost: host }) : refused(folder, UNKNOWN_SERVER, { pcloudHost: host });
}
