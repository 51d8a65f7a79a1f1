/** Test data: a few AuthIDs in different states, with made-up secrets. */
import type { CheckView } from '../../../electron/ipc/views';
import type { SeedAuthId } from './in-memory-handlers';

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
const check = (hours: number, health: CheckView['health'], reason: string): CheckView => ({ at: hoursAgo(hours), health, reason });

export const SAMPLE_AUTHIDS: readonly SeedAuthId[] = [
  {
    label: 'Family photos',
    provider: 'dropbox',
    secret: '3f9a0c1b2d4e5f60718293a4b5c6d7:Xy7-Pq9.Lm2_Zr4!Ws8Tk',
    accountName: 'alex@example.com',
    history: [check(2, 'healthy', 'The AuthID server issued an access token.'), check(26, 'healthy', 'The AuthID server issued an access token.')],
    destinations: [{ name: 'Laptop backup', path: 'Backups/Laptop' }],
  },
  {
    label: 'Work documents on the shared SharePoint site with a very long label that must not break the layout',
    provider: 'sharepoint',
    secret: 'v2:sharepoint:0.AXkA-very-long-refresh-token+with/slashes=and-more-characters-than-fit',
    kind: 'v2',
    accountName: 'alexandra.someone-with-a-long-name@contoso-corporation.example.com',
    history: [check(5, 'needs-reauthorization', 'Microsoft refused the refresh token: the user must sign in again.')],
  },
  {
    label: 'Archive (EU)',
    provider: 'pcloud',
    secret: 'pcloudAccessTokenAbcdef0123456789',
    kind: 'access-token-only',
    region: 'eapi.pcloud.com',
    health: 'not-checked',
  },
  {
    label: 'Old Box account',
    provider: 'box.com',
    secret: '0a1b2c3d4e5f60718293a4b5c6d7e8:Qw3-Er5.Ty7_Ui9!Op0As',
    history: [check(1, 'rate-limited', 'The server asked to wait 60 minutes (rate limit).')],
  },
];
