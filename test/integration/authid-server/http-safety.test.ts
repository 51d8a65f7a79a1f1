import { afterAll, beforeAll, describe, expect, it  } from 'vitest';
import { startAuthIdServer, type RunningAuthIdServer } from '../../../electron/authid-server';
import { rawRequest } from './support/http';

let server: RunningAuthIdServer;

beforeAll(async () => {
  server = await startAuthIdServer({
    storage: 'memory',
    providers: [{ id: 'onedrivev2', name: 'OneDrive', authorizeUrl: 'http://127.0.0.1:9/auth', tokenUrl: 'http://127.0.0.1:9/token', clientId: 'c', clientSecret: 's', scope: 'x' }],
  });
});
afterAll(async () => {
  await server?.close();
});

describe('HTTP safety', () => {
  it('binds to 127.0.0.1 by default', () => {
    expect(server.baseUrl).toBe(`http://127.0.0.1:${server.port}`);
  });

  it.each(['127.0.0.1', 'localhost', '[::1]'])('answers Host %s with its port', async (name) => {
    const answer = await rawRequest(server.baseUrl, '/', { headers: { host: `${name}:${server.port}` } });
    expect(answer.status).toBe(200);
  });

  it.each(['evil.example', 'evil.example:PORT', '127.0.0.1', '127.0.0.1:1', 'localhost.evil.example:PORT', '127.0.0.2:PORT'])(
    'refuses Host %s with 421 (DNS rebinding)',
    async (host) => {
      const headers = { host: host.replace('PORT', String(server.port)) };
      const answer = await rawRequest(server.baseUrl, '/refresh?authid=a:b', { headers });
      expect(answer.status).toBe(421);
      expect(answer.headers['x-reason']).toBe('Host not allowed');
    },
  );

  it('every answer carries the security headers', async () => {
    for (const path of ['/', '/fetch?token=x', '/refresh', '/nothing-here']) {
      const { headers } = await rawRequest(server.baseUrl, path);
      expect(headers['content-security-policy']).toContain("default-src 'none'");
      expect(headers['content-security-policy']).toContain("script-src 'self'");
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['cache-control']).toBe('no-store');
    }
  });

  it('pages need no inline script or style', async () => {
    for (const path of ['/', '/revoke', '/privacy-policy', '/logged-in', '/cli-token?id=onedrivev2']) {
      const { body } = await rawRequest(server.baseUrl, path);
      expect(body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(body).not.toMatch(/<style|\sstyle=|\son[a-z]+=/);
    }
  });

  it('refuses a POST body over 16 KiB with 413', async () => {
    const body = `authid=${'a'.repeat(20 * 1024)}`;
    const answer = await rawRequest(server.baseUrl, '/refresh', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect(answer.status).toBe(413);
  });

  it('unknown paths are 404 and wrong methods 405 with Allow', async () => {
    expect((await rawRequest(server.baseUrl, '/admin')).status).toBe(404);
    const wrong = await rawRequest(server.baseUrl, '/revoked');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.allow).toBe('POST');
  });

  it('the privacy policy is served', async () => {
    const { status, body } = await rawRequest(server.baseUrl, '/privacy-policy');
    expect(status).toBe(200);
    expect(body).toContain('Privacy policy');
  });
});
