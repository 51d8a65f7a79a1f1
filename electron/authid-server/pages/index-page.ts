import type { ProviderSettings } from '../provider-settings';
import { html } from './html';
import { page } from './layout';

/** The provider list; each button starts a login, carrying the fetch token along. */
export function indexPage(appName: string, providers: readonly ProviderSettings[], fetchToken: string | undefined): string {
  const buttons = providers.map((provider) => {
    const link = new URLSearchParams({ id: provider.id });
    if (fetchToken !== undefined) link.set('token', fetchToken);
    const path = provider.cliToken ? '/cli-token' : '/login';
    return html`<p><a id="start-btn-${provider.id}" class="provider" href="${path}?${link.toString()}">${provider.name} login</a></p>
`;
  });
  const list = providers.length > 0 ? html`<p>Click the button for the provider you wish to log in with:</p>
${buttons}` : html`<p>No such provider on this server.</p>`;
  return page(
    `${appName} OAuth Server`,
    html`<h1>${appName} OAuth Server</h1>
${list}
<p><small><a href="/revoke">Click here if you need to revoke a previously established AuthID</a></small></p>
<p><small>By using this service, you accept the <a href="/privacy-policy">privacy policy</a>.</small></p>`,
  );
}
