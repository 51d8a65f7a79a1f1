import type { ServerProbeView } from '../api/view-types';

export function ServerProbeResult({ probe, nameOf }: { probe: ServerProbeView; nameOf: (id: string) => string }) {
  return (
    <div className={`probe-result ${probe.reachable ? 'probe-ok' : 'probe-failed'}`} role="status">
      <p>
        <strong>{probe.reachable ? 'Reachable.' : 'Test failed.'}</strong> {probe.message}
      </p>
      {probe.reachable ? (
        <p>
          {probe.providers.length > 0
            ? `Offers: ${probe.providers.map(nameOf).join(', ')}.`
            : 'It offers no providers.'}
        </p>
      ) : null}
    </div>
  );
}
