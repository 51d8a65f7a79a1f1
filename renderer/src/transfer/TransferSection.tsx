import { useState } from 'react';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';

/** Settings' way to move AuthIDs to another computer: an encrypted export, and import. */
export function TransferSection() {
  const [open, setOpen] = useState<'export' | 'import' | null>(null);
  return (
    <section className="settings-section" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Move to another computer</h2>
      <p>
        Export saves your AuthIDs, with their labels, servers and destinations, in one file encrypted with a passphrase
        you choose. On the other computer, import that file here. Import also reads a backup configuration exported from
        Duplicati.
      </p>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => setOpen('export')}>
          Export AuthIDs…
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen('import')}>
          Import…
        </button>
      </div>
      {open === 'export' ? <ExportDialog onClose={() => setOpen(null)} /> : null}
      {open === 'import' ? <ImportDialog onClose={() => setOpen(null)} /> : null}
    </section>
  );
}
