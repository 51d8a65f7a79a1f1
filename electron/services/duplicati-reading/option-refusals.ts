/**
 * What the AuthID backends refuse in their options, in their constructors or on the first
 * request: a missing AuthID, SharePoint without a site, a group without an address, Jottacloud's
 * mount point, thread and chunk size rules, and a Cloud Storage URL without a bucket. Names are
 * looked up exactly, as the backends do.
 */
import type { BackendId } from '../providers';
import type { DuplicatiRefusal, FolderDetails } from './backend-folders';
import { dotnetTrim } from './dotnet-text';

type Options = Readonly<Record<string, string>>;

const blank = (value: string | undefined): boolean => value === undefined || dotnetTrim(value) === '';
const own = (options: Options, name: string): string | undefined => (Object.hasOwn(options, name) ? options[name] : undefined);

export function optionRefusals(backend: BackendId, options: Options, details: FolderDetails): DuplicatiRefusal[] {
  const refusals: DuplicatiRefusal[] = [];
  const serviceAccount = backend === 'gcs' && !(blank(own(options, 'gcs-service-account-json')) && blank(own(options, 'gcs-service-account-file')));
  if (!serviceAccount && !own(options, 'authid')) {
    refusals.push({ code: 'MissingAuthID', message: 'Duplicati finds no authid option, so it cannot log in.' });
  }
  if (backend === 'gcs' && details.bucket === '') {
    refusals.push({ code: 'NoBucket', message: 'Google Cloud Storage needs a bucket: the first part after gcs:// is the bucket, and here it is empty.' });
  }
  if (backend === 'sharepoint' && blank(own(options, 'site-id'))) {
    refusals.push({ code: 'SharePointMissingSiteId', message: 'SharePoint needs the site-id option; Duplicati refuses the URL without it.' });
  }
  if (backend === 'msgroup' && blank(own(options, 'group-email')) && blank(own(options, 'group-id'))) {
    refusals.push({ code: 'MicrosoftGroupMissingGroupIdAndEmailAddress', message: 'A Microsoft 365 Group needs group-email or group-id; Duplicati stops without one.' });
  }
  if (backend === 'jottacloud') refusals.push(...jottacloudRefusals(options));
  return refusals;
}

const BUILT_IN_DEVICE = 'jotta';
const BUILT_IN_MOUNT_POINTS = ['archive', 'sync'];

function jottacloudRefusals(options: Options): DuplicatiRefusal[] {
  const refusals: DuplicatiRefusal[] = [];
  const device = own(options, 'jottacloud-device');
  const mountPoint = own(options, 'jottacloud-mountpoint');
  const builtIn = blank(device) || device?.toLowerCase() === BUILT_IN_DEVICE;
  if (builtIn && !blank(mountPoint) && !BUILT_IN_MOUNT_POINTS.includes((mountPoint ?? '').toLowerCase())) {
    refusals.push({ code: 'JottaIllegalMountPoint', message: 'On the built-in device Jotta, Duplicati allows only the mount points Archive and Sync.' });
  }
  const threads = own(options, 'jottacloud-threads');
  if (!blank(threads) && !isInt32(threads ?? '')) {
    refusals.push({ code: 'FormatException', message: 'jottacloud-threads must be a whole number; Duplicati stops otherwise.' });
  }
  const chunkSize = own(options, 'jottacloud-chunksize');
  const bytes = blank(chunkSize) ? 5 * 1024 * 1024 : parseSize(chunkSize ?? '', 'mb');
  if (bytes === null || bytes < 1024 || bytes > 2 ** 31 - 1) {
    refusals.push({ code: 'ArgumentOutOfRangeException', message: 'jottacloud-chunksize must be a size of at least 1 KiB and less than 2 GiB, such as 5mb; Duplicati stops otherwise.' });
  }
  return refusals;
}

function isInt32(text: string): boolean {
  const trimmed = dotnetTrim(text);
  return /^[+-]?[0-9]+$/.test(trimmed) && Math.abs(Number(trimmed)) <= 2 ** 31;
}

const SIZE_UNITS: readonly [string, number][] = [
  ['tib', 1024 ** 4],
  ['tb', 1024 ** 4],
  ['gib', 1024 ** 3],
  ['gb', 1024 ** 3],
  ['mib', 1024 ** 2],
  ['mb', 1024 ** 2],
  ['kib', 1024],
  ['kb', 1024],
  ['b', 1],
];

/** Duplicati's `Sizeparser.ParseSize`: a whole number and an optional unit; null where it throws. */
function parseSize(text: string, defaultUnit: string): number | null {
  const trimmed = dotnetTrim(text).toLowerCase();
  const unit = SIZE_UNITS.find(([suffix]) => trimmed.endsWith(suffix)) ?? SIZE_UNITS.find(([suffix]) => suffix === defaultUnit);
  if (unit === undefined) return null;
  const digits = dotnetTrim(trimmed.endsWith(unit[0]) ? trimmed.slice(0, -unit[0].length) : trimmed);
  return /^[+-]?[0-9]+$/.test(digits) ? Number(digits) * unit[1] : null;
}
