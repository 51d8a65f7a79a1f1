/**
 * What the window gets back from export, import and revoke-at-provider requests. Never an
 * AuthID: imported ones are shown masked.
 */
import type { AuthIdKind } from '../services/authids';
import type { ProviderId } from '../services/providers';

export interface PassphraseRatingView {
  readonly acceptable: boolean;
  /** 0 (guessed at once) to 4 (very hard to guess), for a strength meter. */
  readonly score: 0 | 1 | 2 | 3 | 4;
  readonly message: string;
  readonly suggestions: readonly string[];
}

/** Something not exported or not imported, and why. */
export interface SkippedView {
  readonly name: string;
  readonly reason: string;
}

export interface ExportResultView {
  readonly outcome: 'saved';
  /** Where the file went: the path the user chose in the save dialog. */
  readonly file: string;
  readonly exported: number;
  /** AuthIDs that were chosen but cannot be read on this computer. */
  readonly skipped: readonly SkippedView[];
  readonly message: string;
}

/** The user closed the save or open dialog without choosing; nothing was done. */
interface CancelledView {
  readonly outcome: 'cancelled';
}

export type ExportAnswerView = ExportResultView | CancelledView;

export interface ChosenImportFileView {
  readonly outcome: 'chosen';
  /** Pass to `openImport`; the file's contents are kept until then, for a few minutes at most. */
  readonly fileId: string;
  readonly fileName: string;
  /** An age file: `openImport` needs the passphrase it was encrypted with. */
  readonly encrypted: boolean;
}

export type ImportFileView = ChosenImportFileView | CancelledView;

type ImportStatusView = 'new' | 'already-here' | 'differs';

export interface ImportItemView {
  /** Pass back in `applyImport` to choose it. */
  readonly key: string;
  readonly status: ImportStatusView;
  readonly label: string;
  readonly provider: ProviderId;
  readonly providerName: string;
  readonly kind: AuthIdKind;
  readonly masked: string;
  readonly serverBaseUrl: string;
  /** False when the server is neither hosted nor in Settings. */
  readonly serverKnown: boolean;
  /** For a new one on such a server: importing it adds the server to Settings. Show it before the user chooses. */
  readonly serverNote?: string;
  readonly accountName?: string;
  readonly destinations: readonly { readonly name: string; readonly path: string }[];
  /** For `differs`: what importing changes and what it keeps, in sentences. */
  readonly differences: readonly string[];
  /** The record it matches, unless new. */
  readonly existingId?: string;
}

export interface ImportPreviewView {
  /** Pass back in `applyImport` or `cancelImport`; the decrypted contents are kept until then, at most `expiresAt`. */
  readonly importId: string;
  readonly source: 'authid-manager' | 'duplicati';
  readonly items: readonly ImportItemView[];
  readonly skipped: readonly SkippedView[];
  /** One line summing up what the file holds. */
  readonly message: string;
  readonly expiresAt: string;
}

export interface ImportResultView {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly addedIds: readonly string[];
  readonly message: string;
}

type RevokeStepName = 'provider' | 'server' | 'local';
type RevokeStepOutcome = 'done' | 'already-done' | 'not-needed' | 'failed';

export interface RevokeStepView {
  readonly step: RevokeStepName;
  readonly outcome: RevokeStepOutcome;
  readonly message: string;
}

export interface ProviderRevokeResultView {
  /** In order: provider, then server, then this computer; a step after a failed provider step is not run. */
  readonly steps: readonly RevokeStepView[];
  readonly removedLocally: boolean;
  readonly message: string;
  /** Where the user can check or finish by hand; empty when the provider confirmed. */
  readonly deauthorizeUrls: readonly string[];
}
