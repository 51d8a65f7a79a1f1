import type { StorageStatusView } from '../api/view-types';

function headline(storage: StorageStatusView): string | null {
  if (storage.protection === 'memory-only') return 'Your AuthIDs are kept in memory only: they will be gone when AuthID Manager quits.';
  if (storage.protection === 'weak-on-disk') return `Your AuthIDs are saved on disk with weak protection (${storage.backend}).`;
  return null;
}

/** Stays up for as long as AuthIDs are at risk or a damaged store was moved aside. */
export function StorageBanner({ storage, onReview }: { storage: StorageStatusView; onReview: () => void }) {
  const risk = headline(storage);
  if (!risk && !storage.recoveredFrom && !storage.saveBlocked) return null;
  return (
    <section className="storage-banner" aria-label="Storage protection warning">
      {risk ? <p className="storage-banner-headline">{risk}</p> : null}
      {risk ? <p>{storage.explanation}</p> : null}
      {storage.saveBlocked ? <p className="storage-banner-headline">{storage.saveBlocked}</p> : null}
      {storage.recoveredFrom ? (
        <p>
          A store file could not be read and was moved aside to <span className="break-anywhere">{storage.recoveredFrom}</span>.
        </p>
      ) : null}
      <button type="button" className="button button-secondary" onClick={onReview}>
        Review storage protection
      </button>
    </section>
  );
}
