import { useState } from 'react';
import { authids } from '../api/authids-client';
import type { BuiltInServerView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { useAction } from '../hooks/use-action';
import { NumberField } from '../settings/NumberField';
import { parseWholeNumber } from '../settings/number-setting';

const MIN_PORT = 1024;
const MAX_PORT = 65_535;

export function PortSetting({ port, onSaved }: { port: number; onSaved: (view: BuiltInServerView) => void }) {
  const [text, setText] = useState(String(port));
  const [problem, setProblem] = useState<string | undefined>(undefined);
  // A port saved elsewhere (or refused and put back) replaces what the field shows.
  const [shownPort, setShownPort] = useState(port);
  if (shownPort !== port) {
    setShownPort(port);
    setText(String(port));
  }
  const save = useAction(async (value: number) => onSaved(await authids().setBuiltInServer({ port: value })));
  const submit = () => {
    const parsed = parseWholeNumber(text, MIN_PORT, MAX_PORT, 'The port');
    if ('problem' in parsed) return setProblem(parsed.problem);
    setProblem(undefined);
    void save.run(parsed.value);
  };
  return (
    <div>
      <NumberField
        label="Port"
        help={`The server listens on 127.0.0.1 at this port (${MIN_PORT}–${MAX_PORT}). Providers that match the redirect URI exactly need it registered again after a change.`}
        value={text}
        min={MIN_PORT}
        max={MAX_PORT}
        problem={problem}
        onChange={setText}
      />
      <div className="button-row">
        <BusyButton pending={save.pending} pendingLabel="Saving…" onClick={submit}>
          Save port
        </BusyButton>
      </div>
      <ErrorMessage message={save.error} />
    </div>
  );
}
