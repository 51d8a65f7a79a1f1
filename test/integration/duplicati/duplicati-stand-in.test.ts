/**
 * The stand-in itself behaves as the facts say Duplicati does (../shared/reference,
 * "Duplicati's server API"), so that the client's tests against it mean something.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startDuplicatiStandIn, type DuplicatiStandIn } from '../../fixtures/duplicati-stand-in/server';
import { manualClock } from '../../fixtures/manual-clock';
import { DAILY, newAuthId } from './support/sample-backups';

let standIn: DuplicatiStandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

const PASSWORD = 'stand-in password';

async function start(options: Parameters<typeof startDuplicatiStandIn>[0]) {
  standIn = await startDuplicatiStandIn({ password: PASSWORD, ...options });
  return standIn;
}

async function login(s: DuplicatiStandIn) {
  const answer = await fetch(`${s.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ Password: PASSWORD, RememberMe: true }) });
  const body = (await answer.json()) as { AccessToken: string; RefreshNonce?: string };
  return { status: answer.status, body, cookie: (answer.headers.getSetCookie()[0] ?? '').split(';')[0]!, setCookie: answer.headers.getSetCookie()[0] ?? '' };
}

function call(s: DuplicatiStandIn, token: string, method: string, path: string, body?: unknown) {
  return fetch(`${s.baseUrl}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
}

function refresh(s: DuplicatiStandIn, cookie: string, nonce: string | undefined) {
  return fetch(`${s.baseUrl}/api/v1/auth/refresh`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ Nonce: nonce ?? '' }) });
}

describe('sign-in', () => {
  it('sets the HttpOnly refresh cookie RefreshToken_<port> for /api/v1/auth/refresh, with a nonce from 2.1.2 on', async () => {
    for (const version of ['2.1.0.5', '2.3.0.4'] as const) {
      const s = await start({ version });
      const signedIn = await login(s);
      expect(signedIn.setCookie).toMatch(new RegExp(`^RefreshToken_${s.port}=[^;]+; .*path=/api/v1/auth/refresh; samesite=strict; httponly$`));
      expect(typeof signedIn.body.RefreshNonce).toBe(version === '2.1.0.5' ? 'undefined' : 'string');
      await s.close();
    }
  });

  it('rotates on refresh, allows one step back within 30 s, and kills the family on an older replay', async () => {
    const clock = manualClock(Date.now());
    const s = await start({ version: '2.3.0.4', clock });
    const first = await login(s);
    expect((await refresh(s, first.cookie, 'wrong nonce')).status).toBe(401);
    const second = await refresh(s, first.cookie, first.body.RefreshNonce);
    expect(second.status).toBe(200);
    expect((await refresh(s, first.cookie, first.body.RefreshNonce)).status).toBe(200);
    clock.advance(31_000);
    expect((await refresh(s, first.cookie, first.body.RefreshNonce)).status).toBe(401);
    expect(s.tokens.killedFamilies).toBe(1);
    expect((await call(s, first.body.AccessToken, 'GET', '/api/v1/backups')).status).toBe(401);
  });

  it('answers 401 to an access token older than 15 minutes', async () => {
    const clock = manualClock(Date.now());
    const s = await start({ version: '2.1.0.5', clock });
    const { body } = await login(s);
    expect((await call(s, body.AccessToken, 'GET', '/api/v1/backups')).status).toBe(200);
    clock.advance(15 * 60_000 + 6_000);
    const late = await call(s, body.AccessToken, 'GET', '/api/v1/backups');
    expect([late.status, late.headers.get('www-authenticate')]).toEqual([401, 'Bearer error="invalid_token"']);
  });
});

describe('backups', () => {
  const authId = newAuthId();
  const url = `onedrivev2://My%20Backups/Lap+top?authid=${encodeURIComponent(authId)}&empty=&fragment-size=10`;

  it('masks password-type values, re-encodes host and path and drops empty keys from 2.2.1 on; 2.1 and 2.2.0 show them clear', async () => {
    for (const version of ['2.1.0.5', '2.2.0.3', '2.2.1.0', '2.3.0.4'] as const) {
      const s = await start({ version, backups: [{ Name: 'A', TargetURL: url, Settings: [{ Name: '--authid', Value: authId, Filter: '' }] }] });
      const { body } = await login(s);
      const shown = (await (await call(s, body.AccessToken, 'GET', '/api/v1/backup/1')).json()) as { Backup: { TargetURL: string; Settings: { Value: string }[] } };
      const masks = version === '2.2.1.0' || version === '2.3.0.4';
      expect(shown.Backup.TargetURL).toBe(masks ? 'onedrivev2://My%20Backups/Lap%20top?authid=***************&fragment-size=10' : url);
      expect(shown.Backup.Settings[0]?.Value).toBe(masks ? '***************' : authId);
      const args = (await (await call(s, body.AccessToken, 'GET', '/api/v1/backup/1/export-argsonly?export-passwords=true')).json()) as { Backend: string; Options: string[] };
      expect(args.Backend).toBe(url);
      expect(args.Options).toContain(`--authid=${authId}`);
      await s.close();
    }
  });

  it('deletes the schedule when a PUT leaves it out, and restores masked placeholders from the stored values', async () => {
    const s = await start({ version: '2.3.0.4', backups: [{ Name: 'A', TargetURL: url, Settings: [{ Name: 'passphrase', Value: 'secret words', Filter: '' }], Schedule: DAILY }] });
    const { body } = await login(s);
    const shown = (await (await call(s, body.AccessToken, 'GET', '/api/v1/backup/1')).json()) as { Backup: Record<string, unknown> };
    expect((await call(s, body.AccessToken, 'PUT', '/api/v1/backup/1', { Backup: shown.Backup })).status).toBe(200);
    expect(s.backups.raw('1')).toMatchObject({ schedule: null, backup: { Settings: [{ Name: 'passphrase', Value: 'secret words' }] } });
    expect(s.backups.raw('1')?.backup.TargetURL).toBe(`onedrivev2://My%20Backups/Lap%20top?authid=${encodeURIComponent(authId)}&fragment-size=10`);
  });

  it('drops the schedules of the backups a named connection updates (2.2.1+), and has no such call on 2.1', async () => {
    const s = await start({ version: '2.2.1.0', connectionStrings: [{ ID: 3, Name: 'OneDrive', BaseUrl: `onedrivev2://?authid=${encodeURIComponent(authId)}` }], backups: [{ Name: 'A', TargetURL: 'onedrivev2://A?authid=old', ConnectionStringID: 3, Schedule: DAILY }] });
    const { body } = await login(s);
    const answer = await call(s, body.AccessToken, 'POST', '/api/v2/connection-string/3/update-backups', { BackupIDs: ['1'] });
    expect(await answer.json()).toMatchObject({ Success: true });
    expect(s.backups.raw('1')).toMatchObject({ schedule: null, backup: { TargetURL: `onedrivev2://A?authid=${encodeURIComponent(authId)}` } });
    await s.close();
    const old = await start({ version: '2.1.0.5' });
    const oldLogin = await login(old);
    expect((await call(old, oldLogin.body.AccessToken, 'POST', '/api/v2/connection-string/3/update-backups', { BackupIDs: ['1'] })).status).toBe(404);
    expect((await call(old, oldLogin.body.AccessToken, 'POST', '/api/v2/destination/test', { DestinationUrl: 'x', Options: {}, AutoCreate: false })).status).toBe(404);
  });

  it('hangs on the chosen write without saving it, while reads still answer', async () => {
    const s = await start({ version: '2.3.0.4', backups: [{ Name: 'A', TargetURL: url, Schedule: DAILY }] });
    const { body } = await login(s);
    const before = s.backups.raw('1');
    const shown = (await (await call(s, body.AccessToken, 'GET', '/api/v1/backup/1')).json()) as { Backup: Record<string, unknown>; Schedule: unknown };
    s.failures.hangOnWrite = { after: 0 };
    const hung = call(s, body.AccessToken, 'PUT', '/api/v1/backup/1', { Backup: { ...shown.Backup, Description: 'new' }, Schedule: shown.Schedule }).then(
      () => 'answered',
      () => 'failed',
    );
    let settled: string | undefined;
    // Only notes when the PUT ends; the test awaits it at the end.
    void hung.then((how) => {
      settled = how;
    });
    await expect.poll(() => s.requests.filter((r) => r.status === 'hung').length, { timeout: 5_000 }).toBe(1);
    expect((await call(s, body.AccessToken, 'GET', '/api/v1/backup/1')).status).toBe(200);
    expect(settled).toBeUndefined();
    expect(s.backups.raw('1')).toEqual(before);
    expect(s.writes()).toBe(0);
    await s.close();
    expect(await hung).toBe('failed');
  });
});
