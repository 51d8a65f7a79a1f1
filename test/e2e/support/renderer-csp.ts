/** The window's Content-Security-Policy: main sends it as a header, index.html carries it as a meta tag, the test server as a header. */
export { RENDERER_CSP } from '../../../electron/adapters/renderer-csp';
