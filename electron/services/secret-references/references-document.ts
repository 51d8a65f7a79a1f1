/** The file that remembers which AuthIDs Duplicati reads from a secret store, and under which name. */
import { z } from 'zod';
import type { DocumentSpec } from '../document-store';
import { MAX_SECRET_NAME_LENGTH } from '../duplicati-secrets';

const referencesDocumentSchema = z.object({
  /** Vault record id → the secret's name in the store (what follows `$` in the URL). */
  names: z.record(z.string().min(1).max(64), z.string().min(1).max(MAX_SECRET_NAME_LENGTH)),
});

export type ReferencesDocument = z.output<typeof referencesDocumentSchema>;

export const REFERENCES_SPEC: DocumentSpec<typeof referencesDocumentSchema> = {
  name: 'secret-references',
  version: '1.0.0',
  schema: referencesDocumentSchema,
  defaults: { names: {} },
};
