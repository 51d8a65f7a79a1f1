import { useState } from 'react';
import { authids } from '../api/authids-client';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { TimeText } from '../common/TimeText';
import { useAction } from '../hooks/use-action';
import type { UndoEntryView } from './duplicati-types';

/** The last updates the app made in Duplicati, each with Undo. */
export function UndoHistory({ entries }: { entries: readonly UndoEntryView[] }) {
  const [summary, setSummary] = useState<string | null>(null);
  const undo = useAction(async (undoId: string) => setSummary((await authids().undoDuplicatiUpdate({ undoId })).summary));
  if (entries.length === 0 && summary === null) return null;
  return (
    <section className="detail-section" aria-labelledby="undo-heading">
      <h2 id="undo-heading">Recent updates</h2>
      {summary ? <p role="status">{summary}</p> : null}
      <ErrorMessage message={undo.error} />
      <ul className="undo-list">
        {entries.map((entry) => (
          <li key={entry.undoId} className="undo-item">
            <p>
              “{entry.label}” put into {entry.backups.map((b) => b.name).join(', ')}, <TimeText iso={entry.at} />.
            </p>
            <BusyButton pending={undo.pending} pendingLabel="Undoing…" onClick={() => void undo.run(entry.undoId)}>
              Undo<span className="visually-hidden"> the update with “{entry.label}”</span>
            </BusyButton>
          </li>
        ))}
      </ul>
    </section>
  );
}
