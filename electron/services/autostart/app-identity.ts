/**
 * The app's reverse-DNS id: the autostart entry's file name, and what electron-builder's `appId`
 * and Windows' AppUserModelId (`app.setAppUserModelId`, needed for notifications) must be.
 */
export const APP_ID = 'io.github.authidmanager';
export const APP_NAME = 'AuthID Manager';
