import type { StorageStatusView } from '../api/view-types';
import { keyringFix } from './keyring-fix';

function headline(storage: StorageStatusView): string | null {
  if (storage.protection === 'memory-only') return 'No keyring: AuthIDs are lost on quit.';
  if (storage.protection === 'weak-on-disk') return 'AuthIDs are saved on disk with weak protection.';
  if (storage.recoveredFrom) return 'An unreadable store file was moved aside.';
  return null;
}

/**
 * Stays up for as long as AuthIDs are at risk or a damaged store was moved aside: one line on
 * every screen, with the cause and its fix folded into a disclosure. A refused save is urgent
 * and stays in view.
 */
export function StorageBanner({ storage, onReview }: { storage: StorageStatusView; onReview: () => void }) {
  const title = headline(storage);
  if (!title && !storage.saveBlocked) return null;
  const atRisk = storage.protection !== 'os-encrypted';
  return (
    <section className="storage-banner storage-banner-compact" aria-label="Storage protection warning">
      {storage.saveBlocked ? <p className="storage-banner-headline">{storage.saveBlocked}</p> : null}
      {title ? (
        <div className="storage-banner-line">
          <details className="storage-banner-details">
            <summary className="storage-banner-headline">{title}</summary>
            {atRisk ? <p>How to fix it: {keyringFix(navigator.userAgent)}</p> : null}
            {atRisk ? <p>{storage.explanation}</p> : null}
            {storage.recoveredFrom ? (
              <p>
                A store file could not be read and was moved aside to <span className="break-anywhere">{storage.recoveredFrom}</span>.
              </p>
            ) : null}
          </details>
          <button type="button" className="button button-secondary storage-banner-action" onClick={onReview}>
            <span className="visually-hidden">Storage </span>Settings
          </button>
        </div>
      ) : null}
    </section>
  );
}
