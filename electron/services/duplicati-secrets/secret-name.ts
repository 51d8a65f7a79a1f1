/**
 * Names for AuthIDs in Duplicati's secret stores: derived from the label, unique, and made only
 * of what Duplicati's default reference pattern `$name` accepts for the user's release.
 */
import type { SecretNameRules } from './duplicati-version';

/** Names Duplicati itself keeps in these stores. */
const DUPLICATI_OWN_NAMES = ['duplicati-server-encryption-key', 'duplicati-trayicon-password', 'duplicati-trayicon-hosturl'];
const PREFIX = 'authid';
const MAX_SLUG = 40;
export const MAX_SECRET_NAME_LENGTH = 100;

/**
 * .NET's `\w` is [\p{L}\p{Mn}\p{Nd}\p{Pc}] per UTF-16 unit, so a character outside the BMP (two
 * surrogates) never matches; `/` is always allowed, `-` only from 2.1.0.120 canary / 2.2.0.0.
 */
const NAME_CHARACTER = /[\p{L}\p{Mn}\p{Nd}\p{Pc}/]/u;

/** The text that goes into an option value or a URL parameter in place of the secret. */
export function secretReference(name: string): string {
  return `$${name}`;
}

export function deriveSecretName(label: string, takenNames: Iterable<string>, rules: SecretNameRules): string {
  const separator = rules.allowsDash ? '-' : '_';
  const slug = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator)
    .slice(0, MAX_SLUG)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, 'g'), '');
  const base = slug === '' ? PREFIX : `${PREFIX}${separator}${slug}`;
  const taken = foldedSet(takenNames);
  let name = base;
  for (let n = 2; taken.has(fold(name)); n += 1) name = `${base}${separator}${n}`;
  return name;
}

export type SecretNameCheck = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** For a name the user typed; `takenNames` are the names other AuthIDs use. */
export function checkSecretName(name: string, takenNames: Iterable<string>, rules: SecretNameRules): SecretNameCheck {
  if (name.length === 0) return refuse('Give the secret a name.');
  if (name.length > MAX_SECRET_NAME_LENGTH) return refuse(`Keep the name to ${MAX_SECRET_NAME_LENGTH} characters or fewer.`);
  for (const character of name) {
    if (character === '-' && !rules.allowsDash) {
      const release = rules.version === null ? 'Releases before 2.1.0.120 canary and 2.2.0.0 stable do' : `Duplicati ${rules.version} does`;
      return refuse(`${release} not accept “-” in secret names; use “_” instead.`);
    }
    if (character !== '-' && (character.length > 1 || !NAME_CHARACTER.test(character))) {
      const allowed = rules.allowsDash ? 'letters, digits, “_”, “-” and “/”' : 'letters, digits, “_” and “/”';
      return refuse(`Duplicati reads secret names made only of ${allowed}; “${character}” is not one of them.`);
    }
  }
  if (DUPLICATI_OWN_NAMES.includes(fold(name))) return refuse(`Duplicati itself uses “${name}”; choose another name.`);
  if (foldedSet(takenNames).has(fold(name))) {
    return refuse(`Another AuthID already uses “${name}” (the stores ignore upper and lower case).`);
  }
  return { ok: true };
}

function refuse(message: string): SecretNameCheck {
  return { ok: false, message };
}

/** Keychain labels, file keys and environment names all compare without case in Duplicati. */
function fold(name: string): string {
  return name.toLowerCase();
}

function foldedSet(names: Iterable<string>): Set<string> {
  return new Set([...names, ...DUPLICATI_OWN_NAMES].map(fold));
}
