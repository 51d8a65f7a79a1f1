import { useLayoutEffect, useRef, useState } from 'react';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { TruncatedText } from '../common/TruncatedText';
import { useAction } from '../hooks/use-action';

interface InlineLabelEditorProps {
  readonly label: string;
  readonly onSave: (label: string) => Promise<void>;
  /** Heading level for the label when not editing (rows use a heading so lists are navigable). */
  readonly as?: 'h2' | 'h3' | 'span';
  /** False where the label is already shown elsewhere (the detail page's heading): only Rename then. */
  readonly showLabel?: boolean;
  /** -1 inside a list whose rows are reached with the arrow keys. */
  readonly buttonTabIndex?: number;
}

const MAX_LABEL = 200;

/** The label with a Rename button; while editing, Enter saves and Escape cancels. */
export function InlineLabelEditor({ label, onSave, as: Tag = 'span', showLabel = true, buttonTabIndex }: InlineLabelEditorProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useAction(onSave);
  const input = useRef<HTMLInputElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  const editing = draft !== null;
  useLayoutEffect(() => {
    if (editing) input.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      renameButton.current?.focus();
    }
  }, [editing]);

  const finish = () => {
    returnFocus.current = true;
    setProblem(null);
    save.clearError();
    setDraft(null);
  };

  const commit = async () => {
    if (draft === null || save.pending) return;
    const next = draft.trim();
    if (next === '') return setProblem('Enter a label, or press Escape to keep the old one.');
    if (next.length > MAX_LABEL) return setProblem(`Keep the label under ${MAX_LABEL} characters.`);
    if (next === label) return finish();
    setProblem(null);
    if ((await save.run(next)).ok) finish();
  };

  if (draft === null) {
    return (
      <span className="inline-label">
        {showLabel ? (
          <Tag className="inline-label-text">
            <TruncatedText text={label} />
          </Tag>
        ) : null}
        <button type="button" ref={renameButton} className="button button-quiet" tabIndex={buttonTabIndex} onClick={() => setDraft(label)}>
          Rename<span className="visually-hidden"> {label}</span>
        </button>
      </span>
    );
  }

  const message = problem ?? save.error;
  return (
    <span className="inline-label inline-label-editing">
      <input
        ref={input}
        className="inline-label-input"
        aria-label={`New label for ${label}`}
        aria-invalid={problem ? true : undefined}
        value={draft}
        maxLength={MAX_LABEL + 50}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void commit();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            finish();
          }
        }}
      />
      <BusyButton pending={save.pending} pendingLabel="Saving…" variant="primary" onClick={() => void commit()}>
        Save
      </BusyButton>
      <button type="button" className="button button-secondary" onClick={finish}>
        Cancel
      </button>
      <ErrorMessage message={message} />
    </span>
  );
}
