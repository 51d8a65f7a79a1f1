/** One check of one AuthID: read its secret, ask the server (or pCloud), classify the answer. */
import { refresh, type FetchFn } from '../server-client';
import type { Vault, VaultRecord } from '../vault';
import type { Clock } from '../time';
import { refreshOutcome, type Outcome, type RefreshContext } from './check-outcome';
import type { CheckMethod } from './check-policy';
import { checkPcloud } from './pcloud-check';
import type { WhoAmI } from './who-am-i';

export interface CheckPorts {
  readonly vault: Pick<Vault, 'readSecret'>;
  readonly clock: Pick<Clock, 'now'>;
  // Optional deps of the refresher, passed on as they are.
  readonly fetch?: FetchFn | undefined;
  readonly whoAmI?: WhoAmI | undefined;
  readonly pcloudBaseUrl?: ((host: string) => string) | undefined;
}

export interface CheckRun {
  readonly outcome: Outcome;
  /** The account the token belongs to, when the check could tell. */
  readonly accountName?: string;
}

export interface CheckTarget extends RefreshContext {
  readonly record: VaultRecord;
  readonly method: Exclude<CheckMethod, 'none'>;
}

/** Undefined when there is nothing to record: the secret became unreadable (the vault says so) or the check was cancelled. */
export async function runCheck(target: CheckTarget, ports: CheckPorts): Promise<CheckRun | undefined> {
  const { record } = target;
  let secret: string;
  try {
    secret = await ports.vault.readSecret(record.id);
  } catch {
    return undefined;
  }
  if (target.method === 'pcloud-userinfo') {
    const checked = await checkPcloud(record.region ?? '', secret, { fetch: ports.fetch, baseUrl: ports.pcloudBaseUrl });
    return checked.outcome && withAccount(checked.outcome, checked.email);
  }
  const result = await refresh(secret, target.server, { fetch: ports.fetch, clock: ports.clock, provider: record.provider });
  const outcome = refreshOutcome(result, target);
  if (outcome === undefined) return undefined;
  // The account name is a nicety: a failing "who am I" never changes the AuthID's health.
  const accountName = result.ok && ports.whoAmI ? await ports.whoAmI(record.provider, result.accessToken).catch(() => undefined) : undefined;
  return withAccount(outcome, accountName);
}

function withAccount(outcome: Outcome, accountName: string | undefined): CheckRun {
  return accountName === undefined ? { outcome } : { outcome, accountName };
}
