/** The settings file's format. */
import { z } from 'zod';
import type { DocumentSpec } from '../document-store';
import type { Theme } from './theme';

const THEMES = ['system', 'light', 'dark'] as const satisfies readonly Theme[];

/** A normalized self-hosted base URL: https, or http only on a loopback host; no query, no trailing slash. */
export const SELF_HOSTED_BASE_URL = /^(https:\/\/[^/?#\s]+|http:\/\/(127(\.\d{1,3}){3}|localhost|\[::1\])(:\d+)?)(\/[^?#\s]*[^/?#\s])?$/;

export const settingsFields = {
  checkIntervalHours: z.number().int().min(1).max(720),
  notifications: z.boolean(),
  clipboardClearSeconds: z.number().int().min(0).max(3600),
  theme: z.enum(THEMES),
};

/** What each user-editable setting accepts, in words. */
export const SETTINGS_FIELD_RULES: Record<keyof typeof settingsFields, string> = {
  checkIntervalHours: 'Check every 1 to 720 hours (whole hours).',
  notifications: 'Notifications are either on or off.',
  clipboardClearSeconds: 'Clear the clipboard after 0 (never) to 3600 seconds (whole seconds).',
  theme: 'The theme is system, light or dark.',
};

const settingsDocumentSchema = z.object({
  /** Self-hosted servers the user added; the hosted ones are always there and not stored. */
  servers: z.array(z.string().max(2048).regex(SELF_HOSTED_BASE_URL)).max(50),
  ...settingsFields,
  /** The user's last choice; the real state comes from the Autostart port. */
  startAtLogin: z.boolean(),
});

export type SettingsDocument = z.output<typeof settingsDocumentSchema>;

export const SETTINGS_SPEC: DocumentSpec<typeof settingsDocumentSchema> = {
  name: 'settings',
  version: '1.0.0',
  schema: settingsDocumentSchema,
  defaults: {
    servers: [],
    checkIntervalHours: 24,
    notifications: true,
    clipboardClearSeconds: 60,
    theme: 'system',
    startAtLogin: false,
  },
};
