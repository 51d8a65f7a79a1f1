/**
 * Lint for a backup's destination URL. For now the connection-URL lint; a Duplicati-conformance
 * module can take its place here (or through the service's `lint` dependency) without other changes.
 */
import { lintConnectionUrl } from '../connection-urls/connection-url-lint';
import type { LintFinding } from '../connection-urls/lint-finding';

export type { LintFinding };
export type DestinationLint = (url: string) => readonly LintFinding[];

export const lintDestination: DestinationLint = (url) => lintConnectionUrl(url);
