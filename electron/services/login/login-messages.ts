/** The plain words each login phase shows. None of them ever holds a secret. */
import { getProvider, type ProviderId } from '../providers';

function nameOf(provider: ProviderId): string {
  return getProvider(provider).name;
}

function usesCliToken(provider: ProviderId): boolean {
  return getProvider(provider).loginStyle === 'cli-token';
}

export const loginMessages = {
  opening: (provider: ProviderId) => `Opening the ${nameOf(provider)} login window.`,
  waitingForUser: (provider: ProviderId) =>
    usesCliToken(provider)
      ? `Paste a ${nameOf(provider)} personal login token in the login window.`
      : `Sign in to ${nameOf(provider)} in the login window and allow access.`,
  waitingInBrowser: (provider: ProviderId) =>
    usesCliToken(provider)
      ? `Finish the ${nameOf(provider)} login in your browser. If the page shows the AuthID instead, copy it and paste it into the app.`
      : `Finish signing in to ${nameOf(provider)} in your browser; the app picks up the AuthID when you are done.`,
  capturing: (provider: ProviderId) => `Signed in to ${nameOf(provider)}; collecting the AuthID.`,
  succeeded: (provider: ProviderId) => `Signed in to ${nameOf(provider)}; the new AuthID is ready.`,
  windowClosed: 'The login window was closed before the login finished. Nothing was saved.',
  cancelledByUser: 'You cancelled the login. Nothing was saved.',
  windowFailed: 'The login window could not be opened. Start the login again.',
  browserFailed: 'Your web browser could not be opened. Finish the login in the login window instead.',
  notAnAuthId:
    'The AuthID server answered with something that is not an AuthID, so nothing was saved. Start the login again; if this keeps happening, check the server address.',
  notSaved: 'The AuthID was received but could not be saved. Start the login again.',
} as const;
