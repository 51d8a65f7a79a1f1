import type { AuthIdServer } from '../servers';
import type { HttpAnswer } from './http-exchange';
import { serverHost, type RetryBy, type ServerFailure } from './server-failure';

/** A failure for an answer that no rule of the protocol explains; `what` names the request. */
export function unexpectedAnswer(server: AuthIdServer, answer: HttpAnswer, what: string, retryBy: RetryBy = 'app'): ServerFailure {
  const host = serverHost(server);
  const { status } = answer;
  const failure = (kind: 'bad-response' | 'server-error', message: string): ServerFailure => ({
    ok: false,
    kind,
    retryable: kind === 'server-error',
    needsReauthorization: false,
    status,
    message,
  });
  if (status >= 300 && status < 400) {
    return failure('bad-response', `The server at ${host} redirected ${what} elsewhere${redirectTarget(answer)}. If the AuthID server has moved, use its new address.`);
  }
  if (status >= 500) {
    const next = retryBy === 'app' ? 'It will be tried again; if this keeps happening, the server needs attention' : "Test again in a while; if it keeps failing, the server's log says why";
    return failure('server-error', `The AuthID server at ${host} had an internal error (HTTP ${status}). ${next}.`);
  }
  return failure('bad-response', `The server at ${host} did not answer ${what} the way an AuthID server does (HTTP ${status}). Check that the server address is right.`);
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
