/** Clicks through the fixture provider's real pages in Chromium (logins the app starts open there directly). */
import type { Page } from 'playwright-core';
import type { OAuthProviderFixture } from '../../../fixtures/oauth-provider';

/** What the provider's pages need from the stack (the bench's stack runs in another process). */
export interface ProviderLogin {
  readonly provider: Pick<OAuthProviderFixture, 'issuer' | 'password'>;
}

/** Signs in and allows (or cancels) on the provider's login and consent forms, until the browser leaves them. */
export async function signInAtProvider(page: Page, stack: ProviderLogin, options: { account: string; deny?: boolean }): Promise<void> {
  // A closed page still reports its last URL: the login may have ended (and closed it) on the consent page.
  for (let step = 0; step < 4 && !page.isClosed() && new URL(page.url()).origin === stack.provider.issuer; step += 1) {
    const before = page.url();
    const isLoginForm = (await page.locator('input[name="login"]').count()) > 0;
    if (isLoginForm && options.deny !== true) {
      await page.locator('input[name="login"]').fill(options.account);
      await page.locator('input[name="password"]').fill(stack.provider.password);
    }
    const action = options.deny === true ? 'deny' : isLoginForm ? 'login' : 'allow';
    await page.locator(`button[value="${action}"]`).click();
    await leftPage(page, before);
  }
}

/** Waits for the next page; the login may close the window as soon as it lands on the result page. */
async function leftPage(page: Page, before: string): Promise<void> {
  try {
    await page.waitForURL((url) => url.href !== before);
  } catch (error) {
    if (!page.isClosed()) throw error;
  }
}
