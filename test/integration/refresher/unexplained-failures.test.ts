/**
 * The bare-500 rule on the real refresher, the real server answering like the hosted handler,
 * and one fake clock for both: one AuthID whose provider keeps failing in a way the hosted
 * handler reports only as a bare HTTP 500, another on the same server that works. After about
 * a week of nothing else the failing one asks for a new login; retries slow down after a day so
 * the whole run stays in its history.
 */
import { afterAll, beforeAll, expect, it  } from 'vitest';
import { createRefresher, type Refresher } from '../../../electron/services/refresher';
import { DAY_MS } from '../../../electron/services/refresher/check-policy';
import { gaveUpReason, UNEXPLAINED_LIMIT_MS } from '../../../electron/services/refresher/unexplained-failures';
import { unexplainedServerErrorMessage } from '../../../electron/services/server-client';
import type { AuthIdServer } from '../../../electron/services/servers/known-servers';
import { openVault, type Vault } from '../../../electron/services/vault/vault';
import type { VaultRecord } from '../../../electron/services/vault/vault-record';
import { startAuthIdStack, type AuthIdStack } from '../../fixtures/authid-stack';
import { tempFolder, type TempFolder } from '../../fixtures/temp-conf-backend';
import { FakeTime } from '../../fixtures/fake-time';
import { FakeSecretBox } from '../../fixtures/fake-secret-box';
import { ActivityTracker } from './support/check-activity';
import { seededRandom } from './support/seeded-random';
import { fixedSettings } from '../../fixtures/fixed-settings';

const time = new FakeTime();
const t0 = time.now();
const activity = new ActivityTracker();
let stack: AuthIdStack;
let folder: TempFolder;
let vault: Vault;
let refresher: Refresher;
let failing: VaultRecord;
let working: VaultRecord;
/** The failing AuthID's health after each of its checks, with the time. */
const seen: { at: number; health: string; reason: string }[] = [];

beforeAll(async () => {
  stack = await startAuthIdStack({ clock: time, providers: ['onedrivev2', 'dropbox'], answersLike: { flavour: 'hosted-handler' } });
  const server: AuthIdServer = { baseUrl: stack.baseUrl, flavour: 'hosted-handler' };
  folder = tempFolder();
  vault = await openVault({ backend: folder.backend(), secretBox: new FakeSecretBox(), clock: time });
  const add = async (provider: 'onedrivev2' | 'dropbox', account: string) => {
    const { authId } = await stack.completeLogin(`${stack.baseUrl}/login?id=${provider}`, { account });
    return vault.add({ defaultLabel: account, provider, kind: 'v1', serverBaseUrl: stack.baseUrl, authId: authId! });
  };
  failing = await add('onedrivev2', 'failing');
  working = await add('dropbox', 'working');
  // The provider answers OneDrive's refreshes with a maintenance page: the hosted handler's catch-all.
  stack.standIn!.edge.setFault('onedrivev2', { grantType: 'refresh_token', status: 200, contentType: 'text/html', body: '<html>maintenance</html>' });
  vault.onChange(() => {
    const last = vault.get(failing.id)?.lastCheck;
    if (last && seen.at(-1)?.at !== Date.parse(last.at)) seen.push({ at: Date.parse(last.at), health: last.health, reason: last.reason });
  });
  refresher = createRefresher({
    vault,
    settings: fixedSettings({ servers: [server], notifications: true }),
    clock: time,
    timers: time,
    random: seededRandom(7),
    activity,
  });
  refresher.start();
  while ((time.nextAt() ?? Infinity) <= t0 + 9 * DAY_MS) {
    time.fireNext();
    await activity.idle();
  }
}, 120_000);

afterAll(async () => {
  await refresher?.stop();
  await vault?.flush();
  await stack?.close();
  folder?.remove();
});

const host = () => new URL(stack.baseUrl).host;

it('the failing AuthID is retried, more slowly after a day, and after a week needs a new login', () => {
  const unexplained = seen.filter((check) => check.reason === unexplainedServerErrorMessage(host()));
  const first = unexplained[0]!.at;
  const gaveUp = seen.find((check) => check.health === 'needs-reauthorization')!;
  expect(unexplained.every((check) => check.health === 'needs-attention')).toBe(true);
  expect(gaveUp.reason).toBe(gaveUpReason(host()));
  expect(gaveUp.at - first).toBeGreaterThanOrEqual(UNEXPLAINED_LIMIT_MS);
  expect(gaveUp.at - first).toBeLessThan(UNEXPLAINED_LIMIT_MS + 1.5 * DAY_MS);
  // After the first day: at most one try in any 18 hours.
  const later = unexplained.filter((check) => check.at - first > DAY_MS + 6 * 3_600_000);
  for (let i = 1; i < later.length; i += 1) expect(later[i]!.at - later[i - 1]!.at).toBeGreaterThanOrEqual(0.75 * DAY_MS);
  // The whole run fits the 20 checks the vault keeps.
  expect(seen.indexOf(gaveUp) + 1).toBeLessThanOrEqual(20);
  expect(vault.get(failing.id)).toMatchObject({ health: 'needs-reauthorization', healthReason: gaveUpReason(host()) });
});

it('the AuthID on the same server that works stays healthy throughout', () => {
  expect(vault.get(working.id)).toMatchObject({ health: 'healthy' });
  expect(vault.get(working.id)!.history.every((check) => check.health === 'healthy')).toBe(true);
});
