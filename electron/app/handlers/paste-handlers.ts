/** The manual path: a pasted AuthID or connection URL, linted, then saved with its destination. */
import type { RequestArgs, RequestHandlers } from '../../ipc/contract';
import { UserFacingError } from '../../ipc/user-facing-error';
import { analyzePastedLogin } from '../../services/login';
import { URL_RULES_VERSION } from '../../services/connection-urls';
import { getProvider } from '../../services/providers';
import { trustedServer, type AppContext } from '../app-context';
import { reviewPaste } from '../paste-review';

type PasteHandlers = Pick<RequestHandlers, 'analyzePaste' | 'savePaste'>;

/** What the user chose on the paste screen for a bare AuthID; the text itself reveals the rest. */
type PasteChoice = Omit<RequestArgs<'analyzePaste'>, 'text'>;

export function pasteHandlers(context: AppContext): PasteHandlers {
  const analyze = (text: string, choice: PasteChoice) => {
    const { servers } = context.settings.values();
    const pastedContext = {
      knownServers: servers,
      ...(choice.provider === undefined ? {} : { provider: choice.provider }),
      // Only a server of the user's own list may be chosen: a check sends the AuthID there.
      ...(choice.serverBaseUrl === undefined ? {} : { server: trustedServer(context, choice.serverBaseUrl) }),
      ...(choice.region === undefined ? {} : { region: choice.region }),
    };
    return reviewPaste(analyzePastedLogin(text, pastedContext), servers);
  };
  return {
    analyzePaste: async ({ text, ...choice }) => analyze(text, choice).view,
    savePaste: async ({ text, label, ...choice }) => {
      const { save } = analyze(text, choice);
      if (save === undefined) throw new UserFacingError('cannot-save', 'Fix the problems listed first: this text cannot be saved yet.');
      // Saving starts a check, which sends the AuthID: only to a server the user trusts.
      trustedServer(context, save.serverBaseUrl);
      const providerName = getProvider(save.provider).name;
      const record = await context.vault.add({
        ...(label === undefined ? {} : { label }),
        defaultLabel: providerName,
        provider: save.provider,
        serverBaseUrl: save.serverBaseUrl,
        kind: save.kind,
        authId: save.authId,
        ...(save.region === undefined ? {} : { region: save.region }),
        ...(save.destination === undefined ? {} : { destination: { name: label ?? `${providerName} destination`, ...save.destination, urlRules: URL_RULES_VERSION } }),
      });
      context.checker.checkNow(record.id).catch(() => undefined);
      return { id: record.id };
    },
  };
}
