/**
 * Destination options that hold a secret of their own (a backup passphrase, a proxy password, an
 * API key) have no place in AuthID Manager: it needs a destination's folder and its plain options
 * to rebuild the URL, never those. They are dropped before anything is stored, masked wherever a
 * pasted URL is shown, and refused if something asks to store one.
 *
 * A value that is a Duplicati secret-provider reference (`$name`, `${name}`) names a secret kept
 * elsewhere; it is not one itself and is kept.
 */
import { isSecretReference } from '../duplicati-reading';

/** Name parts (split at `-`, `_`, `.`) that mark an option as a secret. */
const SECRET_PARTS = new Set([
  'pass', 'passwd', 'password', 'passphrase', 'pwd',
  'secret', 'token', 'key', 'apikey', 'keyfile', 'privatekey',
  'credential', 'credentials', 'cookie', 'sas', 'signature',
]);
/** Words that mark a secret even inside a longer part (`authpassword`, `refreshtoken`). */
const SECRET_WORDS = /password|passphrase|secret|token|credential/;

/** The value shown instead of a secret option's value. */
export const MASKED_OPTION_VALUE = '••••••••';

function isSecretOptionName(name: string): boolean {
  const lower = name.toLowerCase();
  // The AuthID itself never belongs among the options either.
  return lower === 'authid' || SECRET_WORDS.test(lower) || lower.split(/[-_.]/).some((part) => SECRET_PARTS.has(part));
}

function holdsSecret(name: string, value: string): boolean {
  return value !== '' && isSecretOptionName(name) && !isSecretReference(value);
}

/** The names of the options whose values are secrets, in the order given. */
export function secretOptionNames(options: Readonly<Record<string, string>>): string[] {
  return Object.entries(options)
    .filter(([name, value]) => holdsSecret(name, value))
    .map(([name]) => name);
}

/** The options without the secret ones. */
export function withoutSecretOptions(options: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(options).filter(([name, value]) => !holdsSecret(name, value)));
}

/** A URL for display, with the value of every secret query option replaced by bullets. */
export function maskSecretOptionsInUrl(url: string): string {
  const query = url.indexOf('?');
  if (query < 0) return url;
  const head = url.slice(0, query + 1);
  const [rest = '', ...fragment] = url.slice(query + 1).split('#');
  const masked = rest
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      if (equals < 0) return pair;
      const name = pair.slice(0, equals);
      return holdsSecret(decoded(name), decoded(pair.slice(equals + 1))) ? `${name}=${MASKED_OPTION_VALUE}` : pair;
    })
    .join('&');
  return [head + masked, ...fragment].join('#');
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
