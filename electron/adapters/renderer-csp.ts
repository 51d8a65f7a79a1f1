/**
 * The app window's Content-Security-Policy. The app scheme sends it as a response header (where
 * frame-ancestors holds, and nothing in the page can weaken it); index.html repeats it in a meta
 * tag for the development server. `'self'` is app://authid-manager: only the app's own files.
 */
export const RENDERER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
