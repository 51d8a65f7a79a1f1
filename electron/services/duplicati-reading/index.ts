// What Duplicati reads from a destination URL: folder, AuthID, refresh address, options, refusals.
export {
  readDestinationUrl,
  readDestinationUrlAs,
  type DestinationUrlReading,
  type DuplicatiReading,
  type ReadOptions,
  type UrlParts,
  type VersionDifference,
} from './read-destination-url';
export { DEFAULT_REFRESH_URL, type RefreshUrlReading, type RefreshUrlSource } from './backend-options';
export { folderForText, PCLOUD_API_HOSTS, type DuplicatiRefusal, type FolderDetails } from './backend-folders';
export type { DuplicatiVersion } from './duplicati-versions';
export { rawQueryPairs, type QueryParameter, type RawQueryPair, type RawText } from './query-string';
export { ordinalIgnoreCaseKey } from './ordinal-ignore-case';
export { duplicatiUrlDecode } from './url-decode';
export { isSecretReference } from './secret-reference';
export { invalidUtf8Escapes } from './unescape-data-string';
