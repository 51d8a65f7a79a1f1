/** Requests for the built-in AuthID server: Settings turns it on, sets its port and the user's app registrations. */
import type { RequestHandlers } from '../../ipc/contract';
import { UserFacingError } from '../../ipc/user-facing-error';
import type { BuiltInServer } from '../../services/built-in-server';
import type { ClipboardGuard } from '../../services/clipboard';
import { builtInServerView } from '../views/builtin-server-view';

type BuiltInServerHandlers = Pick<
  RequestHandlers,
  'getBuiltInServer' | 'setBuiltInServer' | 'saveBuiltInProvider' | 'removeBuiltInProvider' | 'checkBuiltInProvider' | 'copyBuiltInRedirectUri'
>;

export function builtInServerHandlers(builtIn: BuiltInServer | undefined, clipboard: ClipboardGuard): BuiltInServerHandlers {
  const server = (): BuiltInServer => {
    if (builtIn === undefined) throw new UserFacingError('not-available', 'This copy of AuthID Manager has no built-in server.');
    return builtIn;
  };
  return {
    getBuiltInServer: async () => builtInServerView(server().status()),
    setBuiltInServer: async ({ enabled, port, duplicatiWebUiPort }) => {
      // The port first, so turning on with a new port starts once, on that port.
      if (port !== undefined) await server().setPort(port);
      if (duplicatiWebUiPort !== undefined) await server().setDuplicatiWebUi(duplicatiWebUiPort ?? undefined);
      if (enabled !== undefined) await server().setEnabled(enabled);
      return builtInServerView(server().status());
    },
    saveBuiltInProvider: async ({ id, clientId, clientSecret }) =>
      builtInServerView(await server().saveRegistration({ id, clientId, ...(clientSecret === undefined ? {} : { clientSecret }) })),
    removeBuiltInProvider: async ({ id }) => builtInServerView(await server().removeRegistration(id)),
    checkBuiltInProvider: async ({ id }) => builtInServerView(await server().checkProvider(id)),
    // A redirect URI is no secret: 0 leaves it on the clipboard.
    copyBuiltInRedirectUri: async () => clipboard.copySecret(builtInServerView(server().status()).redirectUri, 0),
  };
}
