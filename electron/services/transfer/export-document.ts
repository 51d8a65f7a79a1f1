/**
 * What an export file holds once decrypted: plain JSON, so that a user who decrypts it with the
 * `age` tool can read it. `version` goes up only when an older app would misread the file;
 * fields an older app does not know are dropped on import.
 */
import { z } from 'zod';
import { MAX_AUTHID_LENGTH } from '../authids';
import { PROVIDER_IDS } from '../providers';
import { AUTHID_KINDS, labelSchema, newDestinationSchema } from '../vault';

export const EXPORT_FORMAT = 'authid-manager-export';
export const EXPORT_VERSION = 1;

const exportedAuthIdSchema = z.object({
  label: labelSchema,
  provider: z.enum(PROVIDER_IDS),
  /** The AuthID server's base URL. */
  server: z.url({ protocol: /^https?$/ }).max(2048),
  kind: z.enum(AUTHID_KINDS),
  authId: z.string().min(1).max(MAX_AUTHID_LENGTH),
  created: z.iso.datetime().optional(),
  accountName: z.string().max(320).optional(),
  region: z.string().max(253).optional(),
  destinations: z.array(newDestinationSchema).max(200),
});

export const exportDocumentSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime(),
  exportedBy: z.string().max(200),
  authIds: z.array(exportedAuthIdSchema).max(10_000),
});

export type ExportDocument = z.output<typeof exportDocumentSchema>;

/** Just enough to tell our files, and the version they were written in, from anything else. */
export const exportHeaderSchema = z.object({ format: z.literal(EXPORT_FORMAT), version: z.number().int().positive() });
