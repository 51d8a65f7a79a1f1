import { useLayoutEffect, useRef, useState } from 'react';
import { authids } from '../api/authids-client';
import type { ChosenImportFileView, ImportPreviewView, ImportResultView } from '../api/view-types';
import { BusyButton } from '../common/BusyButton';
import { Dialog } from '../common/Dialog';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../common/Field';
import { useAction } from '../hooks/use-action';
import { ImportItem } from './ImportItem';
import { SkippedList } from './SkippedList';

type Step =
  | { readonly name: 'choose' }
  | { readonly name: 'passphrase'; readonly file: ChosenImportFileView }
  | { readonly name: 'preview'; readonly preview: ImportPreviewView; readonly chosen: ReadonlySet<string> }
  | { readonly name: 'done'; readonly result: ImportResultView };

/** New or differing ones are chosen at first; one already here has nothing to add. */
const chosenAtFirst = (preview: ImportPreviewView) => new Set(preview.items.filter((i) => i.status !== 'already-here').map((i) => i.key));

/** Choose a file, open it (with its passphrase if encrypted), choose from what it holds, import. */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [passphrase, setPassphrase] = useState('');
  const focusAfterStep = useRef<HTMLElement | null>(null);

  const showPreview = (preview: ImportPreviewView) => {
    setPassphrase('');
    setStep({ name: 'preview', preview, chosen: chosenAtFirst(preview) });
  };
  const choose = useAction(async () => {
    const file = await authids().chooseImportFile();
    if (file.outcome === 'cancelled') return;
    if (file.encrypted) setStep({ name: 'passphrase', file });
    else showPreview(await authids().openImport({ fileId: file.fileId }));
  });
  const open = useAction(async (file: ChosenImportFileView) => showPreview(await authids().openImport({ fileId: file.fileId, passphrase })));
  const apply = useAction(async (preview: ImportPreviewView, keys: readonly string[]) =>
    setStep({ name: 'done', result: await authids().applyImport({ importId: preview.importId, keys: [...keys] }) }),
  );

  // Each step starts at its first control, so keyboard users land where the work is.
  useLayoutEffect(() => {
    focusAfterStep.current?.focus();
  }, [step.name]);

  const close = () => {
    if (step.name === 'preview') void authids().cancelImport({ importId: step.preview.importId }).catch(() => undefined);
    onClose();
  };

  if (step.name === 'done') {
    return (
      <Dialog title="Import: done" onClose={close}>
        <p role="status">{step.result.message}</p>
        {step.result.added > 0 ? <p>Each new one is being checked now; the AuthIDs list shows the outcome.</p> : null}
        <div className="button-row dialog-buttons">
          <button ref={(el) => void (focusAfterStep.current = el)} type="button" className="button button-primary" onClick={close}>
            Done
          </button>
        </div>
      </Dialog>
    );
  }

  if (step.name === 'preview') {
    const { preview, chosen } = step;
    const toggle = (key: string, on: boolean) => {
      const next = new Set(chosen);
      if (on) next.add(key);
      else next.delete(key);
      setStep({ ...step, chosen: next });
    };
    return (
      <Dialog title="Import: choose what to add" onClose={close}>
        {/* Focus starts at the summary, so the list is read from its top. */}
        <p role="status" tabIndex={-1} ref={(el) => void (focusAfterStep.current = el)}>
          {preview.message}
        </p>
        {preview.items.length > 0 ? (
          <fieldset>
            <legend>AuthIDs in the file</legend>
            <ul className="import-items">
              {preview.items.map((item) => (
                <ImportItem key={item.key} item={item} chosen={chosen.has(item.key)} onToggle={(on) => toggle(item.key, on)} />
              ))}
            </ul>
          </fieldset>
        ) : null}
        <SkippedList title="Cannot be imported" skipped={preview.skipped} />
        <ErrorMessage message={apply.error} />
        <div className="button-row dialog-buttons">
          <button type="button" className="button button-secondary" onClick={close}>
            Cancel
          </button>
          <BusyButton
            variant="primary"
            pending={apply.pending}
            pendingLabel="Importing…"
            aria-disabled={chosen.size === 0 || undefined}
            onClick={() => void apply.run(preview, [...chosen])}
          >
            {chosen.size === 1 ? 'Import 1 AuthID' : `Import ${chosen.size} AuthIDs`}
          </BusyButton>
        </div>
      </Dialog>
    );
  }

  if (step.name === 'passphrase') {
    const { file } = step;
    return (
      <Dialog title={`Import “${file.fileName}”`} onClose={close}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!open.pending) void open.run(file);
          }}
        >
          <p>This file is encrypted. Enter the passphrase it was exported with; nothing is imported before you choose.</p>
          <Field label="Passphrase" error={open.error} errorIsAlert>
            {(control) => (
              <input
                {...control}
                ref={(el) => void (focusAfterStep.current = el)}
                type="password"
                autoComplete="off"
                value={passphrase}
                onChange={(event) => setPassphrase(event.target.value)}
              />
            )}
          </Field>
          <ErrorMessage message={choose.error} />
          <div className="button-row dialog-buttons">
            <button type="button" className="button button-secondary" onClick={() => void choose.run()}>
              Choose another file…
            </button>
            <BusyButton type="submit" variant="primary" pending={open.pending} pendingLabel="Decrypting…">
              Open
            </BusyButton>
          </div>
        </form>
      </Dialog>
    );
  }

  return (
    <Dialog title="Import AuthIDs" onClose={close}>
      <p>
        Choose a file exported by AuthID Manager (.age), or a backup configuration exported from Duplicati (.json, exported
        with passwords). You see what it holds before anything is added.
      </p>
      <ErrorMessage message={choose.error} />
      <div className="button-row dialog-buttons">
        <button type="button" className="button button-secondary" onClick={close}>
          Cancel
        </button>
        <BusyButton variant="primary" data-autofocus pending={choose.pending} pendingLabel="Opening…" onClick={() => void choose.run()}>
          Choose file…
        </BusyButton>
      </div>
    </Dialog>
  );
}
