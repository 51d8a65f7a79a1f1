/**
 * 400 simulated days of the real refresher against the real AuthID server and OAuth provider on
 * loopback, on one fake clock shared with the server (its access-token cache expires on it).
 * Time moves from timer to timer, and to the scripted events: a 502 burst, a 503, a 15-day
 * outage, a provider outage, a grant revoked at the provider, a revoke at the server, a sleep.
 */
import { afterAll, beforeAll, expect, it  } from 'vitest';
import type { Health } from '../../../electron/ipc/views';
import { createRefresher, type Refresher } from '../../../electron/services/refresher';
import { DAY_MS, ROTATING_INTERVAL } from '../../../electron/services/refresher/check-policy';
import { maxRequestsDuringOutage } from '../../../electron/services/refresher/retry-delay';
import { refresh, revoke } from '../../../electron/services/server-client';
import type { AuthIdServer } from '../../../electron/services/servers/known-servers';
import { fixedSettings } from '../../fixtures/fixed-settings';
import type { ProviderId } from '../../../electron/services/providers/provider-id';
import { openVault, type Vault } from '../../../electron/services/vault/vault';
import { startAuthIdStack, type AuthIdStack } from '../../fixtures/authid-stack';
import { tempFolder, type TempFolder } from '../../fixtures/temp-conf-backend';
import { FakeTime } from '../../fixtures/fake-time';
import { FakeSecretBox } from '../../fixtures/fake-secret-box';
import { ActivityTracker } from './support/check-activity';
import { FaultFetch } from './support/fault-fetch';
import { watchHealth, type HealthTimeline } from './support/health-timeline';
import { startPcloudStandIn, type PcloudStandIn } from './support/pcloud-stand-in';
import { seededRandom } from './support/seeded-random';

const DAYS = 400;
const OUTAGE = { from: 30 * DAY_MS, to: 45 * DAY_MS };
const MINUTE = 60_000;

interface Seeded {
  readonly name: string;
  readonly provider: ProviderId;
  readonly id: string;
  readonly authId: string;
}

let stack: AuthIdStack;
let pcloud: PcloudStandIn;
let folder: TempFolder;
let vault: Vault;
let refresher: Refresher;
const time = new FakeTime();
const t0 = time.now();
const net = new FaultFetch(time.now);
const activity = new ActivityTracker();
let timeline: HealthTimeline;
let server: AuthIdServer;
const seeded = new Map<string, Seeded>();
let wokeAt = 0;
let overdueAtWake: string[] = [];

const at = (name: string): Seeded => seeded.get(name)!;

beforeAll(async () => {
  stack = await startAuthIdStack({ clock: time });
  pcloud = await startPcloudStandIn(stack.provider.issuer);
  server = { baseUrl: stack.baseUrl, flavour: 'self-hosted' };
  folder = tempFolder();
  vault = await openVault({ backend: folder.backend(), secretBox: new FakeSecretBox(), clock: time });
  timeline = watchHealth(vault);
  const logins: [string, ProviderId][] = [['alice', 'onedrivev2'], ['bob', 'googledrive'], ['carol', 'dropbox'], ['dave', 'box.com'], ['erin', 'pcloud'], ['mallory', 'onedrivev2'], ['trent', 'onedrivev2']];
  for (const [name, provider] of logins) {
    const page = await stack.completeLogin(`${stack.baseUrl}/login?id=${provider}`, { account: name });
    const region = new URL(page.finalUrl).searchParams.get('hostname') ?? undefined;
    await add(name, provider, page.authId!, region);
  }
  await add('jotta', 'jottacloud', (await stack.completeCliLogin()).authId!);
  refresher = createRefresher({
    vault,
    settings: fixedSettings({ servers: [server], checkIntervalHours: 168, notifications: true }),
    clock: time,
    timers: time,
    random: seededRandom(400),
    fetch: net.fetch,
    pcloudBaseUrl: () => pcloud.baseUrl,
    // The fixture provider's userinfo stands in for Graph /me and friends.
    whoAmI: async (_provider, token) => {
      const answer = await net.fetch(`${stack.provider.issuer}/me`, { headers: { authorization: `Bearer ${token}` } });
      return answer.ok ? ((await answer.json()) as { sub: string }).sub : undefined;
    },
    activity,
  });
  refresher.start();
  await simulate();
}, 120_000);

