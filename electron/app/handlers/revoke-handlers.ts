/**
 * Revoking says beforehand exactly what will happen for the AuthID's kind, and afterwards what
 * it did: only a v1 AuthID can be deleted at the server; for the others the provider holds the
 * access and the user has to remove it on the provider's page.
 */
import type { RequestHandlers } from '../../ipc/contract';
import type { RevokeAtProviderPlanView, RevokePlanView, RevokeResultView } from '../../ipc/views';
import { UserFacingError } from '../../ipc/user-facing-error';
import { canRevokeAtProvider, whyNotAtProvider } from '../../services/provider-revoke';
import { tokenFamilyOf } from '../../services/providers';
import { revoke } from '../../services/server-client';
import type { VaultRecord } from '../../services/vault';
import { requireRecord, trustedServer, type AppContext } from '../app-context';
import { revokeSteps } from '../shared-secrets';
import { providerViewFor } from '../views/provider-view';
import { REMOVE_INSTEAD, alreadyRevoked, finishAtProvider, revokedAtServer } from './revoke-messages';

type RevokeHandlers = Pick<RequestHandlers, 'planRevoke' | 'revoke'>;

// The server's answer names these when the AuthID is already gone there.
export const ALREADY_GONE: ReadonlySet<string> = new Set(['unknown-authid', 'unknown-authid-or-wrong-password']);

function forgetStep(record: VaultRecord): string {
  const count = record.destinations.length;
  return `Remove it${count === 0 ? '' : ` and its ${count} saved destination${count === 1 ? '' : 's'}`} from this computer.`;
}

function plan(record: VaultRecord): RevokePlanView {
  const provider = providerViewFor(record.provider);
  const atProvider = canRevokeAtProvider(record.provider, record.kind) ? { atProvider: providerPlan(record) } : {};
  // Said where the app cannot end the access at the provider itself.
  const whyNot = whyNotAtProvider(record.provider);
  if (record.kind === 'v1') {
    const host = new URL(record.serverBaseUrl).host;
    return {
      kind: record.kind,
      method: 'server',
      steps: [
        `Ask the AuthID server (${host}) to delete this AuthID, so every backup that uses it stops working.`,
        forgetStep(record),
        'An access token the server already handed out stays valid for up to an hour.',
        `The app's access at ${provider.name} stays.${whyNot === undefined ? '' : ` ${whyNot}`} Remove it there too to end it.`,
      ],
      deauthorizeUrls: provider.deauthorizeUrls,
      ...atProvider,
    };
  }
  return {
    kind: record.kind,
    method: 'provider-page',
    steps: [
      record.kind === 'v2'
        ? 'The AuthID server keeps nothing for this AuthID, so it cannot revoke it.'
        : `This AuthID is ${provider.name}'s own access token; no AuthID server can revoke it.`,
      forgetStep(record),
      `Open ${provider.name}'s app-access page and remove Duplicati's access there; only that stops the AuthID working.`,
      ...(whyNot === undefined ? [] : [whyNot]),
    ],
    deauthorizeUrls: provider.deauthorizeUrls,
    ...atProvider,
  };
}

/** Adds what else removing the AuthID undoes (its copies in the keychain and the secrets file) to both ways of revoking. */
function withSteps(revokePlan: RevokePlanView, added: readonly string[]): RevokePlanView {
  if (added.length === 0) return revokePlan;
  const { atProvider, ...rest } = revokePlan;
  return {
    ...rest,
    steps: [...rest.steps, ...added],
    ...(atProvider === undefined ? {} : { atProvider: { ...atProvider, steps: [...atProvider.steps, ...added] } }),
  };
}

/** The stronger choice where the provider allows it: end the grant itself. */
function providerPlan(record: VaultRecord): RevokeAtProviderPlanView {
  const family = tokenFamilyOf(record.provider);
  const host = new URL(record.serverBaseUrl).host;
  return {
    summary: `Ends the access at ${family.name} itself, so this AuthID, every copy of it and every access token already handed out stop working at once.`,
    steps: [
      record.kind === 'access-token-only'
        ? `Ask ${family.name} to end the access this token gives.`
        : `Get a short-lived access token from the AuthID server (${host}) and ask ${family.name} to end the access it belongs to.`,
      ...(record.kind === 'v1' ? [`Ask the AuthID server (${host}) to delete its copy of this AuthID.`] : []),
      forgetStep(record),
      ...(family.id === 'google'
        ? ['Google may also end other AuthIDs of the same Google account that came through this AuthID server; log in again for those you still need.']
        : []),
    ],
  };
}

export function revokeHandlers(context: Pick<AppContext, 'vault' | 'settings' | 'fetch' | 'keychain' | 'secretsFile'>): RevokeHandlers {
  const removed = (record: VaultRecord, result: RevokeResultView): RevokeResultView => {
    context.vault.remove(record.id);
    return result;
  };

  return {
    planRevoke: async ({ id }) => withSteps(plan(requireRecord(context, id)), revokeSteps(context, id)),
    revoke: async ({ id }) => {
      const record = requireRecord(context, id);
      if (record.kind !== 'v1') return removed(record, finishAtProvider(record));
      const server = trustedServer(context, record.serverBaseUrl);
      const secret = await context.vault.readSecret(id);
      const result = await revoke(secret, server, { provider: record.provider, ...(context.fetch === undefined ? {} : { fetch: context.fetch }) });
      if (result.ok) return removed(record, revokedAtServer(record));
      if (ALREADY_GONE.has(result.kind)) return removed(record, alreadyRevoked(record));
      if (result.kind === 'not-revocable') return removed(record, finishAtProvider(record));
      throw new UserFacingError(`revoke-${result.kind}`, `${result.message} ${REMOVE_INSTEAD}`);
    },
  };
}
