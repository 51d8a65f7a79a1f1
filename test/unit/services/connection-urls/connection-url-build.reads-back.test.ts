/**
 * build → what Duplicati reads = what the user asked for, for every backend: any folder a user
 * can type, any option, any AuthID and server. The expected folders below are written from the
 * backends' own rules (see docs/connection-urls.md), not taken from the code under test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildConnectionUrl, type ConnectionUrlInput } from '../../../../electron/services/connection-urls/connection-url-build';
import { readDestinationUrl } from '../../../../electron/services/duplicati-reading';
import type { BackendId } from '../../../../electron/services/providers/duplicati-backends';
import type { ProviderId } from '../../../../electron/services/providers/provider-id';
import { backendForProvider } from '../../../../electron/services/providers/provider-lookup';
import { HOSTED_HANDLER, HOSTED_SERVICE, type AuthIdServer } from '../../../../electron/services/servers/known-servers';

const RUNS = 2000;
const chars = (alphabet: string) => fc.constantFrom(...[...alphabet]);
const LOWER_DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const TYPED = ` +%#?&=;:@"'\\.!~*()[]{}|^\`$,<>-_${LOWER_DIGITS}ABCXYZ`;
const UNICODE = 'äöüßéñЖ日本語€\u00a0\u200b\ufeff😀👍🏽\t';

/** One folder name: typed punctuation, letters, unicode, emoji, escapes such as %41 or %u0041. */
const segment = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: fc.oneof(chars(TYPED), chars(UNICODE)), maxLength: 10 }) },
  { weight: 1, arbitrary: fc.constantFrom('%41', '%2B', '%u0041', '%C3', '+', '.', '..', 'C', ':x', ' lead', 'trail ') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }).map((s) => s.replaceAll('/', '')) },
);
/** Empty segments give leading, trailing and double slashes. */
const folderText = fc.array(segment, { maxLength: 5 }).map((parts) => parts.join('/'));
/** A first folder .NET reads as a host name, so SharePoint can use it. */
const hostLikeFolder = fc
  .tuple(fc.array(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,8}$/), { minLength: 1, maxLength: 3 }), folderText)
  .map(([labels, rest]) => `${labels.join('.')}/${rest}`);

const hostname = fc
  .array(fc.string({ unit: chars(LOWER_DIGITS), minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 3 })
  .map((labels) => `${labels.join('.')}.example`);
const customServer: fc.Arbitrary<AuthIdServer> = fc
  .record({
    scheme: fc.constantFrom('https', 'http'),
    host: hostname,
    port: fc.option(fc.integer({ min: 1024, max: 65535 }), { nil: undefined }),
    path: fc.array(fc.string({ unit: chars(`${LOWER_DIGITS}-_~`), minLength: 1, maxLength: 8 }), { maxLength: 2 }),
    flavour: fc.constantFrom('self-hosted' as const, 'built-in' as const),
  })
  .map(({ scheme, host, port, path, flavour }) => ({ baseUrl: `${scheme}://${host}${port === undefined ? '' : `:${port}`}${path.map((p) => `/${p}`).join('')}`, flavour }));
const server = fc.oneof(fc.constant(HOSTED_HANDLER), fc.constant(HOSTED_SERVICE), customServer);

const v1AuthId = fc
  .tuple(fc.string({ unit: chars('0123456789abcdef'), minLength: 30, maxLength: 30 }), fc.string({ unit: chars(`${LOWER_DIGITS}ABCXYZ!-_.`), minLength: 21, maxLength: 32 }))
  .map(([key, password]) => `${key}:${password}`);
const authId = (provider: ProviderId) =>
  fc.oneof(v1AuthId, fc.string({ unit: chars(`${LOWER_DIGITS}ABCXYZ+/=-_.!*$~%`), minLength: 20, maxLength: 80 }).map((t) => `v2:${provider}:${t}`), fc.string({ unit: 'binary', minLength: 1 }));

const optionValue = fc.string({ unit: fc.oneof(chars(TYPED), chars(UNICODE)), minLength: 1, maxLength: 20 });
// Jottacloud stops on these values unless they fit (its refusals are tested in connection-url-build.test.ts).
const VALUES: Readonly<Record<string, fc.Arbitrary<string>>> = {
  'jottacloud-threads': fc.integer({ min: 1, max: 64 }).map(String),
  'jottacloud-chunksize': fc.constantFrom('5mb', '1kb', '1gib', '1024', '512 KiB'),
  'jottacloud-device': fc.constantFrom('Jotta', 'jotta'),
  'jottacloud-mountpoint': fc.constantFrom('Archive', 'Sync', 'archive'),
};
/** Catalogue options (some written in another case) and extra ones. */
function options(provider: ProviderId): fc.Arbitrary<Record<string, string>> {
  const names = backendForProvider(provider)?.options.map((o) => o.name) ?? [];
  const spelled = (name: string) => fc.constantFrom(name, name.toUpperCase(), name.replace(/^./, (c) => c.toUpperCase()));
  const known = fc.subarray(names).chain((picked) => fc.tuple(...picked.map((name) => fc.tuple(spelled(name), VALUES[name] ?? optionValue))));
  const extra = fc.uniqueArray(fc.tuple(fc.stringMatching(/^x-[a-z0-9-]{1,12}$/), optionValue), { selector: ([n]) => n, maxLength: 2 });
  return fc.tuple(known, extra).map(([a, b]) => Object.fromEntries([...a, ...b]));
}

function inputs(provider: ProviderId, folders: fc.Arbitrary<string>): fc.Arbitrary<ConnectionUrlInput> {
  return fc.record({
    provider: fc.constant(provider),
    path: folders,
    options: options(provider),
    authId: authId(provider),
    server,
    host: fc.constantFrom('api.pcloud.com', 'eapi.pcloud.com'),
  });
}

const trim = (path: string) => path.replace(/^\/+|\/+$/g, '');

/** The folder each backend works in for the folder text the user asked for. */
function expectedFolder(backend: BackendId, folder: string): string {
  switch (backend) {
    case 'googledrive':
    case 'box':
    case 'jottacloud':
      return `${folder}/`;
    case 'gcs': {
      const [bucket, ...prefix] = folder.split('/');
      return `${bucket}/${prefix.length === 0 ? '' : `${prefix.join('/')}/`}`;
    }
    case 'pcloud':
      return folder;
    default:
      return folder === '' ? '' : `/${folder}`;
  }
}

// .NET's Char.IsWhiteSpace (no U+FEFF, but U+0085) and the backslash pCloud also trims.
const DOTNET_SPACE_OR_BACKSLASH = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\\]$/;

