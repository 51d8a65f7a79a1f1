import { useId, useLayoutEffect, useRef } from 'react';
import type { SecretsFileSettingOnce } from '../api/view-types';
import { CopySettingButtons } from './CopySettingButtons';

/**
 * The one time the window shows the file's passphrase: the exact setting for Duplicati, where it
 * goes, and a button that hides it for good (main keeps it sealed; copying it again is possible).
 */
export function SettingShownOnce({ once, onDone }: { once: SecretsFileSettingOnce; onDone: () => void }) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <div className="secrets-file-once" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        Give Duplicati this setting now
      </h3>
      <p className="warning-text">
        It holds the file’s passphrase, and this is the only time it is shown. Copy it into Duplicati now; later you can copy it
        again, but not see it.
      </p>
      <p className="authid-value">
        <code className="break-anywhere">{once.optionText}</code>
      </p>
      <p className="authid-value">
        <code className="break-anywhere">{once.environmentLine}</code>
      </p>
      <CopySettingButtons />
      <ul className="keychain-steps">
        <li>
          <strong>Recommended, wherever Duplicati runs:</strong> in Duplicati open Settings → Default options, choose “Edit as text” and
          paste the <code>--secret-provider</code> line. Duplicati then reads the file at every backup, so a re-authorized AuthID is used
          at the next backup.
        </li>
        <li>
          <strong>Docker:</strong> mount this file’s folder into the container and change the path in the line to where the container
          sees it. You can also give the <code>DUPLICATI__SECRET_PROVIDER</code> line as the container’s environment (
          <code>docker run -e</code>, or <code>environment:</code> in compose).
        </li>
        <li>
          <strong>Given at server start</strong> (that variable, or <code>--secret-provider</code> in a service’s or NAS package’s start
          options), Duplicati reads the file only once: restart Duplicati after you re-authorize an AuthID.
        </li>
      </ul>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onDone}>
          Done, hide the passphrase
        </button>
      </div>
    </div>
  );
}
