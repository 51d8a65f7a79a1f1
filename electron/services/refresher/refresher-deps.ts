/** What the refresher needs from the app; everything with a default is there for tests. */
import type { FetchFn } from '../server-client';
import type { SettingsService } from '../settings';
import type { Vault } from '../vault';
import type { Clock, Timers } from '../time';
import type { WhoAmI } from './who-am-i';

export type RefresherVault = Pick<Vault, 'list' | 'get' | 'readSecret' | 'recordCheck' | 'setNextCheck' | 'setAccountName' | 'onChange'>;

/** Told when a check of an AuthID begins (queued included) and when it is over. */
export interface CheckActivity {
  started(id: string): void;
  finished(id: string): void;
}

export interface RefresherDeps {
  readonly vault: RefresherVault;
  /**
   * `checkIntervalHours` is read at every planning; `servers` says where AuthIDs may go (a record
   * whose server is not listed is held); a change of them replans.
   */
  readonly settings: Pick<SettingsService, 'values' | 'onChange'>;
  /** Default: the system clock. */
  readonly clock?: Pick<Clock, 'now'>;
  /** Default: the global setTimeout/clearTimeout. */
  readonly timers?: Timers;
  /** Uniform in [0, 1); default Math.random. */
  readonly random?: () => number;
  /** Used for /refresh, pCloud and nothing else; default globalThis.fetch. */
  readonly fetch?: FetchFn;
  /** Reads the account name after a successful refresh; without it no such call is made. */
  readonly whoAmI?: WhoAmI;
  /** pCloud API base URL for a region host; default `https://<host>`. */
  readonly pcloudBaseUrl?: (host: string) => string;
  /** Checks at once, over all servers; default 4. */
  readonly maxParallel?: number;
  /** Checks at once against one server; default 2. */
  readonly maxParallelPerServer?: number;
  readonly activity?: CheckActivity;
}
