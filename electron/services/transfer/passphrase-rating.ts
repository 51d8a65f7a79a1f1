/**
 * Judges an export passphrase before anything is written. The file holds every chosen AuthID,
 * so an attacker who copies it can guess offline for as long as they like: the bar is a length
 * floor plus zxcvbn's top score (an estimated 10^10 guesses or more), with its English
 * dictionaries, common passwords and keyboard patterns.
 */
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

export const MIN_PASSPHRASE_LENGTH = 12;
const MAX_PASSPHRASE_LENGTH = 1024;
const REQUIRED_SCORE = 4;
/** Words anyone guessing would try first for this file. */
const OBVIOUS_WORDS = ['authid', 'authids', 'authidmanager', 'duplicati', 'backup', 'backups', 'export', 'passphrase'];

export interface PassphraseRating {
  readonly acceptable: boolean;
  /** zxcvbn's 0 (guessed at once) to 4 (very hard to guess); 0 when too short to rate. */
  readonly score: 0 | 1 | 2 | 3 | 4;
  /** One sentence for the user: why it is refused, or that it is fine. */
  readonly message: string;
  readonly suggestions: readonly string[];
}

// The dictionaries are large (about 1.5 MB): loaded on the first rating, not at app start.
let estimator: Promise<ZxcvbnFactory> | undefined;

async function loadEstimator(): Promise<ZxcvbnFactory> {
  const [{ ZxcvbnFactory }, common, english] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]);
  return new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
}

export async function ratePassphrase(passphrase: string): Promise<PassphraseRating> {
  const length = [...passphrase].length;
  if (length < MIN_PASSPHRASE_LENGTH) {
    return refuse(
      0,
      length === 0
        ? `Type a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`
        : `Too short: a passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters, and this one has ${length}.`,
      ['Four or five unrelated words are easy to remember and hard to guess.'],
    );
  }
  if (length > MAX_PASSPHRASE_LENGTH) return refuse(0, `Too long: use at most ${MAX_PASSPHRASE_LENGTH} characters.`, []);

  estimator ??= loadEstimator();
  const result = (await estimator).check(passphrase, OBVIOUS_WORDS);
  const score = result.score as PassphraseRating['score'];
  const { warning, suggestions } = result.feedback;
  if (score < REQUIRED_SCORE) {
    const why = warning === null || warning === '' ? '' : ` ${warning}`;
    return refuse(score, `Too easy to guess for a file that holds your AuthIDs.${why}`, withDefault(suggestions));
  }
  return { acceptable: true, score, message: 'Strong enough: guessing it would take far too long.', suggestions: [] };
}

function refuse(score: PassphraseRating['score'], message: string, suggestions: readonly string[]): PassphraseRating {
  return { acceptable: false, score, message, suggestions };
}

function withDefault(suggestions: readonly string[]): readonly string[] {
  return suggestions.length > 0 ? suggestions : ['Add another word or two that are not related to each other.'];
}
