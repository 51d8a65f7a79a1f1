// Re-authorizing an AuthID that three Duplicati backups use, in Chromium on the real app core:
// the OneDrive AuthID comes from a real login at the app's AuthID server (in front of the real
// OAuth provider), and the backups in the Duplicati stand-in refresh through that server. The
// provider refuses a refresh, the backups are flagged broken, the user re-authorizes with a real
// login in the login window, puts the new AuthID into the three backups (read back with their
// schedules) and undoes it; and Duplicati dying or hanging part-way leaves every backup whole.
// Nothing the window receives holds a plaintext AuthID or the password.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { StoredBackup } from '../fixtures/duplicati-stand-in/backups';
import type { FailureModes } from '../fixtures/duplicati-stand-in/server';
import { expectBackupsWhole, snapshot } from '../integration/duplicati/support/update-journey';
import { ONEDRIVE, ONEDRIVE_ACCOUNT, type DuplicatiSession } from './support/duplicati-session';
import { expectAccessible, openDuplicatiScreen, openOneDriveDetail, openUpdatePreview, reauthorizeOneDrive, signIn } from './support/duplicati-steps';
import { useDuplicatiSession } from './support/duplicati-suite';
import { saveScreenshot } from './support/screenshots';

const start = useDuplicatiSession();
const ONEDRIVE_BACKUPS = ['Documents', 'Photos', 'Work'];

/** Each backup is whole: those listed exactly updated to `fresh`, the others exactly as `before`. */
const expectEachWhole = (s: DuplicatiSession, before: ReadonlyMap<string, StoredBackup>, fresh: string, updatedIds: readonly string[]) =>
  expectBackupsWhole(s.duplicati, { before, old: s.ids.onedrive, fresh }, updatedIds);

/** A backup on the Duplicati screen, by name. */
const backupItem = (page: Page, name: string) =>
  page.getByRole('region', { name: /^All backups/ }).getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });
const healthOf = (page: Page, name: string) => backupItem(page, name).locator('.health-chip').textContent();

/** Signs in and waits for the first look: the three OneDrive backups under their AuthID. */
async function signInAndLook(s: DuplicatiSession): Promise<void> {
  await signIn(s);
  await openDuplicatiScreen(s.host.page);
  await s.host.page.getByRole('region', { name: 'Backups by AuthID' }).getByText(`Used by: ${ONEDRIVE_BACKUPS.join(', ')}`).waitFor();
}

/** Signs in, then re-authorizes OneDrive for real from its detail; resolves with the new AuthID. */
async function signInAndReauthorize(s: DuplicatiSession): Promise<string> {
  await signInAndLook(s);
  await openOneDriveDetail(s.host.page);
  return reauthorizeOneDrive(s);
}

describe('re-authorizing an AuthID that backups use', () => {
  it('a refused refresh flags its 3 backups broken; a real re-authorization, then the new AuthID in all 3 (schedules kept), then Undo', async () => {
    const s = await start({ realOneDrive: true });
    const { page } = s.host;
    const refreshUrl = `${s.app.stack.baseUrl}/refresh`;
    await signInAndLook(s);
    expect(await healthOf(page, 'Documents')).toBe('✓OK');
    expect(await healthOf(page, 'Photos')).toBe('✓OK');
    // Work's forgotten --authid option holds another AuthID than its URL (the forum's trap).
    expect(await healthOf(page, 'Work')).toBe('!At risk');
    // The backups refresh through the server that issued their AuthID.
    expect(await backupItem(page, 'Documents').textContent()).toContain(new URL(s.app.stack.baseUrl).host);

    // The user's access is withdrawn at the provider; the next check hears it refuse the refresh.
    expect(s.app.stack.provider.revokeAllGrants(ONEDRIVE_ACCOUNT)).toBeGreaterThan(0);
    s.duplicati.workingAuthIds.delete(s.ids.onedrive);
    await openOneDriveDetail(page);
    const health = page.getByRole('region', { name: 'Health' });
    await health.getByRole('button', { name: 'Check now' }).click();
    await health.getByRole('status').getByText('Checked just now: Needs re-authorization.').waitFor();
    expect(await health.textContent()).toContain('Log in again');

    // The Duplicati screen follows without being asked: three backups will fail at their next run.
    await openDuplicatiScreen(page);
    await page.getByText('4 backups use an AuthID that needs re-authorization.').waitFor();
    for (const name of ONEDRIVE_BACKUPS) {
      expect(await healthOf(page, name)).toBe('✕Broken');
      expect(await backupItem(page, name).textContent()).toContain(`uses “${ONEDRIVE}”, which needs re-authorization; its next run will fail to connect`);
    }
    expect(await healthOf(page, 'Box archive')).toBe('✕Broken');
    await saveScreenshot(page, 'duplicati-broken-needs-reauthorization');

    await openOneDriveDetail(page);
    const before = snapshot(s);
    const fresh = await reauthorizeOneDrive(s);
    // Back on the AuthID's page after the login: "Used by" names the backups still on the old AuthID.
    const usedBy = page.getByRole('region', { name: 'Used by Duplicati backups' });
    await usedBy.getByText('3 backups still use this AuthID as it was before you re-authorized it, so they fail at the next run until updated.').waitFor();
    await saveScreenshot(page, 'duplicati-used-by');
    const dialog = await openUpdatePreview(page, 3);
    for (const name of ONEDRIVE_BACKUPS) expect(await dialog.getByRole('checkbox', { name }).isChecked()).toBe(true);
    expect(await dialog.textContent()).toContain('Advanced option --authid');
    expect(await dialog.textContent()).toContain('Schedule: Every day at 02:00 (kept as is)');
    expect(s.duplicati.writes()).toBe(0);
    await expectAccessible(page, 'dialog');
    await saveScreenshot(page, 'duplicati-update-preview', { fullPage: false });

    await dialog.getByRole('button', { name: 'Update 3 backups' }).click();
    await dialog.getByText('Updated 3 backups; schedules and other settings are unchanged.').waitFor();
    expect(await dialog.locator('.update-outcomes li').allTextContents()).toEqual(
      ONEDRIVE_BACKUPS.map((name) => `${name}: Updated. Updated and read back.Destination test: Duplicati connected to the destination with the new AuthID.`),
    );
    // Read back from the stand-in: the new AuthID in each URL and --authid option, the same
    // refresh server (the re-authorization stayed on it), and every schedule as it was.
    expectEachWhole(s, before, fresh, ['1', '2', '3']);
    for (const id of ['1', '2', '3']) expect(s.duplicati.backups.raw(id)?.schedule).toEqual(before.get(id)?.schedule);
    expect(s.duplicati.backups.raw('1')?.backup.TargetURL).toContain(`oauth-url=${encodeURIComponent(refreshUrl)}`);
    expect(s.duplicati.backups.raw('2')?.backup.Settings).toContainEqual({ Name: '--oauth-url', Value: refreshUrl, Filter: '' });
    await saveScreenshot(page, 'duplicati-update-result', { fullPage: false });

    await dialog.getByRole('button', { name: 'Undo this update' }).click();
    await dialog.getByText('Restored 3 backups to their previous configuration.').waitFor();
    expectEachWhole(s, before, fresh, []);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await s.expectNoSecretsReceived();
  });
});

