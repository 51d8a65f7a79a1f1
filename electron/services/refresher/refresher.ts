/**
 * The background refresher: keeps every AuthID alive and its health current with one timer for
 * the next due check, never two checks of one AuthID at once, and a cap on parallel requests.
 */
import type { CheckView } from '../authids';
import { UserFacingError } from '../errors';
import { mayReceiveAuthId, normalizeBaseUrl } from '../servers';
import type { VaultRecord } from '../vault';
import { lastSuccessAt, workedSinceSaved } from './check-history';
import { dueAfter, initialDueAt, planKey, type PlanInputs } from './check-plan';
import { checkPolicy, ROTATING_INTERVAL, type CheckPolicy } from './check-policy';
import { createCheckSlots } from './check-slots';
import type { RefresherDeps } from './refresher-deps';
import { runCheck, type CheckRun } from './run-check';
import { systemClock, systemTimers } from '../time';
import { createSingleTimer } from './single-timer';

export interface Refresher {
  /** Schedules from the vault's current state (one timer). */
  start(): void;
  /** Clears the timer, lets queued checks go and waits for running ones. */
  stop(): Promise<void>;
  /** Checks one AuthID now; joins a check of the same AuthID already under way. */
  checkNow(id: string): Promise<CheckView>;
  /** Checks every AuthID, except rotating ones refreshed within their minimum interval. */
  checkAll(): Promise<void>;
  /** After resume from sleep or network-online: runs overdue checks now. */
  wake(): void;
  pendingTimers(): number;
}

interface Plan {
  readonly key: string;
  readonly at: number | undefined;
}

interface Streak {
  readonly failures: number;
  readonly ambiguous: number;
}

