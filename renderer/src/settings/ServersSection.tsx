import type { SettingsView } from '../api/view-types';
import { AddServerForm } from './AddServerForm';
import { ServerItem } from './ServerItem';

interface ServersSectionProps {
  readonly settings: SettingsView;
  readonly nameOf: (id: string) => string;
  readonly onChanged: (settings: SettingsView) => void;
}

export function ServersSection({ settings, nameOf, onChanged }: ServersSectionProps) {
  return (
    <section className="settings-section" aria-labelledby="servers-heading">
      <h2 id="servers-heading">AuthID servers</h2>
      <ul className="server-list">
        {settings.servers.map((server) => (
          <ServerItem key={server.baseUrl} server={server} nameOf={nameOf} onChanged={onChanged} />
        ))}
      </ul>
      <AddServerForm nameOf={nameOf} onAdded={onChanged} />
    </section>
  );
}
