import { z } from 'zod';

const httpUrl = z.url({ protocol: /^https?$/ });

/** How the server talks to one provider; `id` is what `type=` and `/login?id=` name. */
export const providerSettingsSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,39}$/),
  /** Display name on the pages. */
  name: z.string().min(1).max(80),
  authorizeUrl: httpUrl,
  tokenUrl: httpUrl,
  clientId: z.string().min(1),
  /** Empty for public clients (Jottacloud's `jottacli`, a desktop client that logs in with PKCE). */
  clientSecret: z.string().default(''),
  /** Logins send a PKCE challenge (S256) and the code exchange its verifier. */
  pkce: z.boolean().default(false),
  scope: z.string(),
  /** Added to the authorize URL (Google: `access_type=offline`; Dropbox: `token_access_type=offline`). */
  extraAuthorizeParams: z.record(z.string(), z.string()).default({}),
  /** Dropbox: the code exchange carries no `state`. */
  noStateInTokenRequest: z.boolean().default(false),
  /** Dropbox: refresh requests carry no `redirect_uri`. */
  noRedirectUriOnRefresh: z.boolean().default(false),
  /** pCloud: no refresh token; the access token itself is the AuthID. */
  accessTokenOnly: z.boolean().default(false),
  /** pCloud: the callback names the account's API host (`hostname`) and region (`locationid`). */
  hostnameFromCallback: z.boolean().default(false),
  /**
   * Token URL per callback `hostname` (pCloud's regions). The self-hosted server swaps the host
   * of the token URL for whatever the callback says; mapping known hosts instead keeps a forged
   * callback from sending the client secret elsewhere. Unknown hosts use `tokenUrl`.
   */
  regionTokenUrls: z.record(z.string(), httpUrl).default({}),
  /** Jottacloud: log in by pasting a personal login token (password grant), not by redirect. */
  cliToken: z.boolean().default(false),
  /** Listed on the index page only when asked for with `type=`. */
  hidden: z.boolean().default(false),
  /** Where a user removes the app's access, shown when the provider sent no refresh token. */
  deauthorizeUrl: httpUrl.optional(),
});

/** Settings as a caller writes them (flags optional). */
export type ProviderSettingsInput = z.input<typeof providerSettingsSchema>;
/** Settings with every default filled in. */
export type ProviderSettings = z.output<typeof providerSettingsSchema>;
