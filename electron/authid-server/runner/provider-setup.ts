import { PROVIDER_CATALOGUE, type CatalogueEntry } from '../provider-catalogue';
import type { ProviderSettingsInput } from '../provider-settings';
import { misconfigured, type ProviderHealth } from './provider-health';

/** One provider as the user set it up: the app registered at the provider, by its credentials. */
export interface BuiltInProviderSetup {
  /** A catalogue id (`googledrive`, `onedrivev2`, `dropbox`, `box.com`, `pcloud`, `jottacloud`, …). */
  readonly id: string;
  readonly clientId: string;
  /** Only where the provider requires one. */
  readonly clientSecret?: string;
  /** Other endpoints or scope than the catalogue's (tests point them at a local OAuth server). */
  readonly overrides?: Partial<Pick<ProviderSettingsInput, 'authorizeUrl' | 'tokenUrl' | 'regionTokenUrls' | 'scope'>>;
}

export type ResolvedSetup =
  | { readonly ok: true; readonly entry: CatalogueEntry; readonly settings: ProviderSettingsInput }
  | { readonly ok: false; readonly health: ProviderHealth };

/** The server settings for a setup, or why it cannot be used. */
export function resolveSetup(setup: BuiltInProviderSetup, redirectUri: string): ResolvedSetup {
  const entry = PROVIDER_CATALOGUE.get(setup.id);
  if (!entry) return { ok: false, health: misconfigured('unknown-provider', setup.id, '', redirectUri) };
  const name = String(entry.settings.name);
  const clientId = setup.clientId.trim();
  const clientSecret = setup.clientSecret?.trim() ?? '';
  if (clientId === '') return { ok: false, health: misconfigured('missing-client-id', name, entry.consoleUrl, redirectUri) };
  if (entry.clientSecret === 'required' && clientSecret === '') {
    return { ok: false, health: misconfigured('missing-secret', name, entry.consoleUrl, redirectUri) };
  }
  return { ok: true, entry, settings: { ...entry.settings, ...setup.overrides, clientId, clientSecret } };
}
