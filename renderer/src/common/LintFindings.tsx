import type { LintFindingView } from '../api/view-types';

/** Each finding with what to do about it; errors first. */
export function LintFindings({ findings, label }: { findings: readonly LintFindingView[]; label: string }) {
  if (findings.length === 0) return null;
  const sorted = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <section className="lint-findings" aria-label={label}>
      <ul>
        {sorted.map((finding, index) => (
          <li key={`${finding.code}-${index}`} className={`finding finding-${finding.severity}`}>
            <span className="finding-severity">{finding.severity === 'error' ? 'Error' : 'Warning'}:</span>{' '}
            {finding.message}
            {finding.fix ? <span className="finding-fix">Fix: {finding.fix}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
