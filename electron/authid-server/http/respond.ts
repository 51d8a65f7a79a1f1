import type { ServerResponse } from 'node:http';

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  send(res, status, 'text/html; charset=utf-8', html);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** An error the way the self-hosted server reports it: the reason in `X-Reason` and as the body. */
export function sendReason(res: ServerResponse, status: number, reason: string): void {
  res.setHeader('X-Reason', reason);
  send(res, status, 'text/plain; charset=utf-8', reason);
}

export function redirect(res: ServerResponse, location: string): void {
  res.setHeader('Location', location);
  send(res, 302, 'text/plain; charset=utf-8', '');
}

export function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}
