import type { LintFindingView } from '../connection-urls';
import type { ProviderId } from '../providers';
import type { PasteQuestions } from './paste-questions';

/** What a pasted AuthID or connection URL is, secrets masked; the app adds whether its server is trusted. */
export interface PasteAnalysis {
  readonly kind: 'connection-url' | 'authid' | 'invalid';
  readonly provider?: ProviderId;
  readonly maskedUrl?: string;
  readonly masked?: string;
  readonly path?: string;
  readonly options?: Readonly<Record<string, string>>;
  readonly serverBaseUrl?: string;
  /** pCloud: the region host, from the URL or the user's choice. */
  readonly region?: string;
  /** A bare AuthID: what the user chooses on the screen (provider, server, region), and what its shape revealed. */
  readonly questions?: PasteQuestions;
  readonly findings: readonly LintFindingView[];
  /** True when nothing of severity 'error' stands in the way of saving (an untrusted server needs adding first). */
  readonly canSave: boolean;
}
