import type { ServerResponse } from 'node:http';

/**
 * Pages load only the server's own stylesheet and script; nothing may frame them. No
 * Cross-Origin-Opener-Policy: the logged-in page must reach `window.opener`.
 */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  // Pages and answers carry AuthIDs and access tokens.
  res.setHeader('Cache-Control', 'no-store');
}
