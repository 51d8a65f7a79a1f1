import type { AuthIdView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import type { ActionState } from '../hooks/use-action';

interface RowReauthorizeButtonProps {
  readonly authId: Pick<AuthIdView, 'label'>;
  /** Starts the login; the row shows its progress. */
  readonly start: ActionState<[], void>;
}

/** Starts the login that renews this AuthID, right from its row. */
export function RowReauthorizeButton({ authId, start }: RowReauthorizeButtonProps) {
  return (
    <>
      <BusyButton pending={start.pending} pendingLabel="Starting…" variant="primary" tabIndex={-1} onClick={() => void start.run()}>
        Re-authorize<span className="visually-hidden"> {authId.label}</span>
      </BusyButton>
      <ErrorMessage message={start.error} />
    </>
  );
}
