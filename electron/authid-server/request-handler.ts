import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAllowedHost } from './http/host-check';
import { BodyTooLargeError } from './http/read-form';
import { sendReason } from './http/respond';
import { setSecurityHeaders } from './http/security-headers';
import { GENERIC_ERROR } from './handlers/refresh';
import { ROUTES } from './router';
import type { ServerContext } from './server-context';

/**
 * Checks `Host`, sets the security headers and dispatches. Failures answer without detail and
 * are never logged: requests and answers carry AuthIDs and tokens.
 */
export function requestHandler(context: ServerContext, hosts: () => ReadonlySet<string>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    setSecurityHeaders(res);
    try {
      if (!isAllowedHost(req.headers.host, hosts())) return sendReason(res, 421, 'Host not allowed');
      const url = new URL(req.url ?? '/', context.baseUrl);
      const route = ROUTES.get(url.pathname);
      if (!route) return sendReason(res, 404, 'Not found');
      const handler = route[req.method ?? ''];
      if (!handler) {
        res.setHeader('Allow', Object.keys(route).join(', '));
        return sendReason(res, 405, 'Method not allowed');
      }
      await handler(context, { req, res, url });
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
      } else if (error instanceof BodyTooLargeError) {
        res.setHeader('Connection', 'close');
        sendReason(res, 413, error.message);
      } else {
        sendReason(res, 500, GENERIC_ERROR);
      }
    }
  };
}
