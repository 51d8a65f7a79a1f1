/**
 * The providers the built-in server can log in to, as data: real endpoints, scopes, flags, and
 * what a user must register at the provider. Ids, scopes and flags follow Duplicati's
 * self-hosted server; endpoints and client rules come from each provider's documentation:
 *
 * - Google: https://developers.google.com/identity/protocols/oauth2/native-app — a "Desktop app"
 *   client is a public client that cannot keep its secret; always use PKCE; redirect to a
 *   loopback IP on any port, nothing to register. Google still issues a client secret for it
 *   and its token endpoint expects it, so the user enters it (it is not confidential).
 * - Microsoft: https://learn.microsoft.com/entra/identity-platform/scenario-desktop-app-registration
 *   and https://learn.microsoft.com/entra/identity-platform/reply-url — a "Mobile and desktop
 *   applications" registration with public client flows allowed needs no secret (PKCE); for
 *   loopback redirect URIs the port is ignored.
 * - Dropbox: https://developers.dropbox.com/oauth-guide — apps that cannot keep their secret use
 *   PKCE and send no secret; `token_access_type=offline` gives a refresh token
 *   (https://dropbox.tech/developers/using-oauth-2-0-with-offline-access); redirect URIs must be
 *   registered exactly, port included.
 * - Box: https://developer.box.com/guides/authentication/oauth2/oauth2-setup — OAuth 2.0 apps get
 *   a client secret that every token request needs; loopback redirect URIs may use http and any
 *   port; refresh tokens are single use (rotation).
 * - pCloud: https://docs.pcloud.com/methods/oauth_2.0/authorize.html and
 *   https://docs.pcloud.com/methods/oauth_2.0/oauth2_token.html — the code exchange needs the
 *   app's secret; the callback names the account's API host (US `api`, EU `eapi`).
 * - Jottacloud: https://rclone.org/jottacloud/ — a personal login token exchanged by a password
 *   grant with the public client `jottacli` (no secret, no redirect).
 */
import type { ProviderSettingsInput } from './provider-settings';

/** Whether the user must enter a client secret besides the client id. */
export type ClientSecretNeed = 'required' | 'not-needed';

/** How the provider matches the loopback redirect URI: on any port, or exactly as registered. */
export type RedirectMatching = 'any-port' | 'exact' | 'none';

export interface CatalogueEntry {
  /** Everything but the user's own client credentials. */
  readonly settings: Omit<ProviderSettingsInput, 'clientId' | 'clientSecret'>;
  readonly clientSecret: ClientSecretNeed;
  readonly redirect: RedirectMatching;
  /** Where the user registers the app. */
  readonly consoleUrl: string;
  /** A few steps to follow there; `{redirectUri}` stands for the server's redirect URI. */
  readonly setupSteps: readonly string[];
}

const GOOGLE = {
  authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
  tokenUrl: 'https://oauth2.googleapis.com/token',
  // Offline access and a fresh consent, so Google returns a refresh token every time.
  extraAuthorizeParams: { access_type: 'offline', prompt: 'consent' },
  deauthorizeUrl: 'https://myaccount.google.com/permissions',
  pkce: true,
} as const;

const googleEntry = (id: string, name: string, scope: string, api: string, hidden = false): CatalogueEntry => ({
  settings: { id, name, scope, hidden, ...GOOGLE },
  clientSecret: 'required',
  redirect: 'any-port',
  consoleUrl: 'https://console.cloud.google.com/auth/clients',
  setupSteps: [
    `In a Google Cloud project, enable the ${api}.`,
    'Under Google Auth Platform, set up the consent screen and add yourself as a test user (or publish the app: refresh tokens of apps in "Testing" expire after 7 days).',
    'Create a client of type "Desktop app". No redirect URI is registered: Google accepts {redirectUri} for desktop clients.',
    'Copy the client id and the client secret. The secret of a desktop client is not confidential, but Google asks for it.',
  ],
});

const MICROSOFT = {
  authorizeUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
  tokenUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
  pkce: true,
} as const;

const microsoftEntry = (id: string, name: string, scope: string): CatalogueEntry => ({
  settings: { id, name, scope, ...MICROSOFT },
  clientSecret: 'not-needed',
  redirect: 'any-port',
  consoleUrl: 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
  setupSteps: [
    'Register a new application for "Accounts in any organizational directory and personal Microsoft accounts".',
    'Under Authentication, add the platform "Mobile and desktop applications" with the redirect URI {redirectUri} (Microsoft ignores its port).',
    'Under Authentication, set "Allow public client flows" to Yes. No secret is needed.',
    'Copy the Application (client) ID.',
  ],
});

