// Secret-looking destination options: never stored, masked when shown.
export { MASKED_OPTION_VALUE, maskSecretOptionsInUrl, secretOptionNames, withoutSecretOptions } from './secret-options';
