/**
 * What the window gets from the Duplicati connection: the service's own views (AuthIDs masked,
 * never a password), gathered into one state the window keeps current from one event.
 */
import type { DuplicatiConnectionView, DuplicatiOverview, UndoEntryView } from '../services/duplicati';

export type {
  AtRiskSummary,
  BackupAuthIdView,
  BackupOutcome,
  BackupOutcomeKind,
  BackupUse,
  DestinationTestView,
  DuplicatiBackupView,
  DuplicatiConnectionView,
  DuplicatiOverview,
  DuplicatiProblem,
  DuplicatiProblemCode,
  DuplicatiResult,
  PlannedBackupView,
  PlannedChange,
  UndoEntryView,
  UpdatePlanView,
  UpdateResultView,
} from '../services/duplicati';
export type { DuplicatiFailure, DuplicatiFailureKind } from '../services/duplicati';

export interface DuplicatiStateView {
  readonly connection: DuplicatiConnectionView;
  /** The last look at the backups; absent until one succeeded since connecting. */
  readonly overview?: DuplicatiOverview;
  /** Updates that can be undone, newest first. */
  readonly undo: readonly UndoEntryView[];
  /** Whether a look at the backups is running. */
  readonly scanning: boolean;
  /** Why the last look at the backups failed (the overview, if any, is from an earlier one). */
  readonly scanProblem?: string;
}
