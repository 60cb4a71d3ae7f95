/**
 * A full disk or a place the bot may not write, simulated by test/support/failingFs.mjs in a child
 * process: start-up stops with one line naming the file; a write that fails later rejects with the
 * same kind of error, writes nothing, and leaves a journal the next start reads without complaint.
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openLowdbStorage } from './lowdbStorage.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const child = fileURLToPath(new URL('./__fixtures__/writeOnce.ts', import.meta.url));
const quiet = { info: () => undefined, warn: () => undefined };

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sva-disk-'));
  file = join(dir, 'store', 'db.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function runWithFailingDisk(code: 'ENOSPC' | 'EACCES' | 'EROFS'): Promise<{ opened: boolean; wrote?: boolean; error?: { name: string; message: string }; read?: Record<string, unknown> }> {
  const env: NodeJS.ProcessEnv = { ...process.env, SVA_FAIL_FS_UNDER: dir, SVA_FAIL_FS_CODE: code };
  delete env.NODE_OPTIONS;
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--import', './test/support/failingFs.mjs', child, file], { cwd: projectRoot, env });
  return JSON.parse(stdout) as Awaited<ReturnType<typeof runWithFailingDisk>>;
}

it.each<[ 'ENOSPC' | 'EACCES' | 'EROFS', RegExp]>([
  ['ENOSPC', /^\/.*\/store\/db\.json: cannot write: disk full \(ENOSPC\)\. Free space on that disk, then start the bot again\.$/],
  ['EACCES', /^\/.*\/store\/db\.store: not writable: permission denied \(EACCES\)\. .*DB_FILE.*\.$/],
  ['EROFS', /^\/.*\/store\/db\.store: not writable: the file system is read-only \(EROFS\)\. Set DB_FILE to a writable disk\.$/],
])('%s on a new store stops start-up with a StorageAccessError naming the file', async (code, message) => {
  const result = await runWithFailingDisk(code);
  expect(result).toEqual({ opened: false, error: { name: 'StorageAccessError', message: expect.stringMatching(message) } });
});

it('a full disk after start-up fails the write with a StorageAccessError naming the journal, and loses nothing else', async () => {
  const storage = await openLowdbStorage(file, { log: quiet });
  await storage.write({ before: { v: 0 } });
  await storage.close();
  const journal = join(dir, 'store', 'db.store', 'journal-000001.jsonl');
  const bytes = await readFile(journal);

  const result = await runWithFailingDisk('ENOSPC');
  expect(result).toMatchObject({ opened: true, wrote: false, error: { name: 'StorageAccessError', message: `${journal}: cannot write: disk full (ENOSPC). Free space on that disk, then start the bot again.` } });
  expect(result.read).toEqual({ before: expect.objectContaining({ v: 0 }) });
  expect(await readFile(journal)).toEqual(bytes);

  const reopened = await openLowdbStorage(file, { log: quiet });
  expect(Object.keys(await reopened.read(['before', 'during']))).toEqual(['before']);
  await reopened.close();
});
