/**
 * The previous layout (manifest version 1 and <DB_FILE>.shards/NN.json, each shard a lowdb file of
 * whole records) becomes a snapshot in the new layout, once, at start-up:
 *
 *   1. every shard is read and checked as the previous version did (a damaged one stops start-up,
 *      naming it; nothing is written);
 *   2. the snapshot and an empty journal are written into <DB_FILE>.store/ and flushed;
 *   3. the old manifest is copied beside the shards (<DB_FILE>.shards/db.json.v1);
 *   4. the new manifest replaces the old one: this is the commit point;
 *   5. the shards folder is renamed <DB_FILE>.shards.v1-backup.
 *
 * A crash before 4 leaves the old manifest, so the next start migrates again from the untouched
 * shards (and clears what 2 left). A crash between 4 and 5 is finished at the next start (see
 * `keepPreviousLayout`). The kept folder stays until the admin deletes it: that is the confirmation.
 */
import { readdir, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Manifest, ManifestV1 } from './dataFiles.js';
import { errorCode, syncDirectory, writeFileDurably } from './durableFile.js';
import { asAccessError, DataFileError } from './errors.js';
import { journalName, keptShardDirName, shardDirFor, shardFileName, snapshotName } from './layout.js';
import { Segment } from './segment.js';
import { ShardFile } from './shardFile.js';
import { encodeLine } from './line.js';
import { type SnapshotRecord, writeSnapshot } from './snapshotWriter.js';

export interface StoreLog {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
}

/** Writes the new layout from the old one and returns the committed manifest. The caller opens it as usual. */
export async function migrateFromShards(file: string, previous: ManifestV1, storeDir: string, log: StoreLog): Promise<Manifest> {
  const shardDir = shardDirFor(file);
  const { shards: count } = previous;
  await rejectStrayShards(shardDir, count, file);
  const adapters = Array.from({ length: count }, (_, i) => new ShardFile(join(shardDir, shardFileName(i, count)), i, count));
  // Every shard is there before anything is written (the previous version wrote the manifest last).
  for (const adapter of adapters) {
    const found = await stat(adapter.file).catch((err: unknown) => {
      if (errorCode(err) === 'ENOENT') throw new DataFileError(adapter.file, `missing (${file} lists ${count} shards)`);
      throw asAccessError(err, adapter.file, 'read');
    });
    if (!found.isFile()) throw new DataFileError(adapter.file, 'not a file');
  }

  const started = performance.now();
  const snapshot = snapshotName(1);
  const journal = journalName(2);
  let records = 0;
  // One shard at a time, so the whole old store is never in memory at once.
  async function* fromShards(): AsyncGenerator<SnapshotRecord> {
    for (const adapter of adapters) {
      const shard = (await adapter.read())!;
      for (const [key, { eTag, ...value }] of shard) {
        records += 1;
        const { line, valueOffset } = encodeLine(key, eTag, Buffer.from(JSON.stringify(value), 'utf8'));
        yield { key, line, valueOffset };
      }
    }
  }
  const written = (await writeSnapshot(join(storeDir, snapshot), snapshot, file, fromShards()))!;
  await written.segment.close();
  const empty = await Segment.open(join(storeDir, journal), journal, 'create', file);
  await empty.close();
  await syncDirectory(storeDir);

  const manifestText = `${JSON.stringify(previous, null, 2)}\n`;
  await writeFileDurably(join(shardDir, `${basename(file)}.v1`), manifestText);
  const next: Manifest = {
    format: 'sva-store',
    version: 2,
    snapshot: { file: snapshot, bytes: written.bytes, records: written.records },
    journals: [journal],
    migration: { from: `version 1, ${count} shards`, records, keptIn: keptShardDirName(file), at: new Date().toISOString() },
  };
  await writeFileDurably(file, `${JSON.stringify(next, null, 2)}\n`);
  log.warn('store migrated to the journal layout', { records, shards: count, ms: Math.round(performance.now() - started), store: storeDir });
  return next;
}

/**
 * After a migration: moves the old shards aside if a crash stopped step 5, and says at every start
 * where they are kept and how to confirm. Once the admin has deleted the kept folder, the manifest
 * records the confirmation. Returns the manifest to keep (changed only on confirmation).
 */
export async function keepPreviousLayout(file: string, manifest: Manifest, log: StoreLog): Promise<Manifest> {
  const { migration } = manifest;
  if (!migration || migration.confirmed) return manifest;
  const shardDir = shardDirFor(file);
  const kept = join(dirname(file), migration.keptIn);
  if ((await exists(shardDir)) && !(await exists(kept))) {
    await rename(shardDir, kept).catch((err: unknown) => {
      throw asAccessError(err, shardDir, 'write');
    });
    await syncDirectory(dirname(file));
  }
  if (await exists(kept)) {
    log.warn('store: the files of the previous layout are kept until the migration is confirmed', {
      kept,
      migrated: migration.at,
      records: migration.records,
      confirm: `check that the bot has everyone's data, then delete ${kept}`,
    });
    return manifest;
  }
  log.info('store: migration confirmed (the previous layout\'s files were deleted)', { migrated: migration.at });
  return { ...manifest, migration: { ...migration, confirmed: new Date().toISOString() } };
}

/** A shard file the old manifest does not account for would hold records nothing reads. */
async function rejectStrayShards(dir: string, count: number, manifestFile: string): Promise<void> {
  const expected = new Set(Array.from({ length: count }, (_, i) => shardFileName(i, count)));
  const names = await readdir(dir).catch((err: unknown) => {
    if (errorCode(err) === 'ENOENT') throw new DataFileError(dir, `missing (${manifestFile} is a version 1 manifest, whose shards live there)`);
    throw asAccessError(err, dir, 'read');
  });
  for (const name of names) {
    if (/^\d+\.json$/.test(name) && !expected.has(name)) {
      throw new DataFileError(join(dir, name), `not one of the ${count} shards listed in ${manifestFile}`);
    }
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    (err: unknown) => {
      if (errorCode(err) === 'ENOENT') return false;
      throw asAccessError(err, path, 'read');
    },
  );
}
