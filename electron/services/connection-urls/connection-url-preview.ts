/** A destination URL fit for the screen: every AuthID masked, with lint findings alongside. */
import { maskAuthId } from '../authids/authid-mask';
import { buildConnectionUrl, type ConnectionUrlInput } from './connection-url-build';
import { lintConnectionUrl } from './connection-url-lint';
import { duplicatiDecode } from './duplicati-url-text';
import type { LintFinding } from './lint-finding';

const AUTHID_PARAM = /([?&])(authid)=([^&]*)/gi;

/** The URL with each `authid` value replaced by its masked form; everything else as written. Never throws. */
export function maskConnectionUrl(url: string): string {
  return url.replace(AUTHID_PARAM, (_match, sep: string, key: string, value: string) => `${sep}${key}=${maskAuthId(duplicatiDecode(value))}`);
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
