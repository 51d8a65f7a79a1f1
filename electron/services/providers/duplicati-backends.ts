/**
 * Duplicati's destination backends that take an AuthID. Kept apart from providers because
 * several login providers share one backend: `googledrive` and `googledocs` both write
 * `googledrive://`, and `box.com` and its hosted alias `box` both write `box://`.
 */
import type { ProviderId } from './provider-id';
import type { OptionSpec } from './option-spec';

export const BACKEND_IDS = [
  'googledrive',
  'gcs',
  'onedrivev2',
  'sharepoint',
  'msgroup',
  'box',
  'dropbox',
  'jottacloud',
  'pcloud',
] as const;

export type BackendId = (typeof BACKEND_IDS)[number];

/** What the first part of the URL after `scheme://` stands for. */
export type FirstPathPart = 'folder' | 'bucket' | 'folder-or-site-host' | 'region-host';

export interface BackendSpec {
  readonly id: BackendId;
  /** The URL scheme; equal to the id for every AuthID backend. */
  readonly scheme: BackendId;
  readonly name: string;
  /** The provider a parsed URL is attributed to when nothing says otherwise. */
  readonly defaultProvider: ProviderId;
  readonly firstPathPart: FirstPathPart;
  readonly pathHelp: string;
  readonly examplePath: string;
  /** pCloud only: the region host written first in the path, not a query option. */
  readonly host?: OptionSpec;
  readonly options: readonly OptionSpec[];
  /** False where Duplicati never calls an AuthID server, so `oauth-url` means nothing (pCloud). */
  readonly takesOauthUrl: boolean;
}

export const PCLOUD_HOSTS = ['api.pcloud.com', 'eapi.pcloud.com'] as const;
export type PcloudHost = (typeof PCLOUD_HOSTS)[number];

export function isPcloudHost(value: string): value is PcloudHost {
  return (PCLOUD_HOSTS as readonly string[]).includes(value);
}

/** Every AuthID backend reads these through Duplicati's TimeoutOptionsHelper. */
const TIMEOUT_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'short-timeout',
    label: 'Short request timeout',
    help: 'How long a quick request (create a folder, delete a file) may take, e.g. 30s or 2m.',
    kind: 'text',
    required: false,
    defaultValue: '30s',
    advanced: true,
  },
  {
    name: 'list-timeout',
    label: 'List timeout',
    help: 'How long listing the destination\'s files may take, e.g. 10m.',
    kind: 'text',
    required: false,
    defaultValue: '10m',
    advanced: true,
  },
  {
    name: 'read-write-timeout',
    label: 'Read/write timeout',
    help: 'How long an upload or download may stall without sending data, e.g. 30s.',
    kind: 'text',
    required: false,
    defaultValue: '30s',
    advanced: true,
  },
];

const KIB = 1024;
const MIB = 1024 * KIB;

const GRAPH_FRAGMENT_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'fragment-size',
    label: 'Upload fragment size (bytes)',
    help: 'Large files are uploaded in pieces of this many bytes; the default (10 MiB) suits most connections. Between 327680 (320 KiB) and 62914560 (60 MiB).',
    kind: 'number',
    required: false,
    defaultValue: '10485760',
    range: { min: 320 * KIB, max: 60 * MIB },
    advanced: true,
  },
  {
    name: 'fragment-retry-count',
    label: 'Fragment retries',
    help: 'How often one failed piece of an upload is retried.',
    kind: 'number',
    required: false,
    defaultValue: '5',
    advanced: true,
  },
  {
    name: 'fragment-retry-delay',
    label: 'Fragment retry delay (ms)',
    help: 'Wait before retrying a failed piece; doubles after each server error.',
    kind: 'number',
    required: false,
    defaultValue: '1000',
    advanced: true,
  },
];

const GCS_STORAGE_CLASSES = [
  { value: 'STANDARD', label: 'Standard' },
  { value: 'NEARLINE', label: 'Nearline (read about once a month)' },
  { value: 'COLDLINE', label: 'Coldline (read about once a quarter)' },
  { value: 'ARCHIVE', label: 'Archive (read about once a year)' },
  { value: 'MULTI_REGIONAL', label: 'Multi-regional (legacy)' },
  { value: 'REGIONAL', label: 'Regional (legacy)' },
  { value: 'DURABLE_REDUCED_AVAILABILITY', label: 'Durable reduced availability (legacy)' },
] as const;

const FOLDER_HELP = 'Folder path such as Backups/Laptop; leave empty for the top folder. Any characters may be used.';

