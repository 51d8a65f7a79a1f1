/** The Authorize screen as a user reads it: one row per provider, the server it logs in through, the other servers. */
import type { Locator, Page } from 'playwright-core';

export function providerRow(page: Page, providerName: string): Locator {
  return page.getByRole('list', { name: 'Providers' }).getByRole('listitem', { name: providerName, exact: true });
}

/** The server the row's Authorize button logs in through, as the row says it. */
export async function serverOf(row: Locator): Promise<string> {
  const text = await row.getByText(/^Through /).textContent();
  return (text ?? '').replace(/^Through /, '');
}

/** The servers offered for the row's provider, recommended first; [] when it has only one (no choice shown). */
export async function serverChoices(row: Locator): Promise<string[]> {
  const disclosure = row.getByRole('button', { name: /^Use another AuthID server/ });
  if ((await disclosure.count()) === 0) return [];
  if ((await disclosure.getAttribute('aria-expanded')) !== 'true') await disclosure.click();
  const radios = row.getByRole('radio');
  await radios.first().waitFor();
  return Promise.all((await radios.all()).map(async (radio) => (await radio.evaluate((input) => input.parentElement?.querySelector('.server-choice-name')?.textContent ?? '')).replace(/Recommended$/, '')));
}

/** Makes the row log in through `serverName`, opening "Use another AuthID server" only when it is not already the one. */
export async function useServer(row: Locator, serverName: string): Promise<void> {
  if ((await serverOf(row)) === serverName) return;
  await serverChoices(row);
  await row.getByRole('radio', { name: new RegExp(`^${serverName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).check();
  await row.getByText(`Through ${serverName}`).waitFor();
}
