/**
 * Opens an import file: an age-encrypted AuthID Manager export (or anything else the `age` tool
 * encrypted with a passphrase, such as a Duplicati export), or a Duplicati export as Duplicati
 * wrote it. Reading never changes anything; it says what the file holds or why it cannot.
 */
import { parseAuthId } from '../authids';
import { normalizeBaseUrl, type AuthIdServer } from '../servers';
import { withPcloudHostField } from '../vault';
import { openWithPassphrase, readAgeFile } from './age-envelope';
import { readDuplicatiExport } from './duplicati-export';
import { exportDocumentSchema, exportHeaderSchema, EXPORT_VERSION, type ExportDocument } from './export-document';
import { oneCandidatePerAuthId, type ImportCandidate, type SkippedEntry } from './import-candidate';
import { importProblemMessage, type ImportProblem } from './import-problems';

/** Far above any real export (10,000 AuthIDs with destinations stay under 16 MiB). */
export const MAX_IMPORT_FILE_BYTES = 16 * 1024 * 1024;

export type ImportSource = 'authid-manager' | 'duplicati';

export interface ImportContents {
  readonly source: ImportSource;
  readonly encrypted: boolean;
  /** One per AuthID. */
  readonly candidates: readonly ImportCandidate[];
  readonly skipped: readonly SkippedEntry[];
}

export type ImportReading =
  | ({ readonly ok: true } & ImportContents)
  | { readonly ok: false; readonly problem: ImportProblem; readonly message: string };

export interface ReadImportOptions {
  /** Needed only for an encrypted file. */
  readonly passphrase?: string;
  /** The app's configured servers, so a Duplicati URL's `oauth-url` gets the right flavour. */
  readonly knownServers?: readonly AuthIdServer[];
}

export async function readImportFile(bytes: Uint8Array, options: ReadImportOptions = {}): Promise<ImportReading> {
  const age = readAgeFile(bytes);
  if (age.kind === 'damaged') return failure('damaged');
  if (age.kind === 'not-age') {
    if (startsWithAes(bytes)) return failure('duplicati-encrypted');
    return readContents(parseJson(new TextDecoder().decode(bytes)), false, options);
  }
  if (options.passphrase === undefined) return failure('passphrase-needed');
  const opened = await openWithPassphrase(age.file, options.passphrase);
  if (!opened.ok) return failure(opened.problem);
  return readContents(parseJson(opened.text), true, options);
}

/** An age file, which opens only with its passphrase; anything else is read as it is. */
export function needsPassphrase(bytes: Uint8Array): boolean {
  return readAgeFile(bytes).kind === 'age';
}

function readContents(value: unknown, encrypted: boolean, options: ReadImportOptions): ImportReading {
  const header = exportHeaderSchema.safeParse(value);
  if (header.success) {
    if (header.data.version > EXPORT_VERSION) return failure('newer-version', header.data.version);
    const document = exportDocumentSchema.safeParse(value);
    if (!document.success) return failure('invalid-contents');
    return { ok: true, source: 'authid-manager', encrypted, ...fromExport(document.data) };
  }
  const duplicati = readDuplicatiExport(value, options.knownServers ?? []);
  if (duplicati === undefined) return failure('not-recognized');
  return { ok: true, source: 'duplicati', encrypted, candidates: oneCandidatePerAuthId(duplicati.candidates), skipped: duplicati.skipped };
}

function fromExport(document: ExportDocument): { candidates: ImportCandidate[]; skipped: SkippedEntry[] } {
  const candidates: ImportCandidate[] = [];
  const skipped: SkippedEntry[] = [];
  for (const entry of document.authIds) {
    // The kind is read from the AuthID itself rather than trusted from the file.
    const parsed = parseAuthId(entry.authId, entry.provider);
    if (!parsed.ok) {
      skipped.push({ name: entry.label, reason: parsed.message });
      continue;
    }
    candidates.push({
      label: entry.label,
      provider: entry.provider,
      serverBaseUrl: normalizeBaseUrl(entry.server),
      kind: parsed.kind,
      authId: parsed.value,
      ...(entry.accountName === undefined ? {} : { accountName: entry.accountName }),
      ...(entry.region === undefined ? {} : { region: entry.region }),
      // Files written before the host field carry pCloud's host as an option.
      destinations: entry.destinations.map((destination) => withPcloudHostField(entry.provider, destination)),
    });
  }
  return { candidates: oneCandidatePerAuthId(candidates), skipped };
}

/** Duplicati's own encrypted exports are AES Crypt files, which start with "AES". */
function startsWithAes(bytes: Uint8Array): boolean {
  return bytes[0] === 0x41 && bytes[1] === 0x45 && bytes[2] === 0x53;
}

/** Undefined for anything that is not JSON; .NET writes a byte-order mark in some files. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return undefined;
  }
}

function failure(problem: ImportProblem, fileVersion?: number): ImportReading {
  return { ok: false, problem, message: importProblemMessage(problem, fileVersion) };
}
