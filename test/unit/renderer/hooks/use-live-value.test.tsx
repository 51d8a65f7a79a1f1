// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it  } from 'vitest';
import { useLiveValue } from '../../../../renderer/src/hooks/use-live-value';

afterEach(cleanup);

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

it('an event that arrives while the first load is pending is not overwritten by the older answer', async () => {
  const load = deferred<string>();
  let push: (value: string) => void = () => {};
  function Probe() {
    const live = useLiveValue(
      () => load.promise,
      (update) => {
        push = update;
        return () => {};
      },
    );
    return <p>{live.value ?? 'loading'}</p>;
  }
  render(<Probe />);
  expect(screen.getByText('loading')).toBeTruthy();
  act(() => push('from event'));
  await act(async () => load.resolve('from load'));
  expect(screen.getByText('from event')).toBeTruthy();
});

it('a failing load shows its message', async () => {
  function Probe() {
    const live = useLiveValue(
      () => Promise.reject(new Error('Main is not answering.')),
      () => () => {},
    );
    return <p>{live.error ?? 'no error'}</p>;
  }
  render(<Probe />);
  expect(await screen.findByText('Main is not answering.')).toBeTruthy();
});
