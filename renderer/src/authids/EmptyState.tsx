/** The first run: what an AuthID is, where Duplicati uses it, what this app does, then one click to the first login. */
export function EmptyState({ onAuthorize, onPaste }: { onAuthorize: () => void; onPaste: () => void }) {
  return (
    <section className="empty-state welcome" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">No AuthIDs yet</h2>
      <ul className="welcome-points">
        <li>
          <strong>An AuthID</strong> is a key you get by logging in to a cloud storage provider (Google Drive, OneDrive,
          Dropbox…) once. It lets a backup use that storage without your password.
        </li>
        <li>
          <strong>Duplicati</strong> reads it from the <code>authid</code> option of a backup's storage URL.
        </li>
        <li>
          <strong>AuthID Manager</strong> keeps it encrypted with your system's keyring and refreshes it regularly so it
          stays alive.
        </li>
      </ul>
      <button type="button" className="button button-primary welcome-action" onClick={onAuthorize}>
        Authorize a provider
      </button>
      <p className="welcome-paste">
        Already use one in Duplicati?{' '}
        <button type="button" className="link-button" onClick={onPaste}>
          Paste a URL or AuthID
        </button>
      </p>
    </section>
  );
}
