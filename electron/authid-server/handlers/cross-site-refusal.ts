import type { ServerResponse } from 'node:http';
import { sendHtml } from '../http/respond';
import { errorPage } from '../pages/form-pages';
import type { ServerContext } from '../server-context';

const CROSS_SITE_REFUSED =
  'Error: This request came from another web site, so it was refused. Start the login from AuthID Manager or from this server\u2019s own page.';

/** Which requests another site's page may not make: they register fetch tokens, start logins, read results or change state. */
export function refusedCrossSite(method: string, url: URL): boolean {
  switch (url.pathname) {
    case '/':
      return url.searchParams.has('token');
    case '/login':
    case '/fetch':
    case '/cli-token':
      return true;
    case '/revoked':
    case '/cli-token-login':
      return method === 'POST';
    default:
      return false;
  }
}

export function sendCrossSiteRefusal(context: ServerContext, res: ServerResponse): void {
  res.setHeader('X-Reason', 'Cross-site request refused');
  sendHtml(res, 403, errorPage(context.appName, CROSS_SITE_REFUSED));
}
