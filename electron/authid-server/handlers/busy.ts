import type { ServerResponse } from 'node:http';
import { sendHtml } from '../http/respond';
import { errorPage } from '../pages/form-pages';
import type { ServerContext } from '../server-context';

const TOO_MANY_LOGINS = 'Error: Too many logins are waiting on this server. Wait a few minutes, then start the login again.';

/** A full map of pending logins: refused, never making room by dropping a login under way. */
export function sendBusy(context: ServerContext, res: ServerResponse): void {
  res.setHeader('Retry-After', '300');
  res.setHeader('X-Reason', 'Too many pending logins');
  sendHtml(res, 503, errorPage(context.appName, TOO_MANY_LOGINS));
}
