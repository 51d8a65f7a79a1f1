import { useState } from 'react';
import type { AuthIdView, ProviderGroupView } from '../api/view-types';
import { ScreenHeading } from '../app/ScreenHeading';
import { KeychainSection } from '../keychain/KeychainSection';
import { SecretsFileSection } from '../secrets-file/SecretsFileSection';
import type { LoginsById } from '../hooks/use-login-tracker';
import { ConnectionUrlBuilder } from '../url-builder/ConnectionUrlBuilder';
import { AuthIdFacts } from './AuthIdFacts';
import { AuthIdSummary } from './AuthIdSummary';
import { CheckHistory } from './CheckHistory';
import { UsedBySection } from '../duplicati/UsedBySection';
import { DangerZone } from './DangerZone';
import { DestinationList } from './DestinationList';
import { findProvider } from './find-provider';
import { ForgetDialog } from './ForgetDialog';
import { HealthSection } from './HealthSection';
import { needsNewLogin } from './needs-new-login';
import { RevealAuthId } from './RevealAuthId';
import { RevokeDialog } from './RevokeDialog';

interface AuthIdDetailScreenProps {
  /** Undefined once the AuthID is gone (revoked or removed, here or from the tray). */
  readonly authId: AuthIdView | undefined;
  readonly providerGroups: readonly ProviderGroupView[] | undefined;
  readonly logins: LoginsById;
  readonly onBack: () => void;
  readonly onOpenAuthId: (id: string) => void;
  /** With the toast that says what was done (revoked, or only removed). */
  readonly onRemoved: (toast: string) => void;
}

export function AuthIdDetailScreen({ authId, providerGroups, logins, onBack, onOpenAuthId, onRemoved }: AuthIdDetailScreenProps) {
  const [dialog, setDialog] = useState<'revoke' | 'forget' | null>(null);
  // A dialog must outlive the record it removes, so it can still say what it did.
  const [subject, setSubject] = useState(authId);
  if (authId && authId !== subject) setSubject(authId);

  const closeDialog = (removedToast: string | undefined) => {
    setDialog(null);
    if (removedToast !== undefined) onRemoved(removedToast);
  };
  // Behind an open dialog the screen stays as it was, even once the dialog removed the AuthID:
  // the dialog says what happened, and the screen changes when the user closes it.
  const shown = authId ?? (dialog === null ? undefined : subject);
  const provider = shown ? findProvider(providerGroups, shown) : undefined;

  return (
    <>
      <button type="button" className="button button-quiet back-button" onClick={onBack}>
        ← All AuthIDs
      </button>
      {shown ? (
        <>
          {/* Health first: whether the AuthID works, and what to do when it does not. */}
          <AuthIdSummary authId={shown} />
          <HealthSection authId={shown} logins={logins} onOpenAuthId={onOpenAuthId} />
          <RevealAuthId authId={shown} />
          <AuthIdFacts authId={shown} />
          <KeychainSection key={shown.id} authId={shown} />
          <SecretsFileSection key={`${shown.id}-file`} authId={shown} />
          <ConnectionUrlBuilder
            key={`${shown.id}-${provider ? 'options' : 'plain'}`}
            authId={shown}
            provider={provider}
            needsNewLogin={needsNewLogin(shown.health)}
          />
          <DestinationList authId={shown} />
          <UsedBySection authId={shown} />
          <CheckHistory history={shown.history} />
          <DangerZone onRevoke={() => setDialog('revoke')} onForget={() => setDialog('forget')} />
        </>
      ) : (
        <>
          <ScreenHeading>AuthID not found</ScreenHeading>
          <p>This AuthID is no longer saved on this computer.</p>
        </>
      )}
      {dialog === 'revoke' && subject ? <RevokeDialog authId={subject} onClose={closeDialog} /> : null}
      {dialog === 'forget' && subject ? <ForgetDialog authId={subject} onClose={closeDialog} /> : null}
    </>
  );
}
