/**
 * The built renderer on loopback, with the CSP also sent as a header. Windows open at the same
 * time share one server; the last one to close closes it, so nothing is left listening when a
 * test ends and a script that uses the fixtures exits on its own.
 */
import { buildRenderer } from './build-renderer';
import { RENDERER_CSP } from './renderer-csp';
import { serveFolder, type StaticSite } from './static-server';

export interface RendererSiteLease {
  /** Base URL ending with a slash. */
  readonly url: string;
  /** Idempotent; the server closes when no lease is left. */
  release(): Promise<void>;
}

interface Shared {
  readonly site: Promise<StaticSite>;
  leases: number;
}

let shared: Shared | undefined;

export async function leaseRendererSite(): Promise<RendererSiteLease> {
  const current = (shared ??= { site: buildRenderer().then((dir) => serveFolder(dir, { 'Content-Security-Policy': RENDERER_CSP })), leases: 0 });
  current.leases += 1;
  let released = false;
  const release = async (): Promise<void> => {
    if (released) return;
    released = true;
    current.leases -= 1;
    if (current.leases > 0) return;
    if (shared === current) shared = undefined;
    await (await current.site.catch(() => undefined))?.close();
  };
  try {
    return { url: (await current.site).url, release };
  } catch (error) {
    await release();
    throw error;
  }
}
