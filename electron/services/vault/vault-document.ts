/** The vault file's format: metadata per AuthID and the AuthID only as ciphertext. */
import { z } from 'zod';
import type { AuthIdKind, Health } from '../authids';
import { PROVIDER_IDS } from '../providers';
import type { DocumentSpec } from '../document-store';
import { pcloudHostMigration } from './pcloud-host';

const HEALTHS = ['not-checked', 'healthy', 'needs-attention', 'rate-limited', 'needs-reauthorization', 'revoked'] as const;
export const AUTHID_KINDS = ['v1', 'v2', 'access-token-only'] as const;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** @public Checked by the compiler, used by nothing (knip reads the tag). */
export type VaultEnumsMatchTypes = [
  Assert<Same<(typeof HEALTHS)[number], Health>>,
  Assert<Same<(typeof AUTHID_KINDS)[number], AuthIdKind>>,
];

export const HISTORY_LIMIT = 20;

const isoTime = z.iso.datetime();
const base64 = z.string().max(65_536).regex(/^[A-Za-z0-9+/]+={0,2}$/);

export const checkSchema = z.object({
  at: isoTime,
  health: z.enum(HEALTHS),
  reason: z.string().max(2000),
});

export const labelSchema = z.string().trim().min(1).max(200);

export const newDestinationSchema = z.object({
  name: labelSchema,
  path: z.string().max(2048),
  options: z
    .record(z.string().min(1).max(64), z.string().max(2048))
    .refine((options) => Object.keys(options).length <= 32, 'At most 32 options.'),
  /** pCloud only: the region host written first in the URL's path; absent: the record's region. */
  host: z.string().min(1).max(253).exactOptional(),
  /** The URL rules it was saved under; absent for those saved before version 2. */
  urlRules: z.number().int().min(1).max(99).exactOptional(),
});

const destinationSchema = newDestinationSchema.extend({ id: z.string().min(1).max(64) });

/** `basic_text`: Chromium's fallback encryption with a key built into every copy; `base64`: none at all. */
export const WEAK_ENCODINGS = ['basic_text', 'base64'] as const;
export type WeakEncoding = (typeof WEAK_ENCODINGS)[number];

const storedSecretSchema = z.discriminatedUnion('protection', [
  z.object({ protection: z.literal('os-encrypted'), ciphertext: base64 }),
  z.object({ protection: z.literal('weak-on-disk'), encoding: z.enum(WEAK_ENCODINGS), ciphertext: base64 }),
  z.object({ protection: z.literal('memory-only') }),
]);

export const storedRecordSchema = z.object({
  id: z.string().min(1).max(64),
  label: labelSchema,
  provider: z.enum(PROVIDER_IDS),
  serverBaseUrl: z.url({ protocol: /^https?$/ }),
  kind: z.enum(AUTHID_KINDS),
  created: isoTime,
  accountName: z.string().max(320).optional(),
  region: z.string().max(253).optional(),
  history: z.array(checkSchema).max(HISTORY_LIMIT),
  nextCheckAt: isoTime.optional(),
  destinations: z.array(destinationSchema).max(200),
  secret: storedSecretSchema,
});

const vaultDocumentSchema = z.object({
  records: z.array(storedRecordSchema),
  /** The user accepted weak on-disk protection where the OS cannot encrypt. */
  weakOptIn: z.boolean(),
});

export type StoredSecret = z.output<typeof storedSecretSchema>;
export type StoredRecord = z.output<typeof storedRecordSchema>;

export const VAULT_SPEC: DocumentSpec<typeof vaultDocumentSchema> = {
  name: 'vault',
  version: '1.1.0',
  schema: vaultDocumentSchema,
  defaults: { records: [], weakOptIn: false },
  migrations: { '1.1.0': pcloudHostMigration },
};
