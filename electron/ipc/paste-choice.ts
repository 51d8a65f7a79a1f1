import { z } from 'zod';
import { PCLOUD_HOSTS, PROVIDER_IDS } from '../services/providers';

/** What the user picks on the paste screen for a bare AuthID, which names no provider, server or region. */
export const PASTE_CHOICE = {
  provider: z.enum(PROVIDER_IDS).optional(),
  serverBaseUrl: z.string().min(1).max(2048).optional(),
  region: z.enum(PCLOUD_HOSTS).optional(),
};
