import { useState, type FormEvent } from 'react';
import { authids } from '../api/authids-client';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { TextField } from '../common/TextField';
import { useAction } from '../hooks/use-action';
import { failureHeadline } from './connection-text';
import type { DuplicatiConnectionView } from './duplicati-types';

type SignedOut = Extract<DuplicatiConnectionView, { state: 'not-connected' | 'sign-in-again' }>;

/** Address and password; the password goes to main once and is cleared from the form. */
export function SignInForm({ connection }: { connection: SignedOut }) {
  const [address, setAddress] = useState(connection.baseUrl);
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(false);
  const [missing, setMissing] = useState(false);
  const connect = useAction(() => authids().connectDuplicati({ baseUrl: address.trim(), password, rememberPassword: remember }));
  const failure = connection.failure;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    void connect.run().then(() => setPassword(''));
  };

  return (
    <form className="duplicati-sign-in" onSubmit={submit} noValidate>
      {failure ? (
        <div className="probe-result probe-failed" role="alert">
          <p>
            <strong>{failureHeadline(failure.kind)}.</strong> {failure.message}
          </p>
        </div>
      ) : null}
      <TextField
        label="Duplicati address"
        help="Duplicati's default is http://127.0.0.1:8200. A Duplicati on another computer needs https."
        type="url"
        inputMode="url"
        value={address}
        onChange={setAddress}
      />
      <TextField
        label="Duplicati password"
        help="The password of Duplicati's web interface (Duplicati → Settings → Access to user interface)."
        type="password"
        autoComplete="current-password"
        value={password}
        problem={missing ? 'Enter the Duplicati password.' : undefined}
        onChange={setPassword}
      />
      <Field
        label="Remember the password"
        checkbox
        help="Kept encrypted by your operating system, to sign in again by itself. Off: the app asks when Duplicati ends the sign-in."
      >
        {(control) => <input {...control} type="checkbox" checked={remember} onChange={(event) => setRemember(event.target.checked)} />}
      </Field>
      <div className="button-row">
        <BusyButton type="submit" variant="primary" pending={connect.pending} pendingLabel="Signing in…">
          {connection.state === 'sign-in-again' ? 'Sign in again' : 'Sign in to Duplicati'}
        </BusyButton>
      </div>
      <ErrorMessage message={connect.error} />
    </form>
  );
}
