import { useId } from 'react';
import { ErrorMessage } from '../common/ErrorMessage';
import { LintFindings } from '../common/LintFindings';
import { Spinner } from '../common/Spinner';
import type { UrlPreviewState } from './use-url-preview';

/** The URL with its AuthID masked, and what the linter says about it once the user has started. */
interface UrlPreviewProps {
  readonly state: UrlPreviewState;
  readonly keychainReference: string | undefined;
  /** False until the user has typed or left a field. */
  readonly showFindings: boolean;
}

export function UrlPreview({ state, keychainReference, showFindings }: UrlPreviewProps) {
  const labelId = useId();
  return (
    <div className="url-preview">
      <p className="field-label" id={labelId}>
        {keychainReference === undefined ? 'Preview (AuthID masked)' : `Preview (${keychainReference} names the copy Duplicati reads; no secret in it)`}{' '}
        {state.pending ? <Spinner /> : null}
        {state.pending ? <span className="visually-hidden">updating</span> : null}
      </p>
      <output className="url-preview-text" aria-labelledby={labelId}>
        {state.preview?.maskedUrl ?? (state.pending ? 'Building the preview…' : '')}
      </output>
      <ErrorMessage message={state.error} />
      {state.preview && showFindings ? <LintFindings findings={state.preview.findings} label="Problems with this URL" /> : null}
    </div>
  );
}
