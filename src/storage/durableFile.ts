import { open, readFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { asAccessError } from './errors.js';

/*
 * Why not lowdb's own JSONFile: it writes through steno, which does write-temp-then-rename (atomic
 * against a crash of this process) but never fsyncs, so after a power cut the renamed file can be
 * empty or stale although its write promise resolved. Here a write resolves only after the file
 * contents and the rename are flushed.
 */

/**
 * Replaces `file` atomically: readers (and a crash at any point) see the old or the new bytes, never a
 * mix. A full disk or a permission fault rejects with a StorageAccessError naming `file`.
 */
export async function writeFileDurably(file: string, text: string): Promise<void> {
  try {
    await replace(file, text);
  } catch (err) {
    throw asAccessError(err, file, 'write');
  }
}

async function replace(file: string, text: string): Promise<void> {
  // One writer per file (the caller serialises), so a fixed temp name is safe; a leftover from a
  // crash is simply truncated by the next write.
  const temp = join(dirname(file), `.${basename(file)}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await renameWithRetry(temp, file);
  await syncDirectory(dirname(file));
}

/** The file's text, or null when it does not exist. A permission fault is a StorageAccessError. */
export async function readTextIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return null;
    throw asAccessError(err, file, 'read');
  }
}

// Duck-typed: `instanceof Error` fails for errors from another realm (e.g. Node's fs under jest's VM).
export function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}

// Windows virus scanners and indexers briefly lock fresh files (steno retries for the same reason).
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await rename(from, to);
    } catch (err) {
      const transient = ['EPERM', 'EACCES', 'EBUSY'].includes(errorCode(err) ?? '');
      if (!transient || attempt >= 10) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

// Makes the rename itself durable. Windows cannot open a directory for fsync; some file systems refuse it.
export async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } catch (err) {
    if (errorCode(err) !== 'EINVAL') throw err;
  } finally {
    await handle.close();
  }
}
