import { useId } from 'react';
import type { ProviderGroupView, ProviderView } from '../api/view-types';
import { ProviderCard } from './ProviderCard';

interface ServerProviderGroupProps {
  readonly group: ProviderGroupView;
  readonly onAuthorize: (provider: ProviderView, serverBaseUrl: string) => Promise<void>;
}

/** One AuthID server: who holds the tokens there, and the providers it offers. */
export function ServerProviderGroup({ group, onAuthorize }: ServerProviderGroupProps) {
  const headingId = useId();
  const { server } = group;
  return (
    <section className="server-group" aria-labelledby={headingId}>
      <h2 id={headingId} className="server-group-name">
        {server.name}
      </h2>
      <p className="server-url break-anywhere">{server.baseUrl}</p>
      <p className="token-holder">
        <strong>Who holds the tokens:</strong> {server.tokenHolder}
      </p>
      {group.providers.length === 0 ? (
        <p className="muted">This server offers no providers right now.</p>
      ) : (
        <ul className="provider-list">
          {group.providers.map((provider) => (
            <ProviderCard key={provider.id} provider={provider} onAuthorize={() => onAuthorize(provider, server.baseUrl)} />
          ))}
        </ul>
      )}
    </section>
  );
}
