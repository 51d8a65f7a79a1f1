import type { LiveValue } from '../hooks/use-live-value';
import { ErrorMessage } from './ErrorMessage';
import { Spinner } from './Spinner';

interface LoadStatusProps {
  readonly live: Pick<LiveValue<unknown>, 'value' | 'error' | 'reload'>;
  /** Said while it loads, e.g. "Loading settings…". */
  readonly loading: string;
  /** The retry button's label, e.g. "Try loading the settings again". */
  readonly retry: string;
}

/** A value on its way: a status line while it loads, what went wrong and a retry button if it failed, nothing once it is here. */
export function LoadStatus({ live, loading, retry }: LoadStatusProps) {
  if (live.error) {
    return (
      <div>
        <ErrorMessage message={live.error} />
        <button type="button" className="button button-secondary" onClick={live.reload}>
          {retry}
        </button>
      </div>
    );
  }
  if (live.value !== undefined) return null;
  return (
    <p role="status" className="loading">
      <Spinner /> {loading}
    </p>
  );
}
