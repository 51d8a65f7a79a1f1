// The encrypted secrets file in Chromium on the real app core, with the real AuthID server and
// OAuth provider on loopback: set the file up from the detail screen (main's save dialog is a
// stand-in that answers a temp path), see the setting with its passphrase once, share an AuthID
// through it, copy a URL that holds `$name`, re-authorize (the file's entry changes, the URL does
// not), and find the passphrase nowhere in the window once it was hidden.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decryptAesCrypt } from '../../electron/services/aes-crypt';
import { registerSecret } from '../fixtures/leak-check/secret-registry';
import { useRealApp, type RealSession } from './journeys/real-app-suite';
import { axeViolations } from './support/axe';
import { copyReferenceUrl, reauthorizeOneDrive } from './support/reference-url-steps';
import { idOf, realAuthId } from './support/sample-authids';
import { saveScreenshot } from './support/screenshots';

const LABEL = 'Family photos';
const NAME = 'authid_family_photos';
const CHECKBOX = 'Duplicati reads this AuthID from the encrypted secrets file';
const start = useRealApp();

let place: string;
let file: string;
beforeEach(async () => {
  place = await mkdtemp(path.join(os.tmpdir(), 'duplicati-secrets-e2e-'));
  file = path.join(place, 'authids.json.aes');
});
afterEach(async () => {
  await rm(place, { recursive: true, force: true });
});

async function openDetail(): Promise<RealSession> {
  const session = await start({
    seed: async ({ vault, stack }) => {
      const authId = await realAuthId(stack, 'onedrivev2');
      registerSecret(authId);
      await vault.add({ label: LABEL, defaultLabel: LABEL, provider: 'onedrivev2', kind: 'v1', authId, serverBaseUrl: stack.baseUrl });
    },
  });
  session.app.dialogs.answer = file;
  await session.host.page.getByRole('button', { name: `Details for ${LABEL}` }).click();
  await session.host.page.getByRole('heading', { name: LABEL, level: 1 }).waitFor();
  return session;
}

const fileSection = (session: RealSession) => session.host.page.getByRole('region', { name: 'Encrypted secrets file' });

/** Sets the file up and returns the passphrase from the setting shown once. */
async function setUp(session: RealSession): Promise<string> {
  const section = fileSection(session);
  await section.getByRole('button', { name: 'Set up the secrets file…' }).click();
  const once = section.getByRole('group', { name: 'Give Duplicati this setting now' });
  await once.waitFor();
  const [option, environment] = await once.locator('code.break-anywhere').allTextContents();
  expect(option).toMatch(new RegExp(`^--secret-provider=file-secret://${file.replace(/[.]/g, '\\.')}\\?passphrase=[A-Za-z0-9_-]{43}$`));
  expect(environment).toBe(option!.replace('--secret-provider=', 'DUPLICATI__SECRET_PROVIDER='));
  return new URL(option!.slice('--secret-provider='.length)).searchParams.get('passphrase')!;
}

async function readsAs(passphrase: string): Promise<Record<string, string>> {
  return JSON.parse(decryptAesCrypt(await readFile(file), passphrase).toString('utf8')) as Record<string, string>;
}


