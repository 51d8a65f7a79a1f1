import type { AuthIdView, ProviderOptionView, ProviderView } from '../api/view-types';

/** What the form holds per option name; booleans are 'true' / 'false'. */
export type OptionValues = Readonly<Record<string, string>>;
export type OptionErrors = Readonly<Record<string, string>>;

const MAX_PATH_LENGTH = 2048;
export const PATH_FIELD = '(path)';

function booleanDefault(option: ProviderOptionView): string {
  return option.defaultValue === 'true' ? 'true' : 'false';
}

/** Starts empty (defaults apply), except a choice that matches what the AuthID already knows (pCloud's region). */
export function initialOptionValues(options: readonly ProviderOptionView[], authId: Pick<AuthIdView, 'region'>): OptionValues {
  const values: Record<string, string> = {};
  for (const option of options) {
    if (option.kind === 'boolean') values[option.name] = booleanDefault(option);
    else if (option.kind === 'choice' && authId.region && option.choices?.some((choice) => choice.value === authId.region)) {
      values[option.name] = authId.region;
    } else values[option.name] = '';
  }
  return values;
}

/** The options to put in the URL: empty ones and booleans left at their default are omitted. */
export function optionsToSend(options: readonly ProviderOptionView[], values: OptionValues): Record<string, string> {
  const sent: Record<string, string> = {};
  for (const option of options) {
    const value = (values[option.name] ?? '').trim();
    if (value === '') continue;
    if (option.kind === 'boolean' && value === booleanDefault(option)) continue;
    sent[option.name] = value;
  }
  return sent;
}

/** The form's fields: pCloud's region host first, then the backend's options. */
export function formFields(provider: Pick<ProviderView, 'host' | 'options'> | undefined): readonly ProviderOptionView[] {
  if (provider === undefined) return [];
  return provider.host === undefined ? provider.options : [provider.host, ...provider.options];
}

export interface DestinationInput {
  readonly path: string;
  readonly options: Record<string, string>;
  /** pCloud only: the region host, which goes into the URL's path, not its query. */
  readonly host?: string;
}

/** What main builds the URL from: the folder, the options to put in the query, and the host on its own. */
export function destinationToSend(provider: Pick<ProviderView, 'host' | 'options'> | undefined, values: OptionValues, path: string): DestinationInput {
  const options = optionsToSend(provider?.options ?? [], values);
  const host = provider?.host === undefined ? '' : (values[provider.host.name] ?? '').trim();
  return { path, options, ...(host === '' ? {} : { host }) };
}

function groupLabels(options: readonly ProviderOptionView[], group: string): string {
  return options
    .filter((option) => option.oneOfGroup === group)
    .map((option) => option.label)
    .join(' or ');
}

/** Field errors keyed by option name (the folder path under PATH_FIELD); empty when the form is valid. */
export function validateUrlOptions(options: readonly ProviderOptionView[], values: OptionValues, path: string): OptionErrors {
  const errors: Record<string, string> = {};
  if (path.length > MAX_PATH_LENGTH) errors[PATH_FIELD] = `Keep the folder path under ${MAX_PATH_LENGTH} characters.`;
  const filled = (option: ProviderOptionView) => (values[option.name] ?? '').trim() !== '';
  for (const option of options) {
    const value = (values[option.name] ?? '').trim();
    // A group (msgroup's e-mail or id) is satisfied by any one member, whatever each says alone.
    const missing = option.oneOfGroup
      ? !options.some((other) => other.oneOfGroup === option.oneOfGroup && filled(other))
      : option.required && value === '';
    if (missing) {
      errors[option.name] = option.oneOfGroup ? `Enter ${groupLabels(options, option.oneOfGroup)}.` : `${option.label} is required.`;
    } else if (value !== '' && option.kind === 'number' && !/^-?\d+(\.\d+)?$/.test(value)) {
      errors[option.name] = `${option.label} must be a number.`;
    } else if (value !== '' && option.kind === 'choice' && option.choices && !option.choices.some((choice) => choice.value === value)) {
      errors[option.name] = `Choose one of the listed values for ${option.label}.`;
    } else if (value.length > MAX_PATH_LENGTH) {
      errors[option.name] = `Keep ${option.label} under ${MAX_PATH_LENGTH} characters.`;
    }
  }
  return errors;
}
