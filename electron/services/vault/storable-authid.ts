import { UserFacingError } from '../errors';
import { advisePseudoAuthId, detectPseudoAuthId, MAX_AUTHID_LENGTH } from '../authids';
import type { ProviderId } from '../providers';

/**
 * The vault's last line of defence: refuses what is certainly not an AuthID before it is
 * stored. Real AuthIDs (v1, v2, access tokens) never contain whitespace. Messages never
 * repeat the value.
 */
export function assertStorableAuthId(authId: string, provider: ProviderId): void {
  const pseudo = detectPseudoAuthId(authId);
  if (pseudo !== null) throw new UserFacingError('not-an-authid', advisePseudoAuthId(pseudo, provider).message);
  if (authId.length === 0 || authId.length > MAX_AUTHID_LENGTH || /\s/.test(authId)) {
    throw new UserFacingError(
      'not-an-authid',
      'That does not look like an AuthID (it is empty, too long, or contains spaces or line breaks). Nothing was saved.',
    );
  }
}
