import type { BuiltInRunState, BuiltInStateView } from '../api/view-types';
import { Spinner } from '../common/Spinner';

const STATE_LABEL: Readonly<Record<BuiltInRunState, string>> = {
  off: 'Off',
  starting: 'Starting',
  running: 'Running',
  'no-providers': 'Waiting for a provider',
  'port-taken': 'Port in use',
  failed: 'Could not start',
};

/** The server's state, announced as it changes. */
export function ServerStatusLine({ status }: { status: BuiltInStateView }) {
  const problem = status.state === 'port-taken' || status.state === 'failed';
  return (
    <div role="status" className={`built-in-status built-in-status-${status.state}`}>
      <p>
        <strong>
          {status.state === 'starting' ? <Spinner /> : null}
          {STATE_LABEL[status.state]}:
        </strong>{' '}
        <span className={problem ? 'warning-text' : undefined}>{status.message}</span>
      </p>
    </div>
  );
}
