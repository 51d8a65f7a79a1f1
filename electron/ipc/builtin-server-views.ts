/** What the window shows of the built-in AuthID server. */

type BuiltInRunState = 'off' | 'starting' | 'running' | 'no-providers' | 'port-taken' | 'failed';

export interface BuiltInStateView {
  readonly state: BuiltInRunState;
  /** The state in a few words, e.g. "Running on http://127.0.0.1:8357". */
  readonly title: string;
  /** What follows from it and, when something is wrong, what to do. */
  readonly message: string;
  /** While running: e.g. http://127.0.0.1:8357. */
  readonly baseUrl?: string;
}

export type BuiltInHealth = 'not-set-up' | 'unchecked' | 'ready' | 'unreachable' | 'misconfigured' | 'login-only';

export interface BuiltInProviderView {
  readonly id: string;
  readonly name: string;
  /** Whether the provider needs a client secret besides the client id. */
  readonly needsSecret: boolean;
  /** Where the user registers the app; absent where there is nothing to register. */
  readonly consoleUrl?: string;
  /** The steps at the provider, with the redirect URI filled in. */
  readonly setupSteps: readonly string[];
  /** Whether the provider wants the redirect URI registered (and with this exact port). */
  readonly redirect: 'any-port' | 'exact' | 'none';
  /** The user's registration, if any; the secret itself never reaches the window. */
  readonly registration?: {
    readonly clientId: string;
    readonly hasSecret: boolean;
    readonly secretKept: 'encrypted' | 'until-quit' | 'none';
  };
  readonly health: BuiltInHealth;
  readonly healthMessage: string;
}

export interface BuiltInServerView {
  readonly enabled: boolean;
  readonly port: number;
  /** What to register at providers that ask for it. */
  readonly redirectUri: string;
  readonly status: BuiltInStateView;
  readonly providers: readonly BuiltInProviderView[];
  /** Set when Duplicati's web UI on this computer may receive AuthIDs: its port and the addresses that may. */
  readonly duplicatiWebUi?: { readonly port: number; readonly origins: readonly string[] };
}
