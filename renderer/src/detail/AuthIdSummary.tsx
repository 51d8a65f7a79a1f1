import { authids } from '../api/authids-client';
import type { AuthIdView } from '../api/view-types';
import { ScreenHeading } from '../app/ScreenHeading';
import { InlineLabelEditor } from '../authids/InlineLabelEditor';
import { ProviderLogo } from '../common/ProviderLogo';

/** The AuthID's name with its provider's logo, and Rename. */
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
    </div>
  );
}
