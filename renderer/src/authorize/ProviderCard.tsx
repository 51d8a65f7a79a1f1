import type { ProviderView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { ProviderLogo } from '../common/ProviderLogo';
import { useAction } from '../hooks/use-action';

interface ProviderCardProps {
  readonly provider: ProviderView;
  readonly onAuthorize: () => Promise<void>;
}

export function ProviderCard({ provider, onAuthorize }: ProviderCardProps) {
  const start = useAction(onAuthorize);
  return (
    <li className="provider-card">
      <ProviderLogo provider={provider.id} />
      <div className="provider-card-main">
        <h3 className="provider-name">
          {provider.name}
          {provider.legacy ? <span className="badge">Legacy</span> : null}
        </h3>
        <p className="provider-note">{provider.note}</p>
        <ErrorMessage message={start.error} />
      </div>
      <BusyButton pending={start.pending} pendingLabel="Starting…" variant="primary" onClick={() => void start.run()}>
        Authorize<span className="visually-hidden"> {provider.name}</span>
      </BusyButton>
    </li>
  );
}
