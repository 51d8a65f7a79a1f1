/** What the desktop says when a login ends (cancelled logins say nothing). */
import type { Notice } from './notifier';
import { noticeBody, noticeTitle, quoted } from './notice-text';

export function loginSucceededNotice(login: { providerName: string; label: string; onClick?: () => void }): Notice {
  return {
    title: noticeTitle(`Signed in to ${login.providerName}`),
    body: noticeBody(`Saved as ${quoted(login.label)}. Copy its connection URL from the tray menu.`),
    ...(login.onClick ? { onClick: login.onClick } : {}),
  };
}

export function loginFailedNotice(login: { providerName: string; message: string; onClick?: () => void }): Notice {
  return {
    title: noticeTitle(`${login.providerName} sign-in failed`),
    body: noticeBody(login.message),
    ...(login.onClick ? { onClick: login.onClick } : {}),
  };
}
