/**
 * What a pasted bare AuthID reveals about where it belongs, and what the user must still choose:
 * a v1 AuthID names no provider (its password length tells the server kind: 21 characters on the
 * hosted handler, 32 on the self-hosted server), a v2 AuthID names its provider but not its
 * server, and a colon-less access token names neither provider nor, for pCloud, region.
 */
import type { ParsedAuthId } from '../authids';
import { backendForProvider, BACKENDS, getProvider, PROVIDER_IDS, serverOffers, tokenFamilyOf, type ProviderId } from '../providers';
import { HOSTED_HANDLER, HOSTED_SERVICE, type AuthIdServer } from '../servers';

interface PasteChoiceOption {
  readonly value: string;
  readonly label: string;
}

/** Asked on the paste screen for a bare AuthID; what the text revealed comes pre-filled. */
export interface PasteQuestions {
  /** The providers an AuthID of this shape can belong to. */
  readonly providers: readonly ProviderId[];
  /** In one sentence, what the AuthID's shape tells about where it came from. */
  readonly revealed: string;
  /** pCloud only: its regions, since a token works only with its own. */
  readonly regions?: readonly PasteChoiceOption[];
}

type Shape = Pick<ParsedAuthId, 'kind' | 'value' | 'providerHint' | 'serviceId'>;

const HOSTED_PASSWORD_LENGTH = 21;
const SELF_HOSTED_PASSWORD_LENGTH = 32;

const passwordLength = (shape: Shape) => shape.value.length - shape.value.indexOf(':') - 1;

export function pasteQuestions(shape: Shape, provider: ProviderId | undefined): PasteQuestions {
  const regions = provider === 'pcloud' ? { regions: (BACKENDS.pcloud.host?.choices ?? []).map((c) => ({ ...c })) } : {};
  return { providers: candidates(shape), revealed: revealed(shape), ...regions };
}

function candidates(shape: Shape): ProviderId[] {
  const listed = PROVIDER_IDS.filter((id) => !getProvider(id).legacy && getProvider(id).aliasOf === undefined);
  if (shape.kind === 'access-token-only') return listed.filter((id) => tokenFamilyOf(id).acceptsBareAccessToken);
  const refreshing = listed.filter((id) => tokenFamilyOf(id).refresh !== 'access-token-only');
  const hint = shape.providerHint;
  if (hint === undefined) return refreshing;
  return refreshing.filter((id) => getProvider(id).backend === getProvider(hint).backend);
}

function revealed(shape: Shape): string {
  if (shape.kind === 'access-token-only') {
    return 'It has no colon, so it is an access token (pCloud or Dropbox); it does not say which provider, or for pCloud which region.';
  }
  if (shape.kind === 'v2') {
    return shape.providerHint === undefined
      ? `A v2 AuthID for “${shape.serviceId ?? ''}”, a service this app does not know; choose the provider it is for.`
      : `A v2 AuthID for ${getProvider(shape.providerHint).name}; it does not say which AuthID server issued it.`;
  }
  const length = passwordLength(shape);
  if (length === HOSTED_PASSWORD_LENGTH) return "A v1 AuthID from Duplicati's hosted AuthID service (its password has 21 characters); it does not say which provider it is for.";
  if (length === SELF_HOSTED_PASSWORD_LENGTH) return 'A v1 AuthID from a self-hosted AuthID server (its password has 32 characters); it does not say which provider it is for.';
  return 'A v1 AuthID; it does not say which provider or AuthID server it is for.';
}

/**
 * The server the shape points to among the user's servers for this provider; undefined when
 * it points to a kind of server the user has none (or several) of, so the user must choose.
 */
export function suggestedServer(shape: Shape, provider: ProviderId, known: readonly AuthIdServer[]): AuthIdServer | undefined {
  if (shape.kind === 'v1') {
    const length = passwordLength(shape);
    if (length === SELF_HOSTED_PASSWORD_LENGTH) {
      const own = known.filter((s) => (s.flavour === 'self-hosted' || s.flavour === 'built-in') && (s.offers?.includes(provider) ?? serverOffers(s.flavour, provider)));
      return own.length === 1 ? own[0] : undefined;
    }
    if (length !== HOSTED_PASSWORD_LENGTH) return undefined;
  }
  // Duplicati's own default: the hosted handler, except where it never calls a server (pCloud).
  return backendForProvider(provider)?.takesOauthUrl === false ? HOSTED_SERVICE : HOSTED_HANDLER;
}
