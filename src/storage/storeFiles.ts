import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { errorCode } from './durableFile.js';
import { storeDirFor } from './layout.js';

/** Every file of the embedded store at `manifestFile` with its size: for backups, and the bench's "MB on disk". */
export async function storeFiles(manifestFile: string): Promise<Array<{ file: string; bytes: number }>> {
  const dir = storeDirFor(manifestFile);
  const names = await readdir(dir).catch((err: unknown) => {
    if (errorCode(err) === 'ENOENT') return [];
    throw err;
  });
  const files = [manifestFile, ...names.sort().map((name) => join(dir, name))];
  return Promise.all(files.map(async (file) => ({ file, bytes: (await stat(file)).size })));
}
