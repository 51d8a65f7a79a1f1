import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** `O_NOFOLLOW` where the platform has it (not on Windows, where symlinks need admin rights). */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * Replaces `path` with `text` so that a crash leaves either the old or the new file, readable
 * only by its owner: a temporary file with a random name, created exclusively (an existing
 * file or a planted symlink there fails instead of being followed), mode 0600 whatever the
 * umask, flushed to disk, renamed over `path` (which replaces a symlink, never writes through
 * it), and the folder flushed so the rename survives a power cut.
 */
export async function writeFileDurably(path: string, text: string): Promise<void> {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${randomBytes(12).toString('hex')}.tmp`);
  const file = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW, 0o600);
  try {
    try {
      await file.chmod(0o600);
      await file.writeFile(text, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/** Reads a file that must not be a symlink (someone else's file passed off as ours). */
export async function readOwnFile(path: string): Promise<string> {
  const file = await open(path, constants.O_RDONLY | NO_FOLLOW);
  try {
    return await file.readFile('utf8');
  } finally {
    await file.close();
  }
}

async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for flushing; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await open(folder, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
