import { authids } from '../api/authids-client';
import type { DestinationUrlChangeView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { useAction } from '../hooks/use-action';

interface UrlChangeNoticeProps {
  readonly ids: { readonly id: string; readonly destinationId: string };
  readonly change: DestinationUrlChangeView;
  readonly currentMaskedUrl: string;
}

/** What the app's new URL rules change for a saved destination, shown until the user accepts it. */
export function UrlChangeNotice({ ids, change, currentMaskedUrl }: UrlChangeNoticeProps) {
  const accept = useAction(() => authids().acceptDestinationUrl(ids));
  return (
    <div className="url-change" role="note">
      <p>
        <strong>This destination's URL has changed</strong> with the app's new URL rules. Nothing was rewritten; check what
        it means for Duplicati before you paste the new URL:
      </p>
      <ul>
        {change.differences.map((difference) => (
          <li key={difference}>{difference}</li>
        ))}
      </ul>
      {change.previousMaskedUrl ? (
        <p>
          Before: <code className="break-anywhere">{change.previousMaskedUrl}</code>
        </p>
      ) : null}
      {currentMaskedUrl ? (
        <p>
          Now: <code className="break-anywhere">{currentMaskedUrl}</code>
        </p>
      ) : null}
      <BusyButton pending={accept.pending} pendingLabel="Saving…" onClick={() => void accept.run()}>
        Understood, use the new URL
      </BusyButton>
      <ErrorMessage message={accept.error} />
    </div>
  );
}
