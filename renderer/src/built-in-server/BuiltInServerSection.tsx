import { authids } from '../api/authids-client';
import type { SettingsView } from '../api/view-types';
import { ErrorMessage } from '../common/ErrorMessage';
import { Spinner } from '../common/Spinner';
import { CheckboxSetting } from '../settings/CheckboxSetting';
import { useSectionFocus } from '../settings/use-section-focus';
import { BuiltInProviderItem } from './BuiltInProviderItem';
import { DuplicatiWebUiSetting } from './DuplicatiWebUiSetting';
import { PortSetting } from './PortSetting';
import { RedirectUriField } from './RedirectUriField';
import { ServerStatusLine } from './ServerStatusLine';
import { StartAtLoginOffer } from './StartAtLoginOffer';
import { useBuiltInServer } from './use-built-in-server';
import './built-in-server.css';

/** Settings → the AuthID server inside this app: on/off, its port, and the user's own app at each provider. */
interface BuiltInServerSectionProps {
  readonly settings: SettingsView;
  readonly onSettingsChanged: (settings: SettingsView) => void;
  /** A new value each time the user asks to see this section (the tray's built-in server line). */
  readonly focusRequest?: object | undefined;
}

export function BuiltInServerSection({ settings, onSettingsChanged, focusRequest }: BuiltInServerSectionProps) {
  const live = useBuiltInServer();
  const server = live.value;
  const { section, heading } = useSectionFocus(focusRequest);
  return (
    <section ref={section} className="settings-section" aria-labelledby="built-in-heading">
      <h2 ref={heading} id="built-in-heading" tabIndex={-1}>
        Built-in AuthID server
      </h2>
      <p>
        Log in through a server inside AuthID Manager with an app you register yourself at the provider: your provider tokens
        stay on this computer, encrypted, and no hosted service sees them.
      </p>
      <ErrorMessage message={live.error} />
      {!server && !live.error ? (
        <p role="status" className="loading">
          <Spinner /> Loading the built-in server…
        </p>
      ) : null}
      {server ? (
        <>
          <CheckboxSetting
            label="Run the built-in server"
            checked={server.enabled}
            help="It starts with AuthID Manager and stops when you quit."
            onToggle={async (enabled) => live.set(await authids().setBuiltInServer({ enabled }))}
          />
          <ServerStatusLine status={server.status} />
          {server.status.state === 'running' ? <StartAtLoginOffer startAtLogin={settings.startAtLogin} onSettingsChanged={onSettingsChanged} /> : null}
          <PortSetting port={server.port} onSaved={live.set} />
          <RedirectUriField redirectUri={server.redirectUri} />
          <DuplicatiWebUiSetting webUi={server.duplicatiWebUi} onSaved={live.set} />
          <h3>Providers</h3>
          <ul className="built-in-providers">
            {server.providers.map((provider) => (
              <BuiltInProviderItem key={provider.id} provider={provider} redirectUri={server.redirectUri} onChanged={live.set} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
