import { send } from '../http/respond';
import { openerScript, STYLESHEET } from '../pages/static-assets';
import type { Handler } from '../server-context';

export const handleStylesheet: Handler = (_context, { res }) => send(res, 200, 'text/css; charset=utf-8', STYLESHEET);

export const handleOpenerScript: Handler = (context, { res }) => {
  const targets = context.peer.postMessageToAnyOrigin ? ['*'] : [...context.trustedOrigins];
  send(res, 200, 'text/javascript; charset=utf-8', openerScript(targets));
};
