// Before revoking or removing an AuthID shared with Duplicati by `$name`, the dialogs name the
// backups that use it, in Chromium on the real app core signed in to the Duplicati STAND-IN
// (test/fixtures/duplicati-stand-in/; no real Duplicati can run here). The keychain is an
// in-memory stand-in for the OS store. The stand-in's backups name the reference in any case,
// since Duplicati's stores look names up without regard to case.
import { afterEach, describe, expect, it } from 'vitest';
import { startDuplicatiStandIn, type DuplicatiStandIn } from '../fixtures/duplicati-stand-in/server';
import { registerSecret } from '../fixtures/leak-check/secret-registry';
import { memoryStore } from '../fixtures/memory-secret-store';
import { HOSTED } from '../integration/duplicati/support/update-journey';
import { useRealApp, type RealSession } from './journeys/real-app-suite';
import { axeViolations } from './support/axe';
import { idOf } from './support/sample-authids';
import { saveScreenshot } from './support/screenshots';

const LABEL = 'Family photos';
const NAME = 'authid_family_photos';
const AUTHID = '0123456789abcdef0123456789abcd:Family-photos.Secret_1234';
const PASSWORD = 'stand-in duplicati password for the revoke test';
registerSecret(AUTHID);
registerSecret(PASSWORD);
const start = useRealApp();

let duplicati: DuplicatiStandIn | undefined;
afterEach(async () => {
  await duplicati?.close();
  duplicati = undefined;
});

async function sharedAndSignedIn(): Promise<RealSession> {
  duplicati = await startDuplicatiStandIn({
    password: PASSWORD,
    version: '2.3.0.4',
    backups: [
      { Name: 'Laptop to OneDrive', TargetURL: `onedrivev2://Backups/Laptop?authid=%24${NAME}&oauth-url=${encodeURIComponent(HOSTED)}`, Schedule: null },
      { Name: 'Photos to OneDrive', TargetURL: `onedrivev2://Photos?authid=%24${NAME.toUpperCase()}`, Schedule: null },
      { Name: 'Someone else’s OneDrive', TargetURL: 'onedrivev2://Other?authid=%24authid_other', Schedule: null },
    ],
  });
  const session = await start({
    secretStore: memoryStore(),
    seed: async ({ vault }) => {
      await vault.add({ label: LABEL, defaultLabel: 'OneDrive', provider: 'onedrivev2', kind: 'v1', authId: AUTHID, serverBaseUrl: HOSTED });
    },
  });
  const { app, host } = session;
  const { page } = host;
  await app.core.handlers.shareViaKeychain({ id: idOf(app, LABEL), name: NAME });
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const section = page.getByRole('region', { name: 'Duplicati on this computer' });
  await section.getByRole('textbox', { name: 'Duplicati address' }).fill(duplicati.baseUrl);
  await section.getByLabel('Duplicati password').fill(PASSWORD);
  await section.getByRole('button', { name: 'Sign in to Duplicati' }).click();
  await section.getByText(`Connected to Duplicati 2.3.0.4 at 127.0.0.1:${duplicati.port}.`).waitFor();
  await expect.poll(() => app.core.duplicati?.state().overview?.backups.length, { timeout: 15_000 }).toBe(3);
  await page.getByRole('button', { name: 'AuthIDs', exact: true }).click();
  await page.getByRole('button', { name: `Details for ${LABEL}` }).click();
  await page.getByRole('heading', { name: LABEL, level: 1 }).waitFor();
  return session;
}

describe('revoke and remove name the backups that use a shared AuthID', () => {
  it('the revoke dialog lists the backups that name $name, and only those', async () => {
    const { host } = await sharedAndSignedIn();
    const { page } = host;
    await page.getByRole('button', { name: 'Revoke…' }).click();
    const dialog = page.getByRole('dialog', { name: `Revoke “${LABEL}”?` });
    const note = dialog.getByRole('note').filter({ hasText: 'Duplicati backups use it' });
    await note.getByText('These 2 Duplicati backups use it and stop working:').waitFor();
    expect(await note.getByRole('listitem').allTextContents()).toEqual(['Laptop to OneDrive', 'Photos to OneDrive']);
    await dialog.getByText(`Delete “${NAME}” from your keyring; backups that use $${NAME} stop working too.`).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'revoke-names-backups');
  });

  it('the remove dialog says the stored copy goes too, and names the same backups', async () => {
    const { host } = await sharedAndSignedIn();
    const { page } = host;
    await page.getByRole('button', { name: 'Remove from this computer…' }).click();
    const dialog = page.getByRole('dialog', { name: `Remove “${LABEL}” from this computer?` });
    await dialog.getByText(`backup jobs that use $${NAME} stop working`).waitFor();
    expect(await dialog.getByRole('note').getByRole('listitem').allTextContents()).toEqual(['Laptop to OneDrive', 'Photos to OneDrive']);
    expect(await axeViolations(page)).toEqual([]);
    // Used by on the detail screen knows them too.
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await page.getByRole('region', { name: 'Used by Duplicati backups' }).getByText('Laptop to OneDrive').waitFor();
  });
});
