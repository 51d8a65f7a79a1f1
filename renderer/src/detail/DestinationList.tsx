import type { AuthIdView } from '../api/view-types';
import { DestinationItem } from './DestinationItem';

export function DestinationList({ authId }: { authId: AuthIdView }) {
  return (
    <section className="detail-section" aria-labelledby="destinations-heading">
      <h2 id="destinations-heading">Saved destinations</h2>
      {authId.destinations.length === 0 ? (
        <p className="muted">None yet. Build a URL above and save it; it then appears in the tray's Copy connection URL menu.</p>
      ) : (
        <ul className="destination-list">
          {authId.destinations.map((destination) => (
            <DestinationItem key={destination.id} authIdId={authId.id} destination={destination} />
          ))}
        </ul>
      )}
    </section>
  );
}
