import type { CheckView } from '../api/view-types';
import { HealthChip } from '../common/HealthChip';
import { TimeText } from '../common/TimeText';

/**
 * Each check with its time and health; a reason only where it differs from the newer one's, and
 * never for the newest (the Health section already says it), so the same sentence is not repeated.
 */
export function CheckHistory({ history }: { history: readonly CheckView[] }) {
  return (
    <section className="detail-section" aria-labelledby="history-heading">
      <h2 id="history-heading">Recent checks</h2>
      {history.length === 0 ? (
        <p className="muted">Not checked yet.</p>
      ) : (
        <ol className="check-history">
          {history.map((check, index) => {
            const newer = index === 0 ? undefined : history[index - 1];
            const reason = index > 0 && check.reason !== newer?.reason ? check.reason : '';
            return (
              <li key={`${check.at}-${index}`} className="check-entry">
                <span className="check-entry-head">
                  <TimeText iso={check.at} />
                  <HealthChip health={check.health} />
                </span>
                {reason ? <span className="check-reason">{reason}</span> : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
