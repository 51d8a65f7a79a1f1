/** Settings → "Built-in AuthID server" as a user works it: open the section, turn it on at a port, register a provider. */
import type { Locator, Page } from 'playwright-core';

export async function openBuiltInSection(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const section = page.getByRole('region', { name: 'Built-in AuthID server' });
  await section.getByRole('checkbox', { name: 'Run the built-in server' }).waitFor();
  return section;
}

/** Turns the server on at `port` and registers `providerName` with the given credentials; resolves with the provider's item. */
export async function setUpBuiltInServer(section: Locator, port: number, providerName: string, credentials: { clientId: string; clientSecret?: string }): Promise<Locator> {
  await section.getByRole('checkbox', { name: 'Run the built-in server' }).check();
  await section.getByText('Not running yet. Set up at least one provider below').waitFor();
  await section.getByLabel('Port').fill(String(port));
  await section.getByLabel('Port').press('Enter');
  await section.getByText(`http://127.0.0.1:${port}/logged-in`, { exact: true }).waitFor();
  const provider = section.getByRole('listitem').filter({ has: section.page().locator('summary', { hasText: providerName }) });
  // Each provider is a disclosure: its summary opens the steps and the form.
  await provider.locator('summary').click();
  await provider.getByLabel('Client id').fill(credentials.clientId);
  if (credentials.clientSecret !== undefined) await provider.getByLabel('Client secret').fill(credentials.clientSecret);
  await provider.getByRole('button', { name: `Save ${providerName}` }).click();
  return provider;
}
