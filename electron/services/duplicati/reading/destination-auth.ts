/**
 * Which AuthID and which refresh server a backup's destination really uses, by Duplicati's rules:
 * the URL's option wins over the advanced option, which wins over the server-wide default; a
 * backend reads only the exact lower-case option name. The advanced option the app manages is
 * the backup's `--name` setting (what Duplicati's editor writes), else a bare `name` one.
 */
import { HOSTED_HANDLER, normalizeBaseUrl } from '../../servers';
import { readOauthUrl } from '../../connection-urls';
import { ownSettings, type BackupReading } from './backup-reading';
import { queryValues, seenQueryValue } from './url-query';

export interface DestinationAuthId {
  readonly value: string;
  readonly source: 'url' | 'option';
}

export function effectiveAuthId(reading: BackupReading): DestinationAuthId | undefined {
  const fromUrl = seenQueryValue(reading.url, 'authid');
  if (fromUrl !== undefined && fromUrl !== '') return { value: fromUrl, source: 'url' };
  const fromOption = reading.options.get('authid');
  return fromOption === undefined || fromOption === '' ? undefined : { value: fromOption, source: 'option' };
}

/** The index in Settings of the advanced option the app manages, if the backup has one. */
export function managedSetting(reading: BackupReading, option: 'authid' | 'oauth-url'): number | undefined {
  const own = ownSettings(reading, option);
  return (own.find((s) => s.name === `--${option}`) ?? own[0])?.index;
}

/** The refresh URL Duplicati will call, as written; undefined means its built-in default. */
export function effectiveOauthUrl(reading: BackupReading): string | undefined {
  const value = seenQueryValue(reading.url, 'oauth-url') ?? reading.options.get('oauth-url');
  return value === '' ? undefined : value;
}

/** The AuthID server base URL a refresh URL names (the default when undefined); the text itself when unreadable. */
export function serverOfOauthUrl(value: string | undefined): string {
  if (value === undefined) return HOSTED_HANDLER.baseUrl;
  const reading = readOauthUrl(value);
  return reading.ok ? reading.server.baseUrl : value;
}

export function sameServer(a: string, b: string): boolean {
  try {
    return normalizeBaseUrl(a) === normalizeBaseUrl(b);
  } catch {
    return a === b;
  }
}

/** The backup's own --authid setting holds another AuthID than its URL. */
export function authIdOptionDisagrees(reading: BackupReading): boolean {
  const inUrl = queryValues(reading.url, 'authid');
  const option = managedSetting(reading, 'authid') === undefined ? undefined : reading.options.get('authid');
  return inUrl.length > 0 && option !== undefined && option !== inUrl.join(',');
}

/** The backup's own --oauth-url setting names another server than its URL's oauth-url. */
export function oauthUrlOptionDisagrees(reading: BackupReading): boolean {
  const inUrl = queryValues(reading.url, 'oauth-url')[0];
  const option = managedSetting(reading, 'oauth-url') === undefined ? undefined : reading.options.get('oauth-url');
  return inUrl !== undefined && option !== undefined && !sameServer(serverOfOauthUrl(inUrl), serverOfOauthUrl(option));
}
