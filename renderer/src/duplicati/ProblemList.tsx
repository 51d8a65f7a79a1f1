import type { DuplicatiProblem } from './duplicati-types';

const ORDER = { error: 0, warning: 1, info: 2 } as const;
const WORD = { error: 'Problem', warning: 'Warning', info: 'Note' } as const;

/** A backup's problems with what to do about each; the worst first. */
export function ProblemList({ problems }: { problems: readonly DuplicatiProblem[] }) {
  if (problems.length === 0) return null;
  const sorted = [...problems].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <ul className="lint-findings-list duplicati-problems">
      {sorted.map((problem, index) => (
        <li key={`${problem.code}-${index}`} className={`finding finding-${problem.severity}`}>
          <span className="finding-severity">{WORD[problem.severity]}:</span> {problem.message}
          <span className="finding-fix">Fix: {problem.fix}</span>
        </li>
      ))}
    </ul>
  );
}
