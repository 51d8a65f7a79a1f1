import { Spinner } from '../common/Spinner';

/** "Saving…" then "Saved" next to a setting; always in the page so screen readers hear the change. */
export function SavedNote({ pending, saved }: { pending: boolean; saved: boolean }) {
  return (
    <span role="status" className="saved-note">
      {pending ? (
        <>
          <Spinner /> Saving…
        </>
      ) : saved ? (
        <>
          <span aria-hidden="true">✓ </span>Saved
        </>
      ) : null}
    </span>
  );
}
