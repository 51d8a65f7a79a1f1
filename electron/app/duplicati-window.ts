/**
 * The Duplicati connection as the window and the tray see it: one state (connection, last look at
 * the backups, Undo list) pushed as one event whenever the service changes, looks at the backups
 * that run in the background after signing in and again when the vault changes what they show,
 * and the fingerprints of the vault's AuthIDs kept current so that a backup still using a
 * replaced AuthID is recognised.
 */
import type { EventPayloads } from '../ipc/contract';
import type { DuplicatiStateView } from '../ipc/duplicati-views';
import type { DuplicatiOverview, DuplicatiResult, DuplicatiService } from '../services/duplicati';
import { createListenerSet } from '../services/listeners';
import { withReferenceUsage, type SharedReferences } from './reference-usage';

export interface DuplicatiWindowDeps {
  readonly service: DuplicatiService;
  /** Fires after every vault change. */
  readonly onVaultChange: (listener: () => void) => void;
  readonly emit: (event: 'duplicatiChanged', payload: EventPayloads['duplicatiChanged']) => void;
  /** Records whose URLs carry `$name`: backups naming it use them. */
  readonly sharedReferences?: () => SharedReferences;
}

export interface DuplicatiWindow {
  readonly service: DuplicatiService;
  state(): DuplicatiStateView;
  /** Reads every backup (read-only), showing progress and, if it fails, why. */
  scan(): Promise<DuplicatiResult<DuplicatiOverview>>;
  /** At start-up: signs in again with what was kept, then looks at the backups. Changes nothing in Duplicati. */
  start(): Promise<void>;
  onChange(listener: () => void): () => void;
}

export function createDuplicatiWindow({ service, onVaultChange, emit, sharedReferences }: DuplicatiWindowDeps): DuplicatiWindow {
  const listeners = createListenerSet();
  let scanning = 0;
  let scanProblem: string | undefined;

  const state = (): DuplicatiStateView => {
    const overview = service.overview();
    const connection = service.status();
    // A failed look belongs to the sign-in it was made with.
    const problem = connection.state === 'connected' ? scanProblem : undefined;
    return {
      connection,
      ...(overview === undefined ? {} : { overview: sharedReferences === undefined ? overview : withReferenceUsage(overview, sharedReferences()) }),
      undo: service.undoHistory(),
      scanning: scanning > 0,
      ...(problem === undefined ? {} : { scanProblem: problem }),
    };
  };

  // A sign-in reports "connecting" then "connected" in one tick; tell the window once.
  let pending = false;
  const changed = () => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      emit('duplicatiChanged', state());
      listeners.emit();
    });
  };
  service.onChange(changed);

  const scan = async () => {
    scanning += 1;
    changed();
    try {
      const result = await service.scan().catch((): DuplicatiResult<DuplicatiOverview> => ({ ok: false, failure: { kind: 'refused', message: LOOK_FAILED } }));
      scanProblem = result.ok ? undefined : result.failure.message;
      return result;
    } finally {
      scanning -= 1;
      changed();
    }
  };

  // Fingerprinting at every vault change means an AuthID is known before a re-authorization
  // replaces it. A re-authorization, a check that changes an AuthID's health or a new AuthID
  // makes the last look outdated: look again (read-only), so that "Used by", the problems and the
  // tray follow the vault. Changes that come while a look runs are followed by one more.
  let following = false;
  let changedMeanwhile = false;
  const followVault = async () => {
    if (following) {
      changedMeanwhile = true;
      return;
    }
    following = true;
    try {
      do {
        changedMeanwhile = false;
        if (await service.overviewOutdated()) await scan();
      } while (changedMeanwhile);
    } finally {
      following = false;
    }
  };
  // A failed look is shown by scan(); a failed fingerprint is tried again at the next change.
  onVaultChange(() => void followVault().catch(() => undefined));

  return {
    service,
    state,
    scan,
    start: async () => {
      try {
        await service.learnAuthIds();
        if ((await service.resume()).ok) await scan();
      } catch {
        // Nothing kept could be used; the window shows "not connected" and the user signs in.
      }
    },
    onChange: listeners.add,
  };
}

const LOOK_FAILED = 'AuthID Manager could not finish looking at the backups. Try again; if it keeps happening, restart the app.';
