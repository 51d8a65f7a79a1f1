export type ServerUrlCheck = { readonly ok: true; readonly baseUrl: string } | { readonly ok: false; readonly message: string };

const EXAMPLE = 'https://oauth.example.com';

/** Loopback is this computer: 127.0.0.0/8, ::1 and localhost. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Client-side check of a self-hosted server's base URL (main checks again). */
export function validateServerUrl(input: string): ServerUrlCheck {
  const text = input.trim();
  if (text === '') return { ok: false, message: `Enter the server's address, for example ${EXAMPLE}.` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: `That is not a web address. It should look like ${EXAMPLE}.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'Use an address that starts with https://.' };
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return {
      ok: false,
      message: 'Use https://. Plain http is allowed only for a server on this computer (localhost or 127.0.0.1).',
    };
  }
  if (url.username || url.password) return { ok: false, message: 'Leave the user name and password out of the address.' };
  if (url.search || url.hash) return { ok: false, message: 'Leave out anything after ? or # in the address.' };
  return { ok: true, baseUrl: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}
