import type { IncomingMessage, ServerResponse } from 'node:http';
import { isCrossSiteRequest } from './http/cross-site';
import { isAllowedHost } from './http/host-check';
import { BodyTooLargeError } from './http/read-form';
import { sendReason } from './http/respond';
import { setSecurityHeaders } from './http/security-headers';
import { refusedCrossSite, sendCrossSiteRefusal } from './handlers/cross-site-refusal';
import { GENERIC_ERROR } from './handlers/refresh';
import { ROUTES } from './router';
import type { ServerContext } from './server-context';

/**
 * One answered request, for logs: the route (never the query, which carries AuthIDs and
 * tokens, and never an unknown path, which is whatever a client sent), status and time.
 */
export interface RequestRecord {
  readonly method: string;
  readonly route: string;
  readonly status: number;
  readonly durationMs: number;
}

/**
 * Checks `Host` and where a browser request came from, sets the security headers and
 * dispatches. Failures answer without detail and are never logged with their content.
 */
export function requestHandler(context: ServerContext, hosts: () => ReadonlySet<string>, record: (request: RequestRecord) => void = () => undefined) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    let route = '(unknown)';
    res.once('finish', () => record({ method: req.method ?? '', route, status: res.statusCode, durationMs: Math.round(performance.now() - started) }));
    setSecurityHeaders(res);
    try {
      if (!isAllowedHost(req.headers.host, hosts())) return sendReason(res, 421, 'Host not allowed');
      const url = new URL(req.url ?? '/', context.baseUrl);
      const methods = ROUTES.get(url.pathname);
      if (!methods) return sendReason(res, 404, 'Not found');
      route = url.pathname;
      const handler = methods[req.method ?? ''];
      if (!handler) {
        res.setHeader('Allow', Object.keys(methods).join(', '));
        return sendReason(res, 405, 'Method not allowed');
      }
      if (!context.peer.crossSiteRequests && refusedCrossSite(req.method ?? '', url) && isCrossSiteRequest(req, context.ownOrigins, context.trustedOrigins)) {
        return sendCrossSiteRefusal(context, res);
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
