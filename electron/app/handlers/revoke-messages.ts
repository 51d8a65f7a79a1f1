/**
 * What the usual revoke says it did, one wording per outcome. The AuthID server can only delete
 * its own copy; the app's access at the provider stays until the user removes it there, so
 * every outcome that leaves it names the provider and comes with its page.
 */
import type { RevokeResultView } from '../../ipc/views';
import { getProvider } from '../../services/providers';
import type { VaultRecord } from '../../services/vault';
import { providerViewFor } from '../views/provider-view';

type Revoked = Pick<VaultRecord, 'provider' | 'serverBaseUrl'>;

const hostOf = (record: Revoked) => new URL(record.serverBaseUrl).host;
const nameOf = (record: Revoked) => getProvider(record.provider).name;
const pagesOf = (record: Revoked) => providerViewFor(record.provider).deauthorizeUrls;

export function revokedAtServer(record: Revoked): RevokeResultView {
  return {
    outcome: 'revoked',
    revokedAtServer: true,
    removedLocally: true,
    message: `The AuthID server (${hostOf(record)}) deleted this AuthID, so backups that use it can no longer get access tokens. An access token it already handed out stays valid for up to an hour. ${nameOf(record)} still lists the app's access: remove it there too to end it completely.`,
    deauthorizeUrls: pagesOf(record),
  };
}

export function alreadyRevoked(record: Revoked): RevokeResultView {
  return {
    outcome: 'already-revoked',
    revokedAtServer: false,
    removedLocally: true,
    message: `The AuthID server (${hostOf(record)}) no longer knew this AuthID, so it had already stopped working. ${nameOf(record)} may still list the app's access: remove it there if you no longer use it.`,
    deauthorizeUrls: pagesOf(record),
  };
}

/** v2 and access-token AuthIDs: no server keeps them, only the provider's page can end them. */
export function finishAtProvider(record: Revoked): RevokeResultView {
  const name = nameOf(record);
  return {
    outcome: 'finish-at-provider',
    revokedAtServer: false,
    removedLocally: true,
    message: `Removed from this computer, but not revoked yet: only ${name} can end this AuthID. Until you remove the app's access on ${name}'s page, a copy of this AuthID still works.`,
    deauthorizeUrls: pagesOf(record),
  };
}

/** The button the user can press instead, named as the detail screen writes it. */
export const REMOVE_INSTEAD = 'Nothing was removed. Try again, or choose “Remove from this computer…” to delete it here only (it then keeps working).';