describe('the encrypted secrets file', () => {
  it('set up from the window: the setting is shown once with its copy buttons, then never again', async () => {
    const session = await openDetail();
    const { app, host } = session;
    const { page } = host;
    await fileSection(session).getByRole('button', { name: 'Set up the secrets file…' }).waitFor();
    await saveScreenshot(page, 'secrets-file-not-set-up');
    const passphrase = await setUp(session);
    expect(app.dialogs.asked.at(-1)?.kind).toBe('save');
    expect(await readsAs(passphrase)).toEqual({});
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'secrets-file-shown-once');

    const once = fileSection(session).getByRole('group', { name: 'Give Duplicati this setting now' });
    await once.getByRole('button', { name: 'Copy DUPLICATI__SECRET_PROVIDER line' }).click();
    await page.getByText(/^Docker variable \(with the passphrase\) copied\. The clipboard will be cleared at/).waitFor();
    expect(app.clipboard.writes.at(-1)).toBe(`DUPLICATI__SECRET_PROVIDER=file-secret://${file}?passphrase=${passphrase}`);

    await once.getByRole('button', { name: 'Done, hide the passphrase' }).click();
    await fileSection(session).getByRole('checkbox', { name: CHECKBOX }).waitFor();
    expect(await page.content()).not.toContain(passphrase);
    expect(await fileSection(session).getByText(`--secret-provider=file-secret://${file}?passphrase=…`).count()).toBe(1);
    expect(JSON.stringify(app.core.state())).not.toContain(passphrase);
  });

  it('share an AuthID through it, copy a URL with $name, re-authorize: the entry changes, the URL does not; dark theme', async () => {
    const session = await openDetail();
    const { app, host } = session;
    const { page } = host;
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction(() => getComputedStyle(document.documentElement).backgroundColor === 'rgb(21, 24, 28)');
    const id = idOf(app, LABEL);
    const passphrase = await setUp(session);
    await fileSection(session).getByRole('button', { name: 'Done, hide the passphrase' }).click();

    const section = fileSection(session);
    expect(await section.getByRole('textbox', { name: 'Name in the secrets file' }).inputValue()).toBe(NAME);
    await section.getByRole('checkbox', { name: CHECKBOX }).check();
    await section.getByText('The encrypted secrets file holds this AuthID; Duplicati reads it at every backup.').waitFor();
    const first = await app.vault.readSecret(id);
    expect(await readsAs(passphrase)).toEqual({ [NAME]: first });
    await section.getByText('Duplicati reads 1 AuthID from').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'secrets-file-shared-dark');

    const url = await copyReferenceUrl(session, NAME);
    expect(url).toMatch(new RegExp(`^onedrivev2://Backups/Laptop\\?authid=\\$${NAME}&oauth-url=`));
    expect(url).not.toContain(first);
    expect(url).not.toContain(passphrase);

    await reauthorizeOneDrive(session);
    const second = await app.vault.readSecret(id);
    registerSecret(second);
    expect(second).not.toBe(first);
    expect(await readsAs(passphrase)).toEqual({ [NAME]: second });
    expect(await copyReferenceUrl(session, NAME)).toBe(url);

    await page.getByRole('button', { name: 'Revoke…' }).click();
    const plan = page.getByRole('dialog', { name: `Revoke “${LABEL}”?` });
    await plan.getByText(`Delete “${NAME}” from the encrypted secrets file; backups that use $${NAME} stop working too.`).first().waitFor();
    await plan.getByRole('button', { name: 'Keep it' }).click();
    await page.getByRole('button', { name: 'Remove from this computer…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove from this computer' }).click();
    await page.getByRole('heading', { name: 'AuthIDs', level: 1 }).waitFor();
    await expect.poll(() => readsAs(passphrase), { timeout: 10_000 }).toEqual({});
  });

  it('Settings shows the file, its setting without the passphrase, and copies it again', async () => {
    const session = await openDetail();
    const { app, host } = session;
    const { page } = host;
    const passphrase = await setUp(session);
    await fileSection(session).getByRole('button', { name: 'Done, hide the passphrase' }).click();
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    const settings = page.getByRole('region', { name: 'Secrets file for Duplicati' });
    await settings.getByText(`--secret-provider=file-secret://${file}?passphrase=…`).waitFor();
    await settings.getByRole('button', { name: 'Copy --secret-provider setting' }).click();
    await page.getByText(/^Duplicati setting \(with the passphrase\) copied\./).waitFor();
    expect(app.clipboard.writes.at(-1)).toBe(`--secret-provider=file-secret://${file}?passphrase=${passphrase}`);
    expect(await page.content()).not.toContain(passphrase);
    expect(await axeViolations(page)).toEqual([]);
  });
});
