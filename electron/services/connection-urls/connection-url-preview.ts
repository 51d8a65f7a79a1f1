/** A destination URL fit for the screen: every AuthID masked, with lint findings alongside. */
import { maskAuthId } from '../authids/authid-mask';
import { buildConnectionUrl, type BuildProblem, type ConnectionUrlInput } from './connection-url-build';
import { lintConnectionUrl } from './connection-url-lint';
import { duplicatiDecode } from './duplicati-url-text';
import type { LintFinding } from './lint-finding';

const BUILD_FIX: Readonly<Record<BuildProblem, string>> = {
  'no-backend': 'Log in with Microsoft OneDrive and build the URL from that AuthID.',
  'pcloud-host': 'Choose the pCloud region.',
  'reserved-option': 'Remove that option; the app adds it.',
  'bad-option-name': 'Give the option a name or remove it.',
  'duplicate-option': 'Keep one of the two.',
  'invalid-server': 'Correct the server address in the settings.',
  'invalid-text': 'Retype the folder path and options.',
};

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
    return { maskedUrl: '', findings: [{ code: 'cannot-build', severity: 'error', message: built.message, fix: BUILD_FIX[built.problem] }] };
  }
  return { maskedUrl: maskConnectionUrl(built.url), findings: lintConnectionUrl(built.url) };
}
