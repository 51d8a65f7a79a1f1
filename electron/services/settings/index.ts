// The user's settings document: its values, the self-hosted server address, theme and start at login.
export type { Autostart } from './autostart';
export { parseSelfHostedBaseUrl } from './self-hosted-server';
export { openSettings, type Settings, type SettingsService, type SettingsValues } from './settings';
export type { Theme } from './theme';
