/** Test data: the provider catalogue and servers the in-memory double offers (shaped like main's views). */
import type { ProviderGroupView, ProviderView, ServerView } from '../../../electron/ipc/views';
import type { ProviderId } from '../../../electron/services/providers/provider-id';

export const HOSTED_HANDLER_VIEW: ServerView = {
  baseUrl: 'https://duplicati-oauth-handler.appspot.com',
  flavour: 'hosted-handler',
  name: 'Duplicati AuthID service',
  tokenHolder: "Duplicati's hosted service keeps your provider tokens, encrypted with the AuthID; only the AuthID can unlock them.",
  removable: false,
};

export const HOSTED_SERVICE_VIEW: ServerView = {
  baseUrl: 'https://oauth-service.duplicati.com',
  flavour: 'hosted-service',
  name: 'Duplicati OAuth service (newer)',
  tokenHolder: "Duplicati's newer hosted service holds the tokens; pCloud's token never leaves your AuthID.",
  removable: false,
};

const GOOGLE_DEAUTH = ['https://myaccount.google.com/permissions'];
const MICROSOFT_DEAUTH = ['https://account.live.com/consent/Manage', 'https://myapps.microsoft.com'];
const PATH_HELP = 'A folder such as Backups/Laptop; leave empty for the top level.';

function provider(id: ProviderId, name: string, note: string, extra: Partial<ProviderView> = {}): ProviderView {
  return {
    id,
    name,
    note,
    legacy: false,
    loginStyle: 'redirect',
    scheme: id === 'box.com' ? 'box' : id === 'googledocs' ? 'googledrive' : id,
    pathHelp: PATH_HELP,
    options: [],
    deauthorizeUrls: [],
    ...extra,
  };
}

export const PROVIDERS: Readonly<Partial<Record<ProviderId, ProviderView>>> = {
  googledrive: provider('googledrive', 'Google Drive (limited)', 'Limited access: only the files Duplicati creates.', {
    deauthorizeUrls: GOOGLE_DEAUTH,
    options: [{ name: 'googledrive-teamdrive-id', label: 'Shared drive id', help: 'Only for a shared drive.', kind: 'text', required: false }],
  }),
  gcs: provider('gcs', 'Google Cloud Storage', 'Read and write access to your buckets.', {
    deauthorizeUrls: GOOGLE_DEAUTH,
    pathHelp: 'bucket/prefix',
    options: [
      { name: 'gcs-project', label: 'Project', help: 'Needed to create the bucket.', kind: 'text', required: false },
      { name: 'gcs-location', label: 'Location', help: 'Where a new bucket is created.', kind: 'text', required: false },
      {
        name: 'gcs-storage-class',
        label: 'Storage class',
        help: 'Used when the bucket is created.',
        kind: 'choice',
        required: false,
        defaultValue: 'STANDARD',
        choices: [
          { value: 'STANDARD', label: 'Standard' },
          { value: 'NEARLINE', label: 'Nearline' },
          { value: 'COLDLINE', label: 'Coldline' },
          { value: 'ARCHIVE', label: 'Archive' },
        ],
      },
    ],
  }),
  onedrivev2: provider('onedrivev2', 'Microsoft OneDrive', 'Personal and work or school accounts.', {
    deauthorizeUrls: MICROSOFT_DEAUTH,
    options: [{ name: 'drive-id', label: 'Drive id', help: 'Another drive than your own.', kind: 'text', required: false, defaultValue: '/me/drive' }],
  }),
  sharepoint: provider('sharepoint', 'Microsoft SharePoint', 'A document library on a SharePoint site.', {
    deauthorizeUrls: MICROSOFT_DEAUTH,
    options: [{ name: 'site-id', label: 'Site id', help: 'The SharePoint site that holds the library.', kind: 'text', required: true }],
  }),
  msgroup: provider('msgroup', 'Microsoft 365 Group', "A group's shared files.", {
    deauthorizeUrls: MICROSOFT_DEAUTH,
    options: [
      { name: 'group-email', label: 'Group e-mail', help: '', kind: 'text', required: false, oneOfGroup: 'group' },
      { name: 'group-id', label: 'Group id', help: '', kind: 'text', required: false, oneOfGroup: 'group' },
      { name: 'fragment-size', label: 'Fragment size (bytes)', help: 'Upload piece size.', kind: 'number', required: false },
    ],
  }),
  dropbox: provider('dropbox', 'Dropbox', 'Full Dropbox access.', { deauthorizeUrls: ['https://www.dropbox.com/account/connected_apps'] }),
  'box.com': provider('box.com', 'Box', 'Box.com personal or business.', {
    deauthorizeUrls: ['https://app.box.com/account/security'],
    options: [{ name: 'box-delete-from-trash', label: 'Empty deleted files from the trash', help: '', kind: 'boolean', required: false }],
  }),
  jottacloud: provider('jottacloud', 'Jottacloud', 'Sign in with a personal login token from Jottacloud (Settings → Security).', {
    loginStyle: 'cli-token',
    deauthorizeUrls: ['https://www.jottacloud.com/web/secure'],
    options: [
      { name: 'jottacloud-device', label: 'Device', help: '', kind: 'text', required: false, defaultValue: 'Jotta' },
      { name: 'jottacloud-mountpoint', label: 'Mount point', help: '', kind: 'text', required: false, defaultValue: 'Archive' },
    ],
  }),
  pcloud: provider('pcloud', 'pCloud', 'The region (US or EU) comes from your pCloud account.', {
    deauthorizeUrls: ['https://my.pcloud.com/#page=settings&settings=tab-apps'],
    options: [
      {
        name: 'pcloud-host',
        label: 'Region',
        help: 'Where your pCloud account lives.',
        kind: 'choice',
        required: true,
        choices: [
          { value: 'api.pcloud.com', label: 'United States' },
          { value: 'eapi.pcloud.com', label: 'Europe' },
        ],
      },
    ],
  }),
};

function pick(...ids: ProviderId[]): ProviderView[] {
  return ids.map((id) => PROVIDERS[id]).filter((view): view is ProviderView => view !== undefined);
}

/** Which providers each known server offers. */
export const SERVER_OFFERS: Readonly<Record<string, readonly ProviderId[]>> = {
  [HOSTED_HANDLER_VIEW.baseUrl]: ['googledrive', 'gcs', 'onedrivev2', 'sharepoint', 'msgroup', 'dropbox', 'box.com', 'jottacloud'],
  [HOSTED_SERVICE_VIEW.baseUrl]: ['pcloud'],
};

export function groupsFor(servers: readonly ServerView[], offers: Readonly<Record<string, readonly ProviderId[]>>): ProviderGroupView[] {
  return servers.map((server) => ({ server, providers: pick(...(offers[server.baseUrl] ?? [])) }));
}
