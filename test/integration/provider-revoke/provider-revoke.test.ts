// Revoking at the provider, against the real pair (this project's AuthID server in front of
// oidc-provider): the provider's RFC 7009 endpoint stands in for Google's, a thin loopback stand-in
// for Dropbox's. After the revoke the server's cached access token is refused by the provider, and
// the first refresh that reaches the provider fails there with invalid_grant.
import { afterAll, beforeAll, describe, expect, it  } from 'vitest';
import type { AuthIdKind } from '../../../electron/services/authids/authid-kind';
import { revokeAtProvider, type ProviderRevokeEndpoints } from '../../../electron/services/provider-revoke';
import type { ProviderId } from '../../../electron/services/providers/provider-id';
import { refresh } from '../../../electron/services/server-client';
import type { AuthIdServer } from '../../../electron/services/servers/known-servers';
import { startAuthIdStack, type AuthIdStack } from '../../fixtures/authid-stack';
import { startDropboxRevokeStandIn, type DropboxRevokeStandIn } from '../../fixtures/dropbox-revoke-stand-in';
import { registerSecret } from '../../fixtures/leak-check/secret-registry';
import { manualClock } from '../../fixtures/manual-clock';

const HOUR = 3600_000;
const clock = manualClock(Date.now());
let v1Stack: AuthIdStack;
let v2Stack: AuthIdStack;
/** Each stack has its own provider, so each gets its own Dropbox stand-in. */
const standIns = new Map<AuthIdStack, DropboxRevokeStandIn>();

beforeAll(async () => {
  [v1Stack, v2Stack] = await Promise.all([startAuthIdStack({ clock }), startAuthIdStack({ clock, storage: false })]);
  for (const stack of [v1Stack, v2Stack]) standIns.set(stack, await startDropboxRevokeStandIn(stack.provider));
});
afterAll(async () => {
  await Promise.all([v1Stack?.close(), v2Stack?.close(), ...[...standIns.values()].map((standIn) => standIn.close())]);
});

/** Google's and Dropbox's endpoints, pointed at the stand-ins for this stack's provider. */
const endpointsFor = (stack: AuthIdStack): ProviderRevokeEndpoints => ({ google: stack.provider.revocationUrl, dropbox: standIns.get(stack)!.url });

interface Sent {
  readonly url: string;
  readonly text: string;
}

/** fetch that records where each request went and everything it carried. */
function recordingFetch(sent: Sent[]): typeof fetch {
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    sent.push({ url: String(input), text: `${[...headers].map(([k, v]) => `${k}: ${v}`).join('\n')}\n${String(init?.body ?? '')}` });
    return fetch(input, init);
  };
}

const serverOf = (stack: AuthIdStack): AuthIdServer => ({ baseUrl: stack.baseUrl, flavour: 'self-hosted' });

async function login(stack: AuthIdStack, provider: ProviderId): Promise<string> {
  const { authId } = await stack.completeLogin(`${stack.baseUrl}/login?id=${provider}`);
  expect(authId).toBeTruthy();
  return authId!;
}

async function accessToken(stack: AuthIdStack, authId: string): Promise<string> {
  const answer = await refresh(authId, serverOf(stack));
  if (!answer.ok) throw new Error(`refresh failed: ${answer.kind}`);
  registerSecret(answer.accessToken);
  return answer.accessToken;
}

const userinfoStatus = async (stack: AuthIdStack, token: string): Promise<number> =>
  (await fetch(stack.provider.userinfoUrl, { headers: { authorization: `Bearer ${token}` } })).status;

async function expectRefreshFailsAtProvider(stack: AuthIdStack, authId: string): Promise<void> {
  // Within the hour the server still answers from its cache; past it, the refresh reaches the provider.
  clock.advance(HOUR);
  const refusalsBefore = stack.provider.countTokenRequests({ grantType: 'refresh_token', ok: false });
  const answer = await refresh(authId, serverOf(stack));
  expect(answer.ok).toBe(false);
  expect(answer.ok === false && answer.kind).toBe('provider-refused');
  expect(stack.provider.countTokenRequests({ grantType: 'refresh_token', ok: false })).toBe(refusalsBefore + 1);
  expect(stack.provider.tokenRequests.at(-1)).toMatchObject({ grantType: 'refresh_token', ok: false, error: 'invalid_grant' });
}

