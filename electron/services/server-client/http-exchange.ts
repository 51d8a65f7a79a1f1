import type { RequestOptions } from './http-deps';

/** A complete answer from a server, body read as text within the size cap. */
export interface HttpAnswer {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly body: string;
}

export type TransportFailureKind = 'unreachable' | 'timeout' | 'oversized-response' | 'cancelled';

export type HttpExchange =
  | { readonly ok: true; readonly answer: HttpAnswer }
  /** `code` is the network error code (e.g. ECONNREFUSED), never text that could hold a secret. */
  | { readonly ok: false; readonly kind: TransportFailureKind; readonly code?: string };

export interface ExchangeOptions extends RequestOptions {
  readonly timeoutMs: number;
  readonly maxBodyBytes: number;
}

/**
 * One HTTP request with an overall deadline (connect, headers and body) and a body size cap.
 * Redirects are not followed: a redirect could carry the `X-AuthID` header or the form body to
 * another host, and an AuthID server never redirects these endpoints.
 */
export async function exchange(url: string, init: RequestInit, options: ExchangeOptions): Promise<HttpExchange> {
  const { signal } = options;
  if (signal?.aborted) return { ok: false, kind: 'cancelled' };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const forwardAbort = (): void => controller.abort();
  signal?.addEventListener('abort', forwardAbort, { once: true });
  try {
    const fetchFn = options.fetch ?? globalThis.fetch;
    const response = await fetchFn(url, { ...init, redirect: 'manual', signal: controller.signal });
    const body = await readCapped(response, options.maxBodyBytes);
    if (body === undefined) return { ok: false, kind: 'oversized-response' };
    return { ok: true, answer: { status: response.status, statusText: response.statusText, headers: response.headers, body } };
  } catch (error) {
    if (timedOut) return { ok: false, kind: 'timeout' };
    if (signal?.aborted) return { ok: false, kind: 'cancelled' };
    const code = networkErrorCode(error);
    return code === undefined ? { ok: false, kind: 'unreachable' } : { ok: false, kind: 'unreachable', code };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
    // Frees the socket when the body was left unread (oversized) or the read failed.
    controller.abort();
  }
}

/** The body as text, or undefined as soon as it grows past `maxBytes` (the rest is never read). */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function networkErrorCode(error: unknown): string | undefined {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}
