import { useState } from 'react';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { useAction } from '../hooks/use-action';
import { Field } from '../common/Field';

const MAX_NAME = 200;

/** Names the current URL and saves it; `onSave` answers false when the URL itself is not valid yet. */
export function SaveDestinationForm({ onSave }: { onSave: (name: string) => Promise<boolean> }) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const save = useAction(onSave);

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
      <Field label="Destination name" error={problem}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={name}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void submit();
              }
            }}
          />
        )}
      </Field>
      <BusyButton pending={save.pending} pendingLabel="Saving…" onClick={() => void submit()}>
        Save as destination
      </BusyButton>
      <ErrorMessage message={save.error} />
    </div>
  );
}
