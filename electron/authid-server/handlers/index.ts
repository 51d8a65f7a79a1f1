import { sendHtml } from '../http/respond';
import { indexPage } from '../pages/index-page';
import { clientOf, FETCH_TOKEN_TTL_MS, MIN_FETCH_TOKEN_LENGTH, type Handler } from '../server-context';
import { sendBusy } from './busy';

/**
 * `GET /`: registers `token=` (long enough) for 5 minutes and lists the providers (`type=`
 * filters exactly). A token already registered is left as it is: registering it again must
 * never empty a slot that holds an AuthID.
 */
export const handleIndex: Handler = (context, { req, res, url }) => {
  const fetchToken = url.searchParams.get('token')?.trim() || undefined;
  if (fetchToken !== undefined && fetchToken.length >= MIN_FETCH_TOKEN_LENGTH && !context.fetchTokens.has(fetchToken)) {
    if (!context.fetchTokens.set(fetchToken, {}, FETCH_TOKEN_TTL_MS, clientOf(req))) return sendBusy(context, res);
  }
  const type = url.searchParams.get('type')?.trim() || undefined;
  const providers = [...context.providers.values()].filter((provider) =>
    type === undefined ? !provider.hidden : provider.id === type,
  );
  sendHtml(res, 200, indexPage(context.appName, providers, fetchToken));
};
