import { authids } from '../api/authids-client';
import { useAction } from '../hooks/use-action';
import { BusyButton } from './BusyButton';
import { ErrorMessage } from './ErrorMessage';

/** Opens a page in the user's browser through main (the window itself never navigates away). */
export function ExternalLinkButton({ url, label }: { url: string; label: string }) {
  const open = useAction(() => authids().openExternal({ url }));
  return (
    <span className="external-link">
      <BusyButton pending={open.pending} className="link-button" onClick={() => void open.run()}>
        {label}
        <span className="visually-hidden"> (opens in your browser)</span>
      </BusyButton>
      <span className="external-link-url">{url}</span>
      <ErrorMessage message={open.error} />
    </span>
  );
}
