import { request, type Agent } from 'node:http';

export interface RawAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** A request with full control over headers (fetch will not send a foreign `Host`). */
export function rawRequest(
  baseUrl: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; agent?: Agent } = {},
): Promise<RawAnswer> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers, ...(options.agent ? { agent: options.agent } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Fetch tokens made the way the app makes them. */
export { newFetchToken } from '../../../../electron/services/server-client';

/** `GET /refresh` with the AuthID in `X-AuthID`, like Duplicati. */
export async function refreshWithHeader(baseUrl: string, authId: string): Promise<{ status: number; reason: string | null; json: unknown; text: string }> {
  const response = await fetch(`${baseUrl}/refresh`, { headers: { 'X-AuthID': authId } });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, reason: response.headers.get('x-reason'), json, text };
}

/** The result text of a `/revoked` page. */
export function revokedResult(html: string): string | undefined {
  return /<pre id="result">([\s\S]*?)<\/pre>/.exec(html)?.[1];
}
