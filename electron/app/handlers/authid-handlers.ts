/** One AuthID: rename, reveal, copy, forget, and the connection URLs built from it. */
import type { RequestHandlers } from '../../ipc/contract';
import { UserFacingError } from '../../ipc/user-facing-error';
import { buildConnectionUrl, previewConnectionUrl, URL_RULES_VERSION } from '../../services/connection-urls';
import type { VaultRecord } from '../../services/vault';
import { findingsForBuiltUrl } from '../built-url-findings';
import { requireRecord, serverFor, type AppContext } from '../app-context';
import { referenceFor } from '../shared-secrets';
import { connectionUrlInput, maskedConnectionUrl, withLiteralReference, type DestinationFields } from '../destination-url';

type AuthIdHandlers = Pick<
  RequestHandlers,
  | 'rename'
  | 'reveal'
  | 'copyAuthId'
  | 'forget'
  | 'previewUrl'
  | 'copyUrl'
  | 'saveDestination'
  | 'removeDestination'
  | 'copyDestination'
  | 'acceptDestinationUrl'
>;

export function authIdHandlers(context: AppContext): AuthIdHandlers {
  const secretOf = async (id: string) => {
    requireRecord(context, id);
    return context.vault.readSecret(id);
  };
  const copySecret = (text: string) => context.clipboard.copySecret(text, context.settings.values().clipboardClearSeconds);
  const referenceOf = (id: string) => referenceFor(context, id);
  // Takes the record already looked up, so a copy reads the vault once for it.
  const copyUrl = async (record: VaultRecord, fields: DestinationFields) => {
    const reference = referenceOf(record.id);
    const secret = reference ?? (await context.vault.readSecret(record.id));
    const built = buildConnectionUrl(connectionUrlInput(record, fields, secret, serverFor(context, record.serverBaseUrl)));
    if (!built.ok) throw new UserFacingError(`cannot-build-${built.problem}`, `${built.message} ${built.fix}`);
    // A URL that only names the keychain's copy holds no secret: the clipboard keeps it.
    if (reference !== undefined) return context.clipboard.copySecret(withLiteralReference(built.url, reference), 0);
    return copySecret(built.url);
  };

  const savedDestination = (record: VaultRecord, destinationId: string) => {
    const destination = record.destinations.find((d) => d.id === destinationId);
    if (destination === undefined) throw new UserFacingError('not-found', 'That destination is no longer saved.');
    return destination;
  };

  return {
    rename: async ({ id, label }) => {
      requireRecord(context, id);
      context.vault.rename(id, label);
    },
    reveal: async ({ id }) => ({ authId: await secretOf(id) }),
    copyAuthId: async ({ id }) => copySecret(await secretOf(id)),
    forget: async ({ id }) => {
      requireRecord(context, id);
      context.vault.remove(id);
    },
    previewUrl: async ({ id, ...fields }) => {
      const record = requireRecord(context, id);
      const server = serverFor(context, record.serverBaseUrl);
      const reference = referenceOf(id);
      const preview = previewConnectionUrl(connectionUrlInput(record, fields, reference ?? (await secretOf(id)), server));
      const maskedUrl = reference === undefined ? preview.maskedUrl : maskedConnectionUrl(record, fields, reference, server);
      return { maskedUrl, findings: findingsForBuiltUrl(preview.findings, reference !== undefined) };
    },
    copyUrl: async ({ id, ...fields }) => copyUrl(requireRecord(context, id), fields),
    saveDestination: async ({ id, name, path, options, host }) => {
      const record = requireRecord(context, id);
      const server = serverFor(context, record.serverBaseUrl);
      const fields = { path, options, ...(host === undefined ? {} : { host }) };
      // Refuse what could never be copied, so the tray never lists a broken entry.
      const built = buildConnectionUrl(connectionUrlInput(record, fields, 'check:only', server));
      if (!built.ok) throw new UserFacingError(`cannot-build-${built.problem}`, `${built.message} ${built.fix}`);
      const destination = context.vault.addDestination(id, { name, ...fields, urlRules: URL_RULES_VERSION });
      const maskedUrl = maskedConnectionUrl(record, destination, referenceOf(id) ?? context.vault.masked(id), server);
      return { id: destination.id, name: destination.name, path: destination.path, options: destination.options, ...(host === undefined ? {} : { host }), maskedUrl };
    },
    removeDestination: async ({ id, destinationId }) => {
      requireRecord(context, id);
      context.vault.removeDestination(id, destinationId);
    },
    copyDestination: async ({ id, destinationId }) => {
      const record = requireRecord(context, id);
      return copyUrl(record, savedDestination(record, destinationId));
    },
    acceptDestinationUrl: async ({ id, destinationId }) => {
      const { name, path, options, host } = savedDestination(requireRecord(context, id), destinationId);
      context.vault.addDestination(id, { name, path, options, ...(host === undefined ? {} : { host }), urlRules: URL_RULES_VERSION });
    },
  };
}
