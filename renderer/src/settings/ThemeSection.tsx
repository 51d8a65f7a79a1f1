import { useState } from 'react';
import { authids } from '../api/authids-client';
import type { SettingsView, Theme } from '../api/view-types';
import { ErrorMessage } from '../common/ErrorMessage';
import { SavedNote } from './SavedNote';
import { useSavedSetting } from './use-saved-setting';

const THEMES: readonly { readonly value: Theme; readonly label: string }[] = [
  { value: 'system', label: 'Same as the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function ThemeSection({ theme, onChanged }: { theme: Theme; onChanged: (settings: SettingsView) => void }) {
  const [requested, setRequested] = useState<Theme>(theme);
  const change = useSavedSetting(async (next: Theme) => onChanged(await authids().updateSettings({ theme: next })));
  // The choice shows at once; if main refuses it, the saved theme shows again.
  const shown = change.pending ? requested : theme;
  return (
    <section className="settings-section" aria-labelledby="theme-heading">
      <h2 id="theme-heading">Appearance</h2>
      <fieldset className="radio-group">
        <legend>Theme</legend>
        {THEMES.map((option) => (
          <label key={option.value} className="radio-option">
            <input
              type="radio"
              name="theme"
              value={option.value}
              checked={shown === option.value}
              onChange={() => {
                setRequested(option.value);
                void change.run(option.value);
              }}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      <SavedNote pending={change.pending} saved={change.saved} />
      <ErrorMessage message={change.error} />
    </section>
  );
}
