/**
 * AuthID Manager's connection to the user's Duplicati (2.1 or later): sign in, read every
 * backup's real destination, match it to the app's AuthIDs, and — only when the user applies an
 * update — put a new AuthID into backups carefully, with Undo. Electron-free; main composes it.
 * Plaintext AuthIDs stay inside this service, except on their way to Duplicati.
 */
import type { DocumentBackend } from '../document-store';
import type { FetchFn } from '../server-client';
import type { SecretBox } from '../vault';
import { DuplicatiConnection, type ConnectInput } from './duplicati-connection';
import { lintDestination, type DestinationLint } from './destination-lint';
import { failure, type DuplicatiFailure } from './failures';
import { AuthIdKnowledge } from './matching/authid-knowledge';
import { scanBackups } from './matching/scan-backups';
import type { HeldAuthIds } from './ports';
import { DuplicatiStore } from './state/duplicati-store';
import { applyUpdate } from './update/apply-update';
import { undoUpdate, settleUnknown } from './update/undo-update';
import type { UpdateContext } from './update/update-context';
import { planUpdate, type StoredPlan } from './update/update-planner';
import type {
  AtRiskSummary,
  BackupUse,
  DuplicatiConnectionView,
  DuplicatiOverview,
  DuplicatiResult,
  UndoEntryView,
  UpdatePlanView,
  UpdateResultView,
} from './views/duplicati-views';
import { createListenerSet } from '../listeners';
import { systemClock, type Clock } from '../time';

export interface DuplicatiServiceDeps {
  /** The vault (or anything shaped like it). */
  readonly held: HeldAuthIds;
  /** The OS secret box (safeStorage in the app), for the refresh cookie, a remembered password and Undo copies. */
  readonly secretBox: SecretBox;
  /** Where the connection's file lives; omitted: nothing is written. */
  readonly backend?: DocumentBackend;
  readonly fetch?: FetchFn;
  readonly clock?: Pick<Clock, 'now'>;
  /** Per request; default 15 s. */
  readonly timeoutMs?: number;
  /** The destination-URL lint; the Duplicati-conformance module can be passed here. */
  readonly lint?: DestinationLint;
}

export interface PlanRequest {
  readonly recordId: string;
  /** Backups the user picked; by default those the last scan found using this AuthID (now or before). */
  readonly backupIds?: readonly string[];
}

export interface DuplicatiService {
  status(): DuplicatiConnectionView;
  /** Called after the connection, the overview or the Undo list changed. */
  onChange(listener: () => void): () => void;
  connect(input: ConnectInput): Promise<DuplicatiResult<DuplicatiConnectionView>>;
  resume(): Promise<DuplicatiResult<DuplicatiConnectionView>>;
  disconnect(): Promise<void>;
  forgetPassword(): Promise<void>;
  /** Reads every backup (read-only) and keeps the result as the overview. */
  scan(): Promise<DuplicatiResult<DuplicatiOverview>>;
  overview(): DuplicatiOverview | undefined;
  usedBy(recordId: string): readonly BackupUse[];
  atRisk(): AtRiskSummary | undefined;
  /** Fingerprints the vault's AuthIDs now; call before a re-authorization replaces one. */
  learnAuthIds(): Promise<void>;
  /**
   * Fingerprints the vault's AuthIDs, then says whether the overview was worked out from other
   * AuthIDs, labels or health than the vault holds now (after a re-authorization or a check).
   */
  overviewOutdated(): Promise<boolean>;
  planUpdate(request: PlanRequest): Promise<DuplicatiResult<UpdatePlanView>>;
  applyUpdate(planId: string, backupIds: readonly string[]): Promise<DuplicatiResult<UpdateResultView>>;
  undo(undoId: string): Promise<DuplicatiResult<UpdateResultView>>;
  undoHistory(): readonly UndoEntryView[];
}

const PLANS_KEPT = 5;

