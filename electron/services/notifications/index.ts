// Desktop notices: the notifier port, what the app says after a login, and problem notices (once per problem, not per retry).
export { loginFailedNotice, loginSucceededNotice } from './login-notices';
export type { Notice, Notifier } from './notifier';
export { createProblemNotices } from './problem-notices';
