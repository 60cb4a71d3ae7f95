/**
 * A store written by the previous layout (manifest version 1 + shards) is migrated once at start-up;
 * its files are kept, clearly named, until the admin deletes them; a damaged one stops start-up; a
 * kill at any moment of the migration loses nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLegacyStore } from './__fixtures__/legacyStore.js';
import { DataFileError } from './errors.js';
import { keptShardDirFor, shardDirFor, shardFileName, shardIndex, storeDirFor } from './layout.js';
import { openLowdbStorage } from './lowdbStorage.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const childScript = fileURLToPath(new URL('./__fixtures__/migrateThenWait.ts', import.meta.url));

let dir: string;
let file: string;
let notes: Array<{ level: string; msg: string; fields?: Record<string, unknown> }>;
const log = {
  info: (msg: string, fields?: Record<string, unknown>) => notes.push({ level: 'info', msg, fields }),
  warn: (msg: string, fields?: Record<string, unknown>) => notes.push({ level: 'warn', msg, fields }),
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sva-migrate-'));
  file = join(dir, 'db.json');
  notes = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const records = (n: number, padding = '') =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`checklists/${i}`, { i, title: `Home care £${i}k`, padding }]));

/** Every file under `where`, with its bytes. */
async function filesUnder(where: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const name of (await readdir(where)).sort()) files.set(name, await readFile(join(where, name)));
  return files;
}

