/**
 * pCloud's `/userinfo` on loopback. There is no real pCloud here, so it asks the fixture OAuth
 * provider (which issued the access token) whether the token is still valid: result 0 with the
 * account as email when it is, 2000 ("Log in failed") when not.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer, listenOnLoopback } from '../../../fixtures/loopback-server';

export interface PcloudStandIn {
  readonly baseUrl: string;
  close(): Promise<void>;
}

export async function startPcloudStandIn(providerIssuer: string): Promise<PcloudStandIn> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const token = url.searchParams.get('access_token') ?? '';
    void fetch(`${providerIssuer}/me`, { headers: { authorization: `Bearer ${token}` } }).then(async (answer) => {
      const user = answer.ok ? ((await answer.json()) as { sub?: string }) : undefined;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(user?.sub ? { result: 0, email: `${user.sub}@pcloud.example` } : { result: 2000, error: 'Log in failed.' }));
    });
  });
  await listenOnLoopback(server);
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => closeServer(server) };
}
