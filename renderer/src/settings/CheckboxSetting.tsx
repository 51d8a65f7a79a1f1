import { useState, type ReactNode } from 'react';
import { Field } from '../common/Field';
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
  const [requested, setRequested] = useState(checked);
  const toggle = useSavedSetting(onToggle);
  // The new state shows at once; if main refuses it, the saved state shows again.
  const shown = toggle.pending ? requested : checked;
  return (
    <Field label={label} help={help} checkbox status={<SavedNote pending={toggle.pending} saved={toggle.saved} />} error={toggle.error} errorIsAlert>
      {(control) => (
        <input
          {...control}
          type="checkbox"
          checked={shown}
          aria-busy={toggle.pending || undefined}
          onChange={(event) => {
            if (toggle.pending) return;
            setRequested(event.target.checked);
            void toggle.run(event.target.checked);
          }}
        />
      )}
    </Field>
  );
}
