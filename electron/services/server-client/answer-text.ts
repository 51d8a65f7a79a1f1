import { redactSecrets } from '../logging';
import type { HttpAnswer } from './http-exchange';
import { htmlToText } from './html-text';
import { parseJsonObject } from './parse-json-object';

const MAX_CHARS = 200;

/**
 * What a server's error answer says, in one short line for a message: `X-Reason`, else a JSON
 * `error`, else the page's visible text. Secrets masked; undefined when it says nothing.
 */
export function answerText(answer: Pick<HttpAnswer, 'headers' | 'body'>): string | undefined {
  return sayingOf(answer.headers.get('x-reason') ?? undefined, answer.body);
}

/**
 * The same for a reason header (if any) and a page: an HTML page (its body, without the
 * headings that only name the server), JSON (Chromium shows it as page text), or plain text.
 */
export function sayingOf(reason: string | undefined, page: string): string | undefined {
  const text = reason?.trim() || errorIn(pageText(page));
  const safe = redactSecrets(text ?? '').replace(/\s+/g, ' ').trim();
  if (safe === '') return undefined;
  return safe.length > MAX_CHARS ? `${safe.slice(0, MAX_CHARS)}…` : safe;
}

function pageText(page: string): string {
  if (!/<[a-z!]/i.test(page)) return page;
  const body = /<body\b[^>]*>([\s\S]*?)(<\/body>|$)/i.exec(page)?.[1] ?? page;
  return htmlToText(body.replace(/<h1\b[\s\S]*?<\/h1\s*>/gi, ' '));
}

function errorIn(text: string): string {
  const json = parseJsonObject(text.trim());
  if (json === undefined) return text;
  return typeof json.error === 'string' ? json.error : '';
}
