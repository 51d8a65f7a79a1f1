/** A vault record as the window sees it: metadata, the masked AuthID, destinations with masked URLs. */
import type { AuthIdView, UntrustedServerView } from '../../ipc/views';
import { getProvider } from '../../services/providers';
import type { AuthIdServer } from '../../services/servers';
import type { VaultRecord } from '../../services/vault';
import { destinationUrlChange, maskedConnectionUrl } from '../destination-url';

export function authIdView(
  record: VaultRecord,
  masked: string,
  server: AuthIdServer,
  held: UntrustedServerView | undefined,
  keychainReference?: string,
): AuthIdView {
  // A URL that names the keychain's copy holds no secret, so it is shown as it is copied.
  const inUrl = keychainReference ?? masked;
  return {
    id: record.id,
    label: record.label,
    provider: record.provider,
    providerName: getProvider(record.provider).name,
    serverBaseUrl: record.serverBaseUrl,
    kind: record.kind,
    masked,
    created: record.created,
    ...(record.accountName === undefined ? {} : { accountName: record.accountName }),
    ...(record.region === undefined ? {} : { region: record.region }),
    health: record.health,
    ...(record.lastCheck === undefined ? {} : { lastCheck: record.lastCheck }),
    ...(record.nextCheckAt === undefined ? {} : { nextCheckAt: record.nextCheckAt }),
    history: record.history,
    destinations: record.destinations.map((d) => {
      const urlChange = destinationUrlChange(record, d, inUrl, server);
      return {
        id: d.id,
        name: d.name,
        path: d.path,
        options: d.options,
        ...(d.host === undefined ? {} : { host: d.host }),
        maskedUrl: maskedConnectionUrl(record, d, inUrl, server),
        ...(urlChange === undefined ? {} : { urlChange }),
      };
    }),
    protection: record.protection,
    ...(held === undefined ? {} : { held }),
    ...(keychainReference === undefined ? {} : { keychainReference }),
  };
}
