/** The tray's first line and tooltip: the vault's health, then what is running, in words. */
import type { LoginProgressView } from '../services/login';
import { getProvider } from '../services/providers';
import type { Health } from '../services/authids';
import { summarizeHealth } from '../services/tray';

/** What is running: logins, and how many AuthIDs are being checked. */
export interface TrayActivity {
  readonly logins: readonly LoginProgressView[];
  readonly checking: number;
}

/** A login or a check is running (the tray shows its busy icon). */
export function trayBusy(activity: TrayActivity): boolean {
  return activity.logins.length > 0 || activity.checking > 0;
}

/** E.g. "login to Dropbox…", "checking 2 AuthIDs…", "login to Box, checking 1 AuthID…"; undefined when idle. */
function describeActivity(activity: TrayActivity): string | undefined {
  const parts = [loginWords(activity.logins), checkWords(activity.checking)].filter((part) => part !== undefined);
  return parts.length === 0 ? undefined : `${parts.join(', ')}…`;
}

/** "2 AuthIDs · all healthy · checking 2 AuthIDs…" */
export function trayStatusLine(input: TrayActivity & { readonly authIds: readonly { readonly health: Health }[] }): string {
  const activity = describeActivity(input);
  return summarizeHealth(input.authIds) + (activity === undefined ? '' : ` · ${activity}`);
}

/** The name a login is shown under, e.g. "Dropbox". */
export function loginName(login: LoginProgressView): string {
  return getProvider(login.provider).name;
}

function loginWords(logins: readonly LoginProgressView[]): string | undefined {
  if (logins.length === 0) return undefined;
  if (logins.length > 2) return `${logins.length} logins`;
  return `login to ${logins.map(loginName).join(' and ')}`;
}

function checkWords(checking: number): string | undefined {
  if (checking === 0) return undefined;
  return `checking ${checking === 1 ? '1 AuthID' : `${checking} AuthIDs`}`;
}
