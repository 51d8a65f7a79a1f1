/**
 * Reads a pasted Duplicati destination URL back into provider, path, options, AuthID and server,
 * decoding as Duplicati does (`+` is a space). Lenient: it reports what Duplicati would see and
 * leaves judging to lint. Never throws.
 */
import { backendForScheme, type BackendId } from '../providers/duplicati-backends';
import type { ProviderId } from '../providers/provider-id';
import { findProvider } from '../providers/provider-lookup';
import { HOSTED_HANDLER, HOSTED_SERVICE, type AuthIdServer } from '../servers/known-servers';
import { readOauthUrl } from './oauth-url';
import { decodePathSegments, splitRawUrl, type RawQueryParam } from './raw-url-parts';

export interface ParsedConnectionUrl {
  readonly ok: true;
  readonly backend: BackendId;
  /** The v2 AuthID's service when it fits the backend, else the backend's usual provider. */
  readonly provider: ProviderId;
  /** Decoded folder path without leading or trailing slashes (pCloud: without the region host). */
  readonly path: string;
  /** pCloud only: the first path part, which Duplicati uses as the region host (may be wrong; see lint). */
  readonly host?: string;
  /** Every other query option, decoded; a repeated one is joined with a comma as Duplicati does. */
  readonly options: Readonly<Record<string, string>>;
  /** Decoded AuthID as Duplicati reads it (repeats joined with a comma); undefined when absent. */
  readonly authId?: string;
  /** How often `authid` appears; more than one breaks the login. */
  readonly authIdCount: number;
  /** From `oauth-url`, else Duplicati's default for the backend. */
  readonly server: AuthIdServer;
}

export type ConnectionUrlParseResult = ParsedConnectionUrl | { readonly ok: false; readonly message: string };

export interface ParseContext {
  /** The app's configured servers, so a matching `oauth-url` gets the right flavour. */
  readonly knownServers?: readonly AuthIdServer[];
}

export function parseConnectionUrl(url: string, context: ParseContext = {}): ConnectionUrlParseResult {
  const raw = splitRawUrl(url.trim());
  if (raw === null) {
    return { ok: false, message: 'This is not a Duplicati destination URL; it should look like onedrivev2://Backups/Laptop?authid=…' };
  }
  const backend = backendForScheme(raw.scheme);
  if (backend === undefined) {
    return { ok: false, message: 'This destination type does not use an AuthID, or the app does not know it.' };
  }

  const authIds = raw.params.filter((p) => p.name === 'authid');
  const oauthUrl = joinValues(raw.params.filter((p) => p.name === 'oauth-url'));
  let server: AuthIdServer = backend.takesOauthUrl ? HOSTED_HANDLER : HOSTED_SERVICE;
  if (oauthUrl !== undefined) {
    const reading = readOauthUrl(oauthUrl, context.knownServers);
    if (!reading.ok) return { ok: false, message: 'The oauth-url option is not a valid http or https address.' };
    server = reading.server;
  }

  const segments = decodePathSegments(raw.rawPath);
  const host = backend.host === undefined ? undefined : segments.shift() ?? '';
  const authId = joinValues(authIds);
  const result = {
    ok: true as const,
    backend: backend.id,
    provider: providerFor(backend.id, backend.defaultProvider, authId),
    path: segments.join('/'),
    options: collectOptions(raw.params),
    authIdCount: authIds.length,
    server,
  };
  return {
    ...result,
    ...(host === undefined ? {} : { host }),
    ...(authId === undefined ? {} : { authId }),
  };
}

function providerFor(backend: BackendId, fallback: ProviderId, authId: string | undefined): ProviderId {
  const serviceId = authId?.startsWith('v2:') === true ? authId.split(':')[1] : undefined;
  const hinted = serviceId === undefined ? undefined : findProvider(serviceId);
  return hinted?.backend === backend ? hinted.id : fallback;
}

function collectOptions(params: readonly RawQueryParam[]): Record<string, string> {
  const byName = new Map<string, RawQueryParam[]>();
  for (const p of params) {
    if (p.name === 'authid' || p.name === 'oauth-url') continue;
    byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  }
  // fromEntries defines own properties, so a key such as "__proto__" stays an ordinary option.
  return Object.fromEntries(
    [...byName.values()].map((group) => [group[0]?.key ?? '', group.map((p) => p.value).join(',')]),
  );
}

function joinValues(params: readonly RawQueryParam[]): string | undefined {
  return params.length === 0 ? undefined : params.map((p) => p.value).join(',');
}
