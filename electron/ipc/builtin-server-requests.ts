/** The built-in AuthID server's requests: on/off and port, the user's app registration per provider, a check. */
import { z } from 'zod';
import type { BuiltInServerView } from './builtin-server-views';
import type { CopyResultView } from './views';
import { request } from './request';

const providerId = z.string().min(1).max(64);

export const BUILT_IN_SERVER_REQUESTS = {
  getBuiltInServer: request<BuiltInServerView>()(z.undefined()),
  setBuiltInServer: request<BuiltInServerView>()(
    z.strictObject({
      enabled: z.boolean().optional(),
      port: z.number().int().min(1).max(65_535).optional(),
      /** Duplicati's web UI port whose pages may receive AuthIDs; null lets none. */
      duplicatiWebUiPort: z.number().int().min(1).max(65_535).nullable().optional(),
    }),
  ),
  /** Without `clientSecret` the saved secret stays; an empty one removes it. */
  saveBuiltInProvider: request<BuiltInServerView>()(
    z.strictObject({ id: providerId, clientId: z.string().max(512), clientSecret: z.string().max(2048).optional() }),
  ),
  removeBuiltInProvider: request<BuiltInServerView>()(z.strictObject({ id: providerId })),
  checkBuiltInProvider: request<BuiltInServerView>()(z.strictObject({ id: providerId })),
  /** Copies the redirect URI to register at providers (main's clipboard: the window has no clipboard permission). */
  copyBuiltInRedirectUri: request<CopyResultView>()(z.undefined()),
} as const;
