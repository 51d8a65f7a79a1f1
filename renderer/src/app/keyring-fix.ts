/** What the user can do so the system encrypts AuthIDs again, for the platform the window runs on. */
export function keyringFix(userAgent: string): string {
  if (/Macintosh|Mac OS X/.test(userAgent)) {
    return 'Unlock your login keychain (in Keychain Access) and choose Allow when macOS asks about AuthID Manager, then quit and start AuthID Manager again.';
  }
  if (/Windows/.test(userAgent)) {
    return 'Sign in to Windows with your own user account (not a temporary or guest profile), whose data protection encrypts app secrets, then start AuthID Manager again.';
  }
  return 'Install a keyring and unlock it when you log in: GNOME Keyring (the gnome-keyring package) or KDE Wallet (KWallet). Then quit and start AuthID Manager again.';
}
