// The background refresher: scheduled checks that keep AuthIDs alive and their health current.
export { createRefresher, type Refresher } from './refresher';
export type { CheckActivity, RefresherDeps, RefresherVault } from './refresher-deps';
export { httpWhoAmI, type WhoAmI } from './who-am-i';
