export function DangerZone({ onRevoke, onForget }: { onRevoke: () => void; onForget: () => void }) {
  return (
    <section className="detail-section danger-zone" aria-labelledby="danger-heading">
      <h2 id="danger-heading">Stop using this AuthID</h2>
      <p className="muted">Revoke makes the AuthID stop working. Remove only deletes it from this computer.</p>
      <div className="button-row">
        <button type="button" className="button button-danger" onClick={onRevoke}>
          Revoke…
        </button>
        <button type="button" className="button button-secondary" onClick={onForget}>
          Remove from this computer…
        </button>
      </div>
    </section>
  );
}
