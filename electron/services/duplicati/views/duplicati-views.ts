/**
 * What the service hands the rest of the app. Every string here is safe for the window: AuthIDs
 * appear only masked, passwords never.
 */
import type { BackendId } from '../../providers';
import type { LintCode } from '../../connection-urls';
import type { DuplicatiFailure } from '../failures';

export type DuplicatiConnectionView =
  | { readonly state: 'not-connected'; readonly baseUrl: string; readonly failure?: DuplicatiFailure }
  | { readonly state: 'connecting'; readonly baseUrl: string }
  | {
      readonly state: 'connected';
      readonly baseUrl: string;
      readonly version?: string;
      readonly passwordRemembered: boolean;
      /** False where the OS cannot encrypt: sign-in and Undo copies last until the app quits. */
      readonly keptOnDisk: boolean;
    }
  | { readonly state: 'sign-in-again'; readonly baseUrl: string; readonly failure: DuplicatiFailure };

export type DuplicatiProblemCode =
  | 'authid-not-held'
  | 'authid-replaced'
  | 'needs-reauthorization'
  | 'url-lint'
  | 'option-disagrees'
  | 'same-authid-different-servers'
  | 'wrong-server'
  | 'secret-reference';

export interface DuplicatiProblem {
  readonly code: DuplicatiProblemCode;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly fix: string;
  /** For `url-lint`: the lint finding's code. */
  readonly lintCode?: LintCode;
}

export interface BackupAuthIdView {
  /** Masked (or a `$name` secret-provider reference). */
  readonly masked: string;
  readonly source: 'url' | 'option';
  /** The app's AuthID this is, now or before a re-authorization. */
  readonly recordId?: string;
  readonly label?: string;
  readonly current?: boolean;
}

export interface DuplicatiBackupView {
  readonly id: string;
  readonly name: string;
  /** The destination URL, masked. */
  readonly destination: string;
  /** Undefined when the destination does not use an AuthID. */
  readonly backend?: BackendId;
  readonly authId?: BackupAuthIdView;
  readonly refreshServer?: string;
  /** `not-applicable`: no AuthID destination. */
  readonly health: 'ok' | 'at-risk' | 'broken' | 'not-applicable';
  readonly problems: readonly DuplicatiProblem[];
  readonly schedule: string;
  readonly extraDestinations: readonly { readonly key: string; readonly destination: string; readonly authId?: BackupAuthIdView }[];
}

export interface BackupUse {
  readonly backupId: string;
  readonly name: string;
}

export interface AtRiskSummary {
  /** Backups whose AuthID needs re-authorization (the tray's count). */
  readonly needsReauthorization: number;
  /** Backups still using an AuthID the app has replaced. */
  readonly replaced: number;
  /** Backups with any error. */
  readonly broken: number;
  /** For the tray, e.g. "2 backups use an AuthID that needs re-authorization"; undefined when all is well. */
  readonly message?: string;
}

export interface DuplicatiOverview {
  readonly baseUrl: string;
  readonly version?: string;
  readonly scannedAt: string;
  readonly backups: readonly DuplicatiBackupView[];
  /** Record id → the backups using that AuthID (now or in an earlier form), for "Used by". */
  readonly usage: Readonly<Record<string, readonly BackupUse[]>>;
  readonly atRisk: AtRiskSummary;
  /** Backups Duplicati listed but the app could not read, with why. */
  readonly unreadable: readonly (BackupUse & { readonly message: string })[];
}

export interface PlannedChange {
  /** E.g. "Destination URL", "Advanced option --authid", "Extra destination “offsite”". */
  readonly where: string;
  readonly before: string;
  readonly after: string;
}

export interface PlannedBackupView {
  readonly backupId: string;
  readonly name: string;
  /** Preselected when there is something to change and nothing blocks it. */
  readonly selected: boolean;
  readonly changes: readonly PlannedChange[];
  readonly schedule: string;
  readonly notes: readonly string[];
  /** Why this backup cannot be updated; it has no changes then. */
  readonly blocked?: string;
}

export interface UpdatePlanView {
  readonly planId: string;
  readonly recordId: string;
  readonly label: string;
  readonly backups: readonly PlannedBackupView[];
  /** "Use the new AuthID in these 3 backups". */
  readonly title: string;
}

export type DestinationTestView =
  | { readonly result: 'passed'; readonly message: string }
  | { readonly result: 'failed' | 'not-available' | 'not-run'; readonly message: string };

export type BackupOutcomeKind =
  /** The new configuration is saved and read back. */
  | 'updated'
  /** Duplicati holds the configuration it had before. */
  | 'untouched'
  /** Duplicati stopped answering while saving; it holds either the old or the new one (checked later). */
  | 'unknown'
  /** Undo: the previous configuration is back. */
  | 'restored';

export interface BackupOutcome {
  readonly backupId: string;
  readonly name: string;
  readonly outcome: BackupOutcomeKind;
  readonly message: string;
  readonly destinationTest?: DestinationTestView;
}

export interface UpdateResultView {
  /** Undefined when nothing was written. */
  readonly undoId?: string;
  readonly outcomes: readonly BackupOutcome[];
  /** One or two sentences for the window. */
  readonly summary: string;
}

export interface UndoEntryView {
  readonly undoId: string;
  readonly at: string;
  readonly label: string;
  readonly backups: readonly (BackupUse & { readonly state: 'updated' | 'unknown' | 'restored' })[];
}

export type DuplicatiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: DuplicatiFailure };
