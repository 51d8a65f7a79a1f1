// Moving AuthIDs to another computer and revoking at the provider, in Chromium on the real app
// core: export three from one app, import them into a second, fresh app (its own vault, settings
// and AuthID server), refusals the user can act on, a Duplicati export, and a provider-side
// revoke through the local OAuth provider's RFC 7009 endpoint standing in for Google's.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it  } from 'vitest';
import { refresh } from '../../electron/services/server-client';
import { startRealApp, type SeedParts } from '../fixtures/app/real-app';
import { registerSecret } from '../fixtures/leak-check/secret-registry';
import { useRealApp } from './journeys/real-app-suite';
import { axeViolations } from './support/axe';
import { realAuthId } from './support/sample-authids';
import { saveScreenshot } from './support/screenshots';

const start = useRealApp();
const PASSPHRASE = 'quarry-lantern-pepper-nomad-thistle';

async function seedThree({ vault, stack }: SeedParts): Promise<void> {
  const photos = await vault.add({ label: 'Photos', defaultLabel: 'Google Drive', provider: 'googledrive', kind: 'v1', authId: await realAuthId(stack, 'googledrive'), serverBaseUrl: stack.baseUrl, destination: { name: 'Laptop', path: 'Backups/Laptop', options: {} } });
  vault.addDestination(photos.id, { name: 'Desktop', path: 'Backups/Desktop', options: { 'googledrive-teamdrive-id': '0AB' } });
  await vault.add({ label: 'Work', defaultLabel: 'Dropbox', provider: 'dropbox', kind: 'v1', authId: await realAuthId(stack, 'dropbox'), serverBaseUrl: stack.baseUrl, destination: { name: 'Docs', path: 'Apps/Duplicati/Docs', options: {} } });
  await vault.add({ label: 'Laptop', defaultLabel: 'OneDrive', provider: 'onedrivev2', kind: 'v1', authId: await realAuthId(stack, 'onedrivev2'), serverBaseUrl: stack.baseUrl });
}

async function seedOne({ vault, stack }: SeedParts): Promise<void> {
  await vault.add({ label: 'Work', defaultLabel: 'Dropbox', provider: 'dropbox', kind: 'v1', authId: await realAuthId(stack, 'dropbox'), serverBaseUrl: stack.baseUrl });
}

async function openTransfer(page: Page, button: 'Export AuthIDs…' | 'Import…') {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('region', { name: 'Move to another computer' }).getByRole('button', { name: button }).click();
  return page.getByRole('dialog');
}

