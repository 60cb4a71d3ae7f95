/*
 * Embedded default storage: botbuilder's Storage (read/write/delete with eTags) on lowdb.
 *
 * On disk, for DB_FILE = data/db.json:
 *   data/db.json             manifest {"format":"sva-store","version":1,"shards":64}
 *   data/db.shards/00.json   {"records":{"<key>":{...item,"eTag":"<uuid>"}}}
 *   ...
 *   data/db.shards/63.json
 * A key lives in shard sha256(key) mod shards, so one write rewrites one shard, not the database.
 *
 * - Every shard is loaded and validated at open(); reads are served from memory (this process is
 *   the only writer: open one LowdbStorage per file, in one process).
 * - A damaged or unexpected file stops open() with a DataFileError naming it; nothing is reset.
 *   A full disk or a file or directory it may not write stops it with a StorageAccessError naming it.
 * - Writes and deletes run one at a time. A batch is checked as a whole before anything changes,
 *   so an eTag conflict writes nothing. Each touched shard is replaced atomically and fsynced
 *   before the promise resolves; memory is updated only after the disk, so reads never see data
 *   that could still be lost. (A batch spanning shards is not atomic against a crash part-way.)
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoreItems } from 'botbuilder';
import { Low } from 'lowdb';
import { type AppStorage, assertKeys, CREATE_ONLY_ETAG, prepareBatch } from './contract.js';
import { type Manifest, manifestSchema, parseDataFile } from './dataFiles.js';
import { readTextIfExists, writeFileDurably } from './durableFile.js';
import { asAccessError, DataFileError, StorageConflictError } from './errors.js';
import { DEFAULT_SHARDS, shardDirFor, shardFileName, shardIndex } from './layout.js';
import { SerialQueue } from './serialQueue.js';
import { type Records, ShardFile, type StoredItem } from './shardFile.js';

export interface LowdbStorageOptions {
  /** Shard count when creating a new store; an existing store keeps its manifest's count. */
  shards?: number;
}

type Shard = Low<Records> & { adapter: ShardFile };

/** Opens (creating when absent) the store whose manifest is `file`. Throws DataFileError on damage. */
export function openLowdbStorage(file: string, options: LowdbStorageOptions = {}): Promise<LowdbStorage> {
  return LowdbStorage.open(file, options);
}

export class LowdbStorage implements AppStorage {
  readonly #shards: readonly Shard[];
  readonly #queue = new SerialQueue();
  #closed = false;

  private constructor(
    readonly file: string,
    readonly shardDir: string,
    shards: readonly Shard[],
  ) {
    this.#shards = shards;
  }

  get description(): string {
    return `lowdb store at ${this.file}`;
  }

  static async open(file: string, { shards: requested = DEFAULT_SHARDS }: LowdbStorageOptions = {}): Promise<LowdbStorage> {
    const manifestText = await readTextIfExists(file);
    const manifest: Manifest | null = manifestText === null ? null : parseDataFile(file, manifestText, manifestSchema);
    const count = manifest?.shards ?? manifestSchema.shape.shards.parse(requested);
    const dir = shardDirFor(file);
    // A directory the bot cannot create or list (read-only, no permission, disk full) is named as such.
    await mkdir(dir, { recursive: true }).catch((err: unknown) => {
      throw asAccessError(err, dir, 'write');
    });
    await rejectStrayFiles(dir, count, file);

    // Validate everything before creating anything.
    const adapters = Array.from({ length: count }, (_, i) => new ShardFile(join(dir, shardFileName(i, count)), i, count));
    const loaded = await inParallel(adapters.map((adapter) => () => adapter.read()));
    const missing = adapters.filter((_, i) => loaded[i] === null);
    // The manifest is written last, so with a manifest every shard must already exist.
    const [firstMissing] = missing;
    if (manifest && firstMissing) throw new DataFileError(firstMissing.file, `missing (${file} lists ${count} shards)`);
    await inParallel(missing.map((adapter) => () => adapter.write(new Map())));
    const shards = adapters.map((adapter, i) => new Low(adapter, loaded[i] ?? new Map()) as Shard);
    if (!manifest) {
      const created: Manifest = { format: 'sva-store', version: 1, shards: count };
      await writeFileDurably(file, `${JSON.stringify(created, null, 2)}\n`);
    }
    return new LowdbStorage(file, dir, shards);
  }

