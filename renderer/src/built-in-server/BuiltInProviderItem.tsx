import { useState } from 'react';
import { authids } from '../api/authids-client';
import type { BuiltInHealth, BuiltInProviderView, BuiltInServerView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { ExternalLinkButton } from '../common/ExternalLinkButton';
import { Field } from '../common/Field';
import { useAction } from '../hooks/use-action';

const HEALTH_LABEL: Readonly<Record<BuiltInHealth, string>> = {
  'not-set-up': 'Not set up',
  unchecked: 'Saved',
  'login-only': 'Saved',
  ready: 'Ready',
  unreachable: 'Unreachable',
  misconfigured: 'Needs attention',
};

const CHIP_CLASS: Readonly<Record<BuiltInHealth, string>> = {
  'not-set-up': 'health-not-checked',
  unchecked: 'health-not-checked',
  'login-only': 'health-not-checked',
  ready: 'health-healthy',
  unreachable: 'health-needs-attention',
  misconfigured: 'health-needs-attention',
};

const SECRET_KEPT: Readonly<Record<'encrypted' | 'until-quit', string>> = {
  encrypted: 'A client secret is saved, encrypted by your operating system. Leave the field empty to keep it.',
  'until-quit': 'A client secret is kept until AuthID Manager quits (this computer cannot encrypt it). Leave the field empty to keep it.',
};

interface BuiltInProviderItemProps {
  readonly provider: BuiltInProviderView;
  readonly redirectUri: string;
  readonly onChanged: (view: BuiltInServerView) => void;
}

/** One provider: how to register an app there, the app's client id (and secret), and a check. */
export function BuiltInProviderItem({ provider, onChanged }: BuiltInProviderItemProps) {
  const registration = provider.registration;
  const [clientId, setClientId] = useState(registration?.clientId ?? '');
  const [secret, setSecret] = useState('');
  const save = useAction(async () => {
    onChanged(await authids().saveBuiltInProvider({ id: provider.id, clientId, ...(secret === '' ? {} : { clientSecret: secret }) }));
    setSecret('');
  });
  const check = useAction(async () => onChanged(await authids().checkBuiltInProvider({ id: provider.id })));
  const remove = useAction(async () => {
    onChanged(await authids().removeBuiltInProvider({ id: provider.id }));
    setClientId('');
    setSecret('');
  });
  const needsAttention = provider.health === 'misconfigured' || provider.health === 'unreachable';
  // Opened by the user (or at first for one that needs attention); a later answer never closes it under them.
  const [open, setOpen] = useState(registration !== undefined && needsAttention);
  return (
    <li className="built-in-provider">
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <span className="built-in-provider-name">{provider.name}</span>
          <span className={`health-chip ${CHIP_CLASS[provider.health]}`}>{HEALTH_LABEL[provider.health]}</span>
        </summary>
        <p className="field-help">
          {provider.needsSecret ? 'Needs the client id and the client secret of your app.' : 'Needs only the client id: no secret (a public desktop client).'}
        </p>
        <ol className="setup-steps">
          {provider.setupSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        {provider.consoleUrl ? <ExternalLinkButton url={provider.consoleUrl} label={`Open the ${provider.name} console`} /> : null}
        <Field label="Client id">
          {(control) => <input {...control} type="text" autoComplete="off" spellCheck={false} value={clientId} onChange={(event) => setClientId(event.target.value)} />}
        </Field>
        {provider.needsSecret ? (
          <Field
            label="Client secret"
            help={registration?.secretKept === 'encrypted' || registration?.secretKept === 'until-quit' ? SECRET_KEPT[registration.secretKept] : undefined}
          >
            {(control) => <input {...control} type="password" autoComplete="off" value={secret} onChange={(event) => setSecret(event.target.value)} />}
          </Field>
        ) : null}
        <div className="button-row">
          <BusyButton variant="primary" pending={save.pending} pendingLabel="Saving…" onClick={() => void save.run()}>
            Save<span className="visually-hidden"> {provider.name}</span>
          </BusyButton>
          {registration ? (
            <>
              <BusyButton pending={check.pending} pendingLabel="Checking…" onClick={() => void check.run()}>
                Check<span className="visually-hidden"> {provider.name}</span>
              </BusyButton>
              <BusyButton pending={remove.pending} pendingLabel="Removing…" onClick={() => void remove.run()}>
                Remove<span className="visually-hidden"> {provider.name}</span>
              </BusyButton>
            </>
          ) : null}
        </div>
        {registration ? (
          <p role="status" className={needsAttention ? 'warning-text' : 'field-help'}>
            {provider.healthMessage}
          </p>
        ) : null}
        <ErrorMessage message={save.error ?? check.error ?? remove.error} />
      </details>
    </li>
  );
}
