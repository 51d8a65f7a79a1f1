import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { ErrorMessage } from '../common/ErrorMessage';
import { SavedNote } from './SavedNote';
import { useSavedSetting } from './use-saved-setting';

interface CheckboxSettingProps {
  readonly label: string;
  readonly checked: boolean;
  readonly help?: ReactNode;
  /** Applies the new value at once; a rejection is shown under the checkbox. */
  readonly onToggle: (checked: boolean) => Promise<void>;
}

export function CheckboxSetting({ label, checked, help, onToggle }: CheckboxSettingProps) {
  const id = useId();
  const [requested, setRequested] = useState(checked);
  const toggle = useSavedSetting(onToggle);
  // The new state shows at once; if main refuses it, the saved state shows again.
  const shown = toggle.pending ? requested : checked;
  return (
    <div className="field field-checkbox">
      <input
        id={id}
        type="checkbox"
        checked={shown}
        aria-describedby={help ? `${id}-help` : undefined}
        aria-busy={toggle.pending || undefined}
        onChange={(event) => {
          if (toggle.pending) return;
          setRequested(event.target.checked);
          void toggle.run(event.target.checked);
        }}
      />
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <SavedNote pending={toggle.pending} saved={toggle.saved} />
      {help ? (
        <div id={`${id}-help`} className="field-help">
          {help}
        </div>
      ) : null}
      <ErrorMessage message={toggle.error} />
    </div>
  );
}