afterAll(async () => {
  await refresher?.stop();
  await vault?.flush();
  await Promise.all([stack?.close(), pcloud?.close()]);
  folder?.remove();
});

async function add(name: string, provider: ProviderId, authId: string, region?: string): Promise<void> {
  const kind = provider === 'pcloud' ? 'access-token-only' : 'v1';
  const record = await vault.add({ label: name, defaultLabel: name, provider, kind, serverBaseUrl: stack.baseUrl, authId, ...(region ? { region } : {}) });
  seeded.set(name, { name, provider, id: record.id, authId });
}

type Event = { readonly at: number; readonly run: () => void | Promise<void> };

/** Scripted events; some are placed around an AuthID's next planned check when they come up. */
function events(): Event[] {
  const aroundNextCheck = (name: string, before: number, after: number, start: () => void, end: () => void): Event[] => {
    const next = Date.parse(vault.get(at(name).id)!.nextCheckAt!);
    return [{ at: next - before, run: start }, { at: next + after, run: end }];
  };
  return [
    { at: t0 + 10 * DAY_MS, run: () => net.inject(at('alice').authId, { status: 502, body: '<html>Bad Gateway</html>' }, { status: 502, body: '<html>Bad Gateway</html>' }) },
    { at: t0 + 12 * DAY_MS, run: () => net.inject(at('carol').authId, { status: 503, reason: 'Too many requests for this key, wait 60 minutes' }) },
    { at: t0 + OUTAGE.from, run: () => void (net.outage = true) },
    { at: t0 + OUTAGE.to, run: () => void (net.outage = false) },
    // A 10-minute provider outage from the real server (500 An error occurred) just as bob is checked.
    { at: t0 + 60 * DAY_MS, run: () => schedule(...aroundNextCheck('bob', MINUTE, 10 * MINUTE, () => stack.provider.setDown(true), () => stack.provider.setDown(false))) },
    { at: t0 + 100 * DAY_MS, run: () => void stack.provider.revokeAllGrants('mallory') },
    { at: t0 + 150 * DAY_MS, run: async () => void expect(await revoke(at('trent').authId, server)).toMatchObject({ ok: true }) },
    {
      at: t0 + 200 * DAY_MS,
      run: () => {
        time.jump(5 * DAY_MS);
        wokeAt = time.now();
        overdueAtWake = vault.list().filter((r) => r.nextCheckAt !== undefined && Date.parse(r.nextCheckAt) <= wokeAt).map((r) => r.id);
        refresher.wake();
      },
    },
  ];
}

let queue: Event[] = [];
function schedule(...more: Event[]): void {
  queue = [...queue, ...more].sort((a, b) => a.at - b.at);
}

async function simulate(): Promise<void> {
  schedule(...events());
  const end = t0 + DAYS * DAY_MS;
  for (;;) {
    const timerAt = time.nextAt() ?? Infinity;
    const event = queue[0];
    if (Math.min(timerAt, event?.at ?? Infinity) > end) break;
    if (event && event.at <= timerAt) {
      queue.shift();
      time.jump(Math.max(0, event.at - time.now()));
      await event.run();
    } else {
      time.fireNext();
    }
    await activity.idle();
  }
}

const successes = (name: string): number[] => net.requests(at(name).authId, at(name).provider === 'pcloud' ? '/userinfo' : '/refresh').filter((r) => r.status === 200).map((r) => r.at);
const gaps = (times: number[]): number[] => times.slice(1).map((t, i) => t - times[i]!);

