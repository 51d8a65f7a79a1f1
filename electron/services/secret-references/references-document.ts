/** The files that remember which AuthIDs Duplicati reads from a secret store, and under which name. */
import { z } from 'zod';
import type { DocumentSpec } from '../document-store';
import { MAX_SECRET_NAME_LENGTH } from '../duplicati-secrets';

const referencesDocumentSchema = z.object({
  /** Vault record id → the secret's name in the store (what follows `$` in the URL). */
  names: z.record(z.string().min(1).max(64), z.string().min(1).max(MAX_SECRET_NAME_LENGTH)),
});

export type ReferencesDocument = z.output<typeof referencesDocumentSchema>;
export type ReferencesSpec = DocumentSpec<typeof referencesDocumentSchema>;

/** AuthIDs in the system keychain. */
export const REFERENCES_SPEC: ReferencesSpec = {
  name: 'secret-references',
  version: '1.0.0',
  schema: referencesDocumentSchema,
  defaults: { names: {} },
};

/** AuthIDs in the encrypted secrets file (a record may be in both, under the same name). */
export const FILE_REFERENCES_SPEC: ReferencesSpec = { ...REFERENCES_SPEC, name: 'secrets-file-references' };