export const BACKENDS: Readonly<Record<BackendId, BackendSpec>> = {
  googledrive: {
    id: 'googledrive',
    scheme: 'googledrive',
    name: 'Google Drive',
    defaultProvider: 'googledrive',
    firstPathPart: 'folder',
    pathHelp: FOLDER_HELP,
    examplePath: 'Backups/Laptop',
    options: [
      {
        name: 'googledrive-teamdrive-id',
        label: 'Shared drive ID',
        help: 'The ID of a shared drive (Team Drive) to use instead of My Drive.',
        kind: 'text',
        required: false,
      },
      ...TIMEOUT_OPTIONS,
    ],
    takesOauthUrl: true,
  },
  gcs: {
    id: 'gcs',
    scheme: 'gcs',
    name: 'Google Cloud Storage',
    defaultProvider: 'gcs',
    firstPathPart: 'bucket',
    pathHelp: 'The bucket name (required), then an optional prefix: my-bucket/backups/laptop.',
    examplePath: 'my-bucket/backups',
    options: [
      {
        name: 'gcs-project',
        label: 'Project ID',
        help: 'The Google Cloud project; needed only when Duplicati has to create the bucket.',
        kind: 'text',
        required: false,
      },
      {
        name: 'gcs-location',
        label: 'Bucket location',
        help: 'Where a new bucket is created, e.g. US, EU, ASIA or a region such as europe-west1.',
        kind: 'text',
        required: false,
        advanced: true,
      },
      {
        name: 'gcs-storage-class',
        label: 'Storage class',
        help: 'The storage class of a new bucket.',
        kind: 'choice',
        required: false,
        choices: GCS_STORAGE_CLASSES,
        advanced: true,
      },
      {
        name: 'gcs-retention-policy-mode',
        label: 'Retention policy mode',
        help: 'How Duplicati sets object retention where the bucket asks for it: Unlocked can be shortened later, Locked cannot.',
        kind: 'choice',
        required: false,
        defaultValue: 'Unlocked',
        choices: [
          { value: 'Unlocked', label: 'Unlocked' },
          { value: 'Locked', label: 'Locked' },
        ],
        advanced: true,
      },
      {
        name: 'gcs-service-account-file',
        label: 'Service account key file',
        help: 'Path to a service account\'s JSON key on the computer running Duplicati. With a service account Duplicati does not use the AuthID.',
        kind: 'text',
        required: false,
        advanced: true,
      },
      {
        name: 'gcs-service-account-json',
        label: 'Service account key',
        help: 'A service account\'s JSON key itself. It is a secret, so this app does not write it into URLs; use the key file option.',
        kind: 'text',
        required: false,
        secret: true,
        advanced: true,
      },
      ...TIMEOUT_OPTIONS,
    ],
    takesOauthUrl: true,
  },
  onedrivev2: {
    id: 'onedrivev2',
    scheme: 'onedrivev2',
    name: 'Microsoft OneDrive',
    defaultProvider: 'onedrivev2',
    firstPathPart: 'folder',
    pathHelp: FOLDER_HELP,
    examplePath: 'Backups/Laptop',
    options: [
      {
        name: 'drive-id',
        label: 'Drive ID',
        help: 'Only to back up to another drive, such as one shared with you; leave empty for your own OneDrive.',
        kind: 'text',
        required: false,
      },
      ...GRAPH_FRAGMENT_OPTIONS,
      ...TIMEOUT_OPTIONS,
    ],
    takesOauthUrl: true,
  },
  sharepoint: {
    id: 'sharepoint',
    scheme: 'sharepoint',
    name: 'Microsoft SharePoint',
    defaultProvider: 'sharepoint',
    firstPathPart: 'folder-or-site-host',
    pathHelp:
      'A folder in the site\'s document library (Backups/Laptop), or tenant.sharepoint.com/<site path>//<library>/<folder>. The first folder may hold only letters, digits, "-", "_" and dots.',
    examplePath: 'Backups/Laptop',
    options: [
      {
        name: 'site-id',
        label: 'Site ID',
        help: 'Which SharePoint site to use. It looks like contoso.sharepoint.com followed by two long IDs, each after a comma; your Microsoft 365 administrator can look it up.',
        kind: 'text',
        required: true,
      },
      ...GRAPH_FRAGMENT_OPTIONS,
      ...TIMEOUT_OPTIONS,
    ],
    takesOauthUrl: true,
  },
  msgroup: {
    id: 'msgroup',
    scheme: 'msgroup',
    name: 'Microsoft 365 Group',
    defaultProvider: 'msgroup',
    firstPathPart: 'folder',
    pathHelp: FOLDER_HELP,
    examplePath: 'Backups/Laptop',
    options: [
      {
        name: 'group-email',
        label: 'Group e-mail',
        help: 'The group\'s e-mail address, as in team@contoso.com.',
        kind: 'text',
        required: false,
        oneOfGroup: 'group',
      },
      {
        name: 'group-id',
        label: 'Group ID',
        help: 'The group\'s ID, if you have it instead of the e-mail address.',
        kind: 'text',
        required: false,
        oneOfGroup: 'group',
      },
      ...GRAPH_FRAGMENT_OPTIONS,
      ...TIMEOUT_OPTIONS,
    ],
    takesOauthUrl: true,
  },
  box: {
    id: 'box',
    scheme: 'box',
    name: 'Box',
    defaultProvider: 'box.com',
    firstPathPart: 'folder',
    pathHelp: FOLDER_HELP,
    examplePath: 'Backups/Laptop',
    options: [
      {
        name: 'box-delete-from-trash',
        label: 'Also delete from trash',
        help: 'Empty deleted backup files from the Box trash too, so they stop counting against your quota.',
        kind: 'boolean',
        required: false,
        defaultValue: 'false',
      },
      ...TIMEOUT_OPTIONS,
    ],
    takesOauthUrl: true,
  },
  dropbox: {
    id: 'dropbox',
    scheme: 'dropbox',
    name: 'Dropbox',
    defaultProvider: 'dropbox',
    firstPathPart: 'folder',
    pathHelp: FOLDER_HELP,
    examplePath: 'Backups/Laptop',
    options: [...TIMEOUT_OPTIONS],
    takesOauthUrl: true,
  },
  jottacloud: {
    id: 'jottacloud',
    scheme: 'jottacloud',
    name: 'Jottacloud',
    defaultProvider: 'jottacloud',
    firstPathPart: 'folder',
    pathHelp: 'Folder path such as Backups/Laptop (required: Duplicati refuses Jottacloud without a folder). Any characters may be used.',
    examplePath: 'Backups/Laptop',
    options: [
      {
        name: 'jottacloud-device',
        label: 'Device',
        help: 'The Jottacloud device that holds the backup; leave empty for the built-in device Jotta.',
        kind: 'text',
        required: false,
        defaultValue: 'Jotta',
      },
      {
        name: 'jottacloud-mountpoint',
        label: 'Mount point',
        help: 'On the built-in device only Archive (the default) or Sync; on a device of your own any name, default Duplicati.',
        kind: 'text',
        required: false,
        defaultValue: 'Archive',
      },
      {
        name: 'jottacloud-threads',
        label: 'Upload threads',
        help: 'How many pieces of a file are uploaded at the same time.',
        kind: 'number',
        required: false,
        defaultValue: '4',
        range: { min: 1, max: 2 ** 31 - 1 },
        advanced: true,
      },
      {
        name: 'jottacloud-chunksize',
        label: 'Upload chunk size',
        help: 'The size of each uploaded piece, e.g. 5mb or 512kb; at least 1 KiB and less than 2 GiB.',
        kind: 'text',
        required: false,
        defaultValue: '5mb',
        advanced: true,
      },
      ...TIMEOUT_OPTIONS,
    ],
    takesOauthUrl: true,
  },
  pcloud: {
    id: 'pcloud',
    scheme: 'pcloud',
    name: 'pCloud',
    defaultProvider: 'pcloud',
    firstPathPart: 'region-host',
    pathHelp: FOLDER_HELP,
    examplePath: 'Backups/Laptop',
    host: {
      name: 'host',
      label: 'Region',
      help: 'Where your pCloud account lives; the login tells you. A token works only with its own region.',
      kind: 'choice',
      required: true,
      choices: [
        { value: 'api.pcloud.com', label: 'United States (api.pcloud.com)' },
        { value: 'eapi.pcloud.com', label: 'Europe (eapi.pcloud.com)' },
      ],
    },
    options: [...TIMEOUT_OPTIONS],
    takesOauthUrl: false,
  },
};

/** The backend for a URL scheme, compared case-insensitively; undefined for unknown schemes. */
export function backendForScheme(scheme: string): BackendSpec | undefined {
  const lower = scheme.toLowerCase();
  return BACKEND_IDS.includes(lower as BackendId) ? BACKENDS[lower as BackendId] : undefined;
}
