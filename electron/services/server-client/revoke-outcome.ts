import type { DeauthorizePage, ProviderId } from '../providers';
import type { AuthIdServer } from '../servers';
import { deauthorizeHint } from './deauthorize-hint';
import { htmlToText } from './html-text';
import type { HttpAnswer } from './http-exchange';
import { safeDetail, serverHost, type ServerFailure } from './server-failure';
import { serverReason } from './server-reason';
import { unexpectedAnswer } from './unexpected-answer';

export interface RevokeSuccess {
  readonly ok: true;
  /** For the user; says what revoking did not do. */
  readonly message: string;
}

/** The server cannot revoke this kind of AuthID; the user has to de-authorize at the provider. */
export interface RevokeRefusal extends ServerFailure<'not-revocable'> {
  /** True when the app refused without asking the server. */
  readonly decidedLocally: boolean;
  /** Where the user removes the app's access; empty when the provider is unknown. */
  readonly deauthorizePages: readonly DeauthorizePage[];
}

export type RevokeResult = RevokeSuccess | RevokeRefusal | ServerFailure;

/** The result line of a `/revoked` page: inside `<pre>` on both servers, else anywhere in the text. */
function revokeResultText(html: string): string | undefined {
  const pre = /<pre\b[^>]*>([\s\S]*?)<\/pre\s*>/i.exec(html);
  const text = htmlToText(pre?.[1] ?? html);
  const found = /token (?:is )?revoked|error: .*/i.exec(text);
  return found ? found[0].slice(0, 300).trim() : undefined;
}

export function revokeRefusal(message: string, decidedLocally: boolean, pages: readonly DeauthorizePage[], status?: number): RevokeRefusal {
  return {
    ok: false,
    kind: 'not-revocable',
    retryable: false,
    needsReauthorization: false,
    message,
    decidedLocally,
    deauthorizePages: pages,
    ...(status === undefined ? {} : { status }),
  };
}

/**
 * Reads the outcome from the page text, not the status: the self-hosted server answers 400
 * even on success, the hosted handler 200 whatever happened.
 */
export function classifyRevokeAnswer(server: AuthIdServer, answer: HttpAnswer, provider?: ProviderId, secrets: readonly string[] = []): RevokeResult {
  const host = serverHost(server);
  const deauthorize = deauthorizeHint(provider);
  const result = revokeResultText(answer.body) ?? serverReason(answer);
  if (result === undefined) return unexpectedAnswer(server, answer, 'the revoke request');
  const said = result.toLowerCase().replace(/^error:\s*/, '');
  const { status } = answer;
  const detail = safeDetail(result, secrets);
  const fail = (kind: ServerFailure['kind'], retryable: boolean, message: string): ServerFailure => ({
    ok: false,
    kind,
    retryable,
    needsReauthorization: false,
    message,
    status,
    ...(detail === undefined ? {} : { detail }),
  });

  if (/^token (is )?revoked/.test(said)) {
    return {
      ok: true,
      message: `The server at ${host} deleted this AuthID, so it can no longer be used to get access tokens. Access tokens already handed out stay valid for up to about an hour, and the server may keep answering refreshes from its cache until then. The app's access at the provider is untouched; to remove it too, de-authorize the app ${deauthorize.where}.`,
    };
  }
  if (said.startsWith('the token must be revoked from the service provider')) {
    return revokeRefusal(`The server at ${host} keeps nothing for this AuthID, so there is nothing to revoke there. To cut off access, de-authorize the app ${deauthorize.where}.`, false, deauthorize.pages, status);
  }
  if (said.startsWith('no such user')) {
    return fail('unknown-authid', false, `The server at ${host} does not know this AuthID: it was already revoked, removed after a year without use, or issued by another server. There is nothing left to revoke there.`);
  }
  if (said.startsWith('invalid authid password')) {
    return fail('wrong-password', false, `The server at ${host} knows this AuthID but its password part is wrong, usually because only part of it was copied, so it refused to revoke it. Paste the whole AuthID and try again.`);
  }
  if (said === 'invalid authid') {
    // Self-hosted: unknown key, wrong password or a storage fault all read the same.
    return fail('unknown-authid-or-wrong-password', false, `The server at ${host} refused to revoke this AuthID: either it does not know it (already revoked, or issued by another server) or its password part is wrong (only part of it was copied).`);
  }
  if (/^(no authid in query|missing authid|invalid authid in query|invalid authid format)/.test(said)) {
    return fail('bad-authid', false, `The server at ${host} does not accept this as an AuthID: it is empty or incomplete. Check that the whole AuthID was copied.`);
  }
  if (said.startsWith('persisted storage is not configured')) {
    return fail('storage-not-configured', false, `The server at ${host} keeps no stored AuthIDs, so this AuthID was not issued there. Revoke it on the server that issued it.`);
  }
  return fail('server-error', true, `The server at ${host} could not revoke this AuthID just now. Try again later.`);
}
