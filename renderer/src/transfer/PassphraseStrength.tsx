import type { PassphraseRatingView } from '../api/view-types';

const WORDS = ['very weak', 'weak', 'fair', 'strong', 'very strong'] as const;

/** The rating as a meter and in words, announced politely as it changes. */
export function PassphraseStrength({ id, rating }: { id: string; rating: PassphraseRatingView | null }) {
  return (
    <div id={id} className="passphrase-strength" aria-live="polite">
      {rating ? (
        <>
          <meter min={0} max={4} low={2} high={3} optimum={4} value={rating.score} aria-label="Passphrase strength" />
          <p className={rating.acceptable ? 'passphrase-ok' : 'field-error'}>
            Strength: {WORDS[rating.score]}. {rating.message}
          </p>
          {rating.suggestions.length > 0 ? (
            <ul className="field-help">
              {rating.suggestions.map((suggestion) => (
                <li key={suggestion}>{suggestion}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : (
        <p className="field-help">At least 12 characters. Four or five unrelated words are easy to remember and hard to guess.</p>
      )}
    </div>
  );
}
