import { useId, useState } from 'react';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { useAction } from '../hooks/use-action';
import { FieldProblem } from '../common/FieldProblem';

const MAX_NAME = 200;

/** Names the current URL and saves it; `onSave` answers false when the URL itself is not valid yet. */
export function SaveDestinationForm({ onSave }: { onSave: (name: string) => Promise<boolean> }) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const save = useAction(onSave);
  const id = useId();

  const submit = async () => {
    const trimmed = name.trim();
    if (trimmed === '') return setProblem('Give the destination a name, e.g. "Photos backup".');
    if (trimmed.length > MAX_NAME) return setProblem(`Keep the name under ${MAX_NAME} characters.`);
    setProblem(null);
    const outcome = await save.run(trimmed);
    if (outcome.ok && outcome.value) setName('');
  };

  return (
    <div className="save-destination">
      <div className="field">
        <label htmlFor={id} className="field-label">
          Destination name
        </label>
        <input
          id={id}
          type="text"
          value={name}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void submit();
            }
          }}
        />
        <FieldProblem id={`${id}-problem`}>{problem}</FieldProblem>
      </div>
      <BusyButton pending={save.pending} pendingLabel="Saving…" onClick={() => void submit()}>
        Save as destination
      </BusyButton>
      <ErrorMessage message={save.error} />
    </div>
  );
}
