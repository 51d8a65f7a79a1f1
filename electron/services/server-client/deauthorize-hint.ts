import { deauthorizePagesFor, getProvider, type DeauthorizePage, type ProviderId } from '../providers';

/** Where the user removes the app's access, to end a sentence "de-authorize the app …". */
export function deauthorizeHint(provider: ProviderId | undefined): { readonly where: string; readonly pages: readonly DeauthorizePage[] } {
  const pages = provider === undefined ? [] : deauthorizePagesFor(provider);
  if (provider === undefined || pages.length === 0) return { where: "on the storage provider's website", pages };
  return { where: `in ${getProvider(provider).name} (${pages.map((page) => page.url).join(' or ')})`, pages };
}
