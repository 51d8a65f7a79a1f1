import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildConnectionUrl, type ConnectionUrlInput } from '../../../../electron/services/connection-urls/connection-url-build';
import { lintConnectionUrl } from '../../../../electron/services/connection-urls/connection-url-lint';
import { parseConnectionUrl } from '../../../../electron/services/connection-urls/connection-url-parse';
import { maskConnectionUrl } from '../../../../electron/services/connection-urls/connection-url-preview';
import { PCLOUD_HOSTS } from '../../../../electron/services/providers/duplicati-backends';
import { PROVIDER_IDS } from '../../../../electron/services/providers/provider-id';
import { backendForProvider } from '../../../../electron/services/providers/provider-lookup';
import { HOSTED_HANDLER, HOSTED_SERVICE, type AuthIdServer } from '../../../../electron/services/servers/known-servers';

const RUNS = { numRuns: 1000 };
const chars = (alphabet: string) => fc.constantFrom(...alphabet.split(''));
const LOWER_DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789';

const providerWithBackend = fc.constantFrom(...PROVIDER_IDS.filter((id) => backendForProvider(id) !== null));

// Any Unicode text, including spaces, %, +, ?, #, &, = and control characters; empty inner segments give SharePoint's //.
const folderPath = fc.array(fc.string({ unit: 'binary', maxLength: 12 }).map((s) => s.replaceAll('/', '')), { maxLength: 5 }).map((s) => s.join('/'));

const v1AuthId = fc
  .tuple(fc.string({ unit: chars('0123456789abcdef'), minLength: 30, maxLength: 30 }), fc.string({ unit: chars(`${LOWER_DIGITS}ABCXYZ!-_.`), minLength: 21, maxLength: 32 }))
  .map(([key, password]) => `${key}:${password}`);
const refreshToken = fc.string({ unit: chars(`${LOWER_DIGITS}ABCXYZ+/=-_.!*$~`), minLength: 20, maxLength: 80 });
const accessToken = fc.string({ unit: chars(`${LOWER_DIGITS}ABCXYZ-_.`), minLength: 16, maxLength: 64 });

const hostname = fc
  .array(fc.string({ unit: chars(LOWER_DIGITS), minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 3 })
  .map((labels) => `${labels.join('.')}.example`);
const customServer: fc.Arbitrary<AuthIdServer> = fc
  .record({
    host: hostname,
    port: fc.option(fc.integer({ min: 1024, max: 65535 }), { nil: undefined }),
    path: fc.array(fc.string({ unit: chars(LOWER_DIGITS), minLength: 1, maxLength: 8 }), { maxLength: 2 }),
    flavour: fc.constantFrom('self-hosted', 'built-in') as fc.Arbitrary<'self-hosted' | 'built-in'>,
    scheme: fc.constantFrom('https', 'http'),
  })
  .map(({ host, port, path, flavour, scheme }) => ({
    baseUrl: `${scheme}://${host}${port === undefined ? '' : `:${port}`}${path.map((p) => `/${p}`).join('')}`,
    flavour,
  }));

/** Input a user could save: a proper AuthID for the provider and the options it requires. */
const validInput: fc.Arbitrary<ConnectionUrlInput> = providerWithBackend.chain((provider) => {
  const backend = backendForProvider(provider);
  const required = backend?.options.filter((o) => o.required || o.oneOfGroup !== undefined).map((o) => o.name) ?? [];
  const textValue = fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).filter((v) => v.trim() !== '');
  return fc.record({
    provider: fc.constant(provider),
    path: folderPath,
    options: fc.tuple(...required.map((n) => textValue.map((v) => [n, v] as const))).map((pairs) => Object.fromEntries(pairs)),
    authId: provider === 'pcloud' ? accessToken : fc.oneof(v1AuthId, refreshToken.map((t) => `v2:${provider}:${t}`)),
    server: fc.oneof(fc.constant(HOSTED_HANDLER), fc.constant(HOSTED_SERVICE), customServer.map((s) => ({ ...s, baseUrl: s.baseUrl.replace(/^http:/, 'https:') }))),
    host: fc.constantFrom(...PCLOUD_HOSTS),
  }).map(({ host, ...input }): ConnectionUrlInput => (backend?.host === undefined ? input : { ...input, host }));
});

describe('build -> lint', () => {
  it('finds nothing wrong in a URL built from valid input', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const built = buildConnectionUrl(input);
        // Refusals, and that they are the only ones, are checked in connection-url-build.reads-back.test.ts.
        if (!built.ok) return;
        expect(lintConnectionUrl(built.url)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('masks the AuthID in the built URL', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const built = buildConnectionUrl(input);
        if (!built.ok) return;
        const masked = maskConnectionUrl(built.url);
        const secret = input.authId.slice(input.authId.lastIndexOf(':') + 1);
        expect(masked).not.toContain(secret.slice(0, -4));
        expect(masked).not.toContain(encodeURIComponent(secret.slice(0, -4)));
      }),
      RUNS,
    );
  });
});

// Strings shaped like destination URLs, built from the pieces that trip parsers up.
const piece = fc.constantFrom('authid=', 'AUTHID=', 'oauth-url=', '&', '?', '=', '%', '%3A', '%u00', '%E2%82', '+', '/', '//', ':', '#', ' ', '\n', 'pcloud.com', 'v2:', 'Server error, ');
const urlish = fc
  .tuple(
    fc.constantFrom('onedrivev2', 'sharepoint', 'msgroup', 'pcloud', 'googledrive', 'box', 'PCLOUD', 'onedrive', 's3', '', 'a:b'),
    fc.constantFrom('://', ':/', '//', ''),
    fc.array(fc.oneof(piece, fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 14 }),
  )
  .map(([scheme, sep, parts]) => `${scheme}${sep}${parts.join('')}`);
const loneSurrogates = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });

describe('parse, lint and mask on arbitrary text', () => {
  it.each([
    ['fc.string', fc.string()],
    ['full Unicode', fc.string({ unit: 'binary' })],
    ['UTF-16 units with lone surrogates', loneSurrogates],
    ['web URLs', fc.webUrl({ withQueryParameters: true, withFragments: true })],
    ['URL-ish strings', urlish],
  ] as const)('never throw on %s', (_name, arb) => {
    fc.assert(
      fc.property(arb as fc.Arbitrary<string>, (text) => {
        const parsed = parseConnectionUrl(text);
        expect(typeof parsed.ok).toBe('boolean');
        for (const f of lintConnectionUrl(text)) {
          expect(['error', 'warning', 'info']).toContain(f.severity);
          expect(f.message.length * f.fix.length).toBeGreaterThan(0);
        }
        expect(typeof maskConnectionUrl(text)).toBe('string');
      }),
      RUNS,
    );
  });
});