/** Why the builder must refuse this folder, or null when it must build it. */
function expectedRefusal(backend: BackendId, folder: string): string | null {
  const [first = '', second = ''] = folder.split('/');
  if (/\p{Cs}/u.test(folder)) return 'invalid-text';
  if (backend === 'jottacloud' && folder === '') return 'empty-folder';
  if (backend === 'gcs' && first === '') return 'no-bucket';
  if (['onedrivev2', 'sharepoint', 'msgroup'].includes(backend) && folder.includes('\\')) return 'backslash';
  if (backend === 'pcloud' && (DOTNET_SPACE_OR_BACKSLASH.test(folder.slice(0, 1)) || DOTNET_SPACE_OR_BACKSLASH.test(folder.slice(-1)))) return 'pcloud-edges';
  const secondIsHost = !['onedrivev2', 'sharepoint', 'msgroup', 'dropbox', 'pcloud'].includes(backend);
  if (secondIsHost && first.length === 1 && second.startsWith(':')) return 'drive-letter';
  return null;
}

/** A first folder that is a DNS name (labels of letters, digits, "-" and "_", starting with a letter or digit). */
function isDnsName(first: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_-]{0,62}(\.[A-Za-z0-9][A-Za-z0-9_-]{0,62})*\.?$/.test(first);
}

function checkRoundTrip(input: ConnectionUrlInput): void {
  const backend = backendForProvider(input.provider);
  if (backend === null) throw new Error('no backend');
  const folder = trim(input.path);
  const built = buildConnectionUrl(input);
  // A service account key is a secret and never goes into a URL.
  const secretOption = Object.keys(input.options ?? {}).some((name) => backend.options.some((o) => o.secret === true && o.name === name.toLowerCase()));
  const refusal = secretOption ? 'secret-option' : expectedRefusal(backend.id, folder);
  if (!built.ok) {
    if (built.problem === 'sharepoint-site') {
      expect(isDnsName(folder.split('/')[0] ?? '')).toBe(false);
      return;
    }
    expect(built.problem).toBe(refusal);
    expect(built.message.length).toBeGreaterThan(20);
    expect(built.fix.length).toBeGreaterThan(10);
    return;
  }
  expect(refusal).toBeNull();
  const reading = readDestinationUrl(built.url);
  expect(reading.error).toBeNull();
  expect(reading.backend).toBe(backend.id);
  expect(reading.folder).toBe(expectedFolder(backend.id, folder));
  expect(reading.authId).toBe(input.authId);
  const written = Object.fromEntries(Object.entries(input.options ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
  if (backend.takesOauthUrl) {
    expect(reading.refreshUrl).toEqual({ url: `${input.server.baseUrl.replace(/\/+$/, '')}/refresh`, from: 'url' });
    expect(reading.options).toEqual({ ...written, authid: input.authId, 'oauth-url': reading.refreshUrl.url });
  } else {
    expect(reading.options).toEqual({ ...written, authid: input.authId });
  }
  // The same on 2.3 stable, which reads %uXXXX and pCloud URLs differently.
  expect(reading.otherVersions.filter((v) => v.version === '2.3-stable')).toEqual([]);
}

const PROVIDERS: readonly ProviderId[] = ['googledrive', 'gcs', 'onedrivev2', 'sharepoint', 'msgroup', 'box.com', 'dropbox', 'jottacloud', 'pcloud'];

describe('build → read back through the "what Duplicati reads" module', () => {
  it.each(PROVIDERS)('%s: any folder, option, AuthID and server reads back exactly, or is refused for its reason', (provider) => {
    fc.assert(fc.property(inputs(provider, folderText), checkRoundTrip), { numRuns: RUNS });
  });

  it('sharepoint: a first folder .NET reads as a host name always builds', () => {
    fc.assert(
      fc.property(inputs('sharepoint', hostLikeFolder), (input) => {
        const built = buildConnectionUrl(input);
        expect(built.ok ? null : built.problem).toBe(expectedRefusal('sharepoint', trim(input.path)));
        checkRoundTrip(input);
      }),
      { numRuns: RUNS },
    );
  });
});
