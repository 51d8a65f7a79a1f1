import { useState } from 'react';
import { authids } from '../api/authids-client';
import type { AuthIdView, CheckView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { CheckTimes } from '../common/CheckTimes';
import { ErrorMessage } from '../common/ErrorMessage';
import { HealthChip } from '../common/HealthChip';
import { HEALTH_LABELS } from '../common/health-labels';
import { TrustServerNotice } from '../common/TrustServerNotice';
import { useAction } from '../hooks/use-action';
import type { LoginsById } from '../hooks/use-login-tracker';
import { LoginProgressPanel } from '../login/LoginProgressPanel';
import { useReauthorizeLogin } from '../login/use-reauthorize-login';
import { needsNewLogin } from './needs-new-login';

interface HealthSectionProps {
  readonly authId: AuthIdView;
  readonly logins: LoginsById;
  readonly onOpenAuthId: (id: string) => void;
}

/** Health now, Check now and Re-authorize (with the login's progress). */
export function HealthSection({ authId, logins, onOpenAuthId }: HealthSectionProps) {
  const [checked, setChecked] = useState<CheckView | null>(null);
  const { login, start: reauthorize, dismiss } = useReauthorizeLogin(authId.id);
  const check = useAction(async () => setChecked(await authids().checkNow({ id: authId.id })));
  const { held } = authId;
  const loginFirst = needsNewLogin(authId.health);
  // The answer to Check now may arrive before the record's update does.
  const latest = checked && (!authId.lastCheck || checked.at >= authId.lastCheck.at) ? checked : authId.lastCheck;
  const trust = useAction(async () => {
    if (held) await authids().addServer({ baseUrl: held.baseUrl });
  });

  const reauthorizeButton = (main: boolean) => (
    <BusyButton pending={reauthorize.pending} pendingLabel="Starting…" variant={main ? 'primary' : 'secondary'} onClick={() => void reauthorize.run()}>
      Re-authorize
    </BusyButton>
  );

  return (
    <section className="detail-section detail-health" aria-labelledby="health-heading">
      <h2 id="health-heading">Health</h2>
      <p className="health-line">
        <HealthChip health={authId.health} />
        <CheckTimes authId={authId} />
      </p>
      {latest?.reason ? <p className="check-reason">{latest.reason}</p> : null}
      {held ? (
        <>
          <TrustServerNotice server={held} heading="Held: not checked">
            This AuthID&apos;s server is not one of your AuthID servers, so AuthID Manager sends it nothing: no checks, no
            re-authorization, no revoke.{' '}
            {held.canTrust ? `Trust ${held.host} to use it again.` : 'Forget it here, or paste its URL again with an https:// server.'}
          </TrustServerNotice>
          {held.canTrust ? (
            <div className="button-row">
              <BusyButton pending={trust.pending} pendingLabel="Adding…" variant="primary" onClick={() => void trust.run()}>
                Trust {held.host}
              </BusyButton>
            </div>
          ) : null}
          <ErrorMessage message={trust.error} />
        </>
      ) : (
        <div className="button-row">
          {/* What fixes the AuthID comes first and is the main button. */}
          {loginFirst ? reauthorizeButton(true) : null}
          <BusyButton pending={check.pending} pendingLabel="Checking…" onClick={() => void check.run()}>
            Check now
          </BusyButton>
          {loginFirst ? null : reauthorizeButton(false)}
        </div>
      )}
      <p role="status" className="check-result">
        {/* The reason is the line above; saying it again here would repeat it. */}
        {checked ? `Checked just now: ${HEALTH_LABELS[checked.health]}.` : ''}
      </p>
      <ErrorMessage message={check.error ?? reauthorize.error} />
      {login ? (
        <LoginProgressPanel
          loginId={login.loginId}
          progress={logins[login.loginId]}
          providerName={authId.providerName}
          onOpenAuthId={onOpenAuthId}
          onRetry={() => void reauthorize.run()}
          onDismiss={dismiss}
          returnFocusTo={login.opener}
        />
      ) : null}
    </section>
  );
}
