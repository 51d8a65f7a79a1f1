import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchAuthIdOnce } from '../../../../electron/services/server-client/fetch-authid';
import { closedPortServer, reply, startLoopback, type Loopback } from '../../../fixtures/recording-loopback-server';

let stub: Loopback;
let status = 200;
let body = '';

beforeAll(async () => {
  stub = await startLoopback((_req, res) => reply(res, status, { headers: { 'content-type': 'application/json' }, body }));
});
afterAll(() => stub.close());

function serverSays(json: unknown, httpStatus = 200): void {
  status = httpStatus;
  body = typeof json === 'string' ? json : JSON.stringify(json);
}

describe('fetchAuthIdOnce', () => {
  it('asks /fetch with the fetch token and returns the AuthID when ready', async () => {
    serverSays({ authid: 'abc123:pass' });
    expect(await fetchAuthIdOnce(stub.server, 'token-with+odd/chars')).toEqual({ kind: 'ready', authId: 'abc123:pass' });
    const last = stub.requests.at(-1);
    expect(last?.method).toBe('GET');
    expect(new URL(last?.url ?? '', 'http://x').pathname).toBe('/fetch');
    expect(new URL(last?.url ?? '', 'http://x').searchParams.get('token')).toBe('token-with+odd/chars');
  });

  it.each([
    [{ wait: 'Not ready' }, 'waiting'],
    [{ error: 'No such entry' }, 'expired'],
    [{ error: 'Missing token' }, 'missing-token'],
  ])('maps %j to %s', async (json, kind) => {
    serverSays(json);
    expect((await fetchAuthIdOnce(stub.server, 'x'.repeat(40))).kind).toBe(kind);
  });

  it('says "login expired, start again" for No such entry', async () => {
    serverSays({ error: 'No such entry' });
    const result = await fetchAuthIdOnce(stub.server, 'x'.repeat(40));
    expect(result.kind === 'expired' && result.message).toMatch(/expired.*start the login again/i);
  });

  it.each([
    'Server error, you must de-authorize Duplicati',
    'Server error, close window and try again',
    'Error: CLI token could not be authorized, create a new and try again',
  ])('never hands out the pseudo-AuthID "%s"', async (pseudo) => {
    serverSays({ authid: pseudo });
    const result = await fetchAuthIdOnce(stub.server, 'x'.repeat(40));
    expect(result.kind).toBe('login-failed');
    expect(result.kind === 'login-failed' && result.message).toMatch(/not an AuthID and was not saved/);
  });

  it('calls an answer that is not the /fetch JSON a bad response that polling cannot fix', async () => {
    serverSays('<html>hello</html>');
    const result = await fetchAuthIdOnce(stub.server, 'x'.repeat(40));
    expect(result.kind === 'failed' && [result.failure.kind, result.failure.retryable]).toEqual(['bad-response', false]);
  });

  it('calls the hosted handler\'s 500 "Server error" JSON a passing server error', async () => {
    serverSays({ error: 'Server error' }, 500);
    const result = await fetchAuthIdOnce(stub.server, 'x'.repeat(40));
    expect(result.kind === 'failed' && [result.failure.kind, result.failure.retryable]).toEqual(['server-error', true]);
  });

  it('reports a server that is down', async () => {
    const result = await fetchAuthIdOnce(await closedPortServer(), 'x'.repeat(40));
    expect(result.kind === 'failed' && [result.failure.kind, result.failure.retryable]).toEqual(['unreachable', true]);
  });

  it('reports an aborted look as cancelled', async () => {
    expect(await fetchAuthIdOnce(stub.server, 'x'.repeat(40), { signal: AbortSignal.abort() })).toEqual({ kind: 'cancelled' });
  });
});
