/**
 * The display form of an AuthID: enough to tell two apart, never enough to use one.
 *   v2:dropbox:••••••••wxyz      (service id, then the token's last 4 characters)
 *   3f2a…:••••••••wxyz           (key id's first 4, then the password's last 4)
 *   ••••••••wxyz                 (access token only)
 * A fixed run of bullets hides the length. Works on any string, AuthID or not.
 */
const BULLETS = '••••••••';
/** What stands for an AuthID whose plaintext was not at hand to mask. */
export const HIDDEN_AUTHID = BULLETS;
/** Shorter secrets show no characters at all, so the 4 shown are at most a quarter of the secret. */
const MIN_LENGTH_TO_SHOW_TAIL = 16;
const SAFE_SERVICE_ID = /^[A-Za-z0-9.]{1,32}$/;

export function maskSecret(secret: string): string {
  const chars = Array.from(secret);
  return chars.length >= MIN_LENGTH_TO_SHOW_TAIL ? `${BULLETS}${chars.slice(-4).join('')}` : BULLETS;
}

export function maskAuthId(value: string): string {
  if (value.startsWith('v2:')) {
    const [, serviceId = '', ...rest] = value.split(':');
    // An odd "service id" could be a secret pasted in the wrong place; show it only when it looks like one.
    if (rest.length > 0 && SAFE_SERVICE_ID.test(serviceId)) return `v2:${serviceId}:${maskSecret(rest.join(':'))}`;
    return maskSecret(value);
  }
  const colon = value.indexOf(':');
  if (colon < 0) return maskSecret(value);
  const keyId = Array.from(value.slice(0, colon));
  const shownKey = keyId.length >= MIN_LENGTH_TO_SHOW_TAIL ? keyId.slice(0, 4).join('') : '';
  return `${shownKey}…:${maskSecret(value.slice(colon + 1))}`;
}