export async function openDuplicatiService(deps: DuplicatiServiceDeps): Promise<DuplicatiService> {
  const clock = deps.clock ?? systemClock;
  const store = await DuplicatiStore.open({ secretBox: deps.secretBox, clock, ...(deps.backend === undefined ? {} : { backend: deps.backend }) });
  const kept = await store.read('knowledge');
  const knowledge = kept === undefined ? AuthIdKnowledge.fresh() : AuthIdKnowledge.from(JSON.parse(kept));
  if (kept === undefined) await store.write('knowledge', JSON.stringify(knowledge.snapshot()));
  const listeners = createListenerSet();
  const changed = () => listeners.emit();
  const connection = new DuplicatiConnection({
    store,
    http: { timeoutMs: deps.timeoutMs ?? 15_000, ...(deps.fetch === undefined ? {} : { fetch: deps.fetch }) },
    clock,
    changed,
  });
  const lint = deps.lint ?? lintDestination;
  const plans = new Map<string, StoredPlan>();
  let overview: DuplicatiOverview | undefined;
  /** What the overview was worked out from (see `basis`). */
  let overviewBasis: string | undefined;
  /** Goes up whenever the fingerprints of the vault's AuthIDs change. */
  let learned = 0;
  let queue: Promise<unknown> = Promise.resolve();

  /** A scan keeps its result as the overview; an update or Undo ends with one, so "Used by" and the tray stay current. */
  const rescan = async (context: UpdateContext, version: string | undefined): Promise<DuplicatiResult<DuplicatiOverview>> => {
    await settleUnknown(context);
    const from = basis();
    const scanned = await scanBackups({ session: context.session, knowledge, held: deps.held, lint, version, clock: context.clock });
    if (scanned.ok) {
      overview = scanned.value;
      overviewBasis = from;
    }
    return scanned;
  };

  const learn = async () => {
    if (!(await knowledge.learn(deps.held))) return;
    learned += 1;
    await store.write('knowledge', JSON.stringify(knowledge.snapshot()));
  };

  /** Everything of the vault a look at the backups depends on (no secrets: fingerprints are counted, not kept). */
  const basis = () => JSON.stringify([learned, deps.held.list().map((r) => [r.id, r.label, r.provider, r.serverBaseUrl, r.health, r.secret])]);

  /** One thing at a time towards Duplicati: sign-ins, scans, updates and Undo never overlap. */
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };

  /** A Duplicati operation with a live session (signing in again first if the password is remembered). */
  const exclusive = <T>(work: (context: UpdateContext, version: string | undefined) => Promise<DuplicatiResult<T>>): Promise<DuplicatiResult<T>> =>
    serial(async (): Promise<DuplicatiResult<T>> => {
      const live = await connection.session();
      if (!live.ok) return live;
      await learn();
      const result = await work({ session: live.value.session, knowledge, held: deps.held, store, clock }, live.value.version);
      await connection.noteEnded();
      changed();
      return result;
    });

  return {
    status: () => connection.status(),
    onChange: listeners.add,
    connect: (input) =>
      serial(async () => {
        overview = undefined;
        return connection.connect(input);
      }),
    resume: () => serial(() => connection.resume()),
    disconnect: () =>
      serial(async () => {
        overview = undefined;
        await connection.disconnect();
      }),
    forgetPassword: () => serial(() => connection.forgetPassword()),
    scan: () => exclusive(rescan),
    overview: () => overview,
    usedBy: (recordId) => overview?.usage[recordId] ?? [],
    atRisk: () => overview?.atRisk,
    learnAuthIds: learn,
    overviewOutdated: async () => {
      await learn();
      return overview !== undefined && basis() !== overviewBasis;
    },
    planUpdate: (request) =>
      exclusive(async (context, version) => {
        if (overview === undefined && request.backupIds === undefined) await rescan(context, version);
        const suggested = overview?.usage[request.recordId]?.map((use) => use.backupId) ?? [];
        const planned = await planUpdate(context, { recordId: request.recordId, backupIds: request.backupIds ?? suggested, chosen: request.backupIds !== undefined }, lint);
        if (!planned.ok) return planned;
        plans.set(planned.value.stored.planId, planned.value.stored);
        for (const old of [...plans.keys()].slice(0, Math.max(0, plans.size - PLANS_KEPT))) plans.delete(old);
        return { ok: true, value: planned.value.view };
      }),
    applyUpdate: (planId, backupIds) =>
      exclusive(async (context, version) => {
        const plan = plans.get(planId);
        if (plan === undefined) return { ok: false, failure: expiredPlan() };
        plans.delete(planId);
        const applied = await applyUpdate(context, plan, backupIds);
        if (applied.ok) await rescan(context, version);
        return applied;
      }),
    undo: (undoId) =>
      exclusive(async (context, version) => {
        const undone = await undoUpdate(context, undoId);
        if (undone.ok) await rescan(context, version);
        return undone;
      }),
    undoHistory: () =>
      store.undoEntries().map((entry) => ({
        undoId: entry.id,
        at: entry.at,
        label: entry.label,
        backups: entry.backups.map((b) => ({ backupId: b.backupId, name: b.name, state: b.state })),
      })),
  };
}

const expiredPlan = (): DuplicatiFailure => failure('refused', 'That preview is no longer current. Preview the update again.');
