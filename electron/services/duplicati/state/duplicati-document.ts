/**
 * The file the Duplicati connection keeps: the address (plain), and — only where the OS encrypts —
 * the refresh cookie and nonce, the password if the user asked, the fingerprint key, and each
 * updated backup's previous configuration for Undo, all as OS-encrypted ciphertext.
 */
import { z } from 'zod';
import type { DocumentSpec } from '../../document-store';

const sealed = z.object({ ciphertext: z.string().max(4 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/) });

export const UNDO_LIMIT = 10;

const undoBackupSchema = z.object({
  backupId: z.string().min(1).max(64),
  name: z.string().max(500),
  state: z.enum(['updated', 'unknown', 'restored']),
  previousDigest: z.string().max(64),
  updatedDigest: z.string().max(64),
  previous: sealed,
});

const undoEntrySchema = z.object({
  id: z.string().min(1).max(64),
  at: z.iso.datetime(),
  recordId: z.string().max(64),
  label: z.string().max(200),
  backups: z.array(undoBackupSchema).max(500),
});

const duplicatiDocumentSchema = z.object({
  baseUrl: z.string().max(2048).nullable(),
  session: sealed.nullable(),
  password: sealed.nullable(),
  knowledge: sealed.nullable(),
  undo: z.array(undoEntrySchema).max(UNDO_LIMIT),
});

export type Sealed = z.output<typeof sealed>;
export type StoredUndoEntry = z.output<typeof undoEntrySchema>;
export type DuplicatiDocument = z.output<typeof duplicatiDocumentSchema>;

export const DUPLICATI_SPEC: DocumentSpec<typeof duplicatiDocumentSchema> = {
  name: 'duplicati',
  version: '1.0.0',
  schema: duplicatiDocumentSchema,
  defaults: { baseUrl: null, session: null, password: null, knowledge: null, undo: [] },
};
