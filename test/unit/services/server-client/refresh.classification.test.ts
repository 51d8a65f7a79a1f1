import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refresh } from '../../../../electron/services/server-client/refresh';
import type { ServerFailure } from '../../../../electron/services/server-client/server-failure';
import { reply, startLoopback, type Loopback } from '../../../fixtures/recording-loopback-server';

const AUTHID = '0123456789abcdef0123456789abcd:Pa55word-with.chars!xyz';

interface Row {
  readonly name: string;
  readonly status: number;
  readonly reason?: string;
  readonly body?: string;
  readonly headers?: Record<string, string>;
  readonly kind: ServerFailure['kind'];
  readonly retryable: boolean;
  readonly needsReauthorization: boolean;
}

// Every row of the /refresh error table in shared/reference/authid-protocol.md, both flavours.
const HOSTED: readonly Row[] = [
  { name: 'no AuthID', status: 400, reason: 'No authid in query', kind: 'bad-authid', retryable: false, needsReauthorization: true },
  { name: 'no colon', status: 400, reason: 'Invalid authid in query', kind: 'bad-authid', retryable: false, needsReauthorization: true },
  { name: 'unknown keyid', status: 404, reason: 'No such key', kind: 'unknown-authid', retryable: false, needsReauthorization: true },
  { name: 'wrong password', status: 400, reason: 'Invalid authid password', kind: 'wrong-password', retryable: false, needsReauthorization: true },
  {
    name: 'provider refused: revoked grant',
    status: 500,
    reason: 'Authentication provider for Google Drive gave error: {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}',
    kind: 'provider-refused',
    retryable: false,
    needsReauthorization: true,
  },
  {
    name: 'provider refused: passing fault',
    status: 500,
    reason: 'Authentication provider for Box gave error: {"error": "temporarily_unavailable"}',
    kind: 'provider-refused',
    retryable: true,
    needsReauthorization: false,
  },
  {
    name: 'provider refused: unexplained',
    status: 500,
    reason: 'Authentication provider for Dropbox gave error: something odd',
    kind: 'provider-refused',
    retryable: true,
    needsReauthorization: true,
  },
  { name: 'rate limit', status: 503, reason: 'Too many requests for this key, wait 60 minutes', kind: 'rate-limited', retryable: true, needsReauthorization: false },
  { name: 'over quota', status: 503, reason: 'Service Unavailable', kind: 'rate-limited', retryable: true, needsReauthorization: false },
  { name: 'anything else', status: 500, reason: 'Server error', kind: 'server-error', retryable: true, needsReauthorization: false },
  {
    name: 'bare HTML 500 without a reason',
    status: 500,
    body: '<html><head><title>500 Internal Server Error</title></head><body><h1>500 Internal Server Error</h1></body></html>',
    kind: 'server-error-no-reason',
    retryable: true,
    needsReauthorization: false,
  },
];

const SELF_HOSTED: readonly Row[] = [
  { name: 'no AuthID', status: 400, reason: 'Missing AuthID', kind: 'bad-authid', retryable: false, needsReauthorization: true },
  { name: 'bad shape', status: 400, reason: 'Invalid AuthId format', kind: 'bad-authid', retryable: false, needsReauthorization: true },
  {
    name: 'unknown keyid or wrong password',
    status: 401,
    reason: 'Invalid key or password',
    kind: 'unknown-authid-or-wrong-password',
    retryable: false,
    needsReauthorization: true,
  },
  {
    name: 'v1 without storage',
    status: 400,
    reason: 'Persisted storage is not configured',
    kind: 'storage-not-configured',
    retryable: false,
    needsReauthorization: true,
  },
  { name: 'provider refused or anything else', status: 500, reason: 'An error occurred', kind: 'provider-refused', retryable: true, needsReauthorization: true },
  { name: 'reason only in a plain-text body', status: 400, body: 'Invalid AuthId format', kind: 'bad-authid', retryable: false, needsReauthorization: true },
  {
    name: 'reason only in a JSON problem body',
    status: 401,
    body: '{"title":"Invalid key or password","status":401}',
    headers: { 'content-type': 'application/problem+json' },
    kind: 'unknown-authid-or-wrong-password',
    retryable: false,
    needsReauthorization: true,
  },
];

let stub: Loopback;
let next: Row;

beforeAll(async () => {
  stub = await startLoopback((_req, res) => reply(res, next.status, next));
});
afterAll(() => stub.close());

describe.each([
  ['hosted handler', HOSTED],
  ['self-hosted server', SELF_HOSTED],
])('refresh failures from the %s', (_flavour, rows) => {
  it.each(rows.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    next = row;
    const result = await refresh(AUTHID, stub.server);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect({ kind: result.kind, retryable: result.retryable, needsReauthorization: result.needsReauthorization, status: result.status }).toEqual({
      kind: row.kind,
      retryable: row.retryable,
      needsReauthorization: row.needsReauthorization,
      status: row.status,
    });
    expect(result.message.length).toBeGreaterThan(20);
    expect(result.message).not.toContain(AUTHID);
    expect(result.message).not.toContain('Pa55word');
  });
});

describe('refresh failure details', () => {
  it('says when to try again after a per-key rate limit', async () => {
    next = { name: '', status: 503, reason: 'Too many requests for this key, wait 60 minutes', kind: 'rate-limited', retryable: true, needsReauthorization: false };
    const result = await refresh(AUTHID, stub.server);
    expect(!result.ok && result.retryAfterMs).toBe(60 * 60_000);
  });

  it('prefers a Retry-After header', async () => {
    next = { name: '', status: 503, headers: { 'Retry-After': '120' }, kind: 'rate-limited', retryable: true, needsReauthorization: false };
    const result = await refresh(AUTHID, stub.server);
    expect(!result.ok && result.retryAfterMs).toBe(120_000);
  });

  it('names the provider from the hosted reason and keeps its error as a detail', async () => {
    next = {
      name: '',
      status: 500,
      reason: 'Authentication provider for Google Drive gave error: {"error": "invalid_grant"}',
      kind: 'provider-refused',
      retryable: false,
      needsReauthorization: true,
    };
    const result = await refresh(AUTHID, stub.server);
    expect(!result.ok && result.message).toMatch(/^Google Drive refused/);
    expect(!result.ok && result.detail).toContain('invalid_grant');
  });

  it('never passes on secrets a server echoes in its reason', async () => {
    next = {
      name: '',
      status: 500,
      reason: `Authentication provider for Box gave error: refresh_token=abcdefSECRET123 for ${AUTHID}`,
      kind: 'provider-refused',
      retryable: true,
      needsReauthorization: true,
    };
    const result = await refresh(AUTHID, stub.server);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('Pa55word');
    expect(JSON.stringify(result)).not.toContain('abcdefSECRET123');
  });

  it('treats a 404 without the "No such key" reason as a wrong server address', async () => {
    next = { name: '', status: 404, body: '<h1>Not Found</h1>', kind: 'bad-response', retryable: false, needsReauthorization: false };
    const result = await refresh(AUTHID, stub.server);
    expect(!result.ok && [result.kind, result.retryable, result.needsReauthorization]).toEqual(['bad-response', false, false]);
  });
});
