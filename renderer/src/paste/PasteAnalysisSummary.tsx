import { Fragment } from 'react';
import type { LintFindingView, PasteAnalysisView } from '../api/view-types';
import { LintFindings } from '../common/LintFindings';

function headline(analysis: PasteAnalysisView, nameOf: (id: string) => string): string {
  const forProvider = analysis.provider ? ` for ${nameOf(analysis.provider)}` : '';
  if (analysis.kind === 'connection-url') return `A connection URL${forProvider}`;
  if (analysis.kind === 'authid') return `An AuthID${forProvider}`;
  return 'Neither a connection URL nor an AuthID';
}

/** What the pasted text is (with its secret masked) and what the linter found. */
interface PasteAnalysisSummaryProps {
  readonly analysis: PasteAnalysisView;
  readonly providerName: (id: string) => string;
  /** Applies a finding's one-click fix to the pasted text. */
  readonly onApply: (finding: LintFindingView) => void;
}

export function PasteAnalysisSummary({ analysis, providerName, onApply }: PasteAnalysisSummaryProps) {
  const options = Object.entries(analysis.options ?? {});
  return (
    <section className="paste-analysis" aria-labelledby="paste-analysis-heading">
      <h2 id="paste-analysis-heading">{headline(analysis, providerName)}</h2>
      <dl className="detail-facts">
        {analysis.maskedUrl ? (
          <>
            <dt>URL</dt>
            <dd>
              <code className="break-anywhere">{analysis.maskedUrl}</code>
            </dd>
          </>
        ) : null}
        {analysis.masked ? (
          <>
            <dt>AuthID</dt>
            <dd>
              <code className="break-anywhere">{analysis.masked}</code>
            </dd>
          </>
        ) : null}
        {analysis.path !== undefined ? (
          <>
            <dt>Folder Duplicati uses</dt>
            <dd className="break-anywhere">{analysis.path || '(top level)'}</dd>
          </>
        ) : null}
        {analysis.serverBaseUrl ? (
          <>
            <dt>Server</dt>
            <dd className="break-anywhere">{analysis.serverBaseUrl}</dd>
          </>
        ) : null}
        {options.map(([name, value]) => (
          <Fragment key={name}>
            <dt>{name}</dt>
            <dd className="break-anywhere">{value}</dd>
          </Fragment>
        ))}
      </dl>
      {analysis.findings.every((f) => f.severity === 'info') ? <p className="finding-none">No problems found.</p> : null}
      <LintFindings findings={analysis.findings} label="Problems found" onApply={onApply} />
    </section>
  );
}
