/**
 * Writes a folder into a destination URL so that the backend ends up with exactly that text:
 * decoded once by Duplicati's parser (Google Drive, Box, Jottacloud, Cloud Storage, pCloud) or a
 * second time by the backend (OneDrive, SharePoint, Microsoft 365 Groups, Dropbox), where a `+`
 * must arrive as `%252B` and a `%` as `%2525`. Folders Duplicati cannot express are refused.
 */
import type { BackendId } from '../providers';
import { folderForText } from '../duplicati-reading';
import { encodeComponent } from './duplicati-url-text';

export type FolderProblem = 'empty-folder' | 'no-bucket' | 'drive-letter' | 'backslash' | 'pcloud-edges' | 'invalid-text';

interface FolderRefusal {
  readonly problem: FolderProblem;
  readonly message: string;
  readonly fix: string;
}

export type EncodedFolder = { readonly ok: true; readonly location: string } | ({ readonly ok: false } & FolderRefusal);

const DECODED_TWICE: ReadonlySet<BackendId> = new Set(['onedrivev2', 'sharepoint', 'msgroup', 'dropbox']);
const GRAPH: ReadonlySet<BackendId> = new Set(['onedrivev2', 'sharepoint', 'msgroup']);

/** The folder as the builder takes it: leading and trailing slashes mean nothing to any backend. */
export function trimFolder(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

export function decodesFolderTwice(backend: BackendId): boolean {
  return DECODED_TWICE.has(backend);
}

/** `folder` is already trimmed; the location is what follows `scheme://` (pCloud's host not included). */
export function encodeFolder(backend: BackendId, folder: string): EncodedFolder {
  const refusal = refusalFor(backend, folder);
  if (refusal !== null) return { ok: false, ...refusal };
  if (folder === '') return { ok: true, location: '' };
  const segments = folder.split('/');
  const encoded = segments.map((segment) => encodeSegment(backend, segment));
  if (encoded.some((segment) => segment === null)) return { ok: false, ...INVALID_TEXT };
  const written = encoded as string[];
  return { ok: true, location: (DECODED_TWICE.has(backend) ? protectDriveLetter(segments, written) : written).join('/') };
}

function encodeSegment(backend: BackendId, segment: string): string | null {
  const once = encodeComponent(segment);
  if (once === null) return null;
  if (DECODED_TWICE.has(backend)) return once.replace(/%25/g, '%2525').replace(/%2B/g, '%252B');
  // System.Uri drops "." and ".." segments from a pCloud path; escaped, they stay folder names.
  if (backend === 'pcloud' && (segment === '.' || segment === '..')) return segment.replace(/\./g, '%2E');
  return once;
}

/**
 * Duplicati reads a one-letter first folder followed by a folder starting with ":" as a
 * Windows drive ("C:"). Backends that decode twice are spared it by escaping that colon twice.
 */
function protectDriveLetter(segments: readonly string[], encoded: string[]): string[] {
  const [first, second] = encoded;
  if (segments[0]?.length !== 1 || !segments[1]?.startsWith(':') || first === undefined || second === undefined) return encoded;
  return [first, second.replace(/^%3A/, '%253A'), ...encoded.slice(2)];
}

const INVALID_TEXT: FolderRefusal = {
  problem: 'invalid-text',
  message: 'The folder contains a character that cannot be written into a URL (a broken Unicode character).',
  fix: 'Retype the folder name.',
};

function refusalFor(backend: BackendId, folder: string): FolderRefusal | null {
  const [first = '', second = ''] = folder.split('/');
  if (backend === 'jottacloud' && folder === '') {
    return {
      problem: 'empty-folder',
      message: 'Jottacloud needs a folder: Duplicati refuses a jottacloud:// URL without one.',
      fix: 'Enter a folder, for example Backups.',
    };
  }
  if (backend === 'gcs' && first === '') {
    return {
      problem: 'no-bucket',
      message: 'A Google Cloud Storage URL needs a bucket: the first part of the path is the bucket, and Duplicati cannot work without one.',
      fix: 'Start the path with the bucket name, for example my-bucket/backups.',
    };
  }
  if (GRAPH.has(backend) && folder.includes('\\')) {
    return {
      problem: 'backslash',
      message: 'Duplicati reads a backslash in a Microsoft folder path as a folder separator, so "a\\b" would become the folders a and b.',
      fix: 'Use / between folders; folder names cannot contain a backslash there.',
    };
  }
  if (backend === 'pcloud' && folderForText('pcloud', folder) !== folder) {
    return {
      problem: 'pcloud-edges',
      message: 'Duplicati removes spaces and backslashes at the start and end of a pCloud folder path, so it would use a different folder.',
      fix: 'Remove the spaces or backslashes at the start and end of the folder path.',
    };
  }
  // pCloud's first part is its API host, so its folder never stands where the drive letter would.
  if (!DECODED_TWICE.has(backend) && backend !== 'pcloud' && first.length === 1 && second.startsWith(':')) {
    return {
      problem: 'drive-letter',
      message: `Duplicati reads a one-letter first folder followed by a folder starting with ":" as a Windows drive ("${first}:") on its own disk.`,
      fix: 'Rename the first folder to more than one character, or the second so it does not start with ":".',
    };
  }
  return null;
}
