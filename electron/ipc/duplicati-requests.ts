/**
 * The requests of the Duplicati connection (sign in, look at the backups, put a new AuthID into
 * them, Undo), joined into `REQUESTS` in contract.ts. The password goes in, never comes back.
 */
import { z } from 'zod';
import type { DuplicatiConnectionView, DuplicatiOverview, DuplicatiStateView, UpdatePlanView, UpdateResultView } from './duplicati-views';
import { request } from './request';

const id = z.string().min(1).max(64);
const backupIds = z.array(id).max(1000);
const noInput = z.undefined();

export const DUPLICATI_REQUESTS = {
  getDuplicati: request<DuplicatiStateView>()(noInput),
  /** Answers the connection as it ends up: connected, or not connected with the reason. */
  connectDuplicati: request<DuplicatiConnectionView>()(
    z.strictObject({ baseUrl: z.string().min(1).max(2048), password: z.string().min(1).max(1024), rememberPassword: z.boolean() }),
  ),
  disconnectDuplicati: request<DuplicatiConnectionView>()(noInput),
  forgetDuplicatiPassword: request<DuplicatiConnectionView>()(noInput),
  scanDuplicati: request<DuplicatiOverview>()(noInput),
  planDuplicatiUpdate: request<UpdatePlanView>()(z.strictObject({ id, backupIds: backupIds.optional() })),
  applyDuplicatiUpdate: request<UpdateResultView>()(z.strictObject({ planId: id, backupIds })),
  undoDuplicatiUpdate: request<UpdateResultView>()(z.strictObject({ undoId: id })),
} as const;
