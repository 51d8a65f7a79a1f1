/**
 * Checks a hand-typed Duplicati destination URL the way Duplicati reads it (through the "what
 * Duplicati reads" module) and says, for each mistake, what happens and how to fix it, with a
 * one-click fix where one exists. Findings never quote the AuthID. Never throws.
 */
import { readDestinationUrl } from '../duplicati-reading';
import { backendForScheme } from '../providers';
import type { AuthIdServer } from '../servers';
import { lintAuthId } from './authid-param-lint';
import { lintBackendOptions, lintPcloudHost } from './backend-lint';
import { lintFolder } from './folder-lint';
import type { LintFinding } from './lint-finding';
import { lintOauthUrl } from './oauth-url-lint';
import { lintOptionNameCase, misspelledOptions } from './option-name-lint';
import { splitRawUrl } from './raw-url-parts';
import { lintBrokenEscapes, lintPercentU, lintRepeatedQuestionMark, lintSurroundingWhitespace } from './url-text-lint';

export type { LintFinding } from './lint-finding';

export interface LintContext {
  /** The app's configured servers, so an `oauth-url` gets the right flavour. */
  readonly knownServers?: readonly AuthIdServer[];
}

const NOT_A_URL: LintFinding = {
  code: 'not-a-url',
  severity: 'error',
  message: 'This is not a Duplicati destination URL.',
  fix: 'Paste a URL like onedrivev2://Backups/Laptop?authid=…, or paste the AuthID on its own.',
};

export function lintConnectionUrl(text: string, context: LintContext = {}): LintFinding[] {
  const raw = splitRawUrl(text);
  if (raw === null) return [NOT_A_URL];
  const findings = lintSurroundingWhitespace(raw);
  const reading = readDestinationUrl(raw.trimmed.text);
  if (reading.parts === null) {
    return [...findings, { code: 'unreadable-url', severity: 'error', message: `${reading.error?.message ?? ''} (${reading.error?.code ?? ''})`, fix: 'Check the URL for a port or user name Duplicati cannot read.' }];
  }
  const backend = reading.backend === null ? undefined : backendForScheme(reading.backend);
  if (backend === undefined) return [...findings, unknownScheme(raw.scheme.text, reading.parts.localPath)];
  // An option spelled in another case is missing to Duplicati; the case finding says so, with its fix.
  const misspelled = misspelledOptions(raw, backend);
  return [
    ...findings,
    ...lintRepeatedQuestionMark(raw),
    ...lintOptionNameCase(raw, backend),
    ...(misspelled.has('authid') ? [] : lintAuthId(raw, reading, backend)),
    ...lintPercentU(raw, reading),
    ...lintBrokenEscapes(raw),
    ...(backend.id === 'pcloud' ? lintPcloudHost(raw, reading) : lintFolder(raw, reading, backend)),
    ...lintBackendOptions(reading, backend, misspelled),
    ...lintOauthUrl(raw, reading, backend, context.knownServers ?? []),
  ];
}

function unknownScheme(scheme: string, localPath: boolean): LintFinding {
  if (localPath) {
    return {
      code: 'unknown-scheme',
      severity: 'error',
      message: 'Duplicati cannot split this text as a URL (a "?" with nothing after it, or a line break among the options), so it reads it as a file path on its own disk.',
      fix: 'Remove the line break or the lone "?".',
    };
  }
  if (scheme.toLowerCase() === 'onedrive') {
    return {
      code: 'legacy-backend',
      severity: 'error',
      message: 'onedrive:// is the old OneDrive destination, which Duplicati removed.',
      fix: 'Log in with Microsoft OneDrive and use an onedrivev2:// URL.',
    };
  }
  return {
    code: 'unknown-scheme',
    severity: 'error',
    message: `Duplicati has no AuthID destination called "${scheme.slice(0, 40)}".`,
    fix: 'Check the part before :// and correct its spelling.',
  };
}
