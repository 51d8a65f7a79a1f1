/**
 * Logins from the window and the tray. A captured AuthID goes into the vault (a new record, or a
 * new secret for the record being re-authorized); the desktop is told how it ended.
 */
import type { RequestHandlers } from '../../ipc/contract';
import { UserFacingError } from '../../ipc/user-facing-error';
import type { CapturedLogin, LoginSession } from '../../services/login';
import { loginFailedNotice, loginSucceededNotice } from '../../services/notifications';
import { getProvider, serverOffers, type ProviderId } from '../../services/providers';
import type { AuthIdServer } from '../../services/servers';
import { requireRecord, trustedServer, type AppContext } from '../app-context';
import { shareNewAuthId } from '../keychain-default';
import { secretReplaced } from '../shared-secrets';

type LoginHandlers = Pick<RequestHandlers, 'startLogin' | 'reauthorize' | 'openLoginInBrowser' | 'cancelLogin'>;

export function loginHandlers(context: AppContext, changed: () => void): LoginHandlers {
  const storeNew = async (login: CapturedLogin) => {
    const record = await context.vault.add({
      defaultLabel: getProvider(login.provider).name,
      provider: login.provider,
      serverBaseUrl: login.serverBaseUrl,
      kind: login.kind,
      authId: login.authId,
      ...(login.region === undefined ? {} : { region: login.region.host }),
    });
    if (await shareNewAuthId(context, record.id, login.authId)) changed();
    return { authIdId: record.id };
  };
  const storeReplacement = (id: string) => async (login: CapturedLogin) => {
    const record = await context.vault.replaceSecret(id, {
      authId: login.authId,
      kind: login.kind,
      ...(login.region === undefined ? {} : { region: login.region.host }),
    });
    await secretReplaced(context, id, login.authId);
    return { authIdId: record.id };
  };

  const begin = (provider: ProviderId, server: AuthIdServer, accept: (login: CapturedLogin) => Promise<{ authIdId: string }>) => {
    if (!serverOffers(server.flavour, provider)) {
      throw new UserFacingError('not-offered', `${getProvider(provider).name} cannot be authorized at ${server.baseUrl}; choose another server.`);
    }
    const { session, isNew } = context.login.start({ provider, server, accept });
    // A second start of a running login gets its session back; that login is announced already.
    if (isNew) announceEnding(context, session);
    return { loginId: session.loginId };
  };

  return {
    startLogin: async ({ provider, serverBaseUrl }) => begin(provider, trustedServer(context, serverBaseUrl), storeNew),
    reauthorize: async ({ id }) => {
      const record = requireRecord(context, id);
      return begin(record.provider, trustedServer(context, record.serverBaseUrl), storeReplacement(id));
    },
    openLoginInBrowser: async ({ loginId }) => context.login.openInBrowser(loginId),
    cancelLogin: async ({ loginId }) => context.login.cancel(loginId),
  };
}

/** The notice for how a login ended, and its first check. */
function announceEnding(context: AppContext, session: LoginSession): void {
  const providerName = getProvider(session.provider).name;
  void session.result.then((outcome) => {
    if (outcome.status === 'succeeded' && outcome.authIdId !== undefined) {
      const id = outcome.authIdId;
      const label = context.vault.get(id)?.label ?? providerName;
      context.notifier.show(loginSucceededNotice({ providerName, label, onClick: () => context.showRecord(id) }));
      // A first check fills in health (and the account name) without waiting for the schedule.
      context.checker.checkNow(id).catch(() => undefined);
    } else if (outcome.status === 'failed') {
      context.notifier.show(loginFailedNotice({ providerName, message: outcome.message, onClick: () => context.showRecord(undefined) }));
    }
  });
}
