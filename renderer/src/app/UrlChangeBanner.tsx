import type { AuthIdView } from '../api/view-types';

/** Names the AuthIDs whose saved destinations the new URL rules build differently, until each is reviewed. */
export function UrlChangeBanner({ authIds, onReview }: { authIds: readonly AuthIdView[]; onReview: (id: string) => void }) {
  const affected = authIds.filter((authId) => authId.destinations.some((destination) => destination.urlChange));
  if (affected.length === 0) return null;
  const count = affected.reduce((sum, authId) => sum + authId.destinations.filter((d) => d.urlChange).length, 0);
  return (
    <section className="storage-banner" aria-label="Changed connection URLs">
      <p className="storage-banner-headline">
        {count === 1 ? 'A saved destination has' : `${count} saved destinations have`} a new connection URL. Review what Duplicati reads
        from it before you paste it again.
      </p>
      <div className="button-row">
        {affected.map((authId) => (
          <button key={authId.id} type="button" className="button button-secondary" onClick={() => onReview(authId.id)}>
            Review {authId.label}
          </button>
        ))}
      </div>
    </section>
  );
}
