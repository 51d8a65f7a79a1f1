import { html } from './html';
import { page } from './layout';

export function revokeFormPage(appName: string): string {
  return page(
    `${appName} OAuth Server`,
    html`<h1>${appName}</h1>
<form action="/revoked" method="post">
<p><label for="authid">Type in the AuthID to revoke</label></p>
<input type="text" id="authid" name="authid" required autocomplete="off">
<p><button type="submit">Revoke AuthID</button></p>
</form>`,
  );
}

/** The outcome of `/revoked`: `Token is revoked` or `Error: …`, inside `<pre>`. */
export function revokedPage(appName: string, result: string): string {
  return page(`${appName} OAuth Server`, html`<h1>${appName}</h1>
<pre id="result">${result}</pre>`);
}

export function cliTokenFormPage(appName: string, serviceName: string, providerId: string, fetchToken: string): string {
  return page(
    `${appName} for ${serviceName}`,
    html`<h1>${appName} for ${serviceName}</h1>
<form action="/cli-token-login" method="post">
<input type="hidden" name="id" value="${providerId}">
<input type="hidden" name="fetchtoken" value="${fetchToken}">
<p><label for="token">Type in the CLI token</label></p>
<input type="text" id="token" name="token" required autocomplete="off">
<p><button type="submit">Login</button></p>
</form>`,
  );
}

/** A plain error page for requests the protocol gives no answer for (unknown provider id). */
export function errorPage(appName: string, message: string): string {
  return page(`${appName} OAuth Server`, html`<h1>${appName}</h1>
<p id="error">${message}</p>`);
}

export function privacyPolicyPage(appName: string): string {
  return page(
    `${appName} privacy policy`,
    html`<h1>Privacy policy</h1>
<p>This server exchanges the authorization you give a storage provider for tokens and hands ${appName} an AuthID.</p>
<p>With storage enabled it keeps the provider's tokens encrypted under a key only the AuthID unlocks; without storage it keeps nothing. Revoking an AuthID deletes its entry. Nothing else about you is stored, logged or shared.</p>`,
  );
}
