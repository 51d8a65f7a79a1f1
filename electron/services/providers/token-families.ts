/**
 * How each provider's tokens behave. Several login providers share one family (Google Drive,
 * Google Docs and Cloud Storage are all Google), so the lifetime rules, the de-authorize pages and
 * the revoke endpoint live here once.
 */
export type TokenFamilyId = 'google' | 'microsoft' | 'box' | 'dropbox' | 'jottacloud' | 'pcloud';

/**
 * What using the refresh token does to it:
 * - never-expires: the same refresh token keeps working (though it may die when left unused);
 * - sliding: each refresh returns a new one, the old stays valid, the lifetime restarts;
 * - single-use-rotating: each refresh spends it and returns a new one (never refresh concurrently);
 * - access-token-only: there is no refresh token; the access token itself is the AuthID.
 */
export type RefreshBehaviour = 'never-expires' | 'sliding' | 'single-use-rotating' | 'access-token-only';

/** How long a grant survives when nobody refreshes it. */
export type UnusedGrantLifetime =
  | { readonly kind: 'days'; readonly days: number }
  | { readonly kind: 'never' }
  | { readonly kind: 'unspecified' };

export interface DeauthorizePage {
  readonly label: string;
  readonly url: string;
}

/** Whether this app can end a grant at the provider itself, without the AuthID server's client secret. */
export type ProviderRevocation =
  | {
      readonly kind: 'endpoint';
      readonly method: 'POST';
      readonly url: string;
      /** form-token: form field `token=<refresh or access token>`; bearer: `Authorization: Bearer <access token>`. */
      readonly credential: 'form-token' | 'bearer-access-token';
    }
  | { readonly kind: 'needs-client-secret' }
  | { readonly kind: 'none' };

export interface TokenFamily {
  readonly id: TokenFamilyId;
  readonly name: string;
  readonly refresh: RefreshBehaviour;
  readonly unusedGrant: UnusedGrantLifetime;
  /** Duplicati uses a colon-less AuthID of this family as a raw access token. */
  readonly acceptsBareAccessToken: boolean;
  readonly deauthorizePages: readonly DeauthorizePage[];
  readonly revocation: ProviderRevocation;
  /** What a user or the refresher must keep in mind, in one or two sentences. */
  readonly caution: string;
}

export const TOKEN_FAMILIES: Readonly<Record<TokenFamilyId, TokenFamily>> = {
  google: {
    id: 'google',
    name: 'Google',
    refresh: 'never-expires',
    unusedGrant: { kind: 'days', days: 183 },
    acceptsBareAccessToken: false,
    deauthorizePages: [{ label: 'Google Account: third-party access', url: 'https://myaccount.google.com/permissions' }],
    revocation: { kind: 'endpoint', method: 'POST', url: 'https://oauth2.googleapis.com/revoke', credential: 'form-token' },
    caution:
      'Dies after about 6 months unused (7 days while the app is in Google\'s "Testing" mode); an account keeps at most 100 live tokens per app, the oldest are dropped.',
  },
  microsoft: {
    id: 'microsoft',
    name: 'Microsoft',
    refresh: 'sliding',
    unusedGrant: { kind: 'days', days: 90 },
    acceptsBareAccessToken: false,
    deauthorizePages: [
      { label: 'Personal Microsoft account: apps and services', url: 'https://account.live.com/consent/Manage' },
      { label: 'Work or school account: My Apps', url: 'https://myapps.microsoft.com' },
    ],
    revocation: { kind: 'none' },
    caution: 'Expires after 90 days unused; every refresh restarts the 90 days.',
  },
  box: {
    id: 'box',
    name: 'Box',
    refresh: 'single-use-rotating',
    unusedGrant: { kind: 'days', days: 60 },
    acceptsBareAccessToken: false,
    deauthorizePages: [{ label: 'Box: Authorized Apps', url: 'https://app.box.com/account/security' }],
    revocation: { kind: 'needs-client-secret' },
    caution: 'Each refresh replaces the token and it expires after 60 days unused; never refresh one AuthID twice at once.',
  },
  dropbox: {
    id: 'dropbox',
    name: 'Dropbox',
    refresh: 'never-expires',
    unusedGrant: { kind: 'never' },
    acceptsBareAccessToken: true,
    deauthorizePages: [{ label: 'Dropbox: connected apps', url: 'https://www.dropbox.com/account/connected_apps' }],
    revocation: {
      kind: 'endpoint',
      method: 'POST',
      url: 'https://api.dropboxapi.com/2/auth/token/revoke',
      credential: 'bearer-access-token',
    },
    caution: 'Lasts until access is removed in Dropbox.',
  },
  jottacloud: {
    id: 'jottacloud',
    name: 'Jottacloud',
    refresh: 'single-use-rotating',
    unusedGrant: { kind: 'unspecified' },
    acceptsBareAccessToken: false,
    deauthorizePages: [{ label: 'Jottacloud: security and logged-in devices', url: 'https://www.jottacloud.com/web/secure' }],
    revocation: { kind: 'none' },
    caution:
      'Each refresh replaces the token, and replaying an old one ends the whole login; never refresh one AuthID twice at once, and keep refreshes rare.',
  },
  pcloud: {
    id: 'pcloud',
    name: 'pCloud',
    refresh: 'access-token-only',
    unusedGrant: { kind: 'never' },
    acceptsBareAccessToken: true,
    deauthorizePages: [{ label: 'pCloud settings: Apps', url: 'https://my.pcloud.com/#page=settings&settings=tab-apps' }],
    revocation: { kind: 'none' },
    caution: 'The token never expires and is never refreshed; it works only with its own region.',
  },
};
