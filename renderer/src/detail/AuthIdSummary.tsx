import { authids } from '../api/authids-client';
import type { AuthIdView } from '../api/view-types';
import { ScreenHeading } from '../app/ScreenHeading';
import { InlineLabelEditor } from '../authids/InlineLabelEditor';
import { ProviderLogo } from '../common/ProviderLogo';
import { TimeText } from '../common/TimeText';

const KIND_TEXT: Readonly<Record<AuthIdView['kind'], string>> = {
  v1: 'v1 (kept by the server, revocable there)',
  v2: 'v2 (holds the refresh token itself)',
  'access-token-only': 'Access token only (never refreshed)',
};

export function AuthIdSummary({ authId }: { authId: AuthIdView }) {
  return (
    <div className="detail-summary">
      <div className="detail-title">
        <ProviderLogo provider={authId.provider} />
        <ScreenHeading>
          <span className="break-anywhere">{authId.label}</span>
        </ScreenHeading>
      </div>
      <InlineLabelEditor label={authId.label} showLabel={false} onSave={(label) => authids().rename({ id: authId.id, label })} />
      <dl className="detail-facts">
        <dt>Provider</dt>
        <dd>{authId.providerName}</dd>
        {authId.accountName ? (
          <>
            <dt>Account</dt>
            <dd className="break-anywhere">{authId.accountName}</dd>
          </>
        ) : null}
        {authId.region ? (
          <>
            <dt>Region</dt>
            <dd>{authId.region}</dd>
          </>
        ) : null}
        <dt>Server</dt>
        <dd className="break-anywhere">{authId.serverBaseUrl}</dd>
        <dt>Kind</dt>
        <dd>{KIND_TEXT[authId.kind]}</dd>
        <dt>Added</dt>
        <dd>
          <TimeText iso={authId.created} />
        </dd>
      </dl>
    </div>
  );
}
