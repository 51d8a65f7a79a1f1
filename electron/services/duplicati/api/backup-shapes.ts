/**
 * The parts of Duplicati's JSON (PascalCase) the app reads. Objects are `loose`: whatever else
 * Duplicati sends is kept, because a backup is written back whole.
 */
import { z } from 'zod';

const settingShape = z.looseObject({ Name: z.string(), Value: z.string().nullish(), Filter: z.string().nullish() });

const extraTargetShape = z.looseObject({ UrlKey: z.string(), TargetUrl: z.string() });

const scheduleShape = z.looseObject({
  ID: z.number().optional(),
  Tags: z.array(z.string()).nullish(),
  Time: z.string().nullish(),
  Repeat: z.string().nullish(),
  Rule: z.string().nullish(),
  AllowedDays: z.array(z.string()).nullish(),
});

const backupShape = z.looseObject({
  ID: z.string(),
  Name: z.string(),
  TargetURL: z.string(),
  Settings: z.array(settingShape).nullish(),
  AdditionalTargetURLs: z.array(extraTargetShape).nullish(),
  ConnectionStringID: z.number().optional(),
});

/** GET /api/v1/backup/{id}. */
export const backupAnswerShape = z.looseObject({ Backup: backupShape, Schedule: scheduleShape.nullish() });

/** GET /api/v1/backups (Settings not loaded). */
export const backupListShape = z.array(z.looseObject({ Backup: z.looseObject({ ID: z.string(), Name: z.string() }) }));

/** GET /api/v1/backup/{id}/export-argsonly: the URL, the sources and `--name=value` options, with real values. */
export const exportArgsShape = z.looseObject({ Backend: z.string(), Options: z.array(z.string()) });

/** GET /api/v1/backup/{id}/export: the configuration file; only the extra destinations are read from it. */
export const exportFileShape = z.looseObject({
  Backup: z.looseObject({ AdditionalTargetURLs: z.array(z.looseObject({ TargetUrlKey: z.string(), TargetUrl: z.string() })).nullish() }),
});

export const systemInfoShape = z.looseObject({ ServerVersion: z.string().nullish() });

/** The /api/v2 envelope. */
export const envelopeShape = z.looseObject({ Success: z.boolean(), Error: z.string().nullish(), StatusCode: z.string().nullish() });

export type BackupAnswer = z.output<typeof backupAnswerShape>;
export type BackupJson = z.output<typeof backupShape>;
export type ScheduleJson = z.output<typeof scheduleShape>;
