/** The built-in server's two files: its settings (client secrets encrypted) and the sealed tokens of its AuthIDs. */
import { z } from 'zod';
import { DEFAULT_BUILT_IN_PORT } from '../../authid-server';
import type { DocumentSpec } from '../document-store';

const ciphertext = z.string().max(65_536);

const registrationSchema = z.object({
  id: z.string().min(1).max(64),
  clientId: z.string().max(512),
  /** The client secret, OS-encrypted (base64); absent where the provider needs none or none was entered. */
  secret: ciphertext.optional(),
});
export type StoredRegistration = z.output<typeof registrationSchema>;

const settingsSchema = z.object({
  enabled: z.boolean(),
  port: z.number().int().min(1).max(65_535),
  providers: z.array(registrationSchema).max(32),
  /** The port of Duplicati's web UI on this computer, whose pages may receive AuthIDs; absent: none may. */
  duplicatiWebUiPort: z.number().int().min(1).max(65_535).optional(),
});

export const BUILT_IN_SETTINGS_SPEC: DocumentSpec<typeof settingsSchema> = {
  name: 'built-in-server',
  version: '1.0.0',
  schema: settingsSchema,
  defaults: { enabled: false, port: DEFAULT_BUILT_IN_PORT, providers: [] },
};

const sealedEntrySchema = z.object({ salt: z.string(), iv: z.string(), tag: z.string(), data: z.string() });

/**
 * Each entry is already sealed under its AuthID's password; where the OS can encrypt, the
 * sealed entry is encrypted again with the OS key, so the file alone opens nothing even with
 * the AuthID. Where it cannot, the AuthID's own sealing is the protection.
 */
const tokenEntrySchema = z.discriminatedUnion('protection', [
  z.object({ protection: z.literal('os-encrypted'), ciphertext }),
  z.object({ protection: z.literal('sealed-only'), entry: sealedEntrySchema }),
]);
export type StoredTokenEntry = z.output<typeof tokenEntrySchema>;

const tokensSchema = z.object({ entries: z.record(z.string().min(1).max(128), tokenEntrySchema) });

export const BUILT_IN_TOKENS_SPEC: DocumentSpec<typeof tokensSchema> = {
  name: 'built-in-server-tokens',
  version: '1.0.0',
  schema: tokensSchema,
  defaults: { entries: {} },
};
