import type { HttpAnswer } from './http-exchange';
import { parseJsonObject } from './parse-json-object';

/**
 * The server's reason for an error: the `X-Reason` header, else a JSON `error`/`detail`/`title`,
 * else a short plain-text body. HTML pages (the hosted handler's bare 500) give none.
 */
export function serverReason(answer: HttpAnswer): string | undefined {
  const header = answer.headers.get('x-reason')?.trim();
  if (header) return header;
  const json = parseJsonObject(answer.body);
  if (json) {
    for (const key of ['error', 'detail', 'title', 'message']) {
      const value = json[key];
      if (typeof value === 'string' && value.trim() !== '') return value.trim();
    }
    return undefined;
  }
  const text = answer.body.trim();
  return text !== '' && text.length <= 1_000 && !text.includes('<') ? text : undefined;
}
