/**
 * Whether an option value is a secret-provider reference, which Duplicati replaces with the
 * secret before the backend sees it: the whole value `$name` (letters, digits, `_`, `-`, `/`),
 * or `${name}` where a backup sets `--secret-provider-pattern=${}`.
 */
const DOLLAR_NAME = /^\$[\p{L}\p{Mn}\p{Nd}\p{Pc}/-]+$/u;
const BRACED_NAME = /^\$\{[^}]+\}$/;

export function isSecretReference(value: string): boolean {
  return DOLLAR_NAME.test(value) || BRACED_NAME.test(value);
}
