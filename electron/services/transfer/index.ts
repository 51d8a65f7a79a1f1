// Moving AuthIDs between machines: an age-encrypted export file, and imports of it or of a
// Duplicati backup configuration export. No Electron; files are read and written by the caller.
export { ratePassphrase, MIN_PASSPHRASE_LENGTH, type PassphraseRating } from './passphrase-rating';
export { buildExportFile, type ExportSource, type ExportOptions, type ExportFileResult } from './export-file';
export { EXPORT_FORMAT, type ExportDocument } from './export-document';
export { readImportFile, needsPassphrase, MAX_IMPORT_FILE_BYTES, type ImportReading, type ImportContents, type ImportSource, type ReadImportOptions } from './read-import';
export type { ImportProblem } from './import-problems';
export type { ImportCandidate, SkippedEntry } from './import-candidate';
export { planImport, type ImportPlanItem, type ImportStatus, type ExistingAuthId } from './import-plan';
export { applyImport, existingAuthIds, type ImportOutcome, type ImportTarget } from './import-apply';
export { readFileCapped, writeFileAtomically, type FileProblem } from './transfer-files';
