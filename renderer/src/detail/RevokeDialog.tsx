import { useEffect, useRef, useState } from 'react';
import { authids } from '../api/authids-client';
import type { AuthIdView, RevokePlanView, RevokeResultView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { DeauthorizeLinks } from '../common/DeauthorizeLinks';
import { Dialog } from '../common/Dialog';
import { ErrorMessage } from '../common/ErrorMessage';
import { Spinner } from '../common/Spinner';
import { useAction } from '../hooks/use-action';

interface RevokeDialogProps {
  readonly authId: AuthIdView;
  /** `removed` is true once the AuthID is gone from this computer. */
  readonly onClose: (removed: boolean) => void;
}

/** First says exactly what revoking will do for this kind of AuthID, then what it did. */
export function RevokeDialog({ authId, onClose }: RevokeDialogProps) {
  const [plan, setPlan] = useState<RevokePlanView | null>(null);
  const [result, setResult] = useState<RevokeResultView | null>(null);
  const loadPlan = useAction(async () => setPlan(await authids().planRevoke({ id: authId.id })));
  const revoke = useAction(async () => setResult(await authids().revoke({ id: authId.id })));
  const done = useRef<HTMLButtonElement>(null);
  const { run: runLoadPlan } = loadPlan;

  useEffect(() => {
    void runLoadPlan();
  }, [runLoadPlan]);
  useEffect(() => {
    if (result) done.current?.focus();
  }, [result]);

  const close = () => onClose(result?.removedLocally ?? false);

  if (result) {
    return (
      <Dialog title={`Revoke “${authId.label}”: done`} onClose={close}>
        <p role="status">{result.message}</p>
        <ul className="revoke-outcome">
          <li>{result.revokedAtServer ? 'Revoked at the AuthID server.' : 'Not revoked at the AuthID server.'}</li>
          <li>{result.removedLocally ? 'Removed from this computer.' : 'Still saved on this computer.'}</li>
        </ul>
        {result.deauthorizeUrls.length > 0 ? <p>To finish, remove AuthID Manager's access at the provider:</p> : null}
        <DeauthorizeLinks urls={result.deauthorizeUrls} />
        <div className="button-row dialog-buttons">
          <button ref={done} type="button" className="button button-primary" onClick={close}>
            Done
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={`Revoke “${authId.label}”?`} onClose={close}>
      {loadPlan.pending && !plan ? (
        <p role="status" className="loading">
          <Spinner /> Finding out what revoking does for this AuthID…
        </p>
      ) : null}
      <ErrorMessage message={loadPlan.error} />
      {plan ? (
        <>
          <p>
            {plan.method === 'server'
              ? 'The AuthID server can revoke this AuthID. This is what will happen:'
              : 'The AuthID server cannot revoke this kind of AuthID; the provider has to. This is what will happen:'}
          </p>
          <ol className="revoke-steps">
            {plan.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <DeauthorizeLinks urls={plan.deauthorizeUrls} />
        </>
      ) : null}
      <ErrorMessage message={revoke.error} />
      <div className="button-row dialog-buttons">
        <button type="button" className="button button-secondary" data-autofocus onClick={close}>
          Keep it
        </button>
        {loadPlan.error ? (
          <button type="button" className="button button-secondary" onClick={() => void loadPlan.run()}>
            Try again
          </button>
        ) : null}
        <BusyButton
          pending={revoke.pending}
          pendingLabel="Revoking…"
          variant="danger"
          aria-disabled={!plan || undefined}
          onClick={() => void revoke.run()}
        >
          Revoke
        </BusyButton>
      </div>
    </Dialog>
  );
}
