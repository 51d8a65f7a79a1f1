/** What a built page costs to ship: every HTML, JS and CSS file, gzipped (images excluded). */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const SHIPPED = new Set(['.html', '.js', '.css']);

export async function gzippedSize(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  let total = 0;
  for (const entry of entries) {
    if (!entry.isFile() || !SHIPPED.has(extname(entry.name))) continue;
    total += gzipSync(await readFile(join(entry.parentPath, entry.name)), { level: 9 }).length;
  }
  return total;
}
