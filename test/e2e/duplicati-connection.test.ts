// The Duplicati connection in Chromium on the real app core, against the Duplicati stand-in:
// signing in (wrong password, then right), and every backup by AuthID with the broken and
// at-risk ones flagged. (Re-authorizing and updating the backups: duplicati-reauthorize.test.ts.)
// Nothing the window receives holds a plaintext AuthID or the password.
import { describe, expect, it } from 'vitest';
import { BOX } from './support/duplicati-session';
import { expectAccessible, openDuplicatiScreen, signIn } from './support/duplicati-steps';
import { useDuplicatiSession } from './support/duplicati-suite';
import { saveScreenshot } from './support/screenshots';

const startSession = useDuplicatiSession();
const start = (colorScheme: 'light' | 'dark' = 'light') => startSession({ colorScheme });

const SETTINGS_PART = 'section[aria-labelledby="duplicati-heading"]';

describe('signing in to Duplicati', () => {
  it('a wrong password says so and what to do next, and the password is not kept in the form', async () => {
    const s = await start();
    const { page } = s.host;
    const section = await signIn(s, 'not the password');
    await section.getByText('Wrong password.').waitFor();
    expect(await section.getByRole('alert').textContent()).toContain('did not accept that password');
    expect(await section.getByLabel('Duplicati password').inputValue()).toBe('');
    await expectAccessible(page, SETTINGS_PART);
    await saveScreenshot(page, 'duplicati-wrong-password');
    await s.expectNoSecretsReceived();
  });

  it('the right password connects and shows the version; connecting and signing out change nothing in Duplicati', async () => {
    const s = await start();
    const { page } = s.host;
    const section = await signIn(s);
    await section.getByText(`Connected to Duplicati 2.3.0.4 at 127.0.0.1:${s.duplicati.port}.`).waitFor();
    expect(await section.getByRole('button', { name: 'Forget the password' }).count()).toBe(0);
    await expectAccessible(page, SETTINGS_PART);
    await saveScreenshot(page, 'duplicati-connected');

    await section.getByRole('button', { name: 'Sign out of Duplicati' }).click();
    await section.getByRole('button', { name: 'Sign in to Duplicati' }).waitFor();
    expect(s.duplicati.writes()).toBe(0);
    expect(s.duplicati.requests.filter((r) => r.method === 'PUT' || r.path.includes('update-backups'))).toEqual([]);
    await s.expectNoSecretsReceived();
  });

  it('a Duplicati that is not running is named as not reachable', async () => {
    const s = await start();
    await s.duplicati.close();
    const section = await signIn(s);
    await section.getByText('Duplicati is not reachable.').waitFor();
    expect(await section.getByRole('alert').textContent()).toContain('Check that Duplicati is running');
  });
});

describe.each(['light', 'dark'] as const)('the backups, in the %s theme', (colorScheme) => {
  it('shows every backup by AuthID and flags the broken and at-risk ones', async () => {
    const s = await start(colorScheme);
    const { page } = s.host;
    await page.emulateMedia({ colorScheme });
    await signIn(s);
    await openDuplicatiScreen(page);
    const usage = page.getByRole('region', { name: 'Backups by AuthID' });
    await usage.getByText('Used by: Documents, Photos, Work').waitFor();
    const box = usage.getByRole('listitem').filter({ has: page.getByRole('heading', { name: BOX }) });
    expect(await box.getByText('Used by: Box archive').count()).toBe(1);
    expect(await box.getByText('Needs re-authorization').count()).toBe(1);
    await page.getByText('1 backup uses an AuthID that needs re-authorization.').waitFor();

    const all = page.getByRole('region', { name: 'All backups (6)' });
    const backup = (name: string) => all.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });
    const healthOf = (name: string) => backup(name).locator('.health-chip').textContent();
    expect(await healthOf('Box archive')).toBe('✕Broken');
    expect(await backup('Box archive').textContent()).toContain('needs re-authorization; its next run will fail to connect');
    expect(await healthOf('Shared Dropbox')).toBe('!At risk');
    expect(await backup('Shared Dropbox').textContent()).toContain('not in AuthID Manager');
    expect(await healthOf('Documents')).toBe('✓OK');
    expect(await backup('Work').textContent()).toContain('--authid');
    await expectAccessible(page);
    await saveScreenshot(page, `duplicati-overview-${colorScheme}`);
    await s.expectNoSecretsReceived();
  });
});
