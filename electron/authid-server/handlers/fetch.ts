import { send, sendJson, sendReason } from '../http/respond';
import type { Handler } from '../server-context';

/** A JSONP callback must be a plain (dotted) identifier, so nothing else can be injected. */
const CALLBACK_NAME = /^[A-Za-z_$][\w$]{0,63}(?:\.[A-Za-z_$][\w$]{0,63}){0,3}$/;

/**
 * `GET /fetch?token=`: always 200 with `{authid}`, `{wait:"Not ready"}`, `{error:"Missing token"}`
 * or `{error:"No such entry"}`. The AuthID is handed out once and then removed, and no other
 * site may embed the answer (`Cross-Origin-Resource-Policy`). The self-hosted peer's JSONP and
 * repeatable reads come back only with their `peer` flags.
 */
export const handleFetch: Handler = (context, { res, url }) => {
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  const token = url.searchParams.get('token')?.trim() ?? '';
  const slot = token === '' ? undefined : context.fetchTokens.get(token);
  const answer =
    token === '' ? { error: 'Missing token' }
    : slot === undefined ? { error: 'No such entry' }
    : slot.authId === undefined ? { wait: 'Not ready' }
    : { authid: slot.authId };

  const callback = context.peer.jsonp ? url.searchParams.get('callback') || url.searchParams.get('jsonp') : null;
  if (callback && !CALLBACK_NAME.test(callback)) return sendReason(res, 400, 'Invalid callback name');
  if ('authid' in answer && !context.peer.repeatableFetch) context.fetchTokens.take(token);
  if (!callback) return sendJson(res, 200, answer);
  send(res, 200, 'application/javascript; charset=utf-8', `${callback}(${JSON.stringify(answer)})`);
};
