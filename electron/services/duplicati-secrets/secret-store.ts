/**
 * The port every place Duplicati reads secrets from is written through: the OS keychains
 * (adapters) and the encrypted file. Names are Duplicati's secret names (what follows `$`).
 */
export type SecretStoreKind = 'keychain' | 'libsecret' | 'wincred' | 'file-secret';

export interface SecretStore {
  readonly kind: SecretStoreKind;
  /** For sentences: "the macOS Keychain", "the encrypted secrets file". */
  readonly displayName: string;
  /** Writes the value exactly where Duplicati's provider looks the name up, replacing what was there. */
  set(name: string, value: string): Promise<void>;
  /** What Duplicati would read for this name, or null when it would find nothing. */
  get(name: string): Promise<string | null>;
  /** Removes every item Duplicati could read under this name; false when there was none. */
  delete(name: string): Promise<boolean>;
  /** Whether the store works right now, so the app can offer it by default or explain why not. */
  probe(): Promise<SecretStoreProbe>;
}

export type SecretStoreProbe =
  | { readonly usable: true; readonly note?: string }
  | { readonly usable: false; readonly problem: SecretStoreProblem; readonly message: string };

export type SecretStoreProblem =
  /** No such store here (no keyring service, no session bus, no tool, missing folder). */
  | 'unavailable'
  /** The store is locked and was not unlocked. */
  | 'locked'
  /** The store refused access. */
  | 'denied'
  /** The value does not fit the store (size limits). */
  | 'too-long'
  /** The value cannot be stored so that Duplicati reads it back unchanged. */
  | 'bad-value'
  /** The secrets file's path is not one Duplicati can be given. */
  | 'bad-path'
  /** The store holds something it cannot read (damaged file, wrong passphrase). */
  | 'damaged'
  | 'failed';

/** A message in plain words that says what happened and what to do; never a secret. */
export class SecretStoreError extends Error {
  override readonly name = 'SecretStoreError';
  constructor(
    readonly problem: SecretStoreProblem,
    message: string,
  ) {
    super(message);
  }
}

/** Turns a failed probe-like call into the probe's answer. */
export async function probeBy(attempt: () => Promise<string | undefined>): Promise<SecretStoreProbe> {
  try {
    const note = await attempt();
    return note === undefined ? { usable: true } : { usable: true, note };
  } catch (error) {
    if (error instanceof SecretStoreError) return { usable: false, problem: error.problem, message: error.message };
    throw error;
  }
}
