import { parseAuthId } from '../authid-format';
import { readForm } from '../http/read-form';
import { sendHtml } from '../http/respond';
import { revokedPage, revokeFormPage } from '../pages/form-pages';
import type { Handler, ServerContext } from '../server-context';

const V2_NOT_REVOCABLE =
  'Error: The token must be revoked from the service provider. You can de-authorize the application on the storage providers website.';

/** `GET /revoke`: the form. */
export const handleRevokeForm: Handler = (context, { res }) => {
  sendHtml(res, 200, revokeFormPage(context.appName));
};

/**
 * `POST /revoked` (form `authid` or `X-AuthID`): deletes a v1 entry. Like the self-hosted server
 * it answers 400 whatever the outcome; the page's result text tells what happened.
 */
export const handleRevoked: Handler = async (context, { req, res }) => {
  const header = req.headers['x-authid'];
  const authId = (await readForm(req)).get('authid') || (typeof header === 'string' ? header : '');
  sendHtml(res, 400, revokedPage(context.appName, await revoke(context, authId)));
};

async function revoke(context: ServerContext, authId: string): Promise<string> {
  if (authId === '') return 'Error: Missing AuthID';
  if (authId.startsWith('v2:')) return V2_NOT_REVOCABLE;
  const shape = parseAuthId(authId);
  if (shape.kind !== 'v1') return 'Error: Invalid AuthId format';
  if (!context.store) return 'Error: Persisted storage is not configured on server';
  try {
    await context.store.delete(shape.keyId, shape.password);
  } catch {
    return 'Error: Invalid AuthId';
  }
  return 'Token is revoked';
}
