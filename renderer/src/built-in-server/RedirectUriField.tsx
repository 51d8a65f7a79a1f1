import { useState } from 'react';
import { authids } from '../api/authids-client';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { useAction } from '../hooks/use-action';

/** The address to register at providers, with a copy button. */
export function RedirectUriField({ redirectUri }: { redirectUri: string }) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = useAction(async () => {
    await authids().copyBuiltInRedirectUri();
    setCopied(redirectUri);
  });
  return (
    <div className="field">
      <p className="field-label">Redirect URI to register</p>
      <p>
        <code className="break-anywhere">{redirectUri}</code>
      </p>
      <div className="button-row">
        <BusyButton pending={copy.pending} pendingLabel="Copying…" onClick={() => void copy.run()}>
          Copy redirect URI
        </BusyButton>
      </div>
      <p role="status" className="field-help">
        {copied === redirectUri ? 'Redirect URI copied.' : ''}
      </p>
      <ErrorMessage message={copy.error} />
    </div>
  );
}
