/** What the window sees of an AuthID shared with Duplicati through the keychain. Never the AuthID. */

export interface KeychainSettingView {
  /** `secret-provider` */
  readonly optionName: string;
  /** `libsecret://`, `keychain://`, `wincred://` */
  readonly value: string;
  /** `--secret-provider=libsecret://`, for "Edit as text" or a command line. */
  readonly optionText: string;
}

export interface StoredSecretView {
  readonly state: 'same' | 'changed' | 'missing' | 'unreadable';
  readonly message: string;
  /** The repair button's label, when the app can put the AuthID back. */
  readonly repairLabel?: string;
}

export interface KeychainStatusView {
  /** For sentences: "your keyring", "the macOS Keychain". */
  readonly storeName: string;
  readonly usable: boolean;
  /** Why the keychain cannot be used here, and what to do instead. */
  readonly problem?: string;
  /** Something to know although it works (e.g. a keyring older Duplicati releases do not find). */
  readonly note?: string;
  readonly shared: boolean;
  /** The name in use, or the one the app suggests. */
  readonly name: string;
  /** What Duplicati's default pattern accepts in names, in words. */
  readonly nameRule: string;
  /** The once-per-machine setting Duplicati needs; present where the keychain works or is in use. */
  readonly setting?: KeychainSettingView;
  /** Present while shared. */
  readonly stored?: StoredSecretView;
}

/** Settings: whether a new AuthID from a login is shared through the keychain from the start. */
export interface KeychainDefaultView {
  readonly storeName: string;
  /** The keychain works here, so the choice can be made. */
  readonly available: boolean;
  readonly shareNewAuthIds: boolean;
  /** Why it is off when the keychain does not work, and what to do. */
  readonly reason?: string;
}
