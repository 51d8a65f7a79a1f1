// The background refresher: scheduled checks that keep AuthIDs alive and their health current.
export { createRefresher, type Refresher } from './refresher';
export type { CheckActivity, RefresherDeps, RefresherVault } from './refresher-deps';
export { systemTimers, type Timers } from '../time';
export { httpWhoAmI, type WhoAmI } from './who-am-i';
