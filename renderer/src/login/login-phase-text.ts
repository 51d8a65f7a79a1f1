import type { LoginPhase } from '../api/view-types';

export const LOGIN_PHASE_HEADLINES: Readonly<Record<LoginPhase, string>> = {
  opening: 'Opening the login window…',
  'waiting-for-user': 'Waiting for you in the login window',
  'waiting-in-browser': 'Waiting for you in your browser',
  capturing: 'Receiving the AuthID…',
  succeeded: 'Done: the AuthID is saved',
  failed: 'The login did not finish',
  cancelled: 'Login cancelled',
};
