import { useLayoutEffect, useRef, useState } from 'react';
import { authids } from '../api/authids-client';
import type { ExportResultView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { Dialog } from '../common/Dialog';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { Spinner } from '../common/Spinner';
import { useAction } from '../hooks/use-action';
import { PassphraseStrength } from './PassphraseStrength';
import { SkippedList } from './SkippedList';
import { usePassphraseRating } from './use-passphrase-rating';

/**
 * Passphrase twice with a live strength rating, then main asks where to save and encrypts
 * (which takes seconds by design), then says where the file went.
 */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [result, setResult] = useState<ExportResultView | null>(null);
  const rating = usePassphraseRating(passphrase);
  const exporting = useAction(async () => {
    const answer = await authids().exportAuthIds({ passphrase, passphraseAgain: again });
    if (answer.outcome === 'saved') setResult(answer);
  });
  const done = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (result) done.current?.focus();
  }, [result]);
  const mismatch = again !== '' && again !== passphrase;

  if (result) {
    return (
      <Dialog title="Export AuthIDs: saved" onClose={onClose}>
        <p role="status">{result.message}</p>
        <dl className="detail-facts">
          <dt>File</dt>
          <dd className="break-anywhere">{result.file}</dd>
        </dl>
        <SkippedList title="Not in the file" skipped={result.skipped} />
        <p className="field-help">
          On the other computer, use Import in AuthID Manager&apos;s Settings. Without the app, the age tool opens it: age -d
          -o authids.json &quot;{result.file.split(/[\\/]/).at(-1)}&quot;.
        </p>
        <div className="button-row dialog-buttons">
          <button ref={done} type="button" className="button button-primary" onClick={onClose}>
            Done
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title="Export AuthIDs" onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!exporting.pending) void exporting.run();
        }}
      >
        <p>
          All your AuthIDs, with their labels, servers, destinations and accounts, go into one file encrypted with a
          passphrase. Anyone with the file and the passphrase can use your storage, so keep them apart.
        </p>
        <Field label="Passphrase" help={(helpId) => <PassphraseStrength id={helpId} rating={passphrase === '' ? null : rating} />}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              data-autofocus
              value={passphrase}
              onChange={(event) => {
                setPassphrase(event.target.value);
                exporting.clearError();
              }}
            />
          )}
        </Field>
        <Field label="Passphrase again" error={mismatch ? 'Not the same as the passphrase above yet.' : null}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              value={again}
              onChange={(event) => {
                setAgain(event.target.value);
                exporting.clearError();
              }}
            />
          )}
        </Field>
        {exporting.pending ? (
          <p role="status" className="loading">
            <Spinner /> Choose where to save the file; encrypting it then takes a few seconds.
          </p>
        ) : null}
        <ErrorMessage message={exporting.error} />
        <div className="button-row dialog-buttons">
          <button type="button" className="button button-secondary" onClick={onClose}>
            Cancel
          </button>
          <BusyButton type="submit" variant="primary" pending={exporting.pending} pendingLabel="Encrypting…">
            Export…
          </BusyButton>
        </div>
      </form>
    </Dialog>
  );
}
