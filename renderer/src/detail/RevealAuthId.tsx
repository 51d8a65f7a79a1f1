import { authids } from '../api/authids-client';
import type { AuthIdView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { copyConfirmation } from '../common/copy-confirmation';
import { ErrorMessage } from '../common/ErrorMessage';
import { useToast } from '../common/toast-context';
import { useAction } from '../hooks/use-action';
import { REVEAL_SECONDS, useRevealTimer } from './use-reveal-timer';

/** The masked AuthID; the plaintext lives only in this component's state, for REVEAL_SECONDS at most. */
export function RevealAuthId({ authId }: { authId: AuthIdView }) {
  const revealed = useRevealTimer();
  const toast = useToast();
  const reveal = useAction(async () => revealed.show((await authids().reveal({ id: authId.id })).authId));
  const copy = useAction(async () => toast.show(copyConfirmation('AuthID', await authids().copyAuthId({ id: authId.id }))));

  return (
    <section className="detail-section" aria-labelledby="reveal-heading">
      <h2 id="reveal-heading">AuthID</h2>
      <p className="authid-value">
        <code className="break-anywhere">{revealed.text ?? authId.masked}</code>
        <span className="visually-hidden">{revealed.text ? ' (revealed)' : ' (masked)'}</span>
      </p>
      {revealed.text ? (
        <p className="reveal-countdown" aria-hidden="true">
          Hides again in {revealed.secondsLeft} s
        </p>
      ) : null}
      <div className="button-row">
        {/* One button for both, so focus stays on it when the AuthID hides itself. */}
        <BusyButton
          pending={reveal.pending}
          pendingLabel="Revealing…"
          aria-describedby="reveal-hint"
          onClick={() => (revealed.text ? revealed.hide() : void reveal.run())}
        >
          {revealed.text ? 'Hide' : 'Reveal'}
        </BusyButton>
        <BusyButton pending={copy.pending} pendingLabel="Copying…" onClick={() => void copy.run()}>
          Copy AuthID
        </BusyButton>
      </div>
      <p id="reveal-hint" className="visually-hidden">
        The AuthID hides itself again {REVEAL_SECONDS} seconds after you reveal it.
      </p>
      <ErrorMessage message={reveal.error ?? copy.error} />
    </section>
  );
}
