import { sendJson } from '../http/respond';
import type { Handler } from '../server-context';

/** `GET /healthz`: for a container's health check; says nothing about providers or AuthIDs. */
export const handleHealth: Handler = (_context, { res }) => sendJson(res, 200, { status: 'ok' });
