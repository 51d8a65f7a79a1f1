import { useEffect, useState } from 'react';
import { authids } from '../api/authids-client';
import { BusyButton } from '../common/BusyButton';
import { Dialog } from '../common/Dialog';
import { ErrorMessage } from '../common/ErrorMessage';
import { Spinner } from '../common/Spinner';
import { useAction } from '../hooks/use-action';
import type { UpdatePlanView, UpdateResultView } from './duplicati-types';
import { PlannedBackupItem } from './PlannedBackupItem';
import { UpdateResult } from './UpdateResult';

interface UpdateBackupsDialogProps {
  readonly recordId: string;
  readonly label: string;
  readonly onClose: () => void;
}

/** "Use the new AuthID in these backups": a preview per backup (masked), chosen ones applied, then Undo. */
export function UpdateBackupsDialog({ recordId, label, onClose }: UpdateBackupsDialogProps) {
  const [plan, setPlan] = useState<UpdatePlanView | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [result, setResult] = useState<UpdateResultView | null>(null);
  const preview = useAction(async () => {
    const planned = await authids().planDuplicatiUpdate({ id: recordId });
    setPlan(planned);
    setChosen(new Set(planned.backups.filter((b) => b.selected).map((b) => b.backupId)));
  });
  const apply = useAction(async (planId: string) => setResult(await authids().applyDuplicatiUpdate({ planId, backupIds: [...chosen] })));
  const { run: runPreview } = preview;
  useEffect(() => void runPreview(), [runPreview]);

  const toggle = (backupId: string, on: boolean) =>
    setChosen((before) => {
      const next = new Set(before);
      if (on) next.add(backupId);
      else next.delete(backupId);
      return next;
    });
  const count = chosen.size;

  return (
    <Dialog title={result ? 'Backups updated' : (plan?.title ?? `Update the backups that use “${label}”`)} onClose={onClose}>
      {preview.pending ? (
        <p role="status" className="loading">
          <Spinner /> Reading the backups in Duplicati…
        </p>
      ) : null}
      <ErrorMessage message={preview.error} />
      {plan && !result ? (
        <>
          {plan.backups.length === 0 ? (
            <p>No backup in Duplicati uses “{plan.label}”, so there is nothing to update.</p>
          ) : (
            <>
              <p>Only the AuthID changes; each backup keeps its schedule and every other setting. The app keeps each backup's previous configuration so that you can undo.</p>
              <ul className="planned-backups">
                {plan.backups.map((backup) => (
                  <PlannedBackupItem key={backup.backupId} backup={backup} chosen={chosen.has(backup.backupId)} onToggle={(on) => toggle(backup.backupId, on)} />
                ))}
              </ul>
            </>
          )}
        </>
      ) : null}
      {result ? <UpdateResult result={result} /> : null}
      <ErrorMessage message={apply.error} />
      <div className="dialog-buttons button-row">
        {plan && !result && plan.backups.length > 0 ? (
          <BusyButton
            variant="primary"
            pending={apply.pending}
            pendingLabel="Updating…"
            aria-disabled={count === 0 ? true : undefined}
            onClick={() => void apply.run(plan.planId)}
          >
            {count === 1 ? 'Update 1 backup' : `Update ${count} backups`}
          </BusyButton>
        ) : null}
        <button type="button" className="button button-secondary" data-autofocus={result ? true : undefined} onClick={onClose}>
          {result ? 'Close' : 'Cancel'}
        </button>
      </div>
    </Dialog>
  );
}
