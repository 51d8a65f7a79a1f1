import { sendHtml } from '../http/respond';
import { indexPage } from '../pages/index-page';
import { FETCH_TOKEN_TTL_MS, MIN_FETCH_TOKEN_LENGTH, type Handler } from '../server-context';

/** `GET /`: registers `token=` (long enough) for 5 minutes and lists the providers (`type=` filters exactly). */
export const handleIndex: Handler = (context, { res, url }) => {
  const fetchToken = url.searchParams.get('token')?.trim() || undefined;
  if (fetchToken !== undefined && fetchToken.length >= MIN_FETCH_TOKEN_LENGTH) {
    context.fetchTokens.set(fetchToken, {}, FETCH_TOKEN_TTL_MS);
  }
  const type = url.searchParams.get('type')?.trim() || undefined;
  const providers = [...context.providers.values()].filter((provider) =>
    type === undefined ? !provider.hidden : provider.id === type,
  );
  sendHtml(res, 200, indexPage(context.appName, providers, fetchToken));
};
