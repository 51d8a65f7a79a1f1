import type { ProviderGroupView, SettingsView, StorageStatusView } from '../api/view-types';
import { ScreenHeading } from '../app/ScreenHeading';
import { BuiltInServerSection } from '../built-in-server/BuiltInServerSection';
import { ErrorMessage } from '../common/ErrorMessage';
import { DuplicatiSettingsSection } from '../duplicati/DuplicatiSettingsSection';
import { KeychainDefaultSection } from '../keychain/KeychainDefaultSection';
import { SecretsFileSettingsSection } from '../secrets-file/SecretsFileSettingsSection';
import { providerName } from '../common/provider-name';
import { Spinner } from '../common/Spinner';
import type { LiveValue } from '../hooks/use-live-value';
import { TransferSection } from '../transfer/TransferSection';
import { GeneralSettingsSection } from './GeneralSettingsSection';
import { ServersSection } from './ServersSection';
import { StorageProtectionSection } from './StorageProtectionSection';
import { ThemeSection } from './ThemeSection';

interface SettingsScreenProps {
  readonly settings: LiveValue<SettingsView>;
  readonly storage: StorageStatusView;
  readonly providerGroups: readonly ProviderGroupView[] | undefined;
  /** A new value each time the user asks to see storage protection (the warning's button). */
  readonly storageRequest?: object | undefined;
}

export function SettingsScreen({ settings, storage, providerGroups, storageRequest }: SettingsScreenProps) {
  const nameOf = (id: string) => providerName(providerGroups, id);
  const current = settings.value;
  return (
    <>
      <ScreenHeading>Settings</ScreenHeading>
      <p className="screen-intro">Each change is saved as soon as you make it: a box or a choice at once, a number when you leave its field.</p>
      {settings.error ? (
        <div>
          <ErrorMessage message={settings.error} />
          <button type="button" className="button button-secondary" onClick={settings.reload}>
            Try loading the settings again
          </button>
        </div>
      ) : null}
      {!current && !settings.error ? (
        <p role="status" className="loading">
          <Spinner /> Loading settings…
        </p>
      ) : null}
      {current ? (
        <>
          <ServersSection settings={current} nameOf={nameOf} onChanged={settings.set} />
          <BuiltInServerSection settings={current} onSettingsChanged={settings.set} />
          <GeneralSettingsSection settings={current} onChanged={settings.set} />
          <ThemeSection theme={current.theme} onChanged={settings.set} />
        </>
      ) : null}
      {/* Focused once the sections above it are in: loading them later would push it away. */}
      <StorageProtectionSection storage={storage} focusRequest={current ? storageRequest : undefined} />
      <TransferSection />
      <DuplicatiSettingsSection />
      <KeychainDefaultSection />
      <SecretsFileSettingsSection />
    </>
  );
}
