/**
 * Lint for the folder: what Duplicati does with a raw `:` or `@` in the first folder, a raw `+`,
 * text the twice-decoding backends decode again, a one-letter "drive", and the folders a backend
 * refuses (Jottacloud without one, Cloud Storage without a bucket, SharePoint's first folder).
 */
import { duplicatiUrlDecode, folderForText, readDestinationUrl, type DestinationUrlReading } from '../duplicati-reading';
import type { BackendSpec } from '../providers';
import { decodesFolderTwice, encodeFolder } from './folder-encoding';
import { applyEdits, type LintFinding, type TextEdit } from './lint-finding';
import type { RawUrl } from './raw-url-parts';
import { sharePointSiteRefusal } from './sharepoint-site';

const quoted = (text: string | null) => `"${(text ?? '').slice(0, 120)}"`;

export function lintFolder(raw: RawUrl, reading: DestinationUrlReading, backend: BackendSpec): LintFinding[] {
  if (backend.id === 'pcloud') return [];
  const punctuation = lintFirstFolderPunctuation(raw, reading);
  if (punctuation.length > 0) return punctuation;
  return [...lintDriveLetter(raw, reading, backend), ...lintRefusedFolder(reading, backend), ...lintDecodedDifferently(raw, reading, backend)];
}

/** The first folder stands where a host would: a raw `:` starts a port, a raw `@` ends a user name. */
function lintFirstFolderPunctuation(raw: RawUrl, reading: DestinationUrlReading): LintFinding[] {
  const first = raw.location.text.split('/')[0] ?? '';
  if (!/[:@]/.test(first)) return [];
  const edits: TextEdit[] = [...first.matchAll(/[:@]/g)].map((m) => ({
    start: raw.location.start + (m.index ?? 0),
    end: raw.location.start + (m.index ?? 0) + 1,
    text: m[0] === ':' ? '%3A' : '%40',
  }));
  const fixed = readDestinationUrl(applyEdits(raw.text, edits).trim());
  const read = reading.parts?.localPath === true ? 'a folder on its own disk' : `the folder ${quoted(reading.folder)}`;
  const why = first.includes('@') ? 'a raw "@" ends a user name' : 'a raw ":" starts a port number';
  return [{
    code: 'first-folder-punctuation',
    severity: 'error',
    message: `Duplicati reads the first folder as a host name, where ${why}, so it uses ${read}, not ${quoted(fixed.folder)}.`,
    fix: 'Write : as %3A and @ as %40 in the folder, or copy the URL from this app.',
    ...(fixed.error === null && fixed.parts?.localPath !== true ? { apply: { label: 'Escape : and @', edits } } : {}),
  }];
}

/** A one-letter first folder followed by `:…` reads as a Windows drive such as `C:`. */
function lintDriveLetter(raw: RawUrl, reading: DestinationUrlReading, backend: BackendSpec): LintFinding[] {
  if (reading.parts?.localPath !== true || reading.backend === null) return [];
  const slash = raw.location.text.indexOf('/');
  const second = raw.location.text.slice(slash + 1);
  const colon = second.startsWith(':') ? 1 : /^%3A/i.test(second) ? 3 : 0;
  const at = raw.location.start + slash + 1;
  const apply = decodesFolderTwice(backend.id) && colon > 0 ? { label: 'Escape the colon twice', edits: [{ start: at, end: at + colon, text: '%253A' }] } : undefined;
  return [{
    code: 'local-path',
    severity: 'error',
    message: 'Duplicati reads a one-letter first folder followed by a folder starting with ":" as a Windows drive (like C:), so it would use a folder on its own disk.',
    fix: decodesFolderTwice(backend.id) ? 'Write that colon as %253A.' : 'Rename the first folder to more than one character, or the second so it does not start with ":".',
    ...(apply === undefined ? {} : { apply }),
  }];
}

function lintRefusedFolder(reading: DestinationUrlReading, backend: BackendSpec): LintFinding[] {
  if (reading.error?.code === 'JottaNoPath') {
    return [{ code: 'folder-refused', severity: 'error', message: reading.error.message, fix: 'Add a folder after jottacloud://, for example jottacloud://Backups?…' }];
  }
  if (backend.id === 'gcs' && reading.optionRefusals.some((r) => r.code === 'NoBucket')) {
    return [{
      code: 'gcs-no-bucket',
      severity: 'error',
      message: 'A Google Cloud Storage URL needs a bucket right after gcs://, and this one has none, so Duplicati cannot reach any storage.',
      fix: 'Put the bucket name first, for example gcs://my-bucket/backups?…',
    }];
  }
  if (backend.id === 'sharepoint' && reading.error !== null) {
    const refusal = sharePointSiteRefusal((reading.folder ?? '').replace(/^\//, ''));
    return [{ code: 'sharepoint-site', severity: 'error', message: refusal.message, fix: refusal.fix }];
  }
  return [];
}

/**
 * A raw `+` is a space to Duplicati, and OneDrive, SharePoint, Groups and Dropbox decode the
 * folder once more, so a `%2B` there becomes a space and `%2520` a `%20` turned space. A URL
 * already written for that (as this app writes it) is left alone.
 */
function lintDecodedDifferently(raw: RawUrl, reading: DestinationUrlReading, backend: BackendSpec): LintFinding[] {
  if (reading.parts === null || reading.parts.localPath || reading.folder === null || reading.error !== null) return [];
  const twice = decodesFolderTwice(backend.id);
  const used = twice ? duplicatiUrlDecode(reading.parts.hostAndPath, 'code-unit') : reading.parts.hostAndPath;
  const asIntended = encodeFolder(backend.id, used);
  if (asIntended.ok && asIntended.location === raw.location.text) return [];
  // What a writer who escaped the folder once meant: read once, host and path apart, "+" kept.
  const slash = raw.location.text.indexOf('/');
  const [host, path] = slash < 0 ? [raw.location.text, ''] : [raw.location.text.slice(0, slash), raw.location.text.slice(slash)];
  const readOnce = (text: string) => duplicatiUrlDecode(text.replace(/\+/g, '%2B'), 'code-unit');
  const meant = readOnce(host) + readOnce(path);
  const meantFolder = folderForText(backend.id, meant);
  if (meantFolder === reading.folder) return [];
  const encoded = encodeFolder(backend.id, meant);
  const edits: TextEdit[] = encoded.ok ? [{ start: raw.location.start, end: raw.location.end, text: encoded.location }] : [];
  const fixed = edits.length > 0 ? readDestinationUrl(applyEdits(raw.text, edits).trim()) : null;
  const why = twice
    ? `${backend.name} decodes the folder a second time, so a + or %2B arrives as a space and an escaped %XX as the character it stands for`
    : 'Duplicati reads a raw + in a folder as a space';
  return [{
    code: 'folder-decoded-differently',
    severity: 'warning',
    message: `${why}: it uses the folder ${quoted(reading.folder)}, not ${quoted(meantFolder)}. If your backups are already in ${quoted(reading.folder)}, keep the URL as it is.`,
    fix: twice ? 'Write + as %252B and % as %2525 in the folder.' : 'Write + as %2B in the folder.',
    ...(fixed?.folder === meantFolder && fixed.error === null ? { apply: { label: `Use the folder ${quoted(meantFolder)}`, edits } } : {}),
  }];
}
