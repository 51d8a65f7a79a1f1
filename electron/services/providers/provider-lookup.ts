/** Questions other services ask the provider catalogue. */
import { BACKENDS, isPcloudHost, type BackendId, type BackendSpec } from './duplicati-backends';
import { PROVIDERS, type CatalogueFlavour, type ProviderSpec, type ServerFlavour, type WhoAmICall } from './provider-catalogue';
import { isProviderId, PROVIDER_IDS, type ProviderId } from './provider-id';
import { TOKEN_FAMILIES, type DeauthorizePage, type TokenFamily } from './token-families';

export function getProvider(id: ProviderId): ProviderSpec {
  return PROVIDERS[id];
}

/** The provider for an id read from outside (a server page, a v2 AuthID), or undefined. */
export function findProvider(id: string): ProviderSpec | undefined {
  return isProviderId(id) ? PROVIDERS[id] : undefined;
}

export function tokenFamilyOf(id: ProviderId): TokenFamily {
  return TOKEN_FAMILIES[PROVIDERS[id].family];
}

/** The Duplicati backend the provider's AuthIDs are used with; null for legacy OneDrive. */
export function backendForProvider(id: ProviderId): BackendSpec | null {
  const backend = PROVIDERS[id].backend;
  return backend === null ? null : BACKENDS[backend];
}

/** Providers whose AuthIDs work with this backend, in catalogue order. */
export function providersForBackend(backend: BackendId): readonly ProviderSpec[] {
  return PROVIDER_IDS.map((id) => PROVIDERS[id]).filter((p) => p.backend === backend);
}

/** The built-in server is protocol-faithful to the self-hosted one, so it offers the same ids. */
function catalogueFlavour(flavour: ServerFlavour): CatalogueFlavour {
  return flavour === 'built-in' ? 'self-hosted' : flavour;
}

export interface ProviderListFilter {
  /** Also return ids a server accepts but does not list (googledocs and box on the hosted handler). */
  readonly includeHidden?: boolean;
  /** Also return legacy providers (OneDrive Live Connect). */
  readonly includeLegacy?: boolean;
}

/** What a server of this flavour offers, in catalogue order; by default only listed, current providers. */
export function providersForServer(flavour: ServerFlavour, filter: ProviderListFilter = {}): readonly ProviderSpec[] {
  const key = catalogueFlavour(flavour);
  return PROVIDER_IDS.map((id) => PROVIDERS[id]).filter((p) => {
    const listing = p.servers[key];
    if (listing === undefined) return false;
    if (listing === 'hidden' && filter.includeHidden !== true) return false;
    return !p.legacy || filter.includeLegacy === true;
  });
}

export function providersByServerFlavour(
  filter: ProviderListFilter = {},
): Readonly<Record<CatalogueFlavour, readonly ProviderSpec[]>> {
  return {
    'hosted-handler': providersForServer('hosted-handler', filter),
    'hosted-service': providersForServer('hosted-service', filter),
    'self-hosted': providersForServer('self-hosted', filter),
  };
}

/** Whether a server of this flavour accepts the id at all (listed or hidden). */
export function serverOffers(flavour: ServerFlavour, id: ProviderId): boolean {
  return PROVIDERS[id].servers[catalogueFlavour(flavour)] !== undefined;
}

export function deauthorizePagesFor(id: ProviderId): readonly DeauthorizePage[] {
  return tokenFamilyOf(id).deauthorizePages;
}

export function revocableWithoutClientSecret(id: ProviderId): boolean {
  return tokenFamilyOf(id).revocation.kind === 'endpoint';
}

/** Whether a colon-less string is a plausible AuthID for this provider (a raw access token). */
export function acceptsBareAccessToken(id: ProviderId): boolean {
  return tokenFamilyOf(id).acceptsBareAccessToken;
}

/** The "who am I" request for a provider, with pCloud's region host filled in; null when there is none. */
export function whoAmIRequest(id: ProviderId, regionHost?: string): WhoAmICall | null {
  const call = PROVIDERS[id].whoAmI;
  if (call === null || !call.url.includes('{host}')) return call;
  if (regionHost === undefined || !isPcloudHost(regionHost)) return null;
  return { method: call.method, url: call.url.replace('{host}', regionHost) };
}
