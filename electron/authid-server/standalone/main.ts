/**
 * `authid-server --config <file>`: the AuthID server without Electron (`npm run server`, or the
 * `authid-server` bin after `npm run build:server`). Exits 0 after a clean stop, 1 when it
 * cannot start, with the reason on stderr.
 */
import { runStandalone } from './run-standalone';
import { streamLog } from './server-log';

const log = streamLog(process.stdout);
try {
  const running = await runStandalone(process.argv.slice(2), process.env, log);
  await running.stopped;
} catch (error) {
  streamLog(process.stderr).line('error', error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
