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
  // Duplicati compares the host exactly (case-sensitive), so this does too.
  return (PCLOUD_HOSTS as readonly string[]).includes(value);
}

const GRAPH_FRAGMENT_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'fragment-size',
    label: 'Upload fragment size (bytes)',
    help: 'Large files are uploaded in pieces of this size; rounded down to a multiple of 320 KiB, at most 60 MiB.',
    kind: 'number',
    required: false,
    defaultValue: '10485760',
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

const FOLDER_HELP = 'Folder path such as Backups/Laptop; leave empty for the top folder.';

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
    ],
    takesOauthUrl: true,
  },
  gcs: {
    id: 'gcs',
    scheme: 'gcs',
    name: 'Google Cloud Storage',
    defaultProvider: 'gcs',
    firstPathPart: 'bucket',
    pathHelp: 'The bucket name, then an optional prefix: my-bucket/backups/laptop.',
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
      },
      {
        name: 'gcs-storage-class',
        label: 'Storage class',
        help: 'The storage class of a new bucket.',
        kind: 'choice',
        required: false,
        choices: GCS_STORAGE_CLASSES,
      },
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
        help: 'Another drive to use; leave empty for your own OneDrive (/me/drive).',
        kind: 'text',
        required: false,
      },
      ...GRAPH_FRAGMENT_OPTIONS,
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
      'A folder in the site\'s document library (Backups/Laptop), or tenant.sharepoint.com/<site path>//<library>/<folder>.',
    examplePath: 'Backups/Laptop',
    options: [
      {
        name: 'site-id',
        label: 'Site ID',
        help: 'The SharePoint site\'s ID (from Graph: /sites/<host>:/<site path>).',
        kind: 'text',
        required: true,
      },
      ...GRAPH_FRAGMENT_OPTIONS,
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
        help: 'The group\'s e-mail address. Give this or the group ID.',
        kind: 'text',
        required: false,
        oneOfGroup: 'group',
      },
      {
        name: 'group-id',
        label: 'Group ID',
        help: 'The group\'s ID. Give this or the group e-mail.',
        kind: 'text',
        required: false,
        oneOfGroup: 'group',
      },
      ...GRAPH_FRAGMENT_OPTIONS,
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
    options: [],
    takesOauthUrl: true,
  },
  jottacloud: {
    id: 'jottacloud',
    scheme: 'jottacloud',
    name: 'Jottacloud',
    defaultProvider: 'jottacloud',
    firstPathPart: 'folder',
    pathHelp: FOLDER_HELP,
    examplePath: 'Backups/Laptop',
    options: [
      {
        name: 'jottacloud-device',
        label: 'Device',
        help: 'The Jottacloud device that holds the backup.',
        kind: 'text',
        required: false,
        defaultValue: 'Jotta',
      },
      {
        name: 'jottacloud-mountpoint',
        label: 'Mount point',
        help: 'The mount point on that device.',
        kind: 'text',
        required: false,
        defaultValue: 'Archive',
      },
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
    options: [],
    takesOauthUrl: false,
  },
};

/** The backend for a URL scheme, compared case-insensitively; undefined for unknown schemes. */
export function backendForScheme(scheme: string): BackendSpec | undefined {
  const lower = scheme.toLowerCase();
  return BACKEND_IDS.includes(lower as BackendId) ? BACKENDS[lower as BackendId] : undefined;
}
