/**
 * The display form of a destination URL: the AuthID as its masked form, any other secret-looking
 * option as bullets, everything else as stored. For the window only; never sent anywhere.
 */
import { maskAuthId } from '../../authids';
import { duplicatiDecode } from '../reading/url-query';

const SECRET_NAME = /authid|pass|secret|token|key|credential/i;
const BULLETS = '••••••••';

export function maskedUrl(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const pieces = url
    .slice(at + 1)
    .split('&')
    .map((piece) => {
      const eq = piece.indexOf('=');
      if (eq < 0) return piece;
      const name = duplicatiDecode(piece.slice(0, eq)).toLowerCase();
      if (name === 'authid') return `${piece.slice(0, eq)}=${maskAuthId(duplicatiDecode(piece.slice(eq + 1)))}`;
      return SECRET_NAME.test(name) ? `${piece.slice(0, eq)}=${BULLETS}` : piece;
    });
  return `${url.slice(0, at)}?${pieces.join('&')}`;
}
