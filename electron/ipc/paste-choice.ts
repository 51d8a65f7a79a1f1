import { z } from 'zod';
import { PCLOUD_HOSTS } from '../services/providers/duplicati-backends';
import { PROVIDER_IDS } from '../services/providers/provider-id';

/** What the user picks on the paste screen for a bare AuthID, which names no provider, server or region. */
export const PASTE_CHOICE = {
  provider: z.enum(PROVIDER_IDS).optional(),
  serverBaseUrl: z.string().min(1).max(2048).optional(),
  region: z.enum(PCLOUD_HOSTS).optional(),
};
