/**
 * What Duplicati makes of a destination URL: its parser's split, the options the backend gets,
 * the AuthID and refresh address it uses, the folder it works in and any refusal, for master
 * and, where they differ, for older releases.
 */
import { BACKEND_IDS, type BackendId } from '../providers';
import { backendOptions, refreshUrl, type RefreshUrlReading } from './backend-options';
import { hostAndPath, readFolder, type DuplicatiRefusal, type FolderDetails } from './backend-folders';
import { VERSION_RULES, type DuplicatiVersion, type VersionRules } from './duplicati-versions';
import { optionRefusals } from './option-refusals';
import { ordinalIgnoreCaseKey } from './ordinal-ignore-case';
import { parseQueryString, type QueryParameter } from './query-string';
import { parseRelaxedUri, RelaxedUriError, type RelaxedUri } from './relaxed-uri';

export interface ReadOptions {
  /** Options given outside the URL (the backup's advanced options); the URL's query wins over them. */
  readonly advancedOptions?: Readonly<Record<string, string>>;
  /** Duplicati's working directory, for text it reads as a local path. Default `/`. */
  readonly workingDirectory?: string;
  /** `DUPLICATI_OAUTH_SERVICE` in Duplicati's environment, when it is set. */
  readonly oauthServiceEnvironment?: string;
}

/** How Duplicati's parser split the URL, with the query decoded and host and path joined as backends use them. */
export interface UrlParts extends RelaxedUri {
  readonly hostAndPath: string;
  readonly queryParameters: readonly QueryParameter[];
}

export interface DuplicatiReading {
  readonly version: DuplicatiVersion;
  /** The AuthID backend Duplicati loads; null when it loads none of them. */
  readonly backend: BackendId | null;
  /** Null when Duplicati's parser gives up on the text. */
  readonly parts: UrlParts | null;
  /** The options as the backend sees them; it looks names up case-sensitively. */
  readonly options: Readonly<Record<string, string>>;
  /** The `authid` option; a `$name` is a secret-provider reference Duplicati resolves first. */
  readonly authId: string | null;
  readonly refreshUrl: RefreshUrlReading;
  readonly folder: string | null;
  /** The refusal the backend raises while taking its folder from the URL, if any. */
  readonly error: DuplicatiRefusal | null;
  /** What the backend refuses in its options (missing AuthID, site, group, bucket, Jottacloud rules). */
  readonly optionRefusals: readonly DuplicatiRefusal[];
  readonly details: FolderDetails;
}

/** Where an older release reads the same URL differently. */
export interface VersionDifference {
  readonly version: DuplicatiVersion;
  readonly label: string;
  readonly authId?: string | null;
  readonly folder?: string | null;
  readonly error?: DuplicatiRefusal | null;
  readonly refreshUrl?: string;
}

export interface DestinationUrlReading extends DuplicatiReading {
  readonly otherVersions: readonly VersionDifference[];
}

const OLDER: readonly DuplicatiVersion[] = ['2.3-stable', '2.1'];

export function readDestinationUrl(url: string, options: ReadOptions = {}): DestinationUrlReading {
  const master = readDestinationUrlAs('master', url, options);
  const otherVersions = OLDER.flatMap((version) => {
    const difference = differenceFrom(master, readDestinationUrlAs(version, url, options));
    return difference === null ? [] : [difference];
  });
  return { ...master, otherVersions };
}

export function readDestinationUrlAs(version: DuplicatiVersion, url: string, options: ReadOptions): DuplicatiReading {
  const rules = VERSION_RULES[version];
  const advanced = options.advancedOptions ?? {};
  let uri: RelaxedUri;
  try {
    uri = parseRelaxedUri(url, { ...rules, workingDirectory: options.workingDirectory ?? '/' });
  } catch (error) {
    const code = error instanceof RelaxedUriError ? error.code : 'ArgumentException';
    return withOptions(version, rules, advanced, [], options, {
      backend: null,
      parts: null,
      folder: null,
      error: { code, message: 'Duplicati cannot read this text as a URL.' },
      details: {},
    });
  }
  const query = uri.query === null ? [] : parseQueryString(uri.query, rules.percentU);
  const parts: UrlParts = { ...uri, hostAndPath: hostAndPath(uri), queryParameters: query };
  const backend = backendFor(uri.scheme, rules);
  if (backend === null) {
    return withOptions(version, rules, advanced, query, options, { backend, parts, folder: null, error: unknownScheme(uri), details: {} });
  }
  return withOptions(version, rules, advanced, query, options, { backend, parts, ...readFolder(backend, url, uri, rules) });
}

type Located = Pick<DuplicatiReading, 'backend' | 'parts' | 'folder' | 'error' | 'details'>;

function withOptions(
  version: DuplicatiVersion,
  rules: VersionRules,
  advanced: Readonly<Record<string, string>>,
  query: readonly QueryParameter[],
  options: ReadOptions,
  located: Located,
): DuplicatiReading {
  const merged = backendOptions(advanced, query);
  // fromEntries defines own properties, so a key such as "__proto__" stays an ordinary option.
  const backendSees = Object.fromEntries(merged);
  return {
    version,
    ...located,
    options: backendSees,
    optionRefusals: located.backend === null ? [] : optionRefusals(located.backend, backendSees, located.details),
    authId: merged.get('authid') ?? null,
    refreshUrl: refreshUrl(merged, query, rules, options.oauthServiceEnvironment),
  };
}

/** `BackendLoader` finds backends by scheme, ignoring case. */
function backendFor(scheme: string, rules: VersionRules): BackendId | null {
  const key = ordinalIgnoreCaseKey(scheme);
  const backend = BACKEND_IDS.find((id) => ordinalIgnoreCaseKey(id) === key) ?? null;
  return backend === 'pcloud' && rules.pcloud === 'absent' ? null : backend;
}

function unknownScheme(uri: RelaxedUri): DuplicatiRefusal {
  const message =
    uri.scheme === 'file' && uri.localPath
      ? 'Duplicati reads this text as a folder on its own disk, not as a cloud destination.'
      : `Duplicati has no AuthID destination called "${uri.scheme.slice(0, 40)}".`;
  return { code: 'unknown-scheme', message };
}

function differenceFrom(master: DuplicatiReading, other: DuplicatiReading): VersionDifference | null {
  const fields: Omit<VersionDifference, 'version' | 'label'> = {
    ...(other.authId === master.authId ? {} : { authId: other.authId }),
    ...(other.folder === master.folder ? {} : { folder: other.folder }),
    ...(other.error?.code === master.error?.code ? {} : { error: other.error }),
    ...(other.refreshUrl.url === master.refreshUrl.url ? {} : { refreshUrl: other.refreshUrl.url }),
  };
  return Object.keys(fields).length === 0 ? null : { version: other.version, label: VERSION_RULES[other.version].label, ...fields };
}
