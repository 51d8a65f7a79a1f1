/** How a server is shown: its name and, in plain words, who holds the provider tokens behind its AuthIDs. */
import type { ServerView } from '../../ipc/views';
import type { AuthIdServer } from '../../services/servers';

export function serverView(server: AuthIdServer): ServerView {
  const host = new URL(server.baseUrl).host;
  switch (server.flavour) {
    case 'hosted-handler':
      return {
        baseUrl: server.baseUrl,
        flavour: server.flavour,
        name: 'Duplicati AuthID service',
        tokenHolder: "Duplicati's hosted service keeps your provider tokens, encrypted with the AuthID; only the AuthID can unlock them.",
        removable: false,
      };
    case 'hosted-service':
      return {
        baseUrl: server.baseUrl,
        flavour: server.flavour,
        name: 'Duplicati OAuth service (newer)',
        tokenHolder: "Duplicati's newer hosted service exchanges the login; for pCloud the token lives only in your AuthID.",
        removable: false,
      };
    case 'self-hosted':
      return {
        baseUrl: server.baseUrl,
        flavour: server.flavour,
        name: `Self-hosted (${host})`,
        tokenHolder: `Your own server at ${host} holds the provider tokens; nobody else sees them.`,
        removable: true,
      };
    case 'built-in':
      return {
        baseUrl: server.baseUrl,
        flavour: server.flavour,
        name: 'Built into this app',
        tokenHolder: 'This computer holds the provider tokens; they never leave it.',
        removable: false,
      };
  }
}
