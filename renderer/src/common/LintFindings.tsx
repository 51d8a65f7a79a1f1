import type { LintFindingView } from '../api/view-types';

const ORDER = { error: 0, warning: 1, info: 2 } as const;
const WORD = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

interface LintFindingsProps {
  readonly findings: readonly LintFindingView[];
  readonly label: string;
  /** When given, findings with a one-click fix get a button that applies it. */
  readonly onApply?: (finding: LintFindingView) => void;
}

/** Each finding with what to do about it; errors first, notes last. */
export function LintFindings({ findings, label, onApply }: LintFindingsProps) {
  if (findings.length === 0) return null;
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <section className="lint-findings" aria-label={label}>
      <ul>
        {sorted.map((finding, index) => (
          <li key={`${finding.code}-${index}`} className={`finding finding-${finding.severity}`}>
            <span className="finding-severity">{WORD[finding.severity]}:</span> {finding.message}
            {finding.fix ? <span className="finding-fix">Fix: {finding.fix}</span> : null}
            {onApply && finding.apply ? (
              <button type="button" className="button button-secondary finding-apply" onClick={() => onApply(finding)}>
                {finding.apply.label}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
