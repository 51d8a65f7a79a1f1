/** A destination URL fit for the screen: every AuthID masked, with lint findings alongside. */
import { maskAuthId } from '../authids';
import { BACKENDS } from '../providers';
import { buildConnectionUrl, type ConnectionUrlInput } from './connection-url-build';
import { lintConnectionUrl } from './connection-url-lint';
import { duplicatiUrlDecode, ordinalIgnoreCaseKey } from '../duplicati-reading';
import { applyEdits, type LintFinding, type TextEdit } from './lint-finding';
import { splitRawUrl } from './raw-url-parts';

// Options the catalogue marks as secrets (a service account key), in any spelling.
const SECRET_OPTIONS = new Set(
  Object.values(BACKENDS).flatMap((backend) => backend.options.filter((o) => o.secret === true).map((o) => ordinalIgnoreCaseKey(o.name))),
);
const USER_INFO = /^([a-z][a-z0-9+.-]*:\/\/[^/@]*?:)[^/@]*@/i;

/**
 * The URL as written, with every AuthID masked, a service account key hidden and the password
 * in an oauth-url's user info hidden. Never throws.
 */
export function maskConnectionUrl(url: string): string {
  const raw = splitRawUrl(url);
  if (raw === null) return url;
  const edits: TextEdit[] = raw.pairs.flatMap((pair) => {
    if (pair.value === null) return [];
    const key = ordinalIgnoreCaseKey(duplicatiUrlDecode(pair.key.text, 'code-unit'));
    const value = duplicatiUrlDecode(pair.value.text, 'code-unit');
    if (key === 'AUTHID') return [{ ...pair.value, text: maskAuthId(value) }];
    if (SECRET_OPTIONS.has(key)) return [{ ...pair.value, text: '••••••' }];
    if (key === 'OAUTH-URL' && USER_INFO.test(value)) return [{ ...pair.value, text: value.replace(USER_INFO, '$1•••@') }];
    return [];
  });
  return applyEdits(url, edits);
}

export interface ConnectionUrlPreview {
  /** Empty when the URL could not be built. */
  readonly maskedUrl: string;
  readonly findings: readonly LintFinding[];
}

/** Builds the URL, then masks and lints it; a build problem comes back as a finding. */
export function previewConnectionUrl(input: ConnectionUrlInput): ConnectionUrlPreview {
  const built = buildConnectionUrl(input);
  if (!built.ok) {
    return { maskedUrl: '', findings: [{ code: 'cannot-build', severity: 'error', message: built.message, fix: built.fix }] };
  }
  return { maskedUrl: maskConnectionUrl(built.url), findings: lintConnectionUrl(built.url) };
}
