import type { AuthIdView } from '../api/view-types';
import { TimeText } from './TimeText';

export function CheckTimes({ authId }: { authId: Pick<AuthIdView, 'lastCheck' | 'nextCheckAt'> }) {
  return (
    <span className="check-times">
      <span>
        Last check: {authId.lastCheck ? <TimeText iso={authId.lastCheck.at} /> : 'never'}
      </span>
      {authId.nextCheckAt ? (
        <span>
          Next: <TimeText iso={authId.nextCheckAt} />
        </span>
      ) : null}
    </span>
  );
}
