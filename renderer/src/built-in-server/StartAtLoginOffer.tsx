import { authids } from '../api/authids-client';
import type { SettingsView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { useAction } from '../hooks/use-action';

interface StartAtLoginOfferProps {
  readonly startAtLogin: boolean;
  readonly onSettingsChanged: (settings: SettingsView) => void;
}

/** Duplicati refreshes through the running server only while the app runs: offered where that matters. */
export function StartAtLoginOffer({ startAtLogin, onSettingsChanged }: StartAtLoginOfferProps) {
  const turnOn = useAction(async () => onSettingsChanged(await authids().setStartAtLogin({ enabled: true })));
  if (startAtLogin) return <p className="field-help">AuthID Manager starts when you log in, so this server is there whenever Duplicati runs.</p>;
  return (
    <div className="start-at-login-offer">
      <p>A backup that runs while AuthID Manager is closed cannot refresh its AuthID here, and fails.</p>
      <BusyButton pending={turnOn.pending} pendingLabel="Turning on…" onClick={() => void turnOn.run()}>
        Start AuthID Manager when I log in
      </BusyButton>
      <ErrorMessage message={turnOn.error} />
    </div>
  );
}
