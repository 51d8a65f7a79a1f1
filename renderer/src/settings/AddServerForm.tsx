import { useRef, useState } from 'react';
import { authids } from '../api/authids-client';
import type { ServerProbeView, SettingsView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { useAction } from '../hooks/use-action';
import { ServerProbeResult } from './ServerProbeResult';
import { validateServerUrl } from './validate-server-url';

interface AddServerFormProps {
  readonly nameOf: (id: string) => string;
  readonly onAdded: (settings: SettingsView) => void;
}

/** A self-hosted AuthID server: checked here first (https unless loopback), then tested or added. */
export function AddServerForm({ nameOf, onAdded }: AddServerFormProps) {
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [probe, setProbe] = useState<ServerProbeView | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const test = useAction(async (baseUrl: string) => setProbe(await authids().testServer({ baseUrl })));
  const add = useAction(async (baseUrl: string) => {
    onAdded(await authids().addServer({ baseUrl }));
    setAddress('');
    setProbe(null);
  });

  /** Runs `action` with the checked address, or shows why the address is not acceptable. */
  const withValidAddress = (action: (baseUrl: string) => unknown) => {
    const check = validateServerUrl(address);
    if (!check.ok) {
      setProblem(check.message);
      input.current?.focus();
      return;
    }
    setProblem(null);
    void action(check.baseUrl);
  };

  return (
    <div className="add-server">
      <h3>Add a self-hosted server</h3>
      <Field
        label="Server address"
        help="The base address of an AuthID server you run. It must use https, except on this computer (localhost)."
        error={problem}
      >
        {(control) => (
          <input
            {...control}
            ref={input}
            type="url"
            inputMode="url"
            placeholder="https://oauth.example.com"
            value={address}
            onChange={(event) => {
              setAddress(event.target.value);
              setProbe(null);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                withValidAddress(add.run);
              }
            }}
          />
        )}
      </Field>
      <div className="button-row">
        <BusyButton pending={test.pending} pendingLabel="Testing…" onClick={() => withValidAddress(test.run)}>
          Test
        </BusyButton>
        <BusyButton pending={add.pending} pendingLabel="Adding…" variant="primary" onClick={() => withValidAddress(add.run)}>
          Add server
        </BusyButton>
      </div>
      {probe ? <ServerProbeResult probe={probe} nameOf={nameOf} /> : null}
      <ErrorMessage message={test.error ?? add.error} />
    </div>
  );
}
