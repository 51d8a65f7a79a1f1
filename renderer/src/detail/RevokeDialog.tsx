import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { authids } from '../api/authids-client';
import type { AuthIdView, ProviderRevokeResultView, RevokePlanView, RevokeResultView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { DeauthorizeLinks } from '../common/DeauthorizeLinks';
import { Dialog } from '../common/Dialog';
import { ErrorMessage } from '../common/ErrorMessage';
import { Spinner } from '../common/Spinner';
import { useAction } from '../hooks/use-action';
import { BackupsUsingIt } from '../duplicati/BackupsUsingIt';
import { ProviderRevokeOutcome } from './ProviderRevokeOutcome';
import { providerRevokeTitle, providerRevokeToast, revokeResultTitle, revokeResultToast } from './removal-wording';

const SERVER_LINE: Readonly<Record<RevokeResultView['outcome'], string>> = {
  revoked: 'Revoked at the AuthID server.',
  'already-revoked': 'Already revoked at the AuthID server.',
  'finish-at-provider': 'Not revoked: the AuthID server keeps nothing for this AuthID.',
};

function removalToast(label: string, result: RevokeResultView | null, providerResult: ProviderRevokeResultView | null): string | undefined {
  if (result?.removedLocally) return revokeResultToast(label, result.outcome);
  if (providerResult?.removedLocally) return providerRevokeToast(label);
  return undefined;
}

interface RevokeDialogProps {
  readonly authId: AuthIdView;
  /** With what the toast should say once the AuthID is gone from this computer; undefined while it is still here. */
  readonly onClose: (removedToast: string | undefined) => void;
}

/**
 * First says exactly what revoking will do for this kind of AuthID, with revoking at the
 * provider as the stronger choice where the provider allows it; then what it did.
 */
export function RevokeDialog({ authId, onClose }: RevokeDialogProps) {
  const [plan, setPlan] = useState<RevokePlanView | null>(null);
  const [result, setResult] = useState<RevokeResultView | null>(null);
  const [providerResult, setProviderResult] = useState<ProviderRevokeResultView | null>(null);
  const loadPlan = useAction(async () => setPlan(await authids().planRevoke({ id: authId.id })));
  const revoke = useAction(async () => setResult(await authids().revoke({ id: authId.id })));
  const revokeAtProvider = useAction(async () => setProviderResult(await authids().revokeAtProvider({ id: authId.id })));
  const busy = revoke.pending || revokeAtProvider.pending;
  const done = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const { run: runLoadPlan } = loadPlan;

  useEffect(() => {
    void runLoadPlan();
  }, [runLoadPlan]);
  useLayoutEffect(() => {
    if (result || providerResult) done.current?.focus();
  }, [result, providerResult]);

  const close = () => onClose(removalToast(authId.label, result, providerResult));
  const doneButton = (
    <div className="button-row dialog-buttons">
      <button ref={done} type="button" className="button button-primary" onClick={close}>
        Done
      </button>
    </div>
  );

  if (providerResult) {
    return (
      <Dialog title={providerRevokeTitle(authId.label, providerResult)} onClose={close}>
        <ProviderRevokeOutcome result={providerResult} />
        {doneButton}
      </Dialog>
    );
  }

  if (result) {
    return (
      <Dialog title={revokeResultTitle(authId.label, result.outcome)} onClose={close}>
        <p role="status">{result.message}</p>
        <ul className="revoke-outcome">
          <li>{SERVER_LINE[result.outcome]}</li>
          <li>{result.removedLocally ? 'Removed from this computer.' : 'Still saved on this computer.'}</li>
        </ul>
        {result.deauthorizeUrls.length > 0 ? <p>{result.outcome === 'finish-at-provider' ? 'To finish revoking it' : 'To end it completely'}, remove the app&apos;s access on the provider&apos;s page:</p> : null}
        <DeauthorizeLinks urls={result.deauthorizeUrls} />
        {doneButton}
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
      {plan?.atProvider ? (
        <section className="revoke-choice" aria-labelledby={`${headingId}-provider`}>
          <h3 id={`${headingId}-provider`}>Stronger: revoke at the provider</h3>
          <p>{plan.atProvider.summary}</p>
          <ol className="revoke-provider-steps">
            {plan.atProvider.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <ErrorMessage message={revokeAtProvider.error} />
          <BusyButton
            pending={revokeAtProvider.pending}
            pendingLabel="Revoking at the provider…"
            variant="danger"
            aria-disabled={(busy && !revokeAtProvider.pending) || undefined}
            onClick={() => void revokeAtProvider.run()}
          >
            Revoke at the provider
          </BusyButton>
        </section>
      ) : null}
      {plan?.atProvider ? (
        <section className="revoke-choice" aria-labelledby={`${headingId}-usual`}>
          <h3 id={`${headingId}-usual`}>Or: revoke as usual</h3>
          <UsualRevokePlan plan={plan} />
        </section>
      ) : null}
      {plan && !plan.atProvider ? <UsualRevokePlan plan={plan} /> : null}
      {plan ? <BackupsUsingIt authId={authId} /> : null}
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
          aria-disabled={!plan || (busy && !revoke.pending) || undefined}
          onClick={() => void revoke.run()}
        >
          Revoke
        </BusyButton>
      </div>
    </Dialog>
  );
}

/** What the usual revoke does: at the AuthID server where it can, otherwise on the provider's page. */
function UsualRevokePlan({ plan }: { plan: RevokePlanView }) {
  return (
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
  );
}
