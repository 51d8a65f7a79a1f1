/** Small builders for the IPC views the tray and notifications read. */
import type { AuthIdView, DestinationView, Health, ProviderGroupView, ProviderView, ServerView } from '../../../electron/ipc/views';
import type { LoginProgressView } from '../../../electron/services/login/login-progress';
import type { ProviderId } from '../../../electron/services/providers/provider-id';

export function authId(id: string, overrides: Partial<AuthIdView> = {}): AuthIdView {
  return {
    id,
    label: `Drive ${id}`,
    provider: 'googledrive',
    providerName: 'Google Drive (limited)',
    serverBaseUrl: 'https://duplicati-oauth-handler.appspot.com',
    kind: 'v2',
    masked: `v2:…${id}`,
    created: '2025-01-01T00:00:00.000Z',
    health: 'healthy',
    history: [],
    destinations: [],
    protection: 'os-encrypted',
    ...overrides,
  };
}

export function withHealth(id: string, health: Health, reason = ''): AuthIdView {
  return authId(id, { health, lastCheck: { at: '2025-01-02T00:00:00.000Z', health, reason } });
}

export function destination(id: string, name: string): DestinationView {
  return { id, name, path: `backups/${id}`, options: {}, maskedUrl: `googledrive://backups/${id}?authid=…` };
}

export function server(baseUrl: string, name: string): ServerView {
  return { baseUrl, flavour: 'self-hosted', name, tokenHolder: 'you', removable: true };
}

export function provider(id: ProviderId, name: string, legacy = false): ProviderView {
  return { id, name, note: '', legacy, loginStyle: 'redirect', scheme: id, pathHelp: '', options: [], deauthorizeUrls: [] };
}

export function group(srv: ServerView, providers: readonly ProviderView[]): ProviderGroupView {
  return { server: srv, providers };
}

export const HOSTED = server('https://duplicati-oauth-handler.appspot.com', 'Duplicati (hosted)');
export const HOSTED_GROUP = group(HOSTED, [
  provider('googledrive', 'Google Drive (limited)'),
  provider('dropbox', 'Dropbox'),
  provider('onedrive', 'Microsoft OneDrive (Live Connect, legacy)', true),
]);

/** A login waiting for the user in its window. */
export function login(loginId: string, providerId: ProviderId): LoginProgressView {
  return { loginId, provider: providerId, phase: 'waiting-for-user', message: 'Waiting for you in the login window' };
}
