/** The Duplicati calls AuthID Manager makes, each answer checked against its shape. */
import type { z } from 'zod';
import { failure, hostOf, notDuplicati, type DuplicatiFailure } from '../failures';
import { jsonOf } from '../http/duplicati-http';
import type { DuplicatiSession } from '../session/duplicati-session';
import {
  backupAnswerShape,
  backupListShape,
  envelopeShape,
  exportArgsShape,
  exportFileShape,
  systemInfoShape,
  type BackupAnswer,
} from './backup-shapes';

export type ApiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: DuplicatiFailure };

const id = (backupId: string) => encodeURIComponent(backupId);

async function read<S extends z.ZodType>(session: DuplicatiSession, path: string, shape: S): Promise<ApiResult<z.output<S>>> {
  const reply = await session.call({ method: 'GET', path });
  if (!reply.ok) return reply;
  if (reply.answer.status === 404 && path.startsWith('/api/v1/backup/')) {
    return { ok: false, failure: failure('refused', 'That backup is no longer in Duplicati. Refresh the list.') };
  }
  const parsed = shape.safeParse(jsonOf(reply.answer));
  return reply.answer.status === 200 && parsed.success ? { ok: true, value: parsed.data } : { ok: false, failure: notDuplicati(session.baseUrl) };
}

export async function serverVersion(session: DuplicatiSession): Promise<ApiResult<string | undefined>> {
  const info = await read(session, '/api/v1/systeminfo', systemInfoShape);
  return info.ok ? { ok: true, value: info.value.ServerVersion ?? undefined } : info;
}

export async function listBackups(session: DuplicatiSession): Promise<ApiResult<{ id: string; name: string }[]>> {
  const list = await read(session, '/api/v1/backups', backupListShape);
  return list.ok ? { ok: true, value: list.value.map(({ Backup }) => ({ id: Backup.ID, name: Backup.Name })) } : list;
}

export function getBackup(session: DuplicatiSession, backupId: string): Promise<ApiResult<BackupAnswer>> {
  return read(session, `/api/v1/backup/${id(backupId)}`, backupAnswerShape);
}

/** The real destination URL and options (2.2+ masks them everywhere else). */
export async function exportArgs(session: DuplicatiSession, backupId: string): Promise<ApiResult<{ url: string; options: Map<string, string> }>> {
  const args = await read(session, `/api/v1/backup/${id(backupId)}/export-argsonly?export-passwords=true`, exportArgsShape);
  if (!args.ok) return args;
  const options = new Map<string, string>();
  for (const option of args.value.Options) {
    const eq = option.indexOf('=');
    if (option.startsWith('--') && eq > 2) options.set(option.slice(2, eq), option.slice(eq + 1));
  }
  return { ok: true, value: { url: args.value.Backend, options } };
}

/** The real extra destinations (export-argsonly leaves them out), keyed by UrlKey, from the export file. */
export async function exportExtraTargets(session: DuplicatiSession, backupId: string): Promise<ApiResult<Map<string, string>>> {
  const token = await session.call({ method: 'POST', path: '/api/v1/auth/issuetoken/export' });
  if (!token.ok) return token;
  const value = (jsonOf(token.answer) as { Token?: unknown } | undefined)?.Token;
  if (token.answer.status !== 200 || typeof value !== 'string') return { ok: false, failure: notDuplicati(session.baseUrl) };
  const file = await read(session, `/api/v1/backup/${id(backupId)}/export?export-passwords=true&token=${encodeURIComponent(value)}`, exportFileShape);
  if (!file.ok) return file;
  return { ok: true, value: new Map((file.value.Backup.AdditionalTargetURLs ?? []).map((t) => [t.TargetUrlKey.toLowerCase(), t.TargetUrl])) };
}

export type PutOutcome = { readonly kind: 'saved' } | { readonly kind: 'refused'; readonly failure: DuplicatiFailure } | { readonly kind: 'lost'; readonly failure: DuplicatiFailure };

/** PUT the whole backup. `lost`: no answer came, so whether Duplicati saved it is unknown. */
export async function putBackup(session: DuplicatiSession, backupId: string, body: unknown): Promise<PutOutcome> {
  const reply = await session.call({ method: 'PUT', path: `/api/v1/backup/${id(backupId)}`, json: body });
  if (!reply.ok) return reply.failure.kind === 'sign-in-again' ? { kind: 'refused', failure: reply.failure } : { kind: 'lost', failure: reply.failure };
  if (reply.answer.status === 200) return { kind: 'saved' };
  const error = (jsonOf(reply.answer) as { Error?: unknown } | undefined)?.Error;
  const detail = typeof error === 'string' ? ` It said: ${error.slice(0, 200)}` : '';
  return { kind: 'refused', failure: failure('refused', `Duplicati at ${hostOf(session.baseUrl)} did not save the backup (HTTP ${reply.answer.status}).${detail}`) };
}

export type DestinationTest =
  | { readonly result: 'passed' }
  | { readonly result: 'failed'; readonly message: string }
  | { readonly result: 'not-available'; readonly message: string };

/** POST /api/v2/destination/test (2.1.2+): Duplicati connects to the destination with the given URL. */
export async function testDestination(session: DuplicatiSession, backupId: string, url: string, options: Record<string, string>): Promise<ApiResult<DestinationTest>> {
  const reply = await session.call({ method: 'POST', path: '/api/v2/destination/test', json: { DestinationUrl: url, BackupId: backupId, Options: options, AutoCreate: false } });
  if (!reply.ok) return reply;
  if (reply.answer.status === 404) return { ok: true, value: { result: 'not-available', message: 'This Duplicati version cannot test a destination on request; run the backup once to check it.' } };
  const parsed = envelopeShape.safeParse(jsonOf(reply.answer));
  if (reply.answer.status !== 200 || !parsed.success) return { ok: false, failure: notDuplicati(session.baseUrl) };
  if (parsed.data.Success) return { ok: true, value: { result: 'passed' } };
  return { ok: true, value: { result: 'failed', message: `Duplicati could not connect to the destination: ${(parsed.data.Error ?? 'no reason given').slice(0, 300)}` } };
}
