import type { DuplicatiBackupView } from './duplicati-types';

type BackupHealth = DuplicatiBackupView['health'];

// The AuthID health chip's colours, with words and a symbol so it never depends on colour alone.
const SHOWN: Readonly<Record<BackupHealth, { readonly className: string; readonly symbol: string; readonly label: string }>> = {
  ok: { className: 'health-healthy', symbol: '✓', label: 'OK' },
  'at-risk': { className: 'health-needs-attention', symbol: '!', label: 'At risk' },
  broken: { className: 'health-revoked', symbol: '✕', label: 'Broken' },
  'not-applicable': { className: 'health-not-checked', symbol: '–', label: 'No AuthID' },
};

export function BackupHealthChip({ health }: { health: BackupHealth }) {
  const shown = SHOWN[health];
  return (
    <span className={`health-chip ${shown.className}`}>
      <span aria-hidden="true" className="health-symbol">
        {shown.symbol}
      </span>
      {shown.label}
    </span>
  );
}
