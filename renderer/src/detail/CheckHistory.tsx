import type { CheckView } from '../api/view-types';
import { HealthChip } from '../common/HealthChip';
import { TimeText } from '../common/TimeText';

export function CheckHistory({ history }: { history: readonly CheckView[] }) {
  return (
    <section className="detail-section" aria-labelledby="history-heading">
      <h2 id="history-heading">Recent checks</h2>
      {history.length === 0 ? (
        <p className="muted">Not checked yet.</p>
      ) : (
        <ol className="check-history">
          {history.map((check, index) => (
            <li key={`${check.at}-${index}`} className="check-entry">
              <span className="check-entry-head">
                <TimeText iso={check.at} />
                <HealthChip health={check.health} />
              </span>
              {check.reason ? <span className="check-reason">{check.reason}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
