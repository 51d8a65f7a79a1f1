import type { ProviderGroupView, SettingsView, StorageStatusView } from '../api/view-types';
import { ScreenHeading } from '../app/ScreenHeading';
import { BuiltInServerSection } from '../built-in-server/BuiltInServerSection';
import { DuplicatiSettingsSection } from '../duplicati/DuplicatiSettingsSection';
import { KeychainDefaultSection } from '../keychain/KeychainDefaultSection';
import { SecretsFileSettingsSection } from '../secrets-file/SecretsFileSettingsSection';
import { providerName } from '../common/provider-name';
import { LoadStatus } from '../common/LoadStatus';
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
  /** A new value each time the user asks to see the built-in server (its line in the tray). */
  readonly builtInRequest?: object | undefined;
}

export function SettingsScreen({ settings, storage, providerGroups, storageRequest, builtInRequest }: SettingsScreenProps) {
  const nameOf = (id: string) => providerName(providerGroups, id);
  const current = settings.value;
  return (
    <>
      <ScreenHeading>Settings</ScreenHeading>
      <p className="screen-intro">Each change is saved as soon as you make it: a box or a choice at once, a number when you leave its field.</p>
      <LoadStatus live={settings} loading="Loading settings…" retry="Try loading the settings again" />
      {current ? (
        <>
          <ServersSection settings={current} nameOf={nameOf} onChanged={settings.set} />
          <BuiltInServerSection settings={current} onSettingsChanged={settings.set} focusRequest={builtInRequest} />
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
