import { useState } from 'react';
import { authids } from '../api/authids-client';
import type { SecretProtection, StorageStatusView } from '../api/view-types';
import { CheckboxSetting } from './CheckboxSetting';
import { useSectionFocus } from './use-section-focus';

const PROTECTION_TEXT: Readonly<Record<SecretProtection, string>> = {
  'os-encrypted': 'Encrypted by your operating system',
  'memory-only': 'Kept in memory only (lost when the app quits)',
  'weak-on-disk': 'Saved on disk with weak protection',
};

/** Which OS backend protects the AuthIDs, or why none can, and the weak opt-in. */
export function StorageProtectionSection({ storage: fromState, focusRequest }: { storage: StorageStatusView; focusRequest?: object | undefined }) {
  const [storage, setStorage] = useState(fromState);
  const { section, heading } = useSectionFocus(focusRequest);
  // A new status from main replaces the local one (React's "adjust state on a prop change").
  const [seen, setSeen] = useState(fromState);
  if (fromState !== seen) {
    setSeen(fromState);
    setStorage(fromState);
  }
  return (
    <section ref={section} className="settings-section" aria-labelledby="storage-heading">
      <h2 ref={heading} id="storage-heading" tabIndex={-1}>
        Storage protection
      </h2>
      <dl className="detail-facts">
        <dt>Protection</dt>
        <dd>{PROTECTION_TEXT[storage.protection]}</dd>
        <dt>Backend</dt>
        <dd>{storage.backend}</dd>
      </dl>
      <p>{storage.explanation}</p>
      {storage.recoveredFrom ? (
        <p>
          An unreadable store was moved aside to <span className="break-anywhere">{storage.recoveredFrom}</span>.
        </p>
      ) : null}
      {storage.weakOptInAllowed ? (
        <CheckboxSetting
          label="Save AuthIDs on disk without OS encryption"
          checked={storage.weakOptIn}
          help={
            <p className="warning-text">
              Warning: anyone who can read your files (another program, a backup of your home folder, someone with your
              disk) can read these AuthIDs and use your storage. Leave this off to keep AuthIDs in memory only; you then
              need to add them again after each restart.
            </p>
          }
          onToggle={async (enabled) => setStorage(await authids().setWeakStorageOptIn({ enabled }))}
        />
      ) : null}
    </section>
  );
}
