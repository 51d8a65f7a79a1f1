/** Reading an import file within a size cap, and writing an export so no half-written file is left. */
import { randomBytes } from 'node:crypto';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type FileProblem = { readonly ok: false; readonly code: string };

/** The file's bytes, or why not (`too-large`, or the system's code such as ENOENT). */
export async function readFileCapped(file: string, maxBytes: number): Promise<{ readonly ok: true; readonly bytes: Uint8Array } | FileProblem> {
  try {
    const handle = await open(file, 'r');
    try {
      if ((await handle.stat()).size > maxBytes) return { ok: false, code: 'too-large' };
      return { ok: true, bytes: new Uint8Array(await handle.readFile()) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, code: errorCode(error) };
  }
}

/** Writes beside the target, readable by the user only, then renames over it. */
export async function writeFileAtomically(file: string, text: string): Promise<{ readonly ok: true } | FileProblem> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { mode: 0o600, flag: 'wx' });
    await rename(temporary, file);
    return { ok: true };
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    return { ok: false, code: errorCode(error) };
  }
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : 'unknown';
}
