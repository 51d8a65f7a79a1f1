import { useId, type ReactNode } from 'react';
import type { UntrustedServerView } from '../api/view-types';

interface TrustServerNoticeProps {
  readonly server: UntrustedServerView;
  readonly heading: string;
  /** What sending would mean here, in one or two sentences. */
  readonly children: ReactNode;
}

/**
 * A server the app will not send an AuthID to until the user says so: names exactly which host
 * would receive it. The caller puts the button that adds it (when it may be added) next to this.
 */
export function TrustServerNotice({ server, heading, children }: TrustServerNoticeProps) {
  const id = useId();
  return (
    <section className="trust-notice" aria-labelledby={id}>
      <h2 id={id} className="trust-notice-heading">
        {heading}
      </h2>
      <p>{children}</p>
      <p>
        Receiving host: <strong className="break-anywhere">{server.host}</strong> (<code className="break-anywhere">{server.baseUrl}</code>)
      </p>
      {server.canTrust ? null : <p className="trust-notice-refused">{server.message}</p>}
    </section>
  );
}
