#!/usr/bin/env node
// The `authid-server` command: runs the standalone AuthID server built by `npm run build:server`.
import { access } from 'node:fs/promises';

const built = new URL('../out-server/authid-server.js', import.meta.url);
try {
  await access(built);
} catch {
  process.stderr.write('authid-server is not built yet: run "npm run build:server" in AuthID Manager\'s folder first (or use "npm run server -- --config <file>").\n');
  process.exit(1);
}
await import(built.href);
