/**
 * What the renderer may see. Plain, structured-clone-safe data: no functions, no class
 * instances, and no plaintext AuthID (the one exception is `RevealedAuthId`, returned only
 * by an explicit reveal).
 */
import type { AuthIdKind } from '../services/authids/authid-kind';
import type { ProviderId } from '../services/providers/provider-id';
import type { ServerFlavour } from '../services/servers/known-servers';

export type Health =
  | 'not-checked'
  | 'healthy'
  | 'needs-attention'
  | 'rate-limited'
  | 'needs-reauthorization'
  | 'revoked';

export interface CheckView {
  readonly at: string; // ISO time
  readonly health: Health;
  readonly reason: string; // user-facing, never a secret
}

export interface DestinationView {
  readonly id: string;
  readonly name: string;
  readonly path: string;
  readonly options: Readonly<Record<string, string>>;
  readonly maskedUrl: string;
  /** Set when the app's new URL rules build this saved destination differently, until the user accepts it. */
  readonly urlChange?: DestinationUrlChangeView;
}

export interface DestinationUrlChangeView {
  /** The URL the old rules built, AuthID masked; empty where they could not build one. */
  readonly previousMaskedUrl: string;
  /** What Duplicati reads differently, in plain words. */
  readonly differences: readonly string[];
}

/** Where the AuthID's ciphertext lives and how well it is protected. */
export type SecretProtection = 'os-encrypted' | 'memory-only' | 'weak-on-disk';

/**
 * A server the app will not send an AuthID to, because it is not in the user's list: exactly
 * which host it is, and whether the user may add it (https, or http on this computer).
 */
export interface UntrustedServerView {
  readonly baseUrl: string;
  readonly host: string;
  readonly canTrust: boolean;
  readonly message: string;
}

export interface AuthIdView {
  readonly id: string;
  readonly label: string;
  readonly provider: ProviderId;
  readonly providerName: string;
  readonly serverBaseUrl: string;
  readonly kind: AuthIdKind;
  readonly masked: string;
  readonly created: string;
  readonly accountName?: string;
  readonly region?: string; // pCloud host, e.g. eapi.pcloud.com
  readonly health: Health;
  readonly lastCheck?: CheckView;
  readonly nextCheckAt?: string;
  readonly history: readonly CheckView[]; // newest first, at most 20
  readonly destinations: readonly DestinationView[];
  readonly protection: SecretProtection;
  /** Set while the AuthID is held: its server is not one the user trusts, so nothing is sent to it. */
  readonly held?: UntrustedServerView;
  /** `$name` while Duplicati reads this AuthID from the system keychain: its URLs carry this instead. */
  readonly keychainReference?: string;
}

export interface ServerView {
  readonly baseUrl: string;
  readonly flavour: ServerFlavour;
  readonly name: string;
  /** Plain words on who holds the provider tokens for AuthIDs from this server. */
  readonly tokenHolder: string;
  readonly removable: boolean;
}

export interface ProviderOptionView {
  readonly name: string;
  readonly label: string;
  readonly help: string;
  readonly kind: 'text' | 'choice' | 'boolean' | 'number';
  readonly required: boolean;
  /** Options sharing a group name: at least one of them is required (msgroup). */
  readonly oneOfGroup?: string;
  readonly defaultValue?: string;
  readonly choices?: readonly { readonly value: string; readonly label: string }[];
  /** Rarely needed: the builder folds it away under "Advanced". */
  readonly advanced?: boolean;
}

export interface ProviderView {
  readonly id: ProviderId;
  readonly name: string;
  readonly note: string;
  readonly legacy: boolean;
  readonly loginStyle: 'redirect' | 'cli-token';
  readonly scheme: string;
  readonly pathHelp: string;
  readonly options: readonly ProviderOptionView[];
  readonly deauthorizeUrls: readonly string[];
}

