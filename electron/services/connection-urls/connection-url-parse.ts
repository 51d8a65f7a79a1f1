/**
 * Reads a pasted Duplicati destination URL into what the app keeps of it: the backend, the folder
 * Duplicati uses, the options the backend sees, the AuthID and the server it refreshes through,
 * all as the "what Duplicati reads" module says. Lenient: judging is lint's job. Never throws.
 */
import { readDestinationUrl, type DestinationUrlReading } from '../duplicati-reading';
import { backendForScheme, findProvider, type BackendId, type ProviderId } from '../providers';
import { HOSTED_HANDLER, HOSTED_SERVICE, type AuthIdServer } from '../servers';
import { trimFolder } from './folder-encoding';
import { readOauthUrl } from './oauth-url';

export interface ParsedConnectionUrl {
  readonly ok: true;
  readonly backend: BackendId;
  /** The v2 AuthID's service when it fits the backend, else the backend's usual provider. */
  readonly provider: ProviderId;
  /** The folder Duplicati uses, without leading or trailing slashes (Cloud Storage: bucket/prefix). */
  readonly path: string;
  /** pCloud only: the API host Duplicati uses. */
  readonly host?: string;
  /** The options the backend sees, under their exact names, without authid and oauth-url. */
  readonly options: Readonly<Record<string, string>>;
  /** The AuthID the backend uses; undefined when it finds none. */
  readonly authId?: string;
  /** From `oauth-url`, else Duplicati's default for the backend. */
  readonly server: AuthIdServer;
  /** What Duplicati reads, for everything else (the exact refresh address is `reading.refreshUrl`). */
  readonly reading: DestinationUrlReading;
}

export type ConnectionUrlParseResult = ParsedConnectionUrl | { readonly ok: false; readonly message: string };

export interface ParseContext {
  /** The app's configured servers, so a matching `oauth-url` gets the right flavour. */
  readonly knownServers?: readonly AuthIdServer[];
}

const RESERVED = new Set(['authid', 'oauth-url']);

export function parseConnectionUrl(url: string, context: ParseContext = {}): ConnectionUrlParseResult {
  const reading = readDestinationUrl(url.trim());
  const backend = reading.backend === null ? undefined : backendForScheme(reading.backend);
  if (reading.parts === null || reading.parts.scheme === 'file') {
    return { ok: false, message: 'This is not a Duplicati destination URL; it should look like onedrivev2://Backups/Laptop?authid=…' };
  }
  if (backend === undefined) {
    return { ok: false, message: 'This destination type does not use an AuthID, or the app does not know it.' };
  }
  let server: AuthIdServer = backend.takesOauthUrl ? HOSTED_HANDLER : HOSTED_SERVICE;
  if (backend.takesOauthUrl && reading.refreshUrl.from !== 'default') {
    const found = readOauthUrl(reading.refreshUrl.url, context.knownServers);
    if (!found.ok) return { ok: false, message: 'The oauth-url option is not a valid http or https address.' };
    server = found.server;
  }
  const authId = reading.authId ?? undefined;
  return {
    ok: true,
    backend: backend.id,
    provider: providerFor(backend.id, backend.defaultProvider, authId),
    path: trimFolder(reading.folder ?? ''),
    ...(reading.details.pcloudHost === undefined ? {} : { host: reading.details.pcloudHost }),
    options: Object.fromEntries(Object.entries(reading.options).filter(([name]) => !RESERVED.has(name))),
    ...(authId === undefined ? {} : { authId }),
    server,
    reading,
  };
}

function providerFor(backend: BackendId, fallback: ProviderId, authId: string | undefined): ProviderId {
  const serviceId = authId?.startsWith('v2:') === true ? authId.split(':')[1] : undefined;
  const hinted = serviceId === undefined ? undefined : findProvider(serviceId);
  return hinted?.backend === backend ? hinted.id : fallback;
}
