// "Duplicati reads this AuthID from the system keychain" in Chromium on the real app core, with a
// real gnome-keyring-daemon (private session bus) as the store and Debian's python3-secretstorage
// doing Duplicati's lookup: turn it on, copy a URL that holds `$name`, re-authorize (the stored
// value changes, the URL does not), repair an edited value after a check, remove (it is deleted).
import { describe, expect, it  } from 'vitest';
import { createSecretServiceStore } from '../../electron/adapters/secret-stores';
import { registerSecret } from '../fixtures/leak-check/secret-registry';
import { startPrivateBus } from '../fixtures/secret-service/private-secret-service';
import { secretServiceMissing, useSecretService } from '../fixtures/secret-service/use-secret-service';
import { useRealApp, type RealSession } from './journeys/real-app-suite';
import { axeViolations } from './support/axe';
import { copyReferenceUrl, reauthorizeOneDrive } from './support/reference-url-steps';
import { idOf, realAuthId } from './support/sample-authids';
import { saveScreenshot } from './support/screenshots';

const missing = secretServiceMissing('The keychain browser test');
const LABEL = 'Family photos';
const NAME = 'authid_family_photos';
const start = useRealApp();

describe.skipIf(missing.length > 0)(`keychain references${missing.length > 0 ? ` (skipped: ${missing.join(', ')} missing)` : ''}`, () => {
  const keyring = useSecretService();
  const { lookup } = keyring;

  async function openDetail(): Promise<RealSession> {
    const session = await start({
      secretStore: keyring.store(),
      seed: async ({ vault, stack }) => {
        const authId = await realAuthId(stack, 'onedrivev2');
        registerSecret(authId);
        await vault.add({ label: LABEL, defaultLabel: LABEL, provider: 'onedrivev2', kind: 'v1', authId, serverBaseUrl: stack.baseUrl });
      },
    });
    await session.host.page.getByRole('button', { name: `Details for ${LABEL}` }).click();
    await session.host.page.getByRole('heading', { name: LABEL, level: 1 }).waitFor();
    return session;
  }

  const keychainSection = (session: RealSession) => session.host.page.getByRole('region', { name: 'System keychain' });
  const toggle = (session: RealSession) => keychainSection(session).getByRole('checkbox', { name: 'Duplicati reads this AuthID from the system keychain' });

  async function turnOn(session: RealSession): Promise<void> {
    const section = keychainSection(session);
    expect(await section.getByRole('textbox', { name: 'Name in the keychain' }).inputValue()).toBe(NAME);
    await toggle(session).check();
    await section.getByText('Your keyring holds this AuthID; Duplicati reads it at every backup.').waitFor();
  }


  it('turned on: the keyring holds the AuthID, the copied URL holds $name, the Duplicati setting is shown with its copy button', async () => {
    const session = await openDetail();
    const { app, host } = session;
    const { page } = host;
    const id = idOf(app, LABEL);
    await keychainSection(session).getByRole('textbox', { name: 'Name in the keychain' }).waitFor();
    await saveScreenshot(page, 'keychain-off');

    await turnOn(session);
    const first = await app.vault.readSecret(id);
    expect(await lookup(NAME)).toMatchObject({ found: true, secret: first, label: NAME, matches: 1 });

    const url = await copyReferenceUrl(session, NAME);
    expect(url).toMatch(new RegExp(`^onedrivev2://Backups/Laptop\\?authid=\\$${NAME}&oauth-url=`));
    expect(url).not.toContain(first);
    expect(url).not.toContain(encodeURIComponent(first));

    const setting = keychainSection(session).getByRole('group', { name: 'Tell Duplicati once where to look' });
    expect(await setting.locator('code').first().textContent()).toBe('--secret-provider=libsecret://');
    await setting.getByRole('button', { name: 'Copy setting' }).click();
    await page.getByText('Duplicati setting copied. It holds no secret, so the clipboard is not cleared.').waitFor();
    expect(app.clipboard.writes.at(-1)).toBe('--secret-provider=libsecret://');
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'keychain-on');
  });

  it('re-authorizing changes only the stored value, the revoke plan names it, removing deletes it', async () => {
    const session = await openDetail();
    const { app, host } = session;
    const { page } = host;
    const id = idOf(app, LABEL);
    await turnOn(session);
    const first = await app.vault.readSecret(id);
    const url = await copyReferenceUrl(session, NAME);

    await reauthorizeOneDrive(session);
    const second = await app.vault.readSecret(id);
    registerSecret(second);
    expect(second).not.toBe(first);
    expect(await lookup(NAME)).toMatchObject({ found: true, secret: second, matches: 1 });
    expect(await copyReferenceUrl(session, NAME)).toBe(url);

    await page.getByRole('button', { name: 'Revoke…' }).click();
    const plan = page.getByRole('dialog', { name: `Revoke “${LABEL}”?` });
    await plan.getByText(`Delete “${NAME}” from your keyring; backups that use $${NAME} stop working too.`).first().waitFor();
    await plan.getByRole('button', { name: 'Keep it' }).click();

    await page.getByRole('button', { name: 'Remove from this computer…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove from this computer' }).click();
    await page.getByRole('heading', { name: 'AuthIDs', level: 1 }).waitFor();
    await expect.poll(() => lookup(NAME), { timeout: 10_000 }).toEqual({ found: false });
  });

  it('a value edited in the keyring is found by the next check and repaired; dark theme', async () => {
    const session = await openDetail();
    const { app, host } = session;
    const { page } = host;
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction(() => getComputedStyle(document.documentElement).backgroundColor === 'rgb(21, 24, 28)');
    await turnOn(session);

    // Someone else (another tool, the user in Passwords and Keys) edits the item.
    await keyring.store().set(NAME, 'edited-outside-the-app');
    await page.getByRole('button', { name: 'Check now' }).click();
    const section = keychainSection(session);
    await section.getByText(`“${NAME}” in your keyring holds a different value than this AuthID`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'keychain-changed-dark');

    await section.getByRole('button', { name: 'Write the AuthID to your keyring again' }).click();
    await section.getByText('Your keyring holds this AuthID; Duplicati reads it at every backup.').waitFor();
    expect(await lookup(NAME)).toMatchObject({ found: true, secret: await app.vault.readSecret(idOf(app, LABEL)) });

    await toggle(session).uncheck();
    await section.getByRole('textbox', { name: 'Name in the keychain' }).waitFor();
    expect(await lookup(NAME)).toEqual({ found: false });
    await page.getByRole('region', { name: 'Connection URL' }).locator('output').getByText('authid=').waitFor();
    expect(await page.getByRole('region', { name: 'Connection URL' }).locator('output').textContent()).not.toContain('$');
  });

  it('without a keyring on the session bus the window says why and points to the encrypted file', async () => {
    const empty = await startPrivateBus();
    try {
      const session = await start({ secretStore: createSecretServiceStore({ busAddress: empty.address, promptTimeoutMs: 2_000 }) });
      const { page } = session.host;
      await page.getByRole('button', { name: 'Paste', exact: true }).waitFor();
      await session.app.vault.add({ label: LABEL, defaultLabel: LABEL, provider: 'dropbox', kind: 'v2', authId: 'v2:dropbox:made-up-token-for-this-test', serverBaseUrl: session.app.stack.baseUrl });
      await page.getByRole('button', { name: `Details for ${LABEL}` }).click();
      const note = keychainSection(session).getByRole('note');
      await note.getByText('No keyring service is running in your session').waitFor();
      expect(await note.textContent()).toContain('or use the encrypted secrets file.');
      expect(await toggle(session).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'keychain-unavailable');
    } finally {
      await empty.stop();
    }
  });
});
