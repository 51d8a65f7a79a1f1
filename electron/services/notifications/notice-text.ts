/** Notice text is user-visible and may quote a server's words: cap it and mask anything secret-shaped. */
import { redactSecrets } from '../logging';
import { fitLabel } from '../tray';

export function noticeTitle(text: string): string {
  return fitLabel(redactSecrets(text), 64);
}

export function noticeBody(text: string): string {
  return fitLabel(redactSecrets(text), 240);
}

/** A user-chosen name inside a sentence. */
export function quoted(label: string): string {
  return `“${fitLabel(label, 40)}”`;
}
