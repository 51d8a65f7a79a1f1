import type { BuiltInStateView } from '../api/view-types';
import { Spinner } from '../common/Spinner';

/** The server's state, announced as it changes. */
export function ServerStatusLine({ status }: { status: BuiltInStateView }) {
  const problem = status.state === 'port-taken' || status.state === 'failed';
  return (
    <div role="status" className={`built-in-status built-in-status-${status.state}`}>
      <p>
        <strong>
          {status.state === 'starting' ? <Spinner /> : null}
          {status.title}.
        </strong>{' '}
        <span className={problem ? 'warning-text' : undefined}>{status.message}</span>
      </p>
    </div>
  );
}
