/**
 * Every login provider the AuthID servers know, with what a user and the app need about it.
 * Token lifetimes and de-authorize pages come from the provider's token family; URL formats from
 * its Duplicati backend. Lookups are in provider-lookup.ts.
 */
import type { BackendId } from './duplicati-backends';
import type { ProviderId } from './provider-id';
import type { TokenFamilyId } from './token-families';

/**
 * The server flavours whose provider lists differ. The newer hosted service runs the self-hosted
 * software; the built-in server speaks its protocol. These lists are what each offers by default;
 * a server's own index page (see the server client's probe) is the authority for a given server.
 */
export type CatalogueFlavour = 'hosted-handler' | 'hosted-service' | 'self-hosted';
/** Every kind of AuthID server; the built-in one offers the self-hosted catalogue. Declared here, not in servers/, so the two folders do not import each other. */
export type ServerFlavour = CatalogueFlavour | 'built-in';

/** 'hidden': the server accepts the id but does not show it on its provider list. */
export type Listing = 'listed' | 'hidden';

export type LoginStyle = 'redirect' | 'cli-token';

/** The request that tells which account a token belongs to. `{host}` stands for the pCloud region host. */
export interface WhoAmICall {
  readonly method: 'GET' | 'POST';
  readonly url: string;
}

export interface ProviderSpec {
  readonly id: ProviderId;
  readonly name: string;
  /** Another id for the same login (the hosted handler's `box` for `box.com`). */
  readonly aliasOf?: ProviderId;
  readonly legacy: boolean;
  readonly servers: Readonly<Partial<Record<CatalogueFlavour, Listing>>>;
  readonly family: TokenFamilyId;
  readonly loginStyle: LoginStyle;
  /** Null when Duplicati no longer has a backend for it (legacy OneDrive). */
  readonly backend: BackendId | null;
  readonly scope?: string;
  readonly whoAmI: WhoAmICall | null;
  /** One line a user needs before choosing it. */
  readonly note: string;
}

const EVERYWHERE = { 'hosted-handler': 'listed', 'hosted-service': 'listed', 'self-hosted': 'listed' } as const;
const GRAPH_ME: WhoAmICall = { method: 'GET', url: 'https://graph.microsoft.com/v1.0/me' };
const DRIVE_ABOUT: WhoAmICall = { method: 'GET', url: 'https://www.googleapis.com/drive/v3/about?fields=user' };
const BOX_ME: WhoAmICall = { method: 'GET', url: 'https://api.box.com/2.0/users/me' };

export const PROVIDERS: Readonly<Record<ProviderId, ProviderSpec>> = {
  googledrive: {
    id: 'googledrive',
    name: 'Google Drive (limited)',
    legacy: false,
    servers: EVERYWHERE,
    family: 'google',
    loginStyle: 'redirect',
    backend: 'googledrive',
    scope: 'https://www.googleapis.com/auth/drive.file',
    whoAmI: DRIVE_ABOUT,
    note: 'Limited: Duplicati sees only the files it created itself (scope drive.file), not the rest of your Drive.',
  },
  googledocs: {
    id: 'googledocs',
    name: 'Google Drive (full access)',
    legacy: false,
    servers: { 'hosted-handler': 'hidden', 'hosted-service': 'listed', 'self-hosted': 'listed' },
    family: 'google',
    loginStyle: 'redirect',
    backend: 'googledrive',
    scope: 'https://www.googleapis.com/auth/drive',
    whoAmI: DRIVE_ABOUT,
    note: 'Full access to every file in your Drive (scope drive); choose it only to reuse files another app made.',
  },
  gcs: {
    id: 'gcs',
    name: 'Google Cloud Storage',
    legacy: false,
    servers: EVERYWHERE,
    family: 'google',
    loginStyle: 'redirect',
    backend: 'gcs',
    scope: 'https://www.googleapis.com/auth/devstorage.read_write',
    // The storage scope cannot read the account's identity.
    whoAmI: null,
    note: 'Read and write access to your Cloud Storage buckets; the bucket is the first part of the path.',
  },
  onedrivev2: {
    id: 'onedrivev2',
    name: 'Microsoft OneDrive',
    legacy: false,
    servers: EVERYWHERE,
    family: 'microsoft',
    loginStyle: 'redirect',
    backend: 'onedrivev2',
    whoAmI: GRAPH_ME,
    note: 'Personal, work and school OneDrive; the login expires after 90 days without a backup or refresh.',
  },
  sharepoint: {
    id: 'sharepoint',
    name: 'Microsoft SharePoint',
    legacy: false,
    servers: EVERYWHERE,
    family: 'microsoft',
    loginStyle: 'redirect',
    backend: 'sharepoint',
    whoAmI: GRAPH_ME,
    note: 'A SharePoint document library; the destination needs the site ID.',
  },
  msgroup: {
    id: 'msgroup',
    name: 'Microsoft 365 Group',
    legacy: false,
    servers: EVERYWHERE,
    family: 'microsoft',
    loginStyle: 'redirect',
    backend: 'msgroup',
    whoAmI: GRAPH_ME,
    note: 'A Microsoft 365 group\'s files; the destination needs the group\'s e-mail address or ID.',
  },
  onedrive: {
    id: 'onedrive',
    name: 'Microsoft OneDrive (Live Connect, legacy)',
    legacy: true,
    servers: { 'hosted-handler': 'listed', 'self-hosted': 'listed' },
    family: 'microsoft',
    loginStyle: 'redirect',
    backend: null,
    whoAmI: null,
    note: 'Legacy: Duplicati removed this backend; log in with Microsoft OneDrive instead.',
  },
  'box.com': {
    id: 'box.com',
    name: 'Box',
    legacy: false,
    servers: EVERYWHERE,
    family: 'box',
    loginStyle: 'redirect',
    backend: 'box',
    scope: 'root_readwrite',
    whoAmI: BOX_ME,
    note: 'Every refresh replaces the token; the login expires after 60 days without a backup or refresh.',
  },
  box: {
    id: 'box',
    name: 'Box',
    aliasOf: 'box.com',
    legacy: false,
    servers: { 'hosted-handler': 'hidden' },
    family: 'box',
    loginStyle: 'redirect',
    backend: 'box',
    scope: 'root_readwrite',
    whoAmI: BOX_ME,
    note: 'The hosted handler\'s other name for Box; the self-hosted server knows only box.com.',
  },
  dropbox: {
    id: 'dropbox',
    name: 'Dropbox',
    legacy: false,
    servers: EVERYWHERE,
    family: 'dropbox',
    loginStyle: 'redirect',
    backend: 'dropbox',
    whoAmI: { method: 'POST', url: 'https://api.dropboxapi.com/2/users/get_current_account' },
    note: 'The login does not expire; it lasts until you remove the app in Dropbox.',
  },
  jottacloud: {
    id: 'jottacloud',
    name: 'Jottacloud',
    legacy: false,
    servers: EVERYWHERE,
    family: 'jottacloud',
    loginStyle: 'cli-token',
    backend: 'jottacloud',
    whoAmI: null,
    note: 'No sign-in page: paste a personal login token created in Jottacloud\'s security settings.',
  },
  pcloud: {
    id: 'pcloud',
    name: 'pCloud',
    legacy: false,
    servers: { 'hosted-service': 'listed', 'self-hosted': 'listed' },
    family: 'pcloud',
    loginStyle: 'redirect',
    backend: 'pcloud',
    whoAmI: { method: 'GET', url: 'https://{host}/userinfo' },
    note: 'The token never expires and is never refreshed; it belongs to one region, US (api.pcloud.com) or EU (eapi.pcloud.com).',
  },
};