it('every AuthID goes through exactly the expected health states', () => {
  const expected: Record<string, Health[]> = {
    alice: ['not-checked', 'healthy', 'needs-attention', 'healthy', 'needs-attention', 'healthy'],
    bob: ['not-checked', 'healthy', 'needs-attention', 'healthy', 'needs-attention', 'healthy'],
    carol: ['not-checked', 'healthy', 'rate-limited', 'healthy', 'needs-attention', 'healthy'],
    dave: ['not-checked', 'healthy', 'needs-attention', 'healthy'],
    jotta: ['not-checked', 'healthy', 'needs-attention', 'healthy'],
    erin: ['not-checked', 'healthy', 'needs-attention', 'healthy'],
    mallory: ['not-checked', 'healthy', 'needs-attention', 'healthy', 'needs-attention', 'needs-reauthorization'],
    trent: ['not-checked', 'healthy', 'needs-attention', 'healthy', 'revoked'],
  };
  for (const [name, states] of Object.entries(expected)) expect([name, timeline.changes.get(at(name).id)]).toEqual([name, states]);
});

it('exactly one notification per transition into a problem', () => {
  const perLabel = (name: string): number => timeline.notices.filter((n) => n.title.includes(`“${name}”`)).length;
  expect(Object.fromEntries([...seeded.keys()].map((name) => [name, perLabel(name)]))).toEqual({
    alice: 2, bob: 2, carol: 1, dave: 1, jotta: 1, erin: 1, mallory: 3, trent: 2,
  });
  expect(timeline.notices).toHaveLength(13);
});

it('during the 15-day outage each AuthID sent no more requests than the backoff bound', () => {
  const bound = maxRequestsDuringOutage(OUTAGE.to - OUTAGE.from);
  for (const { authId } of seeded.values()) {
    const during = net.log.filter((r) => r.credential === authId && r.at >= t0 + OUTAGE.from && r.at < t0 + OUTAGE.to);
    expect(during.length).toBeGreaterThan(0);
    expect(during.length).toBeLessThanOrEqual(bound);
  }
});

it('no AuthID was ever refreshed twice at once', () => {
  expect(net.peakPerCredential).toBe(1);
});

it('rotating providers were refreshed no more often than every 7 days, and well inside 60', () => {
  for (const name of ['dave', 'jotta']) {
    const between = gaps(successes(name));
    expect(between.length).toBeGreaterThan(20);
    expect(Math.min(...between)).toBeGreaterThanOrEqual(ROTATING_INTERVAL.minMs);
    expect(Math.max(...between)).toBeLessThan(30 * DAY_MS);
  }
  const rotatingAtProvider = stack.provider.countTokenRequests({ grantType: 'refresh_token', clientId: 'rotating' });
  expect(rotatingAtProvider).toBe(successes('dave').length);
});

it('each grant was used well inside its unused lifetime', () => {
  const lifetimeDays: Record<string, number> = { alice: 90, bob: 183, carol: 365, erin: 365, dave: 60, jotta: 365 };
  for (const [name, days] of Object.entries(lifetimeDays)) {
    expect(successes(name)[0]! - t0).toBeLessThan(DAY_MS);
    expect(Math.max(...gaps(successes(name)))).toBeLessThan((days / 2) * DAY_MS);
    expect(t0 + DAYS * DAY_MS - successes(name).at(-1)!).toBeLessThan(15 * DAY_MS);
  }
});

it('after sleeping, wake ran the overdue checks at once', () => {
  expect(overdueAtWake.length).toBeGreaterThan(0);
  for (const id of overdueAtWake) {
    const authId = [...seeded.values()].find((s) => s.id === id)!.authId;
    expect(net.log.some((r) => r.credential === authId && r.at === wokeAt)).toBe(true);
  }
});

it('revoked AuthIDs are not asked about again; nothing was lost; the rest still work', async () => {
  const trentAfter = net.requests(at('trent').authId).filter((r) => r.at > t0 + 151 * DAY_MS);
  expect(trentAfter).toHaveLength(0);
  expect(vault.list()).toHaveLength(seeded.size);
  for (const { id, authId, name } of seeded.values()) {
    expect(await vault.readSecret(id)).toBe(authId);
    const record = vault.get(id)!;
    if (name !== 'erin') expect(record.accountName).toBe(name === 'jotta' ? 'cli-user' : name);
    expect(JSON.stringify(record)).not.toContain(authId);
  }
  time.jump(2 * 3_600_000);
  for (const name of ['alice', 'bob', 'carol', 'dave', 'jotta']) expect(await refresh(at(name).authId, server)).toMatchObject({ ok: true });
  expect(vault.get(at('erin').id)?.accountName).toBe('erin@pcloud.example');
});
