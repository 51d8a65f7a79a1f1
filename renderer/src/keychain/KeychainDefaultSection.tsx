import { authids } from '../api/authids-client';
import { ErrorMessage } from '../common/ErrorMessage';
import { Spinner } from '../common/Spinner';
import { useLiveValue } from '../hooks/use-live-value';
import { CheckboxSetting } from '../settings/CheckboxSetting';

const noEvents = () => () => {};

/** Settings → "System keychain for Duplicati": share new AuthIDs from the start (on where the keychain works). */
export function KeychainDefaultSection() {
  const { value: view, error, set } = useLiveValue(() => authids().keychainDefault(), noEvents);
  return (
    <section className="settings-section" aria-labelledby="keychain-default-heading">
      <h2 id="keychain-default-heading">System keychain for Duplicati</h2>
      <ErrorMessage message={error} />
      {view === undefined ? (
        error ? null : (
          <p role="status" className="loading">
            <Spinner /> Looking at the system keychain…
          </p>
        )
      ) : view.available ? (
        <CheckboxSetting
          label="Share new AuthIDs with Duplicati through the system keychain"
          checked={view.shareNewAuthIds}
          onToggle={async (on) => set(await authids().setKeychainDefault({ shareNewAuthIds: on }))}
          help={
            <>
              A new AuthID from a login is written into {view.storeName} under a name made from its label, and its connection URLs carry{' '}
              <code>$name</code> instead of the AuthID, so they never change when you re-authorize. You can turn it off for each AuthID on its
              details.
            </>
          }
        />
      ) : (
        <p className="warning-text" role="note">
          {view.reason}
        </p>
      )}
    </section>
  );
}
