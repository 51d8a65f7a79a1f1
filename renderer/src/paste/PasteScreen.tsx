import { useId, useState } from 'react';
import { authids } from '../api/authids-client';
import type { ProviderGroupView } from '../api/view-types';
import { ScreenHeading } from '../app/ScreenHeading';
import { BusyButton } from '../common/BusyButton';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { providerName } from '../common/provider-name';
import { Spinner } from '../common/Spinner';
import { TrustServerNotice } from '../common/TrustServerNotice';
import { useToast } from '../common/toast-context';
import { useAction } from '../hooks/use-action';
import { applyFix } from './apply-fix';
import { choiceKey, type PasteChoice } from './paste-choice';
import { PasteChoices } from './PasteChoices';
import { PasteAnalysisSummary } from './PasteAnalysisSummary';
import { usePasteAnalysis } from './use-paste-analysis';

interface PasteScreenProps {
  readonly providerGroups: readonly ProviderGroupView[] | undefined;
  readonly onSaved: (id: string) => void;
  /** Text pasted on the AuthID list (Ctrl/Cmd+V), to check at once. */
  readonly initialText?: string;
}

export function PasteScreen({ providerGroups, onSaved, initialText }: PasteScreenProps) {
  const [text, setText] = useState(initialText ?? '');
  const [label, setLabel] = useState('');
  const [choice, setChoice] = useState<PasteChoice>({});
  const id = useId();
  const toast = useToast();
  const state = usePasteAnalysis(text, choice);
  // While a changed choice is checked, the answer for the same text stays in view (and keeps the focus in the choices).
  const sameText = state.analyzedText === text;
  const current = sameText && state.analyzedChoice === choiceKey(choice) && !state.pending;
  const canSave = current && state.analysis?.canSave === true;
  // A server the user has not added: saving sends the AuthID there, so the button says so and adds it first.
  const untrusted = current ? state.analysis?.untrustedServer : undefined;
  const save = useAction(async () => {
    if (untrusted?.canTrust) await authids().addServer({ baseUrl: untrusted.baseUrl });
    const trimmedLabel = label.trim();
    const saved = await authids().savePaste({ text: text.trim(), ...(trimmedLabel ? { label: trimmedLabel } : {}), ...choice });
    toast.show('Saved. The AuthID is now in your list.');
    onSaved(saved.id);
  });

  return (
    <>
      <ScreenHeading>Paste a URL or AuthID</ScreenHeading>
      <p className="screen-intro">
        Paste a Duplicati connection URL or an AuthID you already use. It is checked for common mistakes before you save it.
      </p>
      <Field
        label="Connection URL or AuthID"
        help={
          <>
            For example <code>dropbox://Backups?authid=…</code>. The text stays on this computer.
          </>
        }
      >
        {(control) => (
          <textarea
            {...control}
            className="paste-input"
            rows={4}
            spellCheck={false}
            autoComplete="off"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              // Choices belong to the AuthID they were made for.
              setChoice({});
            }}
          />
        )}
      </Field>
      {state.pending ? (
        <p role="status" className="loading">
          <Spinner /> Checking…
        </p>
      ) : null}
      <ErrorMessage message={state.error} />
      {state.analysis && sameText ? (
        <PasteAnalysisSummary
          analysis={state.analysis}
          providerName={(provider) => providerName(providerGroups, provider)}
          onApply={(finding) => {
            if (!finding.apply) return;
            setText(applyFix(state.analyzedText, finding.apply.edits));
            toast.show(`Applied: ${finding.apply.label}. The URL above is checked again.`);
          }}
        />
      ) : null}
      {state.analysis && sameText ? (
        <PasteChoices analysis={state.analysis} providerGroups={providerGroups} choice={choice} onChange={setChoice} />
      ) : null}
      {untrusted ? (
        <TrustServerNotice
          server={untrusted}
          heading={untrusted.canTrust ? `Send this AuthID to ${untrusted.host}?` : `This AuthID will not be sent to ${untrusted.host}`}
        >
          This URL names an AuthID server that is not in your list. Nothing has been sent to it.
          {untrusted.canTrust
            ? ` Saving adds it to your AuthID servers and sends the AuthID to ${untrusted.host} to check it, now and at every scheduled check. Do this only if you run or trust that server.`
            : ''}
        </TrustServerNotice>
      ) : null}
      {state.analysis && sameText ? (
        <div className="paste-save">
          <Field label="Label (optional)">
            {(control) => <input {...control} type="text" value={label} maxLength={200} onChange={(event) => setLabel(event.target.value)} />}
          </Field>
          <BusyButton
            pending={save.pending}
            pendingLabel="Saving…"
            variant="primary"
            aria-disabled={!canSave || undefined}
            aria-describedby={canSave ? undefined : `${id}-blocked`}
            onClick={() => void save.run()}
          >
            {untrusted?.canTrust ? `Add ${untrusted.host} and save` : 'Save as a new AuthID'}
          </BusyButton>
          {canSave ? null : (
            <p id={`${id}-blocked`} className="field-help">
              Fix the errors above first.
            </p>
          )}
          <ErrorMessage message={save.error} />
        </div>
      ) : null}
    </>
  );
}
