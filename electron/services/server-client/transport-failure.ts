import type { AuthIdServer } from '../servers';
import type { TransportFailureKind } from './http-exchange';
import { serverHost, type RetryBy, type ServerFailure } from './server-failure';

/** Turns a failed exchange into a failure the user can act on. */
export function transportFailure(
  kind: TransportFailureKind,
  server: AuthIdServer,
  limits: { readonly timeoutMs: number; readonly maxBodyBytes: number },
  code?: string,
  retryBy: RetryBy = 'app',
): ServerFailure {
  const host = serverHost(server);
  switch (kind) {
    case 'cancelled':
      return { ok: false, kind, retryable: true, needsReauthorization: false, message: 'The request was cancelled.' };
    case 'timeout':
      return {
        ok: false,
        kind,
        retryable: true,
        needsReauthorization: false,
        message: `The AuthID server at ${host} did not answer within ${Math.round(limits.timeoutMs / 1000)} s. It may be overloaded or your connection may be slow; ${retryBy === 'app' ? 'it will be tried again' : 'wait a moment, then test again'}.`,
      };
    case 'oversized-response':
      return {
        ok: false,
        kind,
        retryable: false,
        needsReauthorization: false,
        message: `The server at ${host} sent a far larger answer than an AuthID server does (over ${Math.round(limits.maxBodyBytes / 1024)} KiB), so it was not read. Check that the server address is right.`,
      };
    case 'unreachable':
      return {
        ok: false,
        kind,
        retryable: true,
        needsReauthorization: false,
        message: `Could not reach the AuthID server at ${host}: ${networkProblem(code)}. ${retryBy === 'app' ? 'Check your network connection and the server address; it will be tried again' : 'Check the server address, that the server is running and your network connection, then test again'}.`,
      };
  }
}

function networkProblem(code: string | undefined): string {
  if (code === 'ECONNREFUSED') return 'nothing is answering at that address (connection refused)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'its name could not be found (DNS)';
  if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH') return 'the network cannot reach it';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return 'the connection was dropped';
  if (code !== undefined && /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return 'its HTTPS certificate is not trusted';
  return 'the network request failed';
}
