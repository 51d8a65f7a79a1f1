/**
 * The window's page comes from the app's own scheme, app://authid-manager/, not file://: a
 * file:// page's 'self' is every file on the disk, and a meta-tag CSP cannot carry
 * frame-ancestors. This handler serves only the files under the built renderer folder, each
 * answer with the CSP as a header; any other host, method or path (traversal included) is a 404.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { RENDERER_CSP } from './renderer-csp';

const APP_SCHEME = 'app';
export const APP_HOST = 'authid-manager';
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': RENDERER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/** Must run before the app is ready: a standard, secure scheme (relative URLs, a real origin), nothing more. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }]);
}

/** Serves `root` (the built renderer) on the app scheme. */
export function serveAppFiles(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, (request) => appFileResponse(request, root));
}

export async function appFileResponse(request: Request, root: string): Promise<Response> {
  const file = request.method === 'GET' ? fileFor(request.url, path.resolve(root)) : undefined;
  if (file === undefined) return notFound();
  try {
    const body = await readFile(file);
    return new Response(new Uint8Array(body), { status: 200, headers: { ...HEADERS, 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' } });
  } catch {
    return notFound();
  }
}

/** The file a URL names inside `root`, or undefined for anything that is not exactly that. */
function fileFor(url: string, root: string): string | undefined {
  let parsed: URL;
  let pathname: string;
  try {
    parsed = new URL(url);
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return undefined;
  // Decoded, the path may hold "..", backslashes or a drive letter the URL parser left alone:
  // whatever it resolves to must still lie inside the folder.
  const file = path.resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  return file.startsWith(root + path.sep) ? file : undefined;
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