  /** Deep copies of the stored items that exist, each with its current eTag. */
  async read(keys: string[]): Promise<StoreItems> {
    assertKeys('LowdbStorage', 'read', keys);
    const items: StoreItems = {};
    for (const key of keys) {
      const item = this.#shardFor(key).data.get(key);
      // defineProperty, not assignment: `items["__proto__"] = x` would set the prototype instead.
      if (item) Object.defineProperty(items, key, { value: structuredClone(item), enumerable: true, writable: true, configurable: true });
    }
    return items;
  }

  /**
   * Writes a batch. An item whose eTag is absent or '*' overwrites; CREATE_ONLY_ETAG requires the
   * item to be absent; any other eTag must match the stored item's (a missing item matches
   * nothing). Otherwise the whole batch rejects with StorageConflictError and nothing is written.
   * Every written item gets a fresh eTag. Resolves once on disk.
   */
  async write(changes: StoreItems): Promise<void> {
    // Snapshot now: a caller mutating its objects after calling write() must not change what lands.
    const batch = prepareBatch('LowdbStorage', changes);
    // Checked when called, not when the queue reaches it: close() lets writes already queued land.
    this.#assertOpen();
    if (batch.length === 0) return;
    await this.#queue.run(async () => {
      for (const { key, expectedETag } of batch) {
        if (expectedETag === undefined || expectedETag === '*') continue;
        const stored = this.#shardFor(key).data.get(key);
        const matches = expectedETag === CREATE_ONLY_ETAG ? stored === undefined : stored?.eTag === expectedETag;
        if (!matches) throw new StorageConflictError(key);
      }
      const next = new Map<Shard, Records>();
      for (const { key, value } of batch) {
        const shard = this.#shardFor(key);
        const records = next.get(shard) ?? new Map(shard.data);
        records.set(key, { ...value, eTag: randomUUID() } satisfies StoredItem);
        next.set(shard, records);
      }
      await this.#commit(next);
    });
  }

  /** Deletes the items that exist; unknown keys are ignored. Resolves once on disk. */
  async delete(keys: string[]): Promise<void> {
    assertKeys('LowdbStorage', 'delete', keys);
    const wanted = [...keys];
    this.#assertOpen();
    await this.#queue.run(async () => {
      const next = new Map<Shard, Records>();
      for (const key of wanted) {
        const shard = this.#shardFor(key);
        const records = next.get(shard) ?? new Map(shard.data);
        if (records.delete(key)) next.set(shard, records);
      }
      await this.#commit(next);
    });
  }

  /** Waits for writes and deletes already called to land; later ones reject. For graceful shutdown. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#queue.idle();
  }

  // Disk first, then memory: a failed write leaves memory matching the disk.
  async #commit(next: Map<Shard, Records>): Promise<void> {
    for (const [shard, records] of next) {
      await shard.adapter.write(records);
      shard.data = records;
    }
  }

  #shardFor(key: string): Shard {
    if (typeof key !== 'string') throw new TypeError(`LowdbStorage: keys must be strings, got ${typeof key}`);
    const shard = this.#shards[shardIndex(key, this.#shards.length)];
    if (!shard) throw new Error(`LowdbStorage: no shard for key ${JSON.stringify(key)}`);
    return shard;
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error('LowdbStorage is closed');
  }
}

/** Runs all tasks at once; on failure reports the first failing task in list order, so errors are deterministic. */
async function inParallel<T>(tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results = await Promise.allSettled(tasks.map((task) => task()));
  return results.map((result) => {
    if (result.status === 'rejected') throw result.reason;
    return result.value;
  });
}

/** A shard file the manifest does not account for would hold records no read can reach. */
async function rejectStrayFiles(dir: string, count: number, manifestFile: string): Promise<void> {
  const expected = new Set(Array.from({ length: count }, (_, i) => shardFileName(i, count)));
  const names = await readdir(dir).catch((err: unknown) => {
    throw asAccessError(err, dir, 'read');
  });
  for (const name of names) {
    if (/^\d+\.json$/.test(name) && !expected.has(name)) {
      throw new DataFileError(join(dir, name), `not one of the ${count} shards listed in ${manifestFile}`);
    }
  }
}
