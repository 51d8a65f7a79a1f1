import { useState } from 'react';
import { authids } from '../api/authids-client';
import type { ServerFlavour, ServerProbeView, ServerView, SettingsView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { useAction } from '../hooks/use-action';
import { ServerProbeResult } from './ServerProbeResult';

const FLAVOUR_TEXT: Readonly<Record<ServerFlavour, string>> = {
  'hosted-handler': 'Duplicati hosted (default)',
  'hosted-service': 'Duplicati hosted service',
  'self-hosted': 'Self-hosted',
  'built-in': 'Built into this app',
};

interface ServerItemProps {
  readonly server: ServerView;
  readonly nameOf: (id: string) => string;
  readonly onChanged: (settings: SettingsView) => void;
}

export function ServerItem({ server, nameOf, onChanged }: ServerItemProps) {
  const [probe, setProbe] = useState<ServerProbeView | null>(null);
  const test = useAction(async () => setProbe(await authids().testServer({ baseUrl: server.baseUrl })));
  const remove = useAction(async () => onChanged(await authids().removeServer({ baseUrl: server.baseUrl })));
  return (
    <li className="server-item">
      <h3 className="server-item-name">{server.name}</h3>
      <p className="server-url break-anywhere">{server.baseUrl}</p>
      <p className="muted">{FLAVOUR_TEXT[server.flavour]}</p>
      <p>
        <strong>Who holds the tokens:</strong> {server.tokenHolder}
      </p>
      <div className="button-row">
        <BusyButton pending={test.pending} pendingLabel="Testing…" onClick={() => void test.run()}>
          Test<span className="visually-hidden"> {server.name}</span>
        </BusyButton>
        {server.removable ? (
          <BusyButton pending={remove.pending} pendingLabel="Removing…" onClick={() => void remove.run()}>
            Remove<span className="visually-hidden"> {server.name}</span>
          </BusyButton>
        ) : null}
      </div>
      {probe ? <ServerProbeResult probe={probe} nameOf={nameOf} /> : null}
      <ErrorMessage message={test.error ?? remove.error} />
    </li>
  );
}
