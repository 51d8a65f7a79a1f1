/**
 * Channel names, kept free of zod so the sandboxed preload bundles nothing but this list.
 * contract.ts checks at compile time that the list matches its requests exactly.
 */
const TRANSFER_REQUEST_NAMES = ['ratePassphrase', 'exportAuthIds', 'chooseImportFile', 'openImport', 'applyImport', 'cancelImport', 'revokeAtProvider'] as const;
const DUPLICATI_REQUEST_NAMES = ['getDuplicati', 'connectDuplicati', 'disconnectDuplicati', 'forgetDuplicatiPassword', 'scanDuplicati', 'planDuplicatiUpdate', 'applyDuplicatiUpdate', 'undoDuplicatiUpdate'] as const;
const KEYCHAIN_REQUEST_NAMES = ['keychainStatus', 'shareViaKeychain', 'stopKeychainSharing', 'repairKeychainSecret', 'copyKeychainSetting', 'keychainDefault', 'setKeychainDefault'] as const;
const SECRETS_FILE_REQUEST_NAMES = [
  'secretsFileStatus', 'chooseSecretsFile', 'copySecretsFileSetting', 'secretsFileShareStatus', 'shareViaSecretsFile', 'stopSecretsFileSharing', 'repairSecretsFileSecret',
] as const;
const BUILT_IN_SERVER_REQUEST_NAMES = [
  'getBuiltInServer', 'setBuiltInServer', 'saveBuiltInProvider', 'removeBuiltInProvider', 'checkBuiltInProvider', 'copyBuiltInRedirectUri',
] as const;

export const REQUEST_NAMES = [
  'getState', 'getSettings', 'listProviders',
  'startLogin', 'reauthorize', 'openLoginInBrowser', 'cancelLogin',
  'analyzePaste', 'savePaste',
  'rename', 'reveal', 'copyAuthId', 'forget',
  'previewUrl', 'copyUrl', 'saveDestination', 'removeDestination', 'copyDestination', 'acceptDestinationUrl',
  'checkNow', 'checkAll', 'planRevoke', 'revoke',
  'updateSettings', 'setStartAtLogin', 'addServer', 'removeServer', 'testServer', 'setWeakStorageOptIn',
  'openExternal',
  ...TRANSFER_REQUEST_NAMES,
  ...DUPLICATI_REQUEST_NAMES,
  ...KEYCHAIN_REQUEST_NAMES,
  ...BUILT_IN_SERVER_REQUEST_NAMES,
  ...SECRETS_FILE_REQUEST_NAMES,
] as const;

const DUPLICATI_EVENT_NAMES = ['duplicatiChanged'] as const;

export const EVENT_NAMES = ['stateChanged', 'settingsChanged', 'providersChanged', 'loginProgress', 'navigate', ...DUPLICATI_EVENT_NAMES] as const;

export type ChannelRequestName = (typeof REQUEST_NAMES)[number];
export type ChannelEventName = (typeof EVENT_NAMES)[number];

export const requestChannel = (name: ChannelRequestName): string => `authids:${name}`;
export const eventChannel = (name: ChannelEventName): string => `authids-event:${name}`;
