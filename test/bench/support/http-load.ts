/**
 * A closed-loop HTTP load: `concurrency` requests in flight over keep-alive sockets, each
 * answer read in full before the next request goes out, for `durationMs`. Any answer that is
 * not 200 stops the run, so a throughput figure never counts errors.
 */
import http from 'node:http';

export interface LoadOptions {
  readonly url: string;
  readonly headers?: http.OutgoingHttpHeaders;
  readonly concurrency: number;
  readonly durationMs: number;
}

function requestOnce(agent: http.Agent, url: URL, headers: http.OutgoingHttpHeaders): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        reject(new Error(`${url.pathname} answered ${response.statusCode}`));
        return;
      }
      response.on('data', () => undefined);
      response.on('end', resolve);
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

/** Requests per second over the run. */
export async function requestsPerSecond({ url, headers = {}, concurrency, durationMs }: LoadOptions): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(url);
  const started = performance.now();
  const deadline = started + durationMs;
  let completed = 0;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      await requestOnce(agent, target, headers);
      completed += 1;
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
    return completed / ((performance.now() - started) / 1000);
  } finally {
    agent.destroy();
  }
}
