import { describe, expect, it } from 'vitest';
import { refresh } from '../../../../electron/services/server-client/refresh';
import { closedPortServer, loopbackPerTest, reply } from '../../../fixtures/recording-loopback-server';
import { steppingClock } from './support/stepping-clock';

const AUTHID = '0123456789abcdef0123456789abcd:Pa55word-with.chars!xyz';
const serve = loopbackPerTest();

describe('refresh: success', () => {
  it('sends the AuthID only in X-AuthID on a GET to /refresh and reads token, expiry and type', async () => {
    const stub = await serve((_req, res) =>
      reply(res, 200, {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ access_token: 'access-1', expires: 3599, type: 'googledrive' }),
      }),
    );
    const clock = steppingClock(5_000_000);
    const result = await refresh(AUTHID, stub.server, { clock });
    expect(result).toEqual({ ok: true, accessToken: 'access-1', expiresInSeconds: 3599, expiresAt: 5_000_000 + 3_599_000, serviceType: 'googledrive' });
    expect(stub.requests).toHaveLength(1);
    expect(stub.requests[0]?.method).toBe('GET');
    expect(stub.requests[0]?.url).toBe('/refresh');
    expect(stub.requests[0]?.headers['x-authid']).toBe(AUTHID);
  });

  it('ignores a v2_authid in the answer', async () => {
    const stub = await serve((_req, res) =>
      reply(res, 200, { body: JSON.stringify({ access_token: 'access-2', expires: '1200', type: 'box.com', v2_authid: 'v2:box.com:rotating-refresh-token' }) }),
    );
    const result = await refresh(AUTHID, stub.server);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).not.toContain('v2:');
    expect(result.ok && result.expiresInSeconds).toBe(1200);
  });

  it.each([
    ['an HTML page', '<html><body>Welcome to the hotel Wi-Fi</body></html>'],
    ['JSON without an access token', '{"expires": 100}'],
    ['an access token without an expiry', '{"access_token": "x"}'],
  ])('calls a 200 with %s a bad response', async (_what, body) => {
    const stub = await serve((_req, res) => reply(res, 200, { body }));
    const result = await refresh(AUTHID, stub.server);
    expect(!result.ok && [result.kind, result.retryable, result.needsReauthorization]).toEqual(['bad-response', false, false]);
  });
});

describe('refresh: transport', () => {
  it('does not follow a redirect to anything but a /refresh, so the AuthID never reaches another endpoint', async () => {
    const elsewhere = await serve((_req, res) => reply(res, 200, { body: '{"access_token":"stolen","expires":10}' }));
    const stub = await serve((_req, res) => reply(res, 302, { headers: { location: `${elsewhere.server.baseUrl}/collect` } }));
    const result = await refresh(AUTHID, stub.server);
    expect(!result.ok && result.kind).toBe('bad-response');
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('reports a server that accepts the connection and never answers as a timeout', async () => {
    const stub = await serve(() => undefined);
    const result = await refresh(AUTHID, stub.server, { timeoutMs: 150 });
    expect(!result.ok && [result.kind, result.retryable, result.needsReauthorization]).toEqual(['timeout', true, false]);
  });

  it('counts a body that stalls halfway against the same timeout', async () => {
    const stub = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"access_token": "acc');
    });
    const result = await refresh(AUTHID, stub.server, { timeoutMs: 150 });
    expect(!result.ok && result.kind).toBe('timeout');
  });

  it('stops reading a body that grows past the cap, however long the server would go on', async () => {
    let closed = false;
    const stub = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(256 * 1024, 'a');
      res.on('close', () => (closed = true));
      const pump = (): void => {
        while (!closed && res.write(chunk));
        if (!closed) res.once('drain', pump);
      };
      pump();
    });
    const result = await refresh(AUTHID, stub.server, { maxBodyBytes: 64 * 1024 });
    expect(!result.ok && [result.kind, result.retryable]).toEqual(['oversized-response', false]);
  });

  it('refuses a body whose declared length is past the cap without reading it', async () => {
    const stub = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': String(8 * 1024 * 1024) });
      res.write('{');
    });
    const result = await refresh(AUTHID, stub.server, { maxBodyBytes: 64 * 1024 });
    expect(!result.ok && result.kind).toBe('oversized-response');
  });

  it('accepts a body of exactly the cap and rejects one byte more', async () => {
    const json = JSON.stringify({ access_token: 'a', expires: 60 });
    const cap = 1024;
    let body = json.padEnd(cap, ' ');
    const stub = await serve((_req, res) => reply(res, 200, { body }));
    expect((await refresh(AUTHID, stub.server, { maxBodyBytes: cap })).ok).toBe(true);
    body = json.padEnd(cap + 1, ' ');
    const over = await refresh(AUTHID, stub.server, { maxBodyBytes: cap });
    expect(!over.ok && over.kind).toBe('oversized-response');
  });

  it('reports a closed port as unreachable, naming the server but not the AuthID', async () => {
    const server = await closedPortServer();
    const result = await refresh(AUTHID, server);
    expect(!result.ok && [result.kind, result.retryable, result.needsReauthorization]).toEqual(['unreachable', true, false]);
    expect(!result.ok && result.message).toContain(new URL(server.baseUrl).host);
    expect(!result.ok && result.message).toContain('connection refused');
    expect(JSON.stringify(result)).not.toContain('Pa55word');
  });

  it('reports an unknown host name as unreachable', async () => {
    const result = await refresh(AUTHID, { baseUrl: 'http://no-such-host.invalid', flavour: 'self-hosted' });
    expect(!result.ok && result.kind).toBe('unreachable');
  });

  it('ends at once with "cancelled" when the caller aborts', async () => {
    const stub = await serve(() => undefined);
    const controller = new AbortController();
    const pending = refresh(AUTHID, stub.server, { signal: controller.signal, timeoutMs: 60_000 });
    await stub.requests.until((sent) => sent.length > 0, 'the refresh request');
    controller.abort();
    const result = await pending;
    expect(!result.ok && result.kind).toBe('cancelled');
  });

  it('does not send anything when the signal is already aborted', async () => {
    const stub = await serve((_req, res) => reply(res, 200));
    const result = await refresh(AUTHID, stub.server, { signal: AbortSignal.abort() });
    expect(!result.ok && result.kind).toBe('cancelled');
    expect(stub.requests).toHaveLength(0);
  });
});
