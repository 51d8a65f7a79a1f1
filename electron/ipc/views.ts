/**
 * What the renderer may see. Plain, structured-clone-safe data: no functions, no class
 * instances, and no plaintext AuthID (the one exception is `RevealedAuthId`, returned only
 * by an explicit reveal).
 */
import type { AuthIdKind, CheckView, Health } from '../services/authids';
import type { LintFindingView } from '../services/connection-urls';
import type { LoginProgressView, PasteAnalysis } from '../services/login';
import type { ProviderId } from '../services/providers';
import type { ServerFlavour } from '../services/servers';
import type { Theme } from '../services/settings';
import type { SecretProtection, StorageStatusView } from '../services/vault';

// Domain types the services produce, shown to the window as they are.
export type { AuthIdKind, CheckView, Health, LintFindingView, LoginProgressView, ProviderId, SecretProtection, ServerFlavour, StorageStatusView, Theme };
export type { LoginPhase } from '../services/login';
export type { TextEdit as TextEditView } from '../services/connection-urls';

export interface DestinationView {
  readonly id: string;
  readonly name: string;
  readonly path: string;
  readonly options: Readonly<Record<string, string>>;
  /** pCloud only: the region host; absent, the AuthID's region. */
  readonly host?: string;
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
  /** `$name` while Duplicati reads this AuthID from the system keychain or the secrets file: its URLs carry this instead. */
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
  /** pCloud only: the region host, a field of its own (it goes into the URL's path, not its query). */
  readonly host?: ProviderOptionView;
  readonly options: readonly ProviderOptionView[];
  readonly deauthorizeUrls: readonly string[];
}

/** Listed in the order of preference: the first group offering a provider is the recommended server for it. */
export interface ProviderGroupView {
  readonly server: ServerView;
  readonly providers: readonly ProviderView[];
}



export interface SettingsView {
  readonly servers: readonly ServerView[];
  readonly checkIntervalHours: number;
  readonly notifications: boolean;
  readonly clipboardClearSeconds: number;
  readonly startAtLogin: boolean;
  readonly theme: Theme;
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
  /** Revoked at the server; already gone there; or removed here and left for the provider's page to end. */
  readonly outcome: 'revoked' | 'already-revoked' | 'finish-at-provider';
  readonly revokedAtServer: boolean;
  readonly removedLocally: boolean;
  readonly message: string;
  readonly deauthorizeUrls: readonly string[];
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

export interface PasteAnalysisView extends PasteAnalysis {
  /** Set when the text names a server the user has not added: saving needs their yes first. */
  readonly untrustedServer?: UntrustedServerView;
}