/** axe in both themes on what the page shows now. */
async function accessibleInBothThemes(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `axe in the ${colorScheme} theme`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

type Vault = SeedParts['vault'];
const contents = (vault: Vault) =>
  vault
    .list()
    .map((r) => ({ label: r.label, provider: r.provider, destinations: r.destinations.map(({ name, path, options }) => ({ name, path, options })) }))
    .sort((a, b) => a.label.localeCompare(b.label));

describe('moving AuthIDs to another computer', () => {
  it('export: a weak passphrase is refused with the rating\'s message before any dialog; a strong one saves the file and says where', async () => {
    const { app, host } = await start({ seed: seedOne });
    const { page } = host;
    const file = app.folder.file('AuthIDs.age');
    app.dialogs.answer = file;
    const dialog = await openTransfer(page, 'Export AuthIDs…');
    const passphrase = dialog.getByLabel('Passphrase', { exact: true });
    const again = dialog.getByLabel('Passphrase again');
    await passphrase.fill('password1234');
    const rating = await app.core.handlers.ratePassphrase({ passphrase: 'password1234' });
    expect(rating.acceptable).toBe(false);
    const words = ['very weak', 'weak', 'fair', 'strong', 'very strong'];
    await dialog.getByText(`Strength: ${words[rating.score]}. ${rating.message}`).waitFor();
    await again.fill('password1234');
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await dialog.getByRole('alert').filter({ hasText: rating.message }).waitFor();
    expect(app.dialogs.asked).toEqual([]);

    await passphrase.fill(PASSPHRASE);
    await dialog.getByText('Strength: very strong. Strong enough: guessing it would take far too long.').waitFor();
    await again.fill(`${PASSPHRASE}x`);
    await dialog.getByText('Not the same as the passphrase above yet.').waitFor();
    await accessibleInBothThemes(page);
    await saveScreenshot(page, 'export-passphrase', { fullPage: false });
    await again.fill(PASSPHRASE);
    await dialog.getByRole('button', { name: 'Export…' }).click();
    const saved = page.getByRole('dialog', { name: 'Export AuthIDs: saved' });
    await saved.getByText(/^Saved 1 AuthID, encrypted, to AuthIDs\.age\./).waitFor();
    expect(await saved.getByRole('definition').textContent()).toBe(file);
    expect(app.dialogs.asked.map((asked) => asked.kind)).toEqual(['save']);
    expect(readFileSync(file, 'utf8')).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----/);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'export-saved', { fullPage: false });
  });

  it('import into a fresh app: a wrong passphrase is refused, the preview lists what is new, a second import adds nothing', async () => {
    const to = await start();
    const from = await startRealApp(to.browser, { seed: seedThree });
    try {
      const file = to.app.folder.file('AuthIDs.age');
      from.dialogs.answer = file;
      expect(await from.core.handlers.exportAuthIds({ passphrase: PASSPHRASE, passphraseAgain: PASSPHRASE })).toMatchObject({ outcome: 'saved', exported: 3 });
      const { page } = to.host;
      to.app.dialogs.answer = file;
      const dialog = await openTransfer(page, 'Import…');
      await dialog.getByRole('button', { name: 'Choose file…' }).click();
      await page.getByRole('dialog', { name: 'Import “AuthIDs.age”' }).waitFor();
      const passphrase = dialog.getByLabel('Passphrase');
      await passphrase.fill(`${PASSPHRASE}s`);
      await dialog.getByRole('button', { name: 'Open' }).click();
      await dialog.getByRole('alert').filter({ hasText: /^That passphrase does not open this file\./ }).waitFor();
      expect(to.app.vault.list()).toEqual([]);

      await passphrase.fill(PASSPHRASE);
      await dialog.getByRole('button', { name: 'Open' }).click();
      await dialog.getByText('This file holds 3 AuthIDs: 3 new.').waitFor();
      const items = dialog.getByRole('group', { name: 'AuthIDs in the file' }).getByRole('checkbox');
      expect(await Promise.all((await items.all()).map((item) => item.isChecked()))).toEqual([true, true, true]);
      // The first app's server is not in this one's Settings: the preview says so before the choice.
      expect(await dialog.getByText(/which is not in Settings\. Importing it adds that server to Settings/).count()).toBe(3);
      await accessibleInBothThemes(page);
      await saveScreenshot(page, 'import-preview', { fullPage: false });
      await dialog.getByRole('button', { name: 'Import 3 AuthIDs' }).click();
      await dialog.getByText('Imported 3 AuthIDs.').waitFor();
      expect(contents(to.app.vault)).toEqual(contents(from.vault));
      expect(to.app.settings.values().servers.map((server) => server.baseUrl)).toContain(from.stack.baseUrl);
      await dialog.getByRole('button', { name: 'Done' }).click();

      await openTransfer(page, 'Import…');
      await dialog.getByRole('button', { name: 'Choose file…' }).click();
      await passphrase.fill(PASSPHRASE);
      await dialog.getByRole('button', { name: 'Open' }).click();
      await dialog.getByText('This file holds 3 AuthIDs: 3 already here.').waitFor();
      expect(await Promise.all((await items.all()).map((item) => item.isChecked()))).toEqual([false, false, false]);
      expect(await dialog.getByRole('button', { name: 'Import 0 AuthIDs' }).getAttribute('aria-disabled')).toBe('true');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      expect(to.app.vault.list()).toHaveLength(3);
    } finally {
      await from.close();
    }
  });

  it('a tampered file is refused and nothing changes', async () => {
    const { app, host } = await start({ seed: seedThree });
    const file = app.folder.file('AuthIDs.age');
    app.dialogs.answer = file;
    expect(await app.core.handlers.exportAuthIds({ passphrase: PASSPHRASE, passphraseAgain: PASSPHRASE })).toMatchObject({ outcome: 'saved' });
    const lines = readFileSync(file, 'utf8').split('\n');
    const line = lines.length - 4;
    lines[line] = `${lines[line]!.startsWith('A') ? 'B' : 'A'}${lines[line]!.slice(1)}`;
    writeFileSync(file, lines.join('\n'));
    for (const record of app.vault.list().slice(1)) app.vault.remove(record.id);
    const before = contents(app.vault);

    const dialog = await openTransfer(host.page, 'Import…');
    await dialog.getByRole('button', { name: 'Choose file…' }).click();
    await dialog.getByLabel('Passphrase').fill(PASSPHRASE);
    await dialog.getByRole('button', { name: 'Open' }).click();
    await dialog.getByRole('alert').filter({ hasText: /^This file is damaged: it is incomplete or was changed after it was exported/ }).waitFor();
    expect(contents(app.vault)).toEqual(before);
  });

  it('a Duplicati backup configuration export: its AuthID, labelled with the backup, without a passphrase', async () => {
    const { app, host } = await start();
    const file = app.folder.file('duplicati-backup.json');
    const authId = await realAuthId(app.stack, 'dropbox');
    const target = `dropbox://Apps/Duplicati/Home?authid=${encodeURIComponent(authId)}&oauth-url=${encodeURIComponent(`${app.stack.baseUrl}/refresh`)}`;
    writeFileSync(file, JSON.stringify({ CreatedByVersion: '2.1.0.5', Schedule: null, Backup: { ID: '1', Name: 'Home folder', Description: '', Tags: [], TargetURL: target, DBPath: 'X.sqlite', Sources: ['/home/alice/'], Settings: [], Filters: [], Metadata: {}, AdditionalTargetURLs: [], IsTemporary: false }, DisplayNames: {} }));
    app.dialogs.answer = file;
    const dialog = await openTransfer(host.page, 'Import…');
    await dialog.getByRole('button', { name: 'Choose file…' }).click();
    await dialog.getByText('This Duplicati export holds 1 AuthID: 1 new.').waitFor();
    expect(await dialog.getByRole('checkbox', { name: /^Home folder/ }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Import 1 AuthID' }).click();
    await dialog.getByText('Imported 1 AuthID.').waitFor();
    expect(app.vault.list()).toMatchObject([{ label: 'Home folder', provider: 'dropbox', destinations: [{ name: 'Home folder', path: 'Apps/Duplicati/Home' }] }]);
  });
});

describe('revoking at the provider', () => {
  it('Google: the provider ends the grant, then the server copy goes, then this computer forgets it; the access token handed out before stops working', async () => {
    const { app, host } = await start({
      providerRevokeEndpoints: (stack) => ({ google: stack.provider.revocationUrl }),
      seed: async ({ vault, stack }) => {
        await vault.add({ label: 'Photos', defaultLabel: 'Google Drive', provider: 'googledrive', kind: 'v1', authId: await realAuthId(stack, 'googledrive'), serverBaseUrl: stack.baseUrl });
      },
    });
    const { page } = host;
    const [record] = app.vault.list();
    const cached = await refresh(await app.vault.readSecret(record!.id), { baseUrl: app.stack.baseUrl, flavour: 'self-hosted' });
    if (!cached.ok) throw new Error(`No access token before the revoke: ${cached.kind}`);
    registerSecret(cached.accessToken);
    const userinfo = async () => (await fetch(app.stack.provider.userinfoUrl, { headers: { authorization: `Bearer ${cached.accessToken}` } })).status;
    expect(await userinfo()).toBe(200);
    await page.getByRole('button', { name: 'Details for Photos' }).click();
    await page.getByRole('button', { name: 'Revoke…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke “Photos”?' });
    const choice = dialog.getByRole('region', { name: 'Stronger: revoke at the provider' });
    await choice.getByText('Ends the access at Google itself, so this AuthID, every copy of it and every access token already handed out stop working at once.').waitFor();
    await accessibleInBothThemes(page);
    await saveScreenshot(page, 'revoke-at-provider-plan', { fullPage: false });

    await choice.getByRole('button', { name: 'Revoke at the provider' }).click();
    const result = page.getByRole('dialog', { name: '“Photos” is revoked at the provider' });
    await result.getByText('At the provider: Done.', { exact: false }).waitFor();
    expect((await result.getByRole('listitem').allTextContents()).map((text) => text.split('.')[0])).toEqual([
      'At the provider: Done',
      'At the AuthID server: Done',
      'On this computer: Done',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'revoke-at-provider-result', { fullPage: false });
    expect(app.vault.list()).toEqual([]);

    // The grant is gone at the provider: even the access token handed out before is refused there.
    expect(await userinfo()).toBe(401);
    await result.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('heading', { name: 'AuthIDs', level: 1 }).waitFor();
  });
});