describe.each<[string, ProviderId, () => AuthIdStack, AuthIdKind]>([
  ['Google v1', 'googledrive', () => v1Stack, 'v1'],
  ['Google v2', 'googledrive', () => v2Stack, 'v2'],
  ['Dropbox v1', 'dropbox', () => v1Stack, 'v1'],
  ['Dropbox v2', 'dropbox', () => v2Stack, 'v2'],
])('%s', (_name, provider, stackOf, kind) => {
  it('the provider ends the grant: the cached access token is refused, the next refresh fails at the provider', async () => {
    const stack = stackOf();
    const authId = await login(stack, provider);
    expect(authId.startsWith('v2:')).toBe(kind === 'v2');
    const cached = await accessToken(stack, authId);
    expect(await userinfoStatus(stack, cached)).toBe(200);

    const sent: Sent[] = [];
    const outcome = await revokeAtProvider({ authId, kind, provider, server: serverOf(stack) }, { endpoints: endpointsFor(stack), fetch: recordingFetch(sent) });
    expect(outcome.outcome).toBe('revoked');
    expect(outcome.message).toContain(provider === 'dropbox' ? 'Dropbox ended' : 'Google ended');

    // The AuthID went only to its server, the access token only to the provider.
    const [toServer, toProvider, ...more] = sent;
    expect(more).toEqual([]);
    expect(new URL(toServer!.url).origin).toBe(stack.baseUrl);
    expect(toServer!.text).toContain(authId);
    expect(new URL(toProvider!.url).origin).not.toBe(stack.baseUrl);
    expect(toProvider!.text).toContain(cached);
    expect(toProvider!.text).not.toContain(authId);

    expect(await userinfoStatus(stack, cached)).toBe(401);
    await expectRefreshFailsAtProvider(stack, authId);
  });
});

describe('Dropbox', () => {
  const endpoints = (): ProviderRevokeEndpoints => endpointsFor(v1Stack);

  it('sends a Bearer access token with a JSON null body, as Dropbox expects', async () => {
    const authId = await login(v1Stack, 'dropbox');
    const token = await accessToken(v1Stack, authId);
    const dropbox = standIns.get(v1Stack)!;
    const before = dropbox.requests.length;
    await revokeAtProvider({ authId, kind: 'v1', provider: 'dropbox', server: serverOf(v1Stack) }, { endpoints: endpoints() });
    const [seen] = dropbox.requests.slice(before);
    expect(seen).toMatchObject({ method: 'POST', body: 'null' });
    expect(seen!.headers.authorization).toBe(`Bearer ${token}`);
    expect(seen!.headers['content-type']).toBe('application/json');
  });

  it('a bare Dropbox access token is revoked directly, and the grant it came from ends too', async () => {
    const authId = await login(v1Stack, 'dropbox');
    const token = await accessToken(v1Stack, authId);
    const outcome = await revokeAtProvider({ authId: token, kind: 'access-token-only', provider: 'dropbox', server: serverOf(v1Stack) }, { endpoints: endpoints() });
    expect(outcome.outcome).toBe('revoked');
    await expectRefreshFailsAtProvider(v1Stack, authId);
  });

  it('a token that no longer works is reported as already ended', async () => {
    const authId = await login(v1Stack, 'dropbox');
    const token = await accessToken(v1Stack, authId);
    expect((await revokeAtProvider({ authId: token, kind: 'access-token-only', provider: 'dropbox', server: serverOf(v1Stack) }, { endpoints: endpoints() })).outcome).toBe('revoked');
    const again = await revokeAtProvider({ authId: token, kind: 'access-token-only', provider: 'dropbox', server: serverOf(v1Stack) }, { endpoints: endpoints() });
    expect(again.outcome).toBe('already-ended');
  });
});

describe('where the provider offers no way', () => {
  it.each<[ProviderId, RegExp]>([
    ['onedrivev2', /Microsoft offers apps no way/],
    ['box.com', /client secret, which only the AuthID server holds/],
    ['pcloud', /pCloud offers apps no way/],
    ['jottacloud', /Jottacloud offers apps no way/],
  ])('%s: explained, with its page, and no request is made', async (provider, why) => {
    const sent: Sent[] = [];
    const outcome = await revokeAtProvider({ authId: '0123456789abcdef0123456789abcdef:x', kind: 'v1', provider, server: serverOf(v1Stack) }, { endpoints: endpointsFor(v1Stack), fetch: recordingFetch(sent) });
    expect(outcome.outcome).toBe('not-possible');
    expect(outcome.message).toMatch(why);
    expect(outcome.outcome === 'not-possible' && outcome.deauthorizePages.length).toBeGreaterThan(0);
    expect(sent).toEqual([]);
  });

  it('a refresh the server refuses for good means nothing reaches the provider', async () => {
    const sent: Sent[] = [];
    const outcome = await revokeAtProvider(
      { authId: `${'a'.repeat(32)}:${'b'.repeat(32)}`, kind: 'v1', provider: 'googledrive', server: serverOf(v1Stack) },
      { endpoints: endpointsFor(v1Stack), fetch: recordingFetch(sent) },
    );
    expect(outcome).toMatchObject({ outcome: 'failed', retryable: false });
    expect(outcome.message).toMatch(/^Nothing was revoked/);
    expect(sent.map((s) => new URL(s.url).origin)).toEqual([v1Stack.baseUrl]);
  });
});
