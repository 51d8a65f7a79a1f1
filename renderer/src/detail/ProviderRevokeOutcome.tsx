import type { ProviderRevokeResultView, RevokeStepView } from '../api/view-types';
import { DeauthorizeLinks } from '../common/DeauthorizeLinks';

const STEP_NAME: Readonly<Record<RevokeStepView['step'], string>> = {
  provider: 'At the provider',
  server: 'At the AuthID server',
  local: 'On this computer',
};

const OUTCOME_WORD: Readonly<Record<RevokeStepView['outcome'], string>> = {
  done: 'Done',
  'already-done': 'Already done',
  'not-needed': 'Not needed',
  failed: 'Failed',
};

/** What revoking at the provider did, step by step: provider, then server, then this computer. */
export function ProviderRevokeOutcome({ result }: { result: ProviderRevokeResultView }) {
  return (
    <>
      <p role="status">{result.message}</p>
      <ol className="revoke-step-list">
        {result.steps.map((step) => (
          <li key={step.step} className={step.outcome === 'failed' ? 'revoke-step-failed' : undefined}>
            <strong>
              {STEP_NAME[step.step]}: {OUTCOME_WORD[step.outcome]}.
            </strong>{' '}
            {step.message}
          </li>
        ))}
      </ol>
      {result.deauthorizeUrls.length > 0 ? <p>Check or finish it on the provider&apos;s page:</p> : null}
      <DeauthorizeLinks urls={result.deauthorizeUrls} />
    </>
  );
}
