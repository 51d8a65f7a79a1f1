/** The manual path: a pasted AuthID or connection URL, linted, then saved with its destination. */
import type { RequestHandlers } from '../../ipc/contract';
import { UserFacingError } from '../../ipc/user-facing-error';
import { analyzePastedLogin } from '../../services/login';
import { URL_RULES_VERSION } from '../../services/connection-urls/url-rules-change';
import { getProvider } from '../../services/providers/provider-lookup';
import { trustedServer, type AppContext } from '../app-context';
import { reviewPaste } from '../paste-review';

type PasteHandlers = Pick<RequestHandlers, 'analyzePaste' | 'savePaste'>;

export function pasteHandlers(context: AppContext): PasteHandlers {
  const analyze = (text: string) => {
    const { servers } = context.settings.values();
    return reviewPaste(analyzePastedLogin(text, { knownServers: servers }), servers);
  };
  return {
    analyzePaste: async ({ text }) => analyze(text).view,
    savePaste: async ({ text, label }) => {
      const { save } = analyze(text);
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
