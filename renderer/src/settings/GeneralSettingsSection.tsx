import { useState } from 'react';
import { authids } from '../api/authids-client';
import type { SettingsView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { useToast } from '../common/toast-context';
import { useAction } from '../hooks/use-action';
import { CheckboxSetting } from './CheckboxSetting';
import { NumberField } from './NumberField';
import { parseWholeNumber } from './number-setting';

const MAX_INTERVAL_HOURS = 24 * 30;
const MAX_CLEAR_SECONDS = 3600;

interface GeneralSettingsSectionProps {
  readonly settings: SettingsView;
  readonly onChanged: (settings: SettingsView) => void;
}

export function GeneralSettingsSection({ settings, onChanged }: GeneralSettingsSectionProps) {
  const [interval, setIntervalText] = useState(String(settings.checkIntervalHours));
  const [clearAfter, setClearAfter] = useState(String(settings.clipboardClearSeconds));
  const [problems, setProblems] = useState<{ interval?: string | undefined; clearAfter?: string | undefined }>({});
  const toast = useToast();
  const save = useAction(async (checkIntervalHours: number, clipboardClearSeconds: number) => {
    onChanged(await authids().updateSettings({ checkIntervalHours, clipboardClearSeconds }));
    toast.show('Settings saved.');
  });

  const submit = () => {
    const hours = parseWholeNumber(interval, 1, MAX_INTERVAL_HOURS, 'The check interval');
    const seconds = parseWholeNumber(clearAfter, 0, MAX_CLEAR_SECONDS, 'The clipboard delay');
    setProblems({
      interval: 'problem' in hours ? hours.problem : undefined,
      clearAfter: 'problem' in seconds ? seconds.problem : undefined,
    });
    if ('value' in hours && 'value' in seconds) void save.run(hours.value, seconds.value);
  };

  return (
    <section className="settings-section" aria-labelledby="general-heading">
      <h2 id="general-heading">Checks and clipboard</h2>
      <NumberField
        label="Check every (hours)"
        help="How often each AuthID is refreshed to keep it alive and to see that it still works."
        value={interval}
        min={1}
        max={MAX_INTERVAL_HOURS}
        problem={problems.interval}
        onChange={setIntervalText}
      />
      <NumberField
        label="Clear the clipboard after (seconds)"
        help="After copying a URL or AuthID. 0 means never."
        value={clearAfter}
        min={0}
        max={MAX_CLEAR_SECONDS}
        problem={problems.clearAfter}
        onChange={setClearAfter}
      />
      <BusyButton pending={save.pending} pendingLabel="Saving…" onClick={submit}>
        Save check and clipboard settings
      </BusyButton>
      <ErrorMessage message={save.error} />
      <CheckboxSetting
        label="Notify me when an AuthID needs attention"
        checked={settings.notifications}
        onToggle={async (notifications) => onChanged(await authids().updateSettings({ notifications }))}
      />
      <CheckboxSetting
        label="Start AuthID Manager when I log in"
        checked={settings.startAtLogin}
        help="Keeps AuthIDs checked and refreshed in the background."
        onToggle={async (enabled) => onChanged(await authids().setStartAtLogin({ enabled }))}
      />
    </section>
  );
}
