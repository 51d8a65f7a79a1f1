/**
 * What a scan keeps about one backup: no plaintext, only fingerprints, masked forms and findings.
 * Made from a reading, which is dropped right after.
 */
import { maskAuthId } from '../../authids';
import { parseConnectionUrl } from '../../connection-urls';
import { backendForScheme, type BackendId } from '../../providers';
import type { DestinationLint, LintFinding } from '../destination-lint';
import type { BackupReading } from '../reading/backup-reading';
import { authIdOptionDisagrees, effectiveAuthId, effectiveOauthUrl, oauthUrlOptionDisagrees, serverOfOauthUrl } from '../reading/destination-auth';
import { queryValues } from '../reading/url-query';
import { maskedUrl } from '../views/masked-url';
import { scheduleSummary } from '../views/schedule-summary';
import type { AuthIdKnowledge } from './authid-knowledge';

export interface AuthIdFacts {
  readonly print: string;
  /** Each value on its own, when the URL repeats `authid` (Duplicati joins them; lint flags it). */
  readonly partPrints: readonly string[];
  readonly masked: string;
  readonly source: 'url' | 'option';
  /** `$name`: resolved by Duplicati's secret provider, so the app cannot know the AuthID. */
  readonly secretReference: boolean;
}

interface ExtraTargetFacts {
  readonly key: string;
  readonly destination: string;
  readonly authId?: AuthIdFacts;
}

export interface BackupFacts {
  readonly id: string;
  readonly name: string;
  readonly destination: string;
  /** Undefined when the destination does not use an AuthID. */
  readonly backend?: BackendId;
  readonly authId?: AuthIdFacts;
  /** Base URL of the AuthID server Duplicati will ask; undefined where none is asked (pCloud). */
  readonly refreshServer?: string;
  readonly lint: readonly LintFinding[];
  readonly authIdOptionDisagrees: boolean;
  readonly oauthUrlOptionDisagrees: boolean;
  readonly extras: readonly ExtraTargetFacts[];
  readonly schedule: string;
  readonly connectionStringId?: number;
}

export function backupFacts(reading: BackupReading, knowledge: AuthIdKnowledge, lint: DestinationLint): BackupFacts {
  const backend = backendOf(reading.url);
  const auth = effectiveAuthId(reading);
  const connectionStringId = reading.shown.Backup.ConnectionStringID;
  const facts = {
    id: reading.id,
    name: reading.name,
    destination: maskedUrl(reading.url),
    lint: backend === undefined ? [] : lintWithOptions(reading, lint),
    authIdOptionDisagrees: authIdOptionDisagrees(reading),
    oauthUrlOptionDisagrees: oauthUrlOptionDisagrees(reading),
    extras: (reading.shown.Backup.AdditionalTargetURLs ?? []).map((extra) => {
      const url = reading.extraUrls.get(extra.UrlKey.toLowerCase()) ?? extra.TargetUrl;
      const value = queryValues(url, 'authid').join(',');
      return { key: extra.UrlKey, destination: maskedUrl(url), ...(value === '' ? {} : { authId: authIdFacts(value, 'url', knowledge) }) };
    }),
    schedule: scheduleSummary(reading.shown.Schedule),
  };
  return {
    ...facts,
    ...(backend === undefined ? {} : { backend: backend.id }),
    ...(backend === undefined || auth === undefined ? {} : { authId: authIdFacts(auth.value, auth.source, knowledge, auth.source === 'url' ? queryValues(reading.url, 'authid') : []) }),
    ...(backend?.takesOauthUrl === true ? { refreshServer: serverOfOauthUrl(effectiveOauthUrl(reading)) } : {}),
    ...(connectionStringId !== undefined && connectionStringId > 0 ? { connectionStringId } : {}),
  };
}

function authIdFacts(value: string, source: 'url' | 'option', knowledge: AuthIdKnowledge, parts: readonly string[] = []): AuthIdFacts {
  const secretReference = value.startsWith('$');
  return {
    print: knowledge.fingerprint(value),
    partPrints: parts.length > 1 ? [...new Set(parts)].map((part) => knowledge.fingerprint(part)) : [],
    masked: secretReference ? value.slice(0, 64) : maskAuthId(value),
    source,
    secretReference,
  };
}

function backendOf(url: string) {
  const parsed = parseConnectionUrl(url);
  return parsed.ok ? backendForScheme(parsed.backend) : undefined;
}

/**
 * The URL's findings, less "no AuthID" when an advanced option supplies it, and less any verdict
 * on a `$name` secret-provider reference, which only Duplicati can resolve.
 */
function lintWithOptions(reading: BackupReading, lint: DestinationLint): LintFinding[] {
  const optionSupplies = (reading.options.get('authid') ?? '') !== '';
  const reference = effectiveAuthId(reading)?.value.startsWith('$') === true;
  return lint(reading.url).filter(
    (finding) => !(optionSupplies && finding.code === 'missing-authid') && !(reference && finding.code.startsWith('authid-')),
  );
}
