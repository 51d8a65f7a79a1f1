export const STYLESHEET_PATH = '/assets/authid-server.css';
export const OPENER_SCRIPT_PATH = '/assets/logged-in.js';

export const STYLESHEET = `body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:42rem;padding:0 1rem;line-height:1.5}
pre{white-space:pre-wrap;word-break:break-all;background:#f4f4f4;padding:.75rem;border-radius:4px}
a.provider{display:inline-block;margin:.5rem 0;padding:.6rem 1.2rem;border-radius:4px;background:#1d5fb8;color:#fff;text-decoration:none}
input[type=text]{width:100%;padding:.4rem;box-sizing:border-box}
small{color:#555}
`;

/**
 * Hands the AuthID to the window that opened the login (Duplicati's UI and the app listen for
 * `authid:<AuthID>`), but only if that window's origin is one of `targets`: the browser drops a
 * message whose target origin does not match. An external file, so the page's CSP needs no
 * inline script. `targets` are checked origins; only the self-hosted peer's behaviour uses `'*'`.
 */
export function openerScript(targets: readonly string[]): string {
  return `(function () {
  var targets = ${JSON.stringify(targets)};
  var shown = document.getElementById('user-id');
  if (!shown || !window.opener || window.opener.closed) return;
  for (var i = 0; i < targets.length; i += 1) window.opener.postMessage('authid:' + shown.textContent, targets[i]);
})();
`;
}
