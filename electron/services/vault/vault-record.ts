/** What the vault tells the rest of the app about an AuthID: metadata, never the secret. */
import type { AuthIdKind, CheckView, Health } from '../authids';
import type { ProviderId } from '../providers';
import type { SecretProtection } from './storage-status';
import type { StoredRecord } from './vault-document';

/**
 * `available`: can be read now. `unreadable`: the ciphertext on disk no longer decrypts (the
 * keyring changed or is locked away). `lost`: it was kept in memory only and the app restarted.
 */
export type SecretAvailability = 'available' | 'unreadable' | 'lost';

export interface VaultDestination {
  readonly id: string;
  readonly name: string;
  readonly path: string;
  readonly options: Readonly<Record<string, string>>;
  /** pCloud only: the region host written first in the URL's path; absent: the record's region. */
  readonly host?: string;
  /** The URL rules it was saved under (see connection-urls/url-rules-change.ts); absent before version 2. */
  readonly urlRules?: number;
}

export type NewDestination = Omit<VaultDestination, 'id'>;

export interface VaultRecord {
  readonly id: string;
  readonly label: string;
  readonly provider: ProviderId;
  readonly serverBaseUrl: string;
  readonly kind: AuthIdKind;
  readonly created: string;
  readonly accountName?: string;
  /** pCloud API host, e.g. eapi.pcloud.com. */
  readonly region?: string;
  /** The newest entry of `history`. */
  readonly lastCheck?: CheckView;
  /** Newest first, at most 20. */
  readonly history: readonly CheckView[];
  readonly nextCheckAt?: string;
  readonly destinations: readonly VaultDestination[];
  /** Where the AuthID is kept now. */
  readonly protection: SecretProtection;
  readonly secret: SecretAvailability;
  /** `needs-reauthorization` while the secret cannot be read, else the last check's result. */
  readonly health: Health;
  /** Why `health` is what it is, in plain words (never a secret). */
  readonly healthReason: string;
}

export interface NewAuthId {
  /** The user's label; when absent the vault derives one from `defaultLabel`. */
  readonly label?: string;
  /** E.g. the provider's display name, "OneDrive (Graph)"; the account name and a counter are added. */
  readonly defaultLabel: string;
  readonly provider: ProviderId;
  readonly serverBaseUrl: string;
  readonly kind: AuthIdKind;
  readonly authId: string;
  readonly accountName?: string;
  readonly region?: string;
  readonly destination?: NewDestination;
}

export interface NewSecret {
  readonly authId: string;
  readonly kind: AuthIdKind;
  readonly accountName?: string;
  readonly region?: string;
}

export const UNREADABLE_REASON =
  'This AuthID can no longer be decrypted: the system keyring that protected it has changed or is not available. Re-authorize to get a new one.';
export const LOST_REASON =
  'This AuthID was kept in memory only, because this system cannot encrypt it, and the app has restarted since. Re-authorize, or paste it again.';

export function toVaultRecord(stored: StoredRecord, secret: SecretAvailability): VaultRecord {
  const [lastCheck] = stored.history;
  const { health, healthReason } =
    secret === 'available'
      ? { health: lastCheck?.health ?? 'not-checked', healthReason: lastCheck?.reason ?? 'Not checked yet.' }
      : { health: 'needs-reauthorization' as const, healthReason: secret === 'lost' ? LOST_REASON : UNREADABLE_REASON };
  return {
    id: stored.id,
    label: stored.label,
    provider: stored.provider,
    serverBaseUrl: stored.serverBaseUrl,
    kind: stored.kind,
    created: stored.created,
    ...(stored.accountName === undefined ? {} : { accountName: stored.accountName }),
    ...(stored.region === undefined ? {} : { region: stored.region }),
    ...(lastCheck === undefined ? {} : { lastCheck: { ...lastCheck } }),
    history: stored.history.map((check) => ({ ...check })),
    ...(stored.nextCheckAt === undefined ? {} : { nextCheckAt: stored.nextCheckAt }),
    destinations: stored.destinations.map((destination) => ({ ...destination, options: { ...destination.options } })),
    protection: stored.secret.protection,
    secret,
    health,
    healthReason,
  };
}

/** A label that is not taken yet: "Dropbox · alice@example.com", "Dropbox 2", … */
export function defaultLabel(base: string, accountName: string | undefined, taken: readonly string[]): string {
  const wanted = (accountName ? `${base} · ${accountName}` : base).slice(0, 190);
  if (!taken.includes(wanted)) return wanted;
  let counter = 2;
  while (taken.includes(`${wanted} ${counter}`)) counter += 1;
  return `${wanted} ${counter}`;
}
