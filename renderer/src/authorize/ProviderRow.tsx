import { useId, useState, type ReactNode } from 'react';
import type { ProviderView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { ProviderLogo } from '../common/ProviderLogo';
import { useAction } from '../hooks/use-action';
import type { ProviderChoice } from './provider-choices';
import { ServerChoice } from './ServerChoice';

interface ProviderRowProps {
  readonly choice: ProviderChoice;
  readonly onAuthorize: (provider: ProviderView, serverBaseUrl: string) => Promise<void>;
  /** This provider's logins, shown right under it where the user clicked. */
  readonly children?: ReactNode;
}

/** A provider, the server its login goes to (the recommended one unless the user picks another), and its logins. */
export function ProviderRow({ choice, onAuthorize, children }: ProviderRowProps) {
  const { provider, servers } = choice;
  const [chosen, setChosen] = useState(servers[0]?.baseUrl ?? '');
  const [choosing, setChoosing] = useState(false);
  const start = useAction(() => onAuthorize(provider, chosen));
  const headingId = useId();
  const choiceId = useId();
  const server = servers.find((s) => s.baseUrl === chosen) ?? servers[0];
  return (
    <li className="provider-row" aria-labelledby={headingId}>
      <ProviderLogo provider={provider.id} />
      <div className="provider-row-main">
        <h2 id={headingId} className="provider-name">
          {provider.name}
          {provider.legacy ? <span className="badge">Legacy</span> : null}
        </h2>
        <p className="provider-note">{provider.note}</p>
        <p className="provider-server">Through {server?.name}</p>
      </div>
      <div className="provider-row-actions">
        <BusyButton pending={start.pending} pendingLabel="Starting…" variant="primary" onClick={() => void start.run()}>
          Authorize<span className="visually-hidden"> {provider.name}</span>
        </BusyButton>
        {servers.length > 1 ? (
          <button type="button" className="button button-secondary" aria-expanded={choosing} aria-controls={choosing ? choiceId : undefined} onClick={() => setChoosing(!choosing)}>
            Use another AuthID server<span className="visually-hidden"> for {provider.name}</span>
          </button>
        ) : null}
      </div>
      <div className="provider-row-below">
        {choosing ? (
          <div id={choiceId}>
            <ServerChoice providerName={provider.name} servers={servers} chosen={chosen} onChoose={setChosen} />
          </div>
        ) : null}
        <ErrorMessage message={start.error} />
        {children}
      </div>
    </li>
  );
}
