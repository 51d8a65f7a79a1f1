// The built-in AuthID server inside the app: its settings, its token storage, and its place in the server list.
export {
  openBuiltInServer,
  type BuiltInServer,
  type BuiltInServerDeps,
  type BuiltInServerStatus,
  type Registration,
  type RegistrationInput,
} from './built-in-server';
export { openEncryptedTokenStorage } from './encrypted-token-storage';
export { withBuiltInServer } from './settings-with-built-in';
