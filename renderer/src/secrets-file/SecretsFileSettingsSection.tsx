import { SecretsFilePanel } from './SecretsFilePanel';

/** Settings → "Secrets file for Duplicati". */
export function SecretsFileSettingsSection() {
  return (
    <section className="settings-section" aria-labelledby="secrets-file-heading">
      <h2 id="secrets-file-heading">Secrets file for Duplicati</h2>
      <SecretsFilePanel />
    </section>
  );
}
