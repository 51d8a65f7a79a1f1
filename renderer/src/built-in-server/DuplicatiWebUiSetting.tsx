import { authids } from '../api/authids-client';
import type { BuiltInServerView } from '../api/view-types';
import { CheckboxSetting } from '../settings/CheckboxSetting';
import { NumberSetting } from '../settings/NumberSetting';

/** Duplicati's own default; the user changes it only if they started Duplicati on another port. */
const DUPLICATI_DEFAULT_PORT = 8200;

interface DuplicatiWebUiSettingProps {
  readonly webUi: BuiltInServerView['duplicatiWebUi'];
  readonly onSaved: (view: BuiltInServerView) => void;
}

/**
 * Whether Duplicati's web UI on this computer may take AuthIDs from logins here: its AuthID
 * button waits for the result page's window message, which otherwise goes to no web page at all.
 */
export function DuplicatiWebUiSetting({ webUi, onSaved }: DuplicatiWebUiSettingProps) {
  const send = async (port: number | null) => onSaved(await authids().setBuiltInServer({ duplicatiWebUiPort: port }));
  return (
    <div>
      <CheckboxSetting
        label="Let Duplicati’s web UI on this computer receive AuthIDs"
        checked={webUi !== undefined}
        help={
          <p>
            For Duplicati’s own AuthID button with this server as its OAuth server. Only Duplicati’s pages receive the AuthID;
            any other web page that opens a login here gets nothing.
            {webUi ? ` Allowed: ${webUi.origins.join(', ')}.` : ''}
          </p>
        }
        onToggle={(on) => send(on ? DUPLICATI_DEFAULT_PORT : null)}
      />
      {webUi ? (
        <NumberSetting
          label="Port of Duplicati’s web UI"
          help={`The port in the address you open Duplicati at (${DUPLICATI_DEFAULT_PORT} unless you changed it).`}
          value={webUi.port}
          min={1}
          max={65_535}
          what="The port"
          onSave={send}
        />
      ) : null}
    </div>
  );
}
