/**
 * Connection URLs for a vault record: the real one (for copying, built in main only) and the
 * masked one the window shows, which is built without ever reading the secret.
 */
import type { DestinationUrlChangeView } from '../ipc/views';
import { buildConnectionUrl, URL_RULES_VERSION, urlRulesChange, type ConnectionUrlInput } from '../services/connection-urls';
import type { AuthIdServer } from '../services/servers';
import type { VaultRecord } from '../services/vault';

export interface DestinationFields {
  readonly path: string;
  readonly options: Readonly<Record<string, string>>;
  /** pCloud only: the region host; absent, the record's region. */
  readonly host?: string | undefined;
}

type RecordParts = Pick<VaultRecord, 'provider' | 'region'>;

export function connectionUrlInput(record: RecordParts, fields: DestinationFields, authId: string, server: AuthIdServer): ConnectionUrlInput {
  const host = record.provider === 'pcloud' ? (fields.host ?? record.region) : undefined;
  return {
    provider: record.provider,
    path: fields.path,
    options: fields.options,
    authId,
    server,
    ...(host === undefined ? {} : { host }),
  };
}

// Letters only, so URL encoding leaves it as it is and it can be found again exactly.
const PLACEHOLDER = 'AUTHIDMANAGERMASKPLACEHOLDER';

const withMask = (url: string, masked: string) => url.replace(`authid=${PLACEHOLDER}`, () => `authid=${masked}`);

/** The URL as it would be copied, with the AuthID shown as `masked`; empty when it cannot be built. */
export function maskedConnectionUrl(record: RecordParts, fields: DestinationFields, masked: string, server: AuthIdServer): string {
  const built = buildConnectionUrl(connectionUrlInput(record, fields, PLACEHOLDER, server));
  return built.ok ? withMask(built.url, masked) : '';
}

// What Duplicati's default pattern reads, in characters a URL query may carry unescaped.
const PLAIN_REFERENCE = /^\$[A-Za-z0-9_/-]+$/;

/** The built URL with `authid=%24name` written `authid=$name`, as the user sees it in Duplicati; both read the same. */
export function withLiteralReference(url: string, reference: string): string {
  return PLAIN_REFERENCE.test(reference) ? url.replace(`authid=${encodeURIComponent(reference)}`, `authid=${reference}`) : url;
}

/** How the current URL rules change a destination saved under older ones; undefined when they do not. */
export function destinationUrlChange(
  record: RecordParts,
  destination: DestinationFields & { readonly urlRules?: number },
  masked: string,
  server: AuthIdServer,
): DestinationUrlChangeView | undefined {
  if (destination.urlRules === URL_RULES_VERSION) return undefined;
  const change = urlRulesChange(connectionUrlInput(record, destination, PLACEHOLDER, server));
  if (change === null) return undefined;
  return { previousMaskedUrl: change.previousUrl === null ? '' : withMask(change.previousUrl, masked), differences: change.differences };
}