/** Re-authorized for real and the preview open, then `fail` breaks the stand-in and the user clicks "Update 3 backups". */
async function updateWhileDuplicatiFails(fail: (failures: FailureModes) => void) {
  const s = await start({ realOneDrive: true });
  const fresh = await signInAndReauthorize(s);
  const before = snapshot(s);
  const dialog = await openUpdatePreview(s.host.page, 3);
  fail(s.duplicati.failures);
  await dialog.getByRole('button', { name: 'Update 3 backups' }).click();
  return { s, page: s.host.page, fresh, before, dialog, summary: dialog.getByRole('status').filter({ hasText: 'Updated 1 of 3 backups.' }) };
}

describe('Duplicati stops answering part-way through updating 3 backups', () => {
  it('gone while saving the second: the window names what was updated, what is in doubt and what was not touched, and how to finish; each backup is whole', async () => {
    const { s, page, fresh, before, dialog, summary } = await updateWhileDuplicatiFails((failures) => {
      failures.dieOnWrite = { after: 1, saved: false, thenDown: true };
    });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Duplicati stopped answering while saving “Photos”.');
    expect(await summary.textContent()).toContain('Not changed: “Work”.');
    expect(await summary.textContent()).toContain('Check that Duplicati is running, then choose “Look again” on the Duplicati screen');
    const outcomes = await dialog.locator('.update-outcomes li strong').allTextContents();
    expect(outcomes).toEqual(['Documents: Updated.', 'Photos: In doubt.', 'Work: Not changed.']);
    expectEachWhole(s, before, fresh, ['1']);
    await expectAccessible(page, 'dialog');
    await saveScreenshot(page, 'duplicati-gone-mid-update', { fullPage: false });

    // Duplicati is back: the user does what the window said.
    s.duplicati.failures.down = false;
    delete s.duplicati.failures.dieOnWrite;
    await dialog.getByRole('button', { name: 'Close' }).click();
    await openDuplicatiScreen(page);
    await page.getByRole('button', { name: 'Look again' }).click();
    await openOneDriveDetail(page);
    const rest = await openUpdatePreview(page, 2);
    // Documents has the new AuthID already: shown, not offered.
    expect(await rest.getByRole('checkbox', { name: 'Documents' }).isDisabled()).toBe(true);
    expect(await rest.textContent()).toContain('Nothing to change: it already uses the new AuthID.');
    await rest.getByRole('button', { name: 'Update 2 backups' }).click();
    await rest.getByText('Updated 2 backups; schedules and other settings are unchanged.').waitFor();
    expectEachWhole(s, before, fresh, ['1', '2', '3']);
    await s.expectNoSecretsReceived();
  });

  it('hanging on the second save: after its time limit the window says what was updated and what was not; each backup is whole', async () => {
    const { s, fresh, before, dialog, summary } = await updateWhileDuplicatiFails((failures) => {
      failures.hangOnWrite = { after: 1 };
    });
    // While Duplicati keeps the second save waiting, the window shows it is still at work.
    await dialog.getByRole('button', { name: 'Updating…' }).waitFor();
    // The app gives up on the save after its 5-s limit, then reads the backup back.
    await summary.waitFor({ timeout: 15_000 });
    expect(await summary.textContent()).toContain('Not changed: “Photos”, “Work”.');
    expect(await summary.textContent()).toContain('Check that Duplicati is running');
    expect(await dialog.locator('.update-outcomes li strong').allTextContents()).toEqual(['Documents: Updated.', 'Photos: Not changed.', 'Work: Not changed.']);
    expect(s.duplicati.requests.filter((r) => r.status === 'hung')).toHaveLength(1);
    expectEachWhole(s, before, fresh, ['1']);
    await s.expectNoSecretsReceived();
  });
});
