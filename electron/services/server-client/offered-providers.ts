import { isProviderId, type ProviderId } from '../providers';
import { decodeHtmlEntities } from './html-text';

/**
 * The login links an index page offers (`/login?id=` and `/cli-token?id=`), known ids only,
 * each once, in page order, as absolute URLs. Handlebars and Jinja escape `&` and `=` inside
 * attributes.
 */
export function providerLinks(html: string, baseUrl: string): Map<ProviderId, string> {
  const found = new Map<ProviderId, string>();
  for (const match of html.matchAll(/\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
    const href = decodeHtmlEntities(match[1] ?? match[2] ?? match[3] ?? '');
    let url: URL;
    try {
      url = new URL(href, `${baseUrl.replace(/\/+$/, '')}/`);
    } catch {
      continue;
    }
    if (!/\/(login|cli-token)$/.test(url.pathname)) continue;
    const id = url.searchParams.get('id');
    if (id !== null && isProviderId(id) && !found.has(id)) found.set(id, url.href);
  }
  return found;
}

/** The provider ids an index page links to, in page order. */
export function offeredProviders(html: string, baseUrl: string): ProviderId[] {
  return [...providerLinks(html, baseUrl).keys()];
}
