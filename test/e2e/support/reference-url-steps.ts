/** Steps the `$name` tests share (keychain, secrets file): copy a URL that names the stored copy, and re-authorize. */
import { expect } from 'vitest';
import { signInAtProvider } from '../../integration/login/support/provider-pages';
import type { RealSession } from '../journeys/real-app-suite';

/** Fills the builder's folder, waits for `authid=$name` in the preview, copies; returns what the clipboard got. */
export async function copyReferenceUrl(session: RealSession, name: string): Promise<string> {
  const { page } = session.host;
  const builder = page.getByRole('region', { name: 'Connection URL' });
  await builder.getByRole('textbox', { name: 'Folder path' }).fill('Backups/Laptop');
  await builder.locator('output').getByText(`authid=$${name}&`).waitFor();
  const copies = session.app.clipboard.writes.length;
  await builder.getByRole('button', { name: 'Copy URL' }).click();
  await page.getByText('Connection URL copied. It holds no secret, so the clipboard is not cleared.').last().waitFor();
  expect(session.app.clipboard.writes).toHaveLength(copies + 1);
  return session.app.clipboard.writes.at(-1)!;
}

/** Re-authorizes the OneDrive AuthID on the open detail screen as alice. */
export async function reauthorizeOneDrive(session: RealSession): Promise<void> {
  const { app, host } = session;
  const { page } = host;
  await page.getByRole('button', { name: 'Re-authorize' }).click();
  const panel = page.getByRole('region', { name: 'Login to Microsoft OneDrive' });
  const loginPage = await app.loginWindow.pages.nth(0, 'the login window');
  await loginPage.waitForURL((url) => url.origin === app.stack.provider.issuer);
  await signInAtProvider(loginPage, app.stack, { account: 'alice' });
  await panel.getByText('Done: the AuthID is saved').waitFor();
}
