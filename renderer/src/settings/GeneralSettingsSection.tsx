import { authids } from '../api/authids-client';
import type { RequestInput, SettingsView } from '../api/view-types';
import { CheckboxSetting } from './CheckboxSetting';
import { NumberSetting } from './NumberSetting';

const MAX_INTERVAL_HOURS = 24 * 30;
const MAX_CLEAR_SECONDS = 3600;

interface GeneralSettingsSectionProps {
  readonly settings: SettingsView;
  readonly onChanged: (settings: SettingsView) => void;
}

export function GeneralSettingsSection({ settings, onChanged }: GeneralSettingsSectionProps) {
  const update = async (patch: RequestInput<'updateSettings'>) => onChanged(await authids().updateSettings(patch));
  return (
    <section className="settings-section" aria-labelledby="general-heading">
      <h2 id="general-heading">Checks and clipboard</h2>
      <NumberSetting
        label="Check every (hours)"
        help="How often each AuthID is refreshed to keep it alive and to see that it still works."
        value={settings.checkIntervalHours}
        min={1}
        max={MAX_INTERVAL_HOURS}
        what="The check interval"
        onSave={(checkIntervalHours) => update({ checkIntervalHours })}
      />
      <NumberSetting
        label="Clear the clipboard after (seconds)"
        help="After copying a URL or AuthID. 0 means never."
        value={settings.clipboardClearSeconds}
        min={0}
        max={MAX_CLEAR_SECONDS}
        what="The clipboard delay"
        onSave={(clipboardClearSeconds) => update({ clipboardClearSeconds })}
      />
      <CheckboxSetting
        label="Notify me when an AuthID needs attention"
        checked={settings.notifications}
        onToggle={(notifications) => update({ notifications })}
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
