import { authids } from '../api/authids-client';
import type { DestinationView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { copyConfirmation } from '../common/copy-confirmation';
import { ErrorMessage } from '../common/ErrorMessage';
import { TruncatedText } from '../common/TruncatedText';
import { useToast } from '../common/toast-context';
import { useAction } from '../hooks/use-action';
import { UrlChangeNotice } from './UrlChangeNotice';

export function DestinationItem({ authIdId, destination }: { authIdId: string; destination: DestinationView }) {
  const toast = useToast();
  const ids = { id: authIdId, destinationId: destination.id };
  const copy = useAction(async () => toast.show(copyConfirmation(`“${destination.name}” URL`, await authids().copyDestination(ids))));
  const remove = useAction(() => authids().removeDestination(ids));
  return (
    <li className="destination-item">
      <h3 className="destination-name">
        <TruncatedText text={destination.name} />
      </h3>
      {destination.urlChange ? (
        <UrlChangeNotice ids={ids} change={destination.urlChange} currentMaskedUrl={destination.maskedUrl} />
      ) : (
        <code className="break-anywhere destination-url">{destination.maskedUrl}</code>
      )}
      <div className="button-row">
        <BusyButton pending={copy.pending} pendingLabel="Copying…" onClick={() => void copy.run()}>
          Copy<span className="visually-hidden"> {destination.name}</span>
        </BusyButton>
        <BusyButton pending={remove.pending} pendingLabel="Removing…" onClick={() => void remove.run()}>
          Remove<span className="visually-hidden"> {destination.name}</span>
        </BusyButton>
      </div>
      <ErrorMessage message={copy.error ?? remove.error} />
    </li>
  );
}
