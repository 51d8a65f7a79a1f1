import { useRef, useState } from 'react';
import { ErrorMessage } from '../common/ErrorMessage';
import { NumberField } from './NumberField';
import { parseWholeNumber } from './number-setting';
import { SavedNote } from './SavedNote';
import { useSavedSetting } from './use-saved-setting';

interface NumberSettingProps {
  readonly label: string;
  readonly help: string;
  /** The saved value. */
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** Names the setting in a problem: "The check interval must be…". */
  readonly what: string;
  readonly onSave: (value: number) => Promise<void>;
}

/** A whole number saved when the user leaves the field or presses Enter, like every other setting. */
export function NumberSetting({ value, what, onSave, ...field }: NumberSettingProps) {
  const [text, setText] = useState(String(value));
  const [problem, setProblem] = useState<string | undefined>(undefined);
  // A value saved elsewhere (or refused and put back) replaces what the field shows.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    setText(String(value));
  }
  const save = useSavedSetting(onSave);
  // Enter then Tab must not send the same value twice while the first save is on its way.
  const sending = useRef<number | null>(null);
  const commit = () => {
    const parsed = parseWholeNumber(text, field.min, field.max, what);
    if ('problem' in parsed) return setProblem(parsed.problem);
    setProblem(undefined);
    if (parsed.value === value || parsed.value === sending.current) return;
    sending.current = parsed.value;
    void save.run(parsed.value).finally(() => (sending.current = null));
  };
  return (
    <div className="number-setting">
      <NumberField
        {...field}
        value={text}
        problem={problem}
        onChange={setText}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      <SavedNote pending={save.pending} saved={save.saved && !problem} />
      <ErrorMessage message={save.error} />
    </div>
  );
}
