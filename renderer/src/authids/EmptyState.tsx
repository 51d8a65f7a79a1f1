export function EmptyState({ onAuthorize, onPaste }: { onAuthorize: () => void; onPaste: () => void }) {
  return (
    <div className="empty-state">
      <h2>No AuthIDs yet</h2>
      <p>Sign in to a storage provider to get an AuthID, or paste one you already use in Duplicati.</p>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onAuthorize}>
          Authorize a provider
        </button>
        <button type="button" className="button button-secondary" onClick={onPaste}>
          Paste a URL or AuthID
        </button>
      </div>
    </div>
  );
}