describe('migration from the previous layout', () => {
  it('reads the old store with its eTags, keeps its files aside and says how to confirm', async () => {
    const old: Record<string, Record<string, unknown>> = { ...records(120), '': { empty: true } };
    Object.defineProperty(old, '__proto__', { value: { odd: 'key' }, enumerable: true }); // a key, not the prototype
    const eTags = await writeLegacyStore(file, old);
    const shardsBefore = await filesUnder(shardDirFor(file));

    const storage = await openLowdbStorage(file, { log });
    const items = await storage.read(Object.keys(old));
    expect(Object.keys(items).sort()).toEqual(Object.keys(old).sort());
    for (const key of Object.keys(old)) expect(items[key]).toEqual({ ...old[key], eTag: eTags.get(key) });
    // A write with the eTag the old store gave works: callers holding one are not disturbed.
    await storage.write({ 'checklists/1': { ...items['checklists/1'], title: 'changed' } });
    await storage.close();

    const manifest = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ version: 2, migration: { from: 'version 1, 8 shards', records: 122, keptIn: 'db.shards.v1-backup' } });
    // The old files, byte for byte, under a name that says what they are, with the old manifest.
    const kept = await filesUnder(keptShardDirFor(file));
    expect(new Map([...kept].filter(([name]) => name !== 'db.json.v1'))).toEqual(shardsBefore);
    expect(JSON.parse(kept.get('db.json.v1')!.toString())).toEqual({ format: 'sva-store', version: 1, shards: 8 });
    expect(await readdir(dir)).toEqual(['db.json', 'db.shards.v1-backup', 'db.store']);
    expect(notes.map((n) => n.msg)).toEqual(['store migrated to the journal layout', 'store: the files of the previous layout are kept until the migration is confirmed']);
    expect(notes[1]!.fields).toMatchObject({ kept: keptShardDirFor(file), confirm: `check that the bot has everyone's data, then delete ${keptShardDirFor(file)}` });

    // Every start says so until the admin deletes the kept folder; then the manifest records it.
    notes = [];
    const again = await openLowdbStorage(file, { log });
    expect((await again.read(['checklists/1']))['checklists/1']).toMatchObject({ title: 'changed' });
    await again.close();
    expect(notes.map((n) => n.msg)).toEqual(['store: the files of the previous layout are kept until the migration is confirmed']);

    await rm(keptShardDirFor(file), { recursive: true });
    notes = [];
    await (await openLowdbStorage(file, { log })).close();
    expect(notes.map((n) => n.msg)).toEqual(["store: migration confirmed (the previous layout's files were deleted)"]);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ migration: { confirmed: expect.any(String) } });
    notes = [];
    const confirmed = await openLowdbStorage(file, { log });
    expect(Object.keys(await confirmed.read(Object.keys(old)))).toHaveLength(122);
    await confirmed.close();
    expect(notes).toEqual([]);
  });

  it('finishes moving the old files aside when a crash came between the new manifest and the rename', async () => {
    await writeLegacyStore(file, records(10));
    await (await openLowdbStorage(file, { log })).close();
    await rename(keptShardDirFor(file), shardDirFor(file)); // as if killed just before the rename
    notes = [];
    const storage = await openLowdbStorage(file, { log });
    expect(Object.keys(await storage.read(Object.keys(records(10))))).toHaveLength(10);
    await storage.close();
    expect(await readdir(dir)).toEqual(['db.json', 'db.shards.v1-backup', 'db.store']);
    expect(notes.map((n) => n.msg)).toEqual(['store: the files of the previous layout are kept until the migration is confirmed']);
  });

  it('stops start-up on a damaged old shard, naming it, and changes nothing', async () => {
    await writeLegacyStore(file, records(40));
    const shard = join(shardDirFor(file), shardFileName(shardIndex('checklists/3', 8), 8));
    await writeFile(shard, (await readFile(shard, 'utf8')).replace(/"eTag":"[^"]+"/, '"eTag":5'));
    const manifestBefore = await readFile(file);
    const shardsBefore = await filesUnder(shardDirFor(file));

    const error = await openLowdbStorage(file, { log }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as Error).message).toMatch(new RegExp(`^${shard.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: records\\[?.*eTag: expected string`));
    expect(await readFile(file)).toEqual(manifestBefore);
    expect(await filesUnder(shardDirFor(file))).toEqual(shardsBefore);
    expect(await readdir(storeDirFor(file))).toEqual([]);
  });

  it('loses nothing when killed at random moments of the migration, and finishes it at the next start', async () => {
    const old = records(3000, 'x£'.repeat(400));
    // How long a migration of this store takes here, to aim the kills inside it.
    const trial = join(dir, 'trial', 'db.json');
    await writeLegacyStore(trial, old, 16);
    const started = performance.now();
    await (await openLowdbStorage(trial, { log })).close();
    const migrationMs = performance.now() - started;

    let eTags = await writeLegacyStore(file, old, 16);
    let shardsBefore = await filesUnder(shardDirFor(file));
    // Kills at random moments until three have landed during a migration (between "ready" and
    // "open"). A kill that comes after the migration finished lands on nothing: the store is put back
    // in the previous layout, so the next kill has a migration to interrupt. The loop ends on a kill
    // that interrupted one, which the next start must finish.
    let killedMidMigration = 0;
    for (let round = 0; round < 40 && killedMidMigration < 3; round++) {
      const { opened } = await killAfterReady(Math.random() * migrationMs);
      if (!opened) {
        killedMidMigration += 1;
        continue;
      }
      for (const name of await readdir(dir)) if (name !== 'trial') await rm(join(dir, name), { recursive: true, force: true });
      eTags = await writeLegacyStore(file, old, 16);
      shardsBefore = await filesUnder(shardDirFor(file));
    }
    const storage = await openLowdbStorage(file, { log });
    const items = await storage.read(Object.keys(old));
    await storage.close();
    expect(Object.keys(items)).toHaveLength(3000);
    for (const key of Object.keys(old)) expect(items[key]).toEqual({ ...old[key], eTag: eTags.get(key) });
    const kept = await filesUnder(keptShardDirFor(file));
    kept.delete('db.json.v1');
    expect(kept).toEqual(shardsBefore);
    // The kills did land during migrations (so the checks above were made after interrupted ones).
    expect(killedMidMigration).toBe(3);
  }, 120_000);
});

/** Starts the child on `file` and SIGKILLs it `ms` after it says "ready"; resolves whether it had finished opening. */
function killAfterReady(ms: number): Promise<{ opened: boolean }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, file], { cwd: projectRoot, env });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (!out.includes('ready') && (out + chunk.toString()).includes('ready')) setTimeout(() => child.kill('SIGKILL'), ms);
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ opened: out.includes('open') });
      else reject(new Error(`child exited (code ${code}): ${err}`));
    });
  });
}