export function createRefresher(deps: RefresherDeps): Refresher {
  const { vault, settings } = deps;
  const clock = deps.clock ?? systemClock;
  const random = deps.random ?? Math.random;
  const slots = createCheckSlots(deps.maxParallel ?? 4, deps.maxParallelPerServer ?? 2);
  const timer = createSingleTimer(deps.timers ?? systemTimers, clock, () => rescan());
  const running = new Map<string, Promise<CheckView>>();
  const plans = new Map<string, Plan>();
  const streaks = new Map<string, Streak>();
  /** Checks that ended without saving: their AuthID needs planning again once it is free. */
  const replan = new Set<string>();
  let started = false;
  let unsubscribe: (() => void) | undefined;
  let unsubscribeSettings: (() => void) | undefined;
  let ownWrites = 0;
  let rescanQueued = false;

  /** Where this record's AuthID may go now: held (never sent) unless its server is in the settings' list. */
  const recipient = (record: VaultRecord) => mayReceiveAuthId(record.serverBaseUrl, settings.values().servers);

  const inputs = (): PlanInputs => ({ now: clock.now(), checkIntervalHours: settings.values().checkIntervalHours, random });

  /** Vault writes of the refresher's own; their change events need no rescan. */
  const writing = (work: () => void): void => {
    ownWrites += 1;
    try {
      work();
    } finally {
      ownWrites -= 1;
    }
  };

  const setNextCheck = (id: string, at: number | undefined, current: string | undefined): void => {
    const iso = at === undefined ? undefined : new Date(at).toISOString();
    if (iso !== current) writing(() => vault.setNextCheck(id, iso));
  };

  const dueAt = (record: VaultRecord, policy: CheckPolicy): number | undefined => {
    const key = planKey(record);
    const known = plans.get(record.id);
    if (known?.key === key) return known.at;
    const at = initialDueAt(record, policy, inputs());
    plans.set(record.id, { key, at });
    if (at === undefined) streaks.delete(record.id);
    setNextCheck(record.id, at, record.nextCheckAt);
    return at;
  };

  /** Runs what is due, arms the timer for the rest. */
  const rescan = (): void => {
    if (!started) return;
    timer.clear();
    const now = clock.now();
    const present = new Set<string>();
    for (const record of vault.list()) {
      present.add(record.id);
      if (running.has(record.id) || !recipient(record).allowed) continue;
      const at = dueAt(record, checkPolicy(record));
      if (at === undefined) continue;
      if (at <= now) void launch(record.id);
      else timer.armBy(at);
    }
    for (const id of plans.keys()) if (!present.has(id)) plans.delete(id);
    for (const id of streaks.keys()) if (!present.has(id)) streaks.delete(id);
  };

  /** Coalesces bursts of changes (an import, a re-encryption) into one rescan. */
  const queueRescan = (): void => {
    if (rescanQueued) return;
    rescanQueued = true;
    queueMicrotask(() => {
      rescanQueued = false;
      rescan();
    });
  };

  const onVaultChange = (): void => {
    if (ownWrites === 0) queueRescan();
  };

  const launch = (id: string): Promise<CheckView> => {
    const existing = running.get(id);
    if (existing) return existing;
    deps.activity?.started(id);
    const work = checkOnce(id).finally(() => {
      running.delete(id);
      if (replan.delete(id)) queueRescan();
      deps.activity?.finished(id);
    });
    running.set(id, work);
    return work;
  };

  const checkOnce = async (id: string): Promise<CheckView> => {
    const record = vault.get(id);
    if (record === undefined) throw new UserFacingError('not-found', 'This AuthID is no longer in the list.');
    const policy = checkPolicy(record);
    if (record.secret !== 'available' || policy.method === 'none') return currentView(record);
    const release = await slots.acquire(policy.method === 'refresh' ? normalizeBaseUrl(record.serverBaseUrl) : (record.region ?? ''));
    if (release === undefined) return currentView(record);
    let run: CheckRun | undefined;
    try {
      // Decided after the wait for a slot: the user may have removed the server meanwhile.
      const decision = recipient(record);
      if (!decision.allowed) return currentView(record);
      const { server } = decision;
      const streak = streaks.get(id);
      run = await runCheck(
        {
          record,
          method: policy.method,
          server,
          ambiguousBefore: streak?.ambiguous ?? 0,
          workedBefore: workedSinceSaved(record.history),
          lastHealth: record.lastCheck?.health,
          history: record.history,
          now: clock.now(),
          othersOnServerWorkedSince: (since) => othersWorkedSince(record, since),
        },
        { vault, clock, fetch: deps.fetch, whoAmI: deps.whoAmI, pcloudBaseUrl: deps.pcloudBaseUrl },
      );
    } finally {
      release();
    }
    const now = vault.get(id);
    // Removed, re-authorized or otherwise re-checked meanwhile: this answer is about the old state,
    // and the rescans those changes asked for skipped this AuthID while it was busy.
    if (run === undefined || now === undefined || planKey(now) !== planKey(record)) {
      replan.add(id);
      return currentView(now ?? record);
    }
    return save(now, policy, run);
  };

  const save = (record: VaultRecord, policy: CheckPolicy, { outcome, accountName }: CheckRun): CheckView => {
    const at = clock.now();
    const check: CheckView = { at: new Date(at).toISOString(), health: outcome.health, reason: outcome.reason };
    const before = streaks.get(record.id) ?? { failures: 0, ambiguous: 0 };
    const streak =
      outcome.next === 'retry' ? { failures: before.failures + 1, ambiguous: before.ambiguous + (outcome.ambiguous ? 1 : 0) } : outcome.next === 'rate-limited' ? before : undefined;
    if (streak) streaks.set(record.id, streak);
    else streaks.delete(record.id);
    const next = dueAfter(outcome, streak?.failures ?? 0, policy, { ...inputs(), now: at });
    plans.set(record.id, { key: planKey({ secret: record.secret, lastCheck: check }), at: next });
    writing(() => {
      vault.recordCheck(record.id, check);
      setNextCheck(record.id, next, record.nextCheckAt);
      if (accountName !== undefined && accountName !== record.accountName) vault.setAccountName(record.id, accountName);
    });
    if (started && next !== undefined) timer.armBy(next);
    return check;
  };

  /** Another AuthID on the same server refreshed fine at or after `since`. */
  const othersWorkedSince = (record: VaultRecord, since: number): boolean => {
    const server = normalizeBaseUrl(record.serverBaseUrl);
    return vault.list().some((other) => other.id !== record.id && normalizeBaseUrl(other.serverBaseUrl) === server && (lastSuccessAt(other.history) ?? -Infinity) >= since);
  };

  const currentView = (record: VaultRecord): CheckView =>
    record.lastCheck ?? { at: new Date(clock.now()).toISOString(), health: record.health, reason: record.healthReason };

  /** Rotating refresh tokens are spent on a schedule, not by a bulk "check all". */
  const refreshedRecently = (record: VaultRecord): boolean => {
    const success = checkPolicy(record).rotating ? lastSuccessAt(record.history) : undefined;
    return success !== undefined && clock.now() - success < ROTATING_INTERVAL.minMs;
  };

  return {
    start() {
      if (started) return;
      started = true;
      plans.clear();
      unsubscribe = vault.onChange(onVaultChange);
      // A server added (or removed) in Settings releases (or holds) the AuthIDs that use it.
      unsubscribeSettings = settings.onChange(() => queueRescan());
      rescan();
    },
    async stop() {
      started = false;
      unsubscribe?.();
      unsubscribe = undefined;
      unsubscribeSettings?.();
      unsubscribeSettings = undefined;
      timer.clear();
      slots.dropQueued();
      await Promise.allSettled([...running.values()]);
    },
    checkNow: (id) => {
      const record = vault.get(id);
      const decision = record && recipient(record);
      if (decision && !decision.allowed) return Promise.reject(new UserFacingError('untrusted-server', decision.message));
      return launch(id);
    },
    async checkAll() {
      const due = vault.list().filter((record) => !refreshedRecently(record));
      await Promise.allSettled(due.map((record) => launch(record.id)));
    },
    wake: () => rescan(),
    pendingTimers: () => timer.pending(),
  };
}
