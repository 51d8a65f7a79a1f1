import type { SkippedView } from '../api/view-types';

/** What was left out of an export or an import, each with why. */
export function SkippedList({ title, skipped }: { title: string; skipped: readonly SkippedView[] }) {
  if (skipped.length === 0) return null;
  return (
    <>
      <h3 className="transfer-subheading">{title}</h3>
      <ul className="transfer-skipped">
        {skipped.map((entry, index) => (
          <li key={`${entry.name}-${index}`}>
            <strong>{entry.name}</strong>: {entry.reason}
          </li>
        ))}
      </ul>
    </>
  );
}
