import { html } from './html';
import { page } from './layout';
import { OPENER_SCRIPT_PATH } from './static-assets';

export interface LoggedInView {
  readonly appName: string;
  readonly serviceName: string;
  /** The AuthID, or a pseudo-AuthID (`Server error, …`, `Error: …`) in its place. */
  readonly authId: string;
  /** Where to de-authorize the app, shown with a pseudo-AuthID that asks for it. */
  readonly deauthorizeUrl?: string;
  /** Values from the provider's callback listed under the AuthID (pCloud's hostname and locationid). */
  readonly callbackData?: readonly (readonly [string, string])[];
}

/** The result page; its script posts `authid:<shown text>` to the opener. */
export function loggedInPage(view: LoggedInView): string {
  const data = view.callbackData ?? [];
  const list = data.length === 0 ? html`` : html`<ul id="callback-data">
${data.map(([key, value]) => html`<li>${key}: ${value}</li>
`)}</ul>`;
  const deauthorize = view.deauthorizeUrl === undefined
    ? html``
    : html`<p id="deauthorize">Visit your <a href="${view.deauthorizeUrl}">App Permissions</a> page to de-authorize ${view.appName}.</p>`;
  return page(
    `${view.appName} for ${view.serviceName}`,
    html`<h1>${view.appName} for ${view.serviceName}</h1>
<p>Use these credentials for ${view.appName}:</p>
<pre id="user-id">${view.authId}</pre>
${list}
${deauthorize}`,
    OPENER_SCRIPT_PATH,
  );
}
