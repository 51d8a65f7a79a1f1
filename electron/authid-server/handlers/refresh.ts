import { AccessTokenCache, type AccessTokenAnswer } from '../access-token-cache';
import { parseAuthId } from '../authid-format';
import { readForm } from '../http/read-form';
import { sendJson, sendReason } from '../http/respond';
import { redirectUri, type Handler, type ServerContext } from '../server-context';
import { UnsealError } from '../storage/token-sealing';
import { mergeRefreshed } from '../token-response';

/** An answer with a status and `X-Reason`, as the self-hosted server gives them. */
class RefreshRefusal extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export const GENERIC_ERROR = 'An error occurred';

/**
 * `GET|POST /refresh`: AuthID (query `authid`, form `authid`, or `X-AuthID`) to
 * `{access_token, expires, type}`, from the cache while more than 30 s are left.
 */
export const handleRefresh: Handler = async (context, { req, res, url }) => {
  const given = req.method === 'POST' ? (await readForm(req)).get('authid') : url.searchParams.get('authid');
  const header = req.headers['x-authid'];
  const authId = given || (typeof header === 'string' ? header : '');
  try {
    sendJson(res, 200, await refresh(context, authId));
  } catch (error) {
    if (error instanceof RefreshRefusal) sendReason(res, error.status, error.reason);
    else sendReason(res, 500, GENERIC_ERROR);
  }
};

async function refresh(context: ServerContext, authId: string): Promise<AccessTokenAnswer> {
  if (authId === '') throw new RefreshRefusal(400, 'Missing AuthID');
  const shape = parseAuthId(authId);
  if (shape.kind === 'malformed') throw new RefreshRefusal(400, 'Invalid AuthId format');

  if (shape.kind === 'v2') {
    const provider = context.providers.get(shape.providerId);
    if (!provider || provider.accessTokenOnly) throw new RefreshRefusal(400, 'Invalid AuthId format');
    const key = AccessTokenCache.key('v2', provider.id, shape.refreshToken);
    return context.accessTokens.cached(key) ?? context.accessTokens.fetch(key, async () => {
      const tokens = await context.providerRequests.refresh(provider, shape.refreshToken, redirectUri(context));
      return answerFrom(tokens.access_token, tokens.expires_in, provider.id);
    });
  }

  const { store } = context;
  if (!store) throw new RefreshRefusal(400, 'Persisted storage is not configured');
  const { keyId, password } = shape;
  const key = AccessTokenCache.key('v1', keyId, password);
  return context.accessTokens.cached(key) ?? context.accessTokens.fetch(key, async () => {
    const stored = await store.read(keyId, password).catch((error: unknown) => {
      throw error instanceof UnsealError ? new RefreshRefusal(401, 'Invalid key or password') : error;
    });
    const provider = context.providers.get(stored.providerId);
    const refreshToken = stored.tokens.refresh_token;
    if (!provider || !refreshToken) throw new RefreshRefusal(500, GENERIC_ERROR);
    const tokens = await context.providerRequests.refresh(provider, refreshToken, redirectUri(context));
    const answer = answerFrom(tokens.access_token, tokens.expires_in, provider.id);
    // Rotating providers (Box, Jottacloud) hand out a new refresh token each time; keep it.
    await store.update(keyId, password, { providerId: stored.providerId, tokens: mergeRefreshed(stored.tokens, tokens) });
    return answer;
  });
}

function answerFrom(accessToken: string | undefined, expiresIn: number | undefined, type: string) {
  if (!accessToken) throw new RefreshRefusal(500, GENERIC_ERROR);
  return { accessToken, expiresIn, type };
}
