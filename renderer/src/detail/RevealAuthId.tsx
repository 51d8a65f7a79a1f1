import { useState } from 'react';
import { authids } from '../api/authids-client';
import type { AuthIdView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { copyConfirmation } from '../common/copy-confirmation';
import { ErrorMessage } from '../common/ErrorMessage';
import { useToast } from '../common/toast-context';
import { useAction } from '../hooks/use-action';

/** The masked AuthID; the plaintext lives only in this component's state while revealed. */
export function RevealAuthId({ authId }: { authId: AuthIdView }) {
  const [revealed, setRevealed] = useState<string | null>(null);
  const toast = useToast();
  const reveal = useAction(async () => setRevealed((await authids().reveal({ id: authId.id })).authId));
  const copy = useAction(async () => toast.show(copyConfirmation('AuthID', await authids().copyAuthId({ id: authId.id }))));

  return (
    <section className="detail-section" aria-labelledby="reveal-heading">
      <h2 id="reveal-heading">AuthID</h2>
      <p className="authid-value">
        <code className="break-anywhere">{revealed ?? authId.masked}</code>
        <span className="visually-hidden">{revealed ? ' (revealed)' : ' (masked)'}</span>
      </p>
      <div className="button-row">
        {revealed ? (
          <button type="button" className="button button-secondary" aria-pressed="true" onClick={() => setRevealed(null)}>
            Hide
          </button>
        ) : (
          <BusyButton pending={reveal.pending} pendingLabel="Revealing…" aria-pressed="false" onClick={() => void reveal.run()}>
            Reveal
          </BusyButton>
        )}
        <BusyButton pending={copy.pending} pendingLabel="Copying…" onClick={() => void copy.run()}>
          Copy AuthID
        </BusyButton>
      </div>
      <ErrorMessage message={reveal.error ?? copy.error} />
    </section>
  );
}