export interface ProviderGroupView {
  readonly server: ServerView;
  readonly providers: readonly ProviderView[];
}

export interface TextEditView {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface LintFindingView {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly fix: string;
  /** A one-click fix: edits to the analysed text (never carrying an AuthID), and the button's label. */
  readonly apply?: { readonly label: string; readonly edits: readonly TextEditView[] };
}

export type Theme = 'system' | 'light' | 'dark';

export interface SettingsView {
  readonly servers: readonly ServerView[];
  readonly checkIntervalHours: number;
  readonly notifications: boolean;
  readonly clipboardClearSeconds: number;
  readonly startAtLogin: boolean;
  readonly theme: Theme;
}

export interface StorageStatusView {
  readonly protection: SecretProtection;
  /** The OS backend, e.g. "macOS Keychain", "Windows DPAPI", "gnome-libsecret", "basic_text". */
  readonly backend: string;
  /** Plain words: what protects the AuthIDs, or why nothing can and what is at stake. */
  readonly explanation: string;
  readonly weakOptInAllowed: boolean;
  readonly weakOptIn: boolean;
  /** Set when a store file was unreadable and moved aside; says where. */
  readonly recoveredFrom?: string;
  /** Set once a save was refused because another copy of the app changed the file: what to do. */
  readonly saveBlocked?: string;
}

export type LoginPhase =
  | 'opening'
  | 'waiting-for-user'
  | 'waiting-in-browser'
  | 'capturing'
  | 'succeeded'
  | 'failed'
  | 'cancelled';

export interface LoginProgressView {
  readonly loginId: string;
  readonly provider: ProviderId;
  readonly phase: LoginPhase;
  readonly message: string;
  /** Set on success: the new or updated record. */
  readonly authIdId?: string;
  /** Set when the server answered with a pseudo-AuthID: where to de-authorize the app. */
  readonly deauthorizeUrl?: string;
}

export interface AppStateView {
  readonly authIds: readonly AuthIdView[];
  readonly storage: StorageStatusView;
  readonly logins: readonly LoginProgressView[];
}

export interface CopyResultView {
  /** When main will clear the clipboard if it still holds the copied value (ISO), or null if never. */
  readonly clearsAt: string | null;
}

export interface RevokePlanView {
  readonly kind: AuthIdKind;
  /** 'server' deletes the AuthID at the AuthID server; 'provider-page' sends the user to the provider. */
  readonly method: 'server' | 'provider-page';
  readonly steps: readonly string[];
  readonly deauthorizeUrls: readonly string[];
  /** Present where the provider lets the app end the grant itself (Google, Dropbox): the stronger choice. */
  readonly atProvider?: RevokeAtProviderPlanView;
}

export interface RevokeAtProviderPlanView {
  /** What it does, in one sentence. */
  readonly summary: string;
  readonly steps: readonly string[];
}

export interface RevokeResultView {
  readonly revokedAtServer: boolean;
  readonly removedLocally: boolean;
  readonly message: string;
  readonly deauthorizeUrls: readonly string[];
}

export interface PasteAnalysisView {
  readonly kind: 'connection-url' | 'authid' | 'invalid';
  readonly provider?: ProviderId;
  readonly maskedUrl?: string;
  readonly masked?: string;
  readonly path?: string;
  readonly options?: Readonly<Record<string, string>>;
  readonly serverBaseUrl?: string;
  /** Set when the text names a server the user has not added: saving needs their yes first. */
  readonly untrustedServer?: UntrustedServerView;
  readonly findings: readonly LintFindingView[];
  /** True when nothing of severity 'error' stands in the way of saving (an untrusted server needs adding first). */
  readonly canSave: boolean;
}

export interface ServerProbeView {
  readonly reachable: boolean;
  readonly message: string;
  readonly providers: readonly ProviderId[];
}

export interface UrlPreviewView {
  readonly maskedUrl: string;
  readonly findings: readonly LintFindingView[];
}
