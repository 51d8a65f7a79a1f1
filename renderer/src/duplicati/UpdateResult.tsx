import { useState } from 'react';
import { authids } from '../api/authids-client';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { useAction } from '../hooks/use-action';
import type { BackupOutcomeKind, UpdateResultView } from './duplicati-types';

const OUTCOME_WORDS: Readonly<Record<BackupOutcomeKind, string>> = {
  updated: 'Updated',
  untouched: 'Not changed',
  unknown: 'In doubt',
  restored: 'Restored',
};

/** What happened to each backup, and Undo while it is possible. */
export function UpdateResult({ result }: { result: UpdateResultView }) {
  const [undone, setUndone] = useState<UpdateResultView | null>(null);
  const undo = useAction(async (undoId: string) => setUndone(await authids().undoDuplicatiUpdate({ undoId })));
  const shown = undone ?? result;
  const undoId = undone ? undefined : result.undoId;
  return (
    <div className="update-result">
      <p role="status">{shown.summary}</p>
      <ul className="update-outcomes">
        {shown.outcomes.map((outcome) => (
          <li key={outcome.backupId}>
            <strong>
              {outcome.name}: {OUTCOME_WORDS[outcome.outcome]}.
            </strong>{' '}
            {outcome.message}
            {outcome.destinationTest ? <span className="finding-fix">Destination test: {outcome.destinationTest.message}</span> : null}
          </li>
        ))}
      </ul>
      {undoId !== undefined ? (
        <BusyButton pending={undo.pending} pendingLabel="Undoing…" onClick={() => void undo.run(undoId)}>
          Undo this update
        </BusyButton>
      ) : null}
      <ErrorMessage message={undo.error} />
    </div>
  );
}
