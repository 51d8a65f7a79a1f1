// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it  } from 'vitest';
import type { AppStateView, LoginProgressView } from '../../../../electron/ipc/views';
import { useLoginTracker } from '../../../../renderer/src/hooks/use-login-tracker';
import { installFakeAuthIds, removeFakeAuthIds } from '../fake-authids';

afterEach(() => {
  cleanup();
  removeFakeAuthIds();
});

const waiting: LoginProgressView = { loginId: 'l1', provider: 'dropbox', phase: 'waiting-for-user', message: 'Waiting' };
const done: LoginProgressView = { ...waiting, phase: 'succeeded', message: 'Saved', authIdId: 'a1' };
const state = (logins: LoginProgressView[]): AppStateView => ({
  authIds: [],
  logins,
  storage: { protection: 'os-encrypted', backend: 'test', explanation: '', weakOptInAllowed: false, weakOptIn: false },
});

function Probe({ initial }: { initial?: LoginProgressView[] }) {
  const logins = useLoginTracker(initial);
  return <p>{logins.l1?.phase ?? 'none'}</p>;
}

it('progress and state snapshots apply in the order main sent them', () => {
  const fake = installFakeAuthIds({});
  render(<Probe />);
  act(() => fake.emit('loginProgress', waiting));
  expect(screen.getByText('waiting-for-user')).toBeTruthy();
  act(() => {
    fake.emit('stateChanged', state([waiting]));
    fake.emit('loginProgress', done);
  });
  expect(screen.getByText('succeeded')).toBeTruthy();
});

it('a stale snapshot never turns an ended login back into a running one', () => {
  const fake = installFakeAuthIds({});
  const { rerender } = render(<Probe />);
  act(() => fake.emit('loginProgress', done));
  act(() => fake.emit('stateChanged', state([waiting])));
  expect(screen.getByText('succeeded')).toBeTruthy();
  rerender(<Probe initial={[waiting]} />);
  expect(screen.getByText('succeeded')).toBeTruthy();
});

it('the first loaded state fills in logins started before the window opened', () => {
  installFakeAuthIds({});
  render(<Probe initial={[waiting]} />);
  expect(screen.getByText('waiting-for-user')).toBeTruthy();
});
