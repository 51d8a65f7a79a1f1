import { useEffect, useState } from 'react';
import { authids, errorText } from '../api/authids-client';
import type { KeychainDefaultView } from '../api/view-types';
import { ErrorMessage } from '../common/ErrorMessage';
import { Spinner } from '../common/Spinner';
import { CheckboxSetting } from '../settings/CheckboxSetting';

/** Settings → "System keychain for Duplicati": share new AuthIDs from the start (on where the keychain works). */
export function KeychainDefaultSection() {
  const [view, setView] = useState<KeychainDefaultView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    authids()
      .keychainDefault()
      .then(
        (answer) => {
          if (current) setView(answer);
        },
        (caught: unknown) => {
          if (current) setError(errorText(caught));
        },
      );
    return () => {
      current = false;
    };
  }, []);
  return (
    <section className="settings-section" aria-labelledby="keychain-default-heading">
      <h2 id="keychain-default-heading">System keychain for Duplicati</h2>
      <ErrorMessage message={error} />
      {view === null ? (
        error ? null : (
          <p role="status" className="loading">
            <Spinner /> Looking at the system keychain…
          </p>
        )
      ) : view.available ? (
        <CheckboxSetting
          label="Share new AuthIDs with Duplicati through the system keychain"
          checked={view.shareNewAuthIds}
          onToggle={async (on) => setView(await authids().setKeychainDefault({ shareNewAuthIds: on }))}
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