const ENTRIES: readonly CatalogueEntry[] = [
  googleEntry('googledrive', 'Google Drive (limited)', 'https://www.googleapis.com/auth/drive.file', 'Google Drive API'),
  googleEntry('googledocs', 'Google Drive (full access)', 'https://www.googleapis.com/auth/drive', 'Google Drive API', true),
  googleEntry('gcs', 'Google Cloud Storage', 'https://www.googleapis.com/auth/devstorage.read_write', 'Cloud Storage API'),
  microsoftEntry('onedrivev2', 'Microsoft OneDrive', 'offline_access Files.ReadWrite'),
  microsoftEntry('sharepoint', 'Microsoft SharePoint', 'offline_access Files.ReadWrite.All'),
  microsoftEntry('msgroup', 'Microsoft 365 Groups', 'offline_access Files.ReadWrite.All Group.Read.All'),
  {
    settings: {
      id: 'dropbox',
      name: 'Dropbox',
      authorizeUrl: 'https://www.dropbox.com/oauth2/authorize',
      tokenUrl: 'https://api.dropboxapi.com/oauth2/token',
      scope: 'files.content.write files.content.read files.metadata.read files.metadata.write',
      extraAuthorizeParams: { token_access_type: 'offline' },
      noStateInTokenRequest: true,
      noRedirectUriOnRefresh: true,
      deauthorizeUrl: 'https://www.dropbox.com/account/connected_apps',
      pkce: true,
    },
    clientSecret: 'not-needed',
    redirect: 'exact',
    consoleUrl: 'https://www.dropbox.com/developers/apps',
    setupSteps: [
      'Create an app with "Scoped access" and the access type you want (an app folder is enough for backups).',
      'Under Permissions, tick files.content.write, files.content.read, files.metadata.read and files.metadata.write, then Submit.',
      'Under Settings → OAuth 2, add the redirect URI {redirectUri} exactly (its port too; change it there if you change the port here), and allow public clients (implicit grant and PKCE).',
      'Copy the App key; it is the client id. No secret is needed.',
    ],
  },
  {
    settings: {
      id: 'box.com',
      name: 'Box.com',
      authorizeUrl: 'https://account.box.com/api/oauth2/authorize',
      tokenUrl: 'https://api.box.com/oauth2/token',
      scope: 'root_readwrite',
      deauthorizeUrl: 'https://app.box.com/account/security',
    },
    clientSecret: 'required',
    redirect: 'any-port',
    consoleUrl: 'https://app.box.com/developers/console',
    setupSteps: [
      'Create a Platform App with "User Authentication (OAuth 2.0)".',
      'Under Configuration, add the redirect URI {redirectUri} and tick "Write all files and folders stored in Box".',
      'Copy the client id and the client secret.',
    ],
  },
  {
    settings: {
      id: 'pcloud',
      name: 'pCloud',
      authorizeUrl: 'https://my.pcloud.com/oauth2/authorize',
      tokenUrl: 'https://api.pcloud.com/oauth2_token',
      regionTokenUrls: { 'api.pcloud.com': 'https://api.pcloud.com/oauth2_token', 'eapi.pcloud.com': 'https://eapi.pcloud.com/oauth2_token' },
      scope: '',
      accessTokenOnly: true,
      hostnameFromCallback: true,
      deauthorizeUrl: 'https://my.pcloud.com/#page=settings&settings=tab-apps',
    },
    clientSecret: 'required',
    redirect: 'exact',
    consoleUrl: 'https://docs.pcloud.com/my_apps/',
    setupSteps: [
      'Create a new app and give it access to your files.',
      'Add the redirect URI {redirectUri} exactly.',
      'Copy the client id and the client secret.',
    ],
  },
  {
    settings: {
      id: 'jottacloud',
      name: 'Jottacloud',
      authorizeUrl: 'https://id.jottacloud.com/auth/realms/jottacloud/protocol/openid-connect/auth',
      tokenUrl: 'https://id.jottacloud.com/auth/realms/jottacloud/protocol/openid-connect/token',
      scope: 'openid offline_access',
      cliToken: true,
      deauthorizeUrl: 'https://www.jottacloud.com/web/secure',
    },
    clientSecret: 'not-needed',
    redirect: 'none',
    consoleUrl: 'https://www.jottacloud.com/web/secure',
    setupSteps: [
      'Nothing to register: Jottacloud logins use the public client "jottacli" (enter it as the client id).',
      'At login, paste a personal login token, made under Security → Personal login token.',
    ],
  },
];

export const PROVIDER_CATALOGUE: ReadonlyMap<string, CatalogueEntry> = new Map(ENTRIES.map((entry) => [entry.settings.id, entry]));

/** The ids of providers that need no client secret (a public client with PKCE, or `jottacli`). */
export const PUBLIC_CLIENT_PROVIDERS: readonly string[] = ENTRIES.filter((entry) => entry.clientSecret === 'not-needed').map((entry) => entry.settings.id);
