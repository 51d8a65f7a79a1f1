import { isProviderId, type ProviderId } from '../providers/provider-id';
import { decodeHtmlEntities } from './html-text';

/**
 * The provider ids an index page links to (`/login?id=` and `/cli-token?id=`), known ids
 * only, each once, in page order. Handlebars and Jinja escape `&` and `=` inside attributes.
 */
export function offeredProviders(html: string, baseUrl: string): ProviderId[] {
  const found = new Set<ProviderId>();
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
    if (id !== null && isProviderId(id)) found.add(id);
  }
  return [...found];
}
