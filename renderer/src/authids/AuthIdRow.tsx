import { memo } from 'react';
import { authids } from '../api/authids-client';
import type { AuthIdView } from '../api/view-types';
import { CheckTimes } from '../common/CheckTimes';
import { HealthChip } from '../common/HealthChip';
import { ProviderLogo } from '../common/ProviderLogo';
import { TruncatedText } from '../common/TruncatedText';
import { InlineLabelEditor } from './InlineLabelEditor';

/** Memoized: a search re-renders the list, but a row whose AuthID did not change stays as it is. */
export const AuthIdRow = memo(function AuthIdRow({ authId, onOpen }: { authId: AuthIdView; onOpen: (id: string) => void }) {
  return (
    <li className="authid-row">
      <ProviderLogo provider={authId.provider} />
      <div className="authid-row-main">
        <InlineLabelEditor as="h2" label={authId.label} onSave={(label) => authids().rename({ id: authId.id, label })} />
        <p className="authid-row-meta">
          <TruncatedText text={authId.accountName ? `${authId.providerName} · ${authId.accountName}` : authId.providerName} />
          <TruncatedText className="muted" text={authId.serverBaseUrl} />
          <code className="masked">
            <span className="visually-hidden">AuthID </span>
            <TruncatedText text={authId.masked} />
          </code>
        </p>
        <p className="authid-row-health">
          <HealthChip health={authId.health} />
          {authId.held ? <span className="health-chip health-held">Held: server not trusted</span> : null}
          <CheckTimes authId={authId} />
        </p>
      </div>
      <button type="button" className="button button-secondary authid-row-open" onClick={() => onOpen(authId.id)}>
        Details<span className="visually-hidden"> for {authId.label}</span>
      </button>
    </li>
  );
});
