import type { RequestInput } from '../api/view-types';

/** What the user chose for a bare AuthID: provider, AuthID server, pCloud region. */
export type PasteChoice = Omit<RequestInput<'analyzePaste'>, 'text'>;

/** The choice as a stable key, so an answer can be matched to the choice it was made for. */
export function choiceKey(choice: PasteChoice): string {
  return [choice.provider ?? '', choice.serverBaseUrl ?? '', choice.region ?? ''].join('\n');
}
