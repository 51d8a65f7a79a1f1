/** One line of a conformance file: a URL and what Duplicati's own code read from it. */
import { z } from 'zod';

const readingSchema = z.looseObject({
  authid: z.string().nullable(),
  oauthUrl: z.string(),
  folder: z.string().nullable(),
  options: z.record(z.string(), z.string()),
  error: z.string().nullable(),
});

export const conformanceLineSchema = z.looseObject({
  url: z.string(),
  advancedOptions: z.record(z.string(), z.string()).optional(),
  duplicati: readingSchema,
});

export type ConformanceLine = z.output<typeof conformanceLineSchema>;
export type ExpectedReading = ConformanceLine['duplicati'];
