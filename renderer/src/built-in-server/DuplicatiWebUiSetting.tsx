import { useState } from 'react';
import { authids } from '../api/authids-client';
import type { BuiltInServerView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { useAction } from '../hooks/use-action';
import { CheckboxSetting } from '../settings/CheckboxSetting';
import { NumberField } from '../settings/NumberField';
import { parseWholeNumber } from '../settings/number-setting';

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
  const [text, setText] = useState(String(webUi?.port ?? DUPLICATI_DEFAULT_PORT));
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const send = async (port: number | null) => onSaved(await authids().setBuiltInServer({ duplicatiWebUiPort: port }));
  const savePort = useAction(send);
  const submit = () => {
    const parsed = parseWholeNumber(text, 1, 65_535, 'The port');
    if ('problem' in parsed) return setProblem(parsed.problem);
    setProblem(undefined);
    void savePort.run(parsed.value);
  };
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
        onToggle={async (on) => {
          const parsed = parseWholeNumber(text, 1, 65_535, 'The port');
          await send(on ? ('problem' in parsed ? DUPLICATI_DEFAULT_PORT : parsed.value) : null);
        }}
      />
      {webUi ? (
        <>
          <NumberField
            label="Port of Duplicati’s web UI"
            help={`The port in the address you open Duplicati at (${DUPLICATI_DEFAULT_PORT} unless you changed it).`}
            value={text}
            min={1}
            max={65_535}
            problem={problem}
            onChange={setText}
          />
          <div className="button-row">
            <BusyButton pending={savePort.pending} pendingLabel="Saving…" onClick={submit}>
              Save Duplicati’s port
            </BusyButton>
          </div>
          <ErrorMessage message={savePort.error} />
        </>
      ) : null}
    </div>
  );
}
