/**
 * The revoke dialog's stronger choice, where the provider allows it (Google, Dropbox): end the
 * grant at the provider, then delete the server's copy of a v1 AuthID, then remove it here.
 * Each step reports what it did; if the provider step does not succeed, nothing else is done.
 */
import type { RequestHandlers } from '../../ipc/contract';
import type { RevokeStepView } from '../../ipc/transfer-views';
import { UserFacingError } from '../../ipc/user-facing-error';
import { canRevokeAtProvider, revokeAtProvider, whyNotAtProvider, type ProviderRevokeOutcome } from '../../services/provider-revoke';
import { tokenFamilyOf } from '../../services/providers';
import { revoke } from '../../services/server-client';
import type { AuthIdServer } from '../../services/servers';
import type { VaultRecord } from '../../services/vault';
import { requireRecord, serverFor, type AppContext } from '../app-context';
import { ALREADY_GONE } from './revoke-handlers';

export type ProviderRevokeHandler = Pick<RequestHandlers, 'revokeAtProvider'>;

type RevokeContext = Pick<AppContext, 'vault' | 'settings' | 'fetch' | 'providerRevokeEndpoints'>;

export function providerRevokeHandler(context: RevokeContext): ProviderRevokeHandler {
  const requestOptions = { ...(context.fetch === undefined ? {} : { fetch: context.fetch }) };
  return {
    revokeAtProvider: async ({ id }) => {
      const record = requireRecord(context, id);
      if (!canRevokeAtProvider(record.provider, record.kind)) {
        const why = whyNotAtProvider(record.provider) ?? 'The provider cannot end this kind of AuthID for an app.';
        throw new UserFacingError('revoke-not-at-provider', `${why} Use Revoke instead; nothing was changed.`);
      }
      const authId = await context.vault.readSecret(id);
      const server = serverFor(context, record.serverBaseUrl);
      const atProvider = await revokeAtProvider(
        { authId, kind: record.kind, provider: record.provider, server },
        { ...requestOptions, ...(context.providerRevokeEndpoints === undefined ? {} : { endpoints: context.providerRevokeEndpoints }) },
      );
      const providerStep = stepFor(atProvider);
      if (atProvider.outcome === 'failed' || atProvider.outcome === 'not-possible') {
        return { steps: [providerStep], removedLocally: false, message: `${atProvider.message} It is still saved on this computer.`, deauthorizeUrls: atProvider.deauthorizePages.map((p) => p.url) };
      }
      const serverStep = await deleteAtServer(record, authId, server, requestOptions);
      context.vault.remove(id);
      return {
        steps: [providerStep, serverStep, { step: 'local', outcome: 'done', message: 'Removed from this computer.' }],
        removedLocally: true,
        message: `The access at ${tokenFamilyOf(record.provider).name} has ended and the AuthID is removed from this computer. Backups that still use it will fail until they get a new AuthID.`,
        deauthorizeUrls: [],
      };
    },
  };
}

function stepFor(outcome: ProviderRevokeOutcome): RevokeStepView {
  const map = { revoked: 'done', 'already-ended': 'already-done', failed: 'failed', 'not-possible': 'failed' } as const;
  return { step: 'provider', outcome: map[outcome.outcome], message: outcome.message };
}

/** Only a v1 AuthID has a server copy; once the grant is gone, a copy left behind opens nothing. */
async function deleteAtServer(record: VaultRecord, authId: string, server: AuthIdServer, options: { fetch?: AppContext['fetch'] }): Promise<RevokeStepView> {
  if (record.kind === 'v2') return { step: 'server', outcome: 'not-needed', message: 'The AuthID server keeps nothing for a v2 AuthID, so there is nothing to delete there.' };
  if (record.kind === 'access-token-only') return { step: 'server', outcome: 'not-needed', message: "No AuthID server is involved: this AuthID is the provider's own access token." };
  const host = new URL(server.baseUrl).host;
  const result = await revoke(authId, server, { provider: record.provider, ...(options.fetch === undefined ? {} : { fetch: options.fetch }) });
  if (result.ok) return { step: 'server', outcome: 'done', message: `The AuthID server (${host}) deleted its copy.` };
  if (ALREADY_GONE.has(result.kind)) return { step: 'server', outcome: 'already-done', message: `The AuthID server (${host}) no longer had a copy.` };
  return { step: 'server', outcome: 'failed', message: `${result.message} This does no harm: the copy it keeps no longer opens anything.` };
}
