import type { AuthIdServer } from '../servers';
import type { HttpAnswer } from './http-exchange';
import { serverHost, type RetryBy, type ServerFailure } from './server-failure';

/** A failure for an answer that no rule of the protocol explains; `what` names the request. */
export function unexpectedAnswer(server: AuthIdServer, answer: HttpAnswer, what: string, retryBy: RetryBy = 'app'): ServerFailure {
  const host = serverHost(server);
  const { status } = answer;
  if (status >= 300 && status < 400) {
    return {
      ok: false,
      kind: 'bad-response',
      retryable: false,
      needsReauthorization: false,
      status,
      message: `The server at ${host} redirected ${what} elsewhere${redirectTarget(answer)}. If the AuthID server has moved, use its new address.`,
    };
  }
  if (status >= 500) {
    return {
      ok: false,
      kind: 'server-error',
      retryable: true,
      needsReauthorization: false,
      status,
      message: `The AuthID server at ${host} had an internal error (HTTP ${status}). ${retryBy === 'app' ? 'It will be tried again; if this keeps happening, the server needs attention' : "Test again in a while; if it keeps failing, the server's log says why"}.`,
    };
  }
  return {
    ok: false,
    kind: 'bad-response',
    retryable: false,
    needsReauthorization: false,
    status,
    message: `The server at ${host} did not answer ${what} the way an AuthID server does (HTTP ${status}). Check that the server address is right.`,
  };
}

function redirectTarget(answer: HttpAnswer): string {
  const location = answer.headers.get('location');
  if (location === null) return '';
  try {
    return ` (to ${new URL(location).host})`;
  } catch {
    return '';
  }
}
