/**
 * Lint for a backup's destination URL: the connection-URL lint (which reads the URL as Duplicati
 * does), less what the scan knows better than a URL alone.
 */
import { lintConnectionUrl, type LintFinding } from '../connection-urls';

export type { LintFinding };
export type DestinationLint = (url: string) => readonly LintFinding[];

/**
 * A URL without oauth-url is only a note on paste, because the server it refreshes through then
 * depends on settings the paste cannot see. The scan sees them (server-wide `--oauth-url`) and
 * judges the effective server itself (backup-problems.ts), so the note would only repeat that.
 */
const KNOWN_TO_THE_SCAN = new Set(['oauth-url-missing']);

export const lintDestination: DestinationLint = (url) => lintConnectionUrl(url).filter((finding) => !KNOWN_TO_THE_SCAN.has(finding.code));
