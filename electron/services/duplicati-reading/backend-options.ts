/**
 * The options a backend receives (`BackendLoader`): the advanced options, then every query key
 * set over them in a case-sensitive dictionary, so the URL wins for the same spelling only. The
 * backend then looks up exact lower-case names: `AuthID=` in a URL is never read as `authid`.
 */
import { dotnetTrim } from './dotnet-text';
import type { VersionRules } from './duplicati-versions';
import { joinedValue, type QueryParameter } from './query-string';

export const DEFAULT_REFRESH_URL = 'https://duplicati-oauth-handler.appspot.com/refresh';

export type RefreshUrlSource = 'url' | 'advanced-options' | 'environment' | 'default';

export interface RefreshUrlReading {
  /** The address Duplicati posts the AuthID to, exactly as it will be called. */
  readonly url: string;
  readonly from: RefreshUrlSource;
}

export function backendOptions(advanced: Readonly<Record<string, string>>, query: readonly QueryParameter[]): Map<string, string> {
  const options = new Map(Object.entries(advanced));
  for (const parameter of query) options.set(parameter.key, joinedValue(parameter));
  return options;
}

export function refreshUrl(
  options: ReadonlyMap<string, string>,
  query: readonly QueryParameter[],
  rules: VersionRules,
  environment: string | undefined,
): RefreshUrlReading {
  const given = options.get('oauth-url');
  const blank = given === undefined || (rules.blankRefreshUrl === 'whitespace' ? dotnetTrim(given) === '' : given === '');
  if (given !== undefined && !blank) return { url: given, from: query.some((p) => p.key === 'oauth-url') ? 'url' : 'advanced-options' };
  if (rules.environmentDefault && environment) return { url: environment, from: 'environment' };
  return { url: DEFAULT_REFRESH_URL, from: 'default' };
}
