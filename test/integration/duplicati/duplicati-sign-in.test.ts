/**
 * Signing in to Duplicati (the stand-in, as 2.1, 2.2 and 2.3): the password once, the refresh
 * cookie and nonce kept, tokens renewed before they run out, a killed token family reported as
 * "sign in again", and clear failures for a wrong password, an old or missing Duplicati.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../fixtures/manual-clock';
import { PASSWORD, startHarness, type Harness } from './support/duplicati-harness';
import { sampleAuthIds, sampleBackups } from './support/sample-backups';
import { VERSIONS } from './support/versions';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const authCalls = (h: Harness) => h.duplicati.requests.filter((r) => r.path.startsWith('/api/v1/auth/')).map((r) => r.path);

describe.each(VERSIONS)('Duplicati %s', (version) => {
  it('signs in with the password once and reads without changing anything', async () => {
    harness = await startHarness({ version, backups: sampleBackups(sampleAuthIds()) });
    const connected = await harness.service.connect({ baseUrl: harness.duplicati.baseUrl, password: PASSWORD });
    expect(connected).toEqual({
      ok: true,
      value: { state: 'connected', baseUrl: harness.duplicati.baseUrl, version, passwordRemembered: false, keptOnDisk: true },
    });
    expect((await harness.service.scan()).ok).toBe(true);
    expect(harness.duplicati.requests.filter((r) => r.method !== 'GET' && !r.path.startsWith('/api/v1/auth/'))).toEqual([]);
    expect(harness.duplicati.writes()).toBe(0);
    expect(authCalls(harness).filter((p) => p === '/api/v1/auth/login')).toHaveLength(1);
    harness.expectNoSecretsInWindow();
  });

  it('says so when the password is wrong', async () => {
    harness = await startHarness({ version });
    const result = await harness.service.connect({ baseUrl: harness.duplicati.baseUrl, password: 'not the password' });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'wrong-password' } });
    expect(harness.service.status()).toMatchObject({ state: 'not-connected', failure: { kind: 'wrong-password' } });
    expect(result.ok ? '' : result.failure.message).toMatch(/did not accept that password/);
  });

  it('renews the 15-minute access token before it runs out, rotating the refresh cookie', async () => {
    const clock = manualClock(Date.now());
    harness = await startHarness({ version, clock, backups: sampleBackups(sampleAuthIds()) }, { clock });
    await harness.service.connect({ baseUrl: harness.duplicati.baseUrl, password: PASSWORD });
    clock.advance(14.5 * 60_000);
    expect((await harness.service.scan()).ok).toBe(true);
    clock.advance(16 * 60_000);
    expect((await harness.service.scan()).ok).toBe(true);
    expect(authCalls(harness)).toEqual(['/api/v1/auth/login', '/api/v1/auth/refresh', '/api/v1/auth/refresh']);
    expect(harness.duplicati.requests.filter((r) => r.status === 401)).toEqual([]);
  });

  it('renews after a 401 when its own clock did not see the token expire', async () => {
    const serverClock = manualClock(Date.now());
    harness = await startHarness({ version, clock: serverClock, backups: sampleBackups(sampleAuthIds()) });
    await harness.service.connect({ baseUrl: harness.duplicati.baseUrl, password: PASSWORD });
    serverClock.advance(20 * 60_000);
    expect((await harness.service.scan()).ok).toBe(true);
    expect(harness.duplicati.requests.filter((r) => r.status === 401).map((r) => r.path)).toEqual(['/api/v1/backups']);
    expect(authCalls(harness)).toEqual(['/api/v1/auth/login', '/api/v1/auth/refresh']);
  });

  it('comes back after a restart with the kept refresh cookie, without the password', async () => {
    harness = await startHarness({ version, backups: sampleBackups(sampleAuthIds()) });
    await harness.service.connect({ baseUrl: harness.duplicati.baseUrl, password: PASSWORD });
    await harness.restart();
    expect(await harness.service.resume()).toMatchObject({ ok: true, value: { state: 'connected', version } });
    expect((await harness.service.scan()).ok).toBe(true);
    expect(authCalls(harness)).toEqual(['/api/v1/auth/login', '/api/v1/auth/refresh']);
    const file = readFileSync(harness.folder.file('duplicati.json'), 'utf8');
    expect(file).not.toContain(PASSWORD);
    expect(JSON.parse(file)).toMatchObject({ session: { ciphertext: expect.any(String) }, password: null });
  });

  it('asks to sign in again when Duplicati kills the token family after a replayed refresh cookie', async () => {
    const clock = manualClock(Date.now());
    harness = await startHarness({ version, clock, backups: sampleBackups(sampleAuthIds()) }, { clock });
    await harness.service.connect({ baseUrl: harness.duplicati.baseUrl, password: PASSWORD });
    const keptFile = harness.folder.file('duplicati.json');
    const stale = readFileSync(keptFile, 'utf8');
    // The app restarts and rotates the cookie; later an old copy of its file comes back (a restored backup of the profile).
    await (await harness.restart()).resume();
    clock.advance(60_000);
    writeFileSync(keptFile, stale);
    const replaying = await harness.restart();
    expect(await replaying.resume()).toMatchObject({ ok: false, failure: { kind: 'sign-in-again' } });
    expect(harness.duplicati.tokens.killedFamilies).toBe(1);
    expect(replaying.status()).toMatchObject({ state: 'sign-in-again' });
    expect(await replaying.scan()).toMatchObject({ ok: false, failure: { kind: 'sign-in-again' } });
    expect(await replaying.connect({ baseUrl: harness.duplicati.baseUrl, password: PASSWORD })).toMatchObject({ ok: true });
    expect((await replaying.scan()).ok).toBe(true);
  });

  it('signs in again by itself only when the user asked to remember the password', async () => {
    harness = await startHarness({ version, backups: sampleBackups(sampleAuthIds()) });
    await harness.service.connect({ baseUrl: harness.duplicati.baseUrl, password: PASSWORD, rememberPassword: true });
    expect(harness.service.status()).toMatchObject({ passwordRemembered: true });
    harness.duplicati.tokens.killAll();
    expect((await harness.service.scan()).ok).toBe(true);
    expect(authCalls(harness).filter((p) => p === '/api/v1/auth/login')).toHaveLength(2);
    await harness.service.forgetPassword();
    harness.duplicati.tokens.killAll();
    expect(await harness.service.scan()).toMatchObject({ ok: false, failure: { kind: 'sign-in-again' } });
    harness.expectNoSecretsInWindow();
  });
});

describe('Duplicati that cannot be used', () => {
  it('refuses a version older than 2.1', async () => {
    harness = await startHarness({ version: '2.0.8.1' });
    const result = await harness.service.connect({ baseUrl: harness.duplicati.baseUrl, password: PASSWORD });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'too-old' } });
    expect(result.ok ? '' : result.failure.message).toMatch(/works with Duplicati 2\.1 or later/);
  });

  it('says when nothing answers at the address', async () => {
    harness = await startHarness({});
    const port = await closedPort();
    const result = await harness.service.connect({ baseUrl: `http://127.0.0.1:${port}`, password: PASSWORD });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'unreachable' } });
    expect(result.ok ? '' : result.failure.message).toMatch(/Check that Duplicati is running/);
  });

  it('gives up on a server that answers too slowly, and works when it answers in time', async () => {
    harness = await startHarness({}, { timeoutMs: 300 });
    harness.duplicati.failures.slowMs = 1_000;
    expect(await harness.service.connect({ baseUrl: harness.duplicati.baseUrl, password: PASSWORD })).toMatchObject({ ok: false, failure: { kind: 'timeout' } });
    harness.duplicati.failures.slowMs = 50;
    expect(await harness.service.connect({ baseUrl: harness.duplicati.baseUrl, password: PASSWORD })).toMatchObject({ ok: true });
  });

  it('refuses plain http to another computer and addresses with a user name', async () => {
    harness = await startHarness({});
    for (const baseUrl of ['http://192.168.1.20:8200', 'https://me:pw@nas.example:8200', 'ftp://127.0.0.1']) {
      expect(await harness.service.connect({ baseUrl, password: PASSWORD })).toMatchObject({ ok: false, failure: { kind: 'invalid-address' } });
    }
    expect(harness.duplicati.requests).toEqual([]);
  });
});

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
