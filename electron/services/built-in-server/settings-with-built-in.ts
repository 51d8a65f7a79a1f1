/**
 * The settings as the rest of the app reads them, with the built-in server in the server list
 * while it is on: so Authorize offers it, an AuthID may go to it (authid-recipient.ts) and the
 * refresher refreshes there, by the same rules as every other server. Its changes count as
 * settings changes, so the window reloads what depends on them.
 */
import { BUILT_IN_HOST } from '../../authid-server';
import { isProviderId } from '../providers';
import type { AuthIdServer } from '../servers';
import type { Settings, SettingsService, SettingsValues } from '../settings';
import type { BuiltInServer, BuiltInServerStatus } from './built-in-server';

/** The built-in server's entry: offering the providers it runs with, or none while it does not run. */
function builtInServerEntry(status: BuiltInServerStatus): AuthIdServer | undefined {
  if (!status.enabled) return undefined;
  const { server, providers } = status.snapshot;
  if (server.status !== 'running') return { baseUrl: `http://${BUILT_IN_HOST}:${status.port}`, flavour: 'built-in', offers: [] };
  const usable = Object.entries(providers).flatMap(([id, health]) => (health.status === 'misconfigured' || !isProviderId(id) ? [] : [id]));
  return { baseUrl: server.baseUrl, flavour: 'built-in', offers: usable };
}

export function withBuiltInServer(settings: SettingsService, builtIn: BuiltInServer): SettingsService {
  const servers = (values: SettingsValues): readonly AuthIdServer[] => {
    const entry = builtInServerEntry(builtIn.status());
    return entry === undefined ? values.servers : [...values.servers, entry];
  };
  const withServers = <T extends SettingsValues>(values: T): T => ({ ...values, servers: servers(values) });
  const withServersLater = async (pending: Promise<Settings>) => withServers(await pending);
  return {
    ...(settings.recoveredFrom === undefined ? {} : { recoveredFrom: settings.recoveredFrom }),
    values: () => withServers(settings.values()),
    read: () => withServersLater(settings.read()),
    update: (patch) => withServersLater(settings.update(patch)),
    addServer: (baseUrl) => withServersLater(settings.addServer(baseUrl)),
    removeServer: (baseUrl) => withServersLater(settings.removeServer(baseUrl)),
    setStartAtLogin: (enabled) => withServersLater(settings.setStartAtLogin(enabled)),
    onChange: (listener) => {
      const fromSettings = settings.onChange((values) => listener(withServers(values)));
      const fromServer = builtIn.onChange(() => listener(withServers(settings.values())));
      return () => {
        fromSettings();
        fromServer();
      };
    },
  };
}
