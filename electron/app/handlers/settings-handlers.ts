/** Settings, AuthID servers (with a test of what a server offers), storage protection, links. */
import type { RequestHandlers } from '../../ipc/contract';
import { UserFacingError } from '../../ipc/user-facing-error';
import { probe } from '../../services/server-client';
import { parseSelfHostedBaseUrl } from '../../services/settings';
import type { AppContext } from '../app-context';
import { settingsView } from '../views/settings-view';

type SettingsHandlers = Pick<
  RequestHandlers,
  'getSettings' | 'updateSettings' | 'setStartAtLogin' | 'addServer' | 'removeServer' | 'testServer' | 'setWeakStorageOptIn' | 'openExternal'
>;

export function settingsHandlers(context: AppContext): SettingsHandlers {
  const { settings } = context;
  return {
    getSettings: async () => settingsView(await settings.read()),
    updateSettings: async (patch) => settingsView(await settings.update(patch)),
    setStartAtLogin: async ({ enabled }) => settingsView(await settings.setStartAtLogin(enabled)),
    addServer: async ({ baseUrl }) => settingsView(await settings.addServer(baseUrl)),
    removeServer: async ({ baseUrl }) => settingsView(await settings.removeServer(baseUrl)),
    testServer: async ({ baseUrl }) => {
      const server = { baseUrl: parseSelfHostedBaseUrl(baseUrl), flavour: 'self-hosted' as const };
      const result = await probe(server, { fetch: context.fetch, retryBy: 'user' });
      if (!result.reachable) return { reachable: false, message: result.failure.message, providers: [] };
      const count = result.providers.length;
      return {
        reachable: true,
        message: count === 0 ? 'The server answered, but offers no provider this app knows.' : `The server answered and offers ${count} provider${count === 1 ? '' : 's'}.`,
        providers: [...result.providers],
      };
    },
    setWeakStorageOptIn: async ({ enabled }) => context.vault.setWeakOptIn(enabled),
    openExternal: async ({ url }) => {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw new UserFacingError('bad-link', 'That link is not a web address.');
      }
      // Only web pages: a file: or custom-scheme link from a compromised page must not run anything.
      if (parsed.protocol !== 'https:') throw new UserFacingError('bad-link', 'Only https:// links are opened.');
      await context.openExternal(parsed.href);
    },
  };
}
