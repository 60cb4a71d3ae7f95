/*
 * Embedded default storage: the record store (read/write/delete with eTags) as a journal and a
 * snapshot, named by a lowdb manifest.
 *
 * On disk, for DB_FILE = data/db.json:
 *   data/db.json                          manifest (a lowdb Low<Manifest>, ManifestFile adapter):
 *                                         {"format":"sva-store","version":2,
 *                                          "snapshot":{"file":"snapshot-000007.jsonl","bytes":…,"records":…},
 *                                          "journals":["journal-000008.jsonl"]}
 *   data/db.store/snapshot-000007.jsonl   one line per record at the last compaction
 *   data/db.store/journal-000008.jsonl    one line per acknowledged write or delete since then
 * Line format: line.ts (a small JSON header with key, eTag, length and checksum, a TAB, the record;
 * in the journal, each append starts with a group line giving its lines and bytes).
 *
 * Why this shape: a write appends its lines to the journal and flushes them with one fdatasync, so
 * it costs the same whatever the store holds. Writes that arrive while a flush is under way go out
 * together in the next one (group commit). The journal is folded into a new snapshot in the
 * background once it has grown past half the snapshot (and at least `compactAfterBytes`), checked
 * after each write and soon after open. It waits for a quiet moment (no write for QUIET_MS), since
 * copying the store slows the writes and flushes that run beside it; under writes that never pause
 * it goes ahead once the journal has grown to twice that size, so the files stay bounded:
 *   1. a new, empty journal is created and added to the manifest; writes go there from then on
 *      (the write queue is held only for that switch, not for any file work);
 *   2. the live records of the old snapshot and journals are copied into a new snapshot file,
 *      which is flushed;
 *   3. the manifest is replaced (atomically, durably) to name the new snapshot and the new journal;
 *   4. the old files are deleted once no read uses them.
 * A kill at any point leaves a manifest that names complete, flushed files holding every
 * acknowledged write; files it does not name are leftovers and are deleted at the next start.
 *
 * Memory holds the index (key -> file, offset, length, eTag) and a bounded cache of recent records'
 * JSON text; other records are read from disk when asked for. Records are validated once, when
 * written (prepareWriteText). At open(), every line's structure, length and checksum are checked
 * without parsing records, so a damaged file still stops start-up with a DataFileError naming the
 * file and the line, and is never rewritten. The one exception: the last append of the journal
 * being written, when a crash cut it short (never acknowledged: that waits for its fdatasync), is
 * dropped with a log note.
 *
 * lowdb's Adapter interface fits whole-file documents: the manifest is one (and the previous
 * layout's shards were, see shardFile.ts). The journal is an append-only log and the snapshot is
 * read by offset, so they are plain files behind Segment.
 *
 * A store in the previous layout (manifest version 1 + shards) is migrated once at start-up
 * (migrate.ts). One process per store: the index is this process's.
 */
import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { createLogger } from '../logger.js';
import { type AppStorage, assertChanges, assertKeys, CREATE_ONLY_ETAG, prepareWriteText, type StoreItems } from './contract.js';
import type { WriteOptions } from './records.js';
import type { Manifest } from './dataFiles.js';
import { errorCode, syncDirectory } from './durableFile.js';
import { asAccessError, DataFileError, StorageConflictError } from './errors.js';
import { newETag } from './eTag.js';
import { journalName, generationOf, shardDirFor, snapshotName, storeDirFor } from './layout.js';
import { encodeDelete, encodeGroup, encodeLine } from './line.js';
import { ManifestFile } from './manifestFile.js';
import { keepPreviousLayout, migrateFromShards, type StoreLog } from './migrate.js';
import { RecordCache } from './recordCache.js';
import { type Index, loadSnapshot, replayJournal } from './replay.js';
import { type Location, Segment } from './segment.js';
import { breather, COMPACTION_PAUSE_MS, liveRecords, writeSnapshot, YIELD_EVERY } from './snapshotWriter.js';

export type { StoreLog };

export interface LowdbStorageOptions {
  /** Upper bound of the record cache, in characters of JSON (default 2 Mi: 2-4 MB). */
  cacheChars?: number;
  /** The journal is compacted once it passes this size and half the snapshot's (default 8 MiB), in a quiet moment. */
  compactAfterBytes?: number;
  /** Where notes on start-up (migration, a cut-off write) and compaction go; warnings to stderr by default. */
  log?: StoreLog;
}

export interface LowdbStorageStats {
  records: number;
  cachedRecords: number;
  cachedChars: number;
  snapshotBytes: number;
  journalBytes: number;
  /** fdatasyncs of the journal since open: fewer than writes when writes were grouped */
  journalSyncs: number;
  compactions: number;
}

type Op =
  /** landBy: when a write that may wait for others (WriteOptions.within) must be committed */
  | { kind: 'write'; items: Array<{ key: string; expectedETag: string | undefined; text: string }>; landBy?: number }
  | { kind: 'delete'; keys: string[] }
  | { kind: 'exclusive'; run: () => Promise<void> };
type Queued = Op & { resolve(): void; reject(err: unknown): void };

const DEFAULTS = { cacheChars: 2 << 20, compactAfterBytes: 8 << 20 };
/** A journal left large by the last run is compacted this long after open, not during start-up. */
const COMPACT_AFTER_OPEN_MS = 2000;
/** How long the store must go without a write before a due compaction starts. */
const QUIET_MS = 1000;

/** Opens (creating when absent, migrating the previous layout) the store whose manifest is `file`. Throws DataFileError on damage. */
export function openLowdbStorage(file: string, options: LowdbStorageOptions = {}): Promise<LowdbStorage> {
  return LowdbStorage.open(file, options);
}

export class LowdbStorage implements AppStorage {
  readonly #manifest: Low<Manifest>;
  readonly #index: Index;
  readonly #cache: RecordCache;
  readonly #log: StoreLog;
  readonly #compactAfterBytes: number;
  #snapshot: Segment | null;
  /** in replay order; the last is the one appended to */
  #journals: Segment[];
  #nextGeneration: number;
  #pending: Queued[] = [];
  #draining = false;
  #idle: Array<() => void> = [];
  #compaction: Promise<void> | undefined;
  #compactionFailedAt = 0;
  #closed = false;
  #compactSoon: NodeJS.Timeout | undefined;
  #syncs = 0;
  #compactions = 0;
  #lastWriteAt = 0;
  /** ends the wait of writes that may wait for others, when one that may not arrives */
  #wake: (() => void) | undefined;

  private constructor(
    readonly file: string,
    readonly dir: string,
    state: { manifest: Low<Manifest>; index: Index; snapshot: Segment | null; journals: Segment[]; nextGeneration: number },
    options: Required<LowdbStorageOptions>,
  ) {
    this.#manifest = state.manifest;
    this.#index = state.index;
    this.#snapshot = state.snapshot;
    this.#journals = state.journals;
    this.#nextGeneration = state.nextGeneration;
    this.#cache = new RecordCache(options.cacheChars);
    this.#log = options.log;
    this.#compactAfterBytes = options.compactAfterBytes;
    this.#compactSoon = setTimeout(() => {
      this.#compactSoon = undefined;
      this.#maybeCompact();
    }, COMPACT_AFTER_OPEN_MS).unref();
  }

  get description(): string {
    return `lowdb store at ${this.file}`;
  }

  static async open(file: string, options: LowdbStorageOptions = {}): Promise<LowdbStorage> {
    const settings: Required<LowdbStorageOptions> = { ...DEFAULTS, log: createLogger('warn'), ...withoutUndefined(options) };
    const { log } = settings;
    const dir = storeDirFor(file);
    const adapter = new ManifestFile(file);
    let found = await adapter.readAny();
    if (found === null) await refuseOrphanedData(file, dir);
    // A directory the bot cannot create (read-only, no permission, disk full) is named as such.
    await mkdir(dir, { recursive: true }).catch((err: unknown) => {
      throw asAccessError(err, dir, 'write');
    });
    const names = await readdir(dir).catch((err: unknown) => {
      throw asAccessError(err, dir, 'read');
    });
    if (found?.version === 1) {
      // Leftovers of a migration a crash interrupted: the old manifest still rules, so they hold nothing.
      await removeFiles(dir, names.filter((name) => generationOf(name) !== undefined));
      found = await migrateFromShards(file, found, dir, log);
    } else if (found === null) {
      await removeFiles(dir, names.filter((name) => generationOf(name) !== undefined));
      const first = journalName(1);
      await (await Segment.open(join(dir, first), first, 'create', file)).close();
      await syncDirectory(dir);
      found = { format: 'sva-store', version: 2, snapshot: null, journals: [first] };
      await adapter.write(found);
    }
    const manifest = new Low<Manifest>(adapter, found);
    const state = await load(file, dir, manifest.data, log);
    try {
      const kept = await keepPreviousLayout(file, manifest.data, log);
      if (kept !== manifest.data) {
        manifest.data = kept;
        await manifest.write();
      }
    } catch (err) {
      await Promise.all([state.snapshot, ...state.journals].map((segment) => segment?.close()));
      throw err;
    }
    return new LowdbStorage(file, dir, { manifest, ...state }, settings);
  }

  /** Deep copies of the stored items that exist, each with its current eTag. */
  async read(keys: string[]): Promise<StoreItems> {
    assertKeys('LowdbStorage', 'read', keys);
    if (this.#closed) throw new Error('LowdbStorage is closed');
    const found = await Promise.all(keys.map((key) => this.#readOne(key)));
    const items: StoreItems = {};
    keys.forEach((key, i) => {
      const item = found[i];
      // defineProperty, not assignment: `items["__proto__"] = x` would set the prototype instead.
      if (item) Object.defineProperty(items, key, { value: item, enumerable: true, writable: true, configurable: true });
    });
    return items;
  }

  /**
   * Writes a batch. An item whose eTag is absent or '*' overwrites; CREATE_ONLY_ETAG requires the
   * item to be absent; any other eTag must match the stored item's (a missing item matches
   * nothing). Otherwise the whole batch rejects with StorageConflictError and nothing is written.
   * Every written item gets a fresh eTag. Resolves once on disk; a batch lands whole or not at all,
   * crash or no crash.
   */
  async write(changes: StoreItems, options: WriteOptions = {}): Promise<void> {
    assertChanges('LowdbStorage', changes);
    // Serialised now: a caller mutating its objects after calling write() must not change what lands.
    const items = Object.entries(changes).map(([key, item]) => prepareWriteText('LowdbStorage', key, item));
    // Checked when called, not when the queue reaches it: close() lets writes already queued land.
    this.#assertOpen();
    if (items.length === 0) return;
    const within = options.within ?? 0;
    await this.#enqueue({ kind: 'write', items, ...(within > 0 ? { landBy: performance.now() + within } : {}) });
  }

  /** Deletes the items that exist; unknown keys are ignored. Resolves once on disk. */
  async delete(keys: string[]): Promise<void> {
    assertKeys('LowdbStorage', 'delete', keys);
    this.#assertOpen();
    if (keys.length === 0) return;
    await this.#enqueue({ kind: 'delete', keys: [...new Set(keys)] });
  }

  /** Waits for writes and deletes already called to land; later ones reject. For graceful shutdown. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#wake?.(); // writes waiting for others land now
    clearTimeout(this.#compactSoon);
    await this.#compaction; // a compaction under way notices the close and stops at once
    if (this.#draining) await new Promise<void>((resolve) => this.#idle.push(resolve));
    await Promise.all([this.#snapshot, ...this.#journals].map((segment) => segment?.close()));
  }

  /** Every key in the store (for exports and the bench), in no particular order. */
  keys(): string[] {
    return [...this.#index.keys()];
  }

  stats(): LowdbStorageStats {
    return {
      records: this.#index.size,
      cachedRecords: this.#cache.size,
      cachedChars: this.#cache.chars,
      snapshotBytes: this.#snapshot?.size ?? 0,
      journalBytes: this.#journalBytes(),
      journalSyncs: this.#syncs,
      compactions: this.#compactions,
    };
  }

  /** Compacts now (tests, and a bench that wants a compact store), waiting for one already running. */
  async compact(): Promise<void> {
    while (this.#compaction) await this.#compaction;
    this.#assertOpen();
    this.#compaction = this.#compact().finally(() => (this.#compaction = undefined));
    await this.#compaction;
  }

  async #readOne(key: string): Promise<Record<string, unknown> | undefined> {
    const location = this.#index.get(key);
    if (!location) return undefined;
    let text = this.#cache.get(key, location);
    if (text === undefined) {
      const { segment, at, length } = location;
      // withReader counts the read before any await, so compaction cannot close the file under it.
      text = (await segment.withReader(() => segment.readAt(at, length))).toString('utf8');
      if (this.#index.get(key) === location) this.#cache.set(key, location, text);
    }
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw new DataFileError(location.segment.file, `the record ${JSON.stringify(key)} at offset ${location.at} is not valid JSON`);
    }
    value.eTag = location.eTag;
    return value;
  }

  #enqueue(op: Op): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#pending.push({ ...op, resolve, reject });
      if (op.kind !== 'write' || op.landBy === undefined) this.#wake?.();
      if (!this.#draining) {
        this.#draining = true;
        void this.#drain();
      }
    });
  }

  /** Runs the queue: consecutive writes and deletes as one group (one append, one fdatasync), exclusive steps alone. */
  async #drain(): Promise<void> {
    for (;;) {
      const first = this.#pending[0];
      if (!first) {
        this.#draining = false;
        this.#idle.splice(0).forEach((resolve) => resolve());
        return;
      }
      if (first.kind === 'exclusive') {
        this.#pending.shift();
        await first.run().then(first.resolve, first.reject);
        continue;
      }
      const landBy = this.#mayWaitUntil();
      if (landBy !== undefined) {
        await this.#waitUntil(landBy);
        continue;
      }
      const end = this.#pending.findIndex((op) => op.kind === 'exclusive');
      await this.#commit(this.#pending.splice(0, end < 0 ? this.#pending.length : end));
    }
  }

  /** When everything queued is writes that may wait for others: the soonest any of them must land. */
  #mayWaitUntil(): number | undefined {
    if (this.#closed) return undefined;
    let soonest = Number.POSITIVE_INFINITY;
    for (const op of this.#pending) {
      if (op.kind !== 'write' || op.landBy === undefined) return undefined;
      soonest = Math.min(soonest, op.landBy);
    }
    return soonest > performance.now() ? soonest : undefined;
  }

  /** Until `time`, or until a write that may not wait, an exclusive step or close() arrives. */
  #waitUntil(time: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, time - performance.now());
      this.#wake = done;
    });
  }

  async #commit(group: Queued[]): Promise<void> {
    const journal = this.#journals.at(-1)!;
    // What the group's earlier batches did, so later ones in the group see it: eTag, or null if deleted.
    const staged = new Map<string, string | null>();
    const current = (key: string) => (staged.has(key) ? staged.get(key)! : this.#index.get(key)?.eTag ?? null);
    const lines: Buffer[] = [];
    const effects: Array<{ key: string; eTag?: string; text?: string; line: number; at: number; length: number }> = [];
    const accepted: Queued[] = [];
    let size = 0;
    const add = (line: Buffer) => {
      lines.push(line);
      size += line.length;
    };
    for (const op of group) {
      if (op.kind === 'write') {
        const conflict = op.items.find(({ key, expectedETag }) => !eTagAllows(expectedETag, current(key)));
        if (conflict) {
          op.reject(new StorageConflictError(conflict.key));
          continue;
        }
        op.items.forEach(({ key, text }) => {
          const eTag = newETag();
          const value = Buffer.from(text, 'utf8');
          const { line, valueOffset } = encodeLine(key, eTag, value);
          effects.push({ key, eTag, text, line: size, at: size + valueOffset, length: value.length });
          add(line);
          staged.set(key, eTag);
        });
      } else if (op.kind === 'delete') {
        const present = op.keys.filter((key) => current(key) !== null);
        present.forEach((key) => {
          effects.push({ key, line: 0, at: 0, length: 0 });
          add(encodeDelete(key));
          staged.set(key, null);
        });
      }
      accepted.push(op);
    }
    if (lines.length > 0) {
      // One group line ahead of the records: at start-up the append counts whole or not at all.
      const group = encodeGroup(lines.length, size);
      const base = journal.size + group.length;
      try {
        await journal.append(Buffer.concat([group, ...lines], group.length + size));
        this.#syncs += 1;
      } catch (err) {
        accepted.forEach((op) => op.reject(err));
        return;
      }
      // Disk first, then memory: a read never sees a write that could still be lost.
      for (const { key, eTag, text, line, at, length } of effects) {
        if (eTag === undefined) {
          this.#index.delete(key);
          this.#cache.delete(key);
        } else {
          const location: Location = { segment: journal, line: base + line, at: base + at, length, eTag };
          this.#index.set(key, location);
          this.#cache.set(key, location, text!);
        }
      }
    }
    accepted.forEach((op) => op.resolve());
    this.#lastWriteAt = performance.now();
    this.#maybeCompact();
  }

  #exclusive(run: () => Promise<void>): Promise<void> {
    return this.#enqueue({ kind: 'exclusive', run });
  }

  #journalBytes(): number {
    return this.#journals.reduce((sum, journal) => sum + journal.size, 0);
  }

  #maybeCompact(): void {
    if (this.#compaction || this.#closed) return;
    const journal = this.#journalBytes();
    const threshold = Math.max(this.#compactAfterBytes, (this.#snapshot?.size ?? 0) / 2);
    // After a failure, wait for the journal to grow by another threshold before trying again.
    if (journal < threshold || journal < this.#compactionFailedAt + threshold) return;
    const quietFor = performance.now() - this.#lastWriteAt;
    if (quietFor < QUIET_MS && journal < 2 * threshold) {
      // Due, but writes are coming: look again once they may have paused.
      if (!this.#compactSoon) {
        this.#compactSoon = setTimeout(() => {
          this.#compactSoon = undefined;
          this.#maybeCompact();
        }, QUIET_MS - quietFor).unref();
      }
      return;
    }
    this.#compaction = this.#compact()
      .catch((err: unknown) => {
        this.#compactionFailedAt = this.#journalBytes();
        this.#log.warn('store: compaction failed; the journal keeps growing until the next attempt', { error: (err as Error).message ?? String(err) });
      })
      .finally(() => (this.#compaction = undefined));
  }

  async #compact(): Promise<void> {
    const started = performance.now();
    const before = { snapshot: this.#snapshot?.size ?? 0, journals: this.#journalBytes() };
    // 1. New writes go to a new journal, so the files being copied no longer change. The journal is
    //    made and listed in the manifest first; the queue is held only to switch to it, so the
    //    group under way lands (and is indexed) in the old journal and the next one in the new.
    const active = await this.#startJournal();
    await this.#exclusive(async () => {
      this.#journals.push(active);
    });
    if (this.#closed) return;
    // 2. Copy what is live in the older files (a record written since is in the new journal).
    const name = snapshotName(this.#nextGeneration++);
    const written = await writeSnapshot(join(this.dir, name), name, this.file, liveRecords(this.#index, (location) => location.segment !== active), {
      cancelled: () => this.#closed,
      pauseMs: COMPACTION_PAUSE_MS,
    });
    if (!written) return;
    // 3. Switch: the manifest names the new snapshot and the new journal only. Writes go on meanwhile
    //    (they go to the new journal, named by both manifests); memory follows once it is on disk.
    const previous = this.#manifest.data;
    this.#manifest.data = { ...previous, snapshot: { file: name, bytes: written.bytes, records: written.records }, journals: [active.name] };
    try {
      await this.#manifest.write();
    } catch (err) {
      this.#manifest.data = previous;
      await written.segment.retire();
      throw err;
    }
    // Moved in place (the same Location object), so cached text and reads under way stay valid; in
    // slices, because until the old files retire below a Location in either file reads the same.
    let n = 0;
    for (const { key, from, line, at } of written.moved) {
      if (this.#index.get(key) === from) {
        from.segment = written.segment;
        from.line = line;
        from.at = at;
      }
      if (++n % YIELD_EVERY === 0) await breather();
    }
    const retired = [this.#snapshot, ...this.#journals.filter((journal) => journal !== active)].filter((s): s is Segment => s !== null);
    this.#snapshot = written.segment;
    this.#journals = [active];
    // 4. The old files go once no read uses them, one after another (see Segment.retire).
    for (const segment of retired) await segment.retire();
    this.#compactions += 1;
    this.#log.info('store compacted', {
      records: written.records,
      beforeBytes: before.snapshot + before.journals,
      afterBytes: written.bytes,
      ms: Math.round(performance.now() - started),
    });
  }

  /** Creates the next journal and adds it to the manifest (compaction is the only other writer of the manifest). */
  async #startJournal(): Promise<Segment> {
    const name = journalName(this.#nextGeneration++);
    const segment = await Segment.open(join(this.dir, name), name, 'create', this.file);
    const previous = this.#manifest.data;
    try {
      await syncDirectory(this.dir);
      this.#manifest.data = { ...previous, journals: [...previous.journals, name] };
      await this.#manifest.write();
    } catch (err) {
      this.#manifest.data = previous;
      await segment.retire();
      throw err;
    }
    return segment;
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error('LowdbStorage is closed');
  }
}

/** Reads the files `manifest` names into an index, cutting off a torn last write; removes leftovers. */
async function load(file: string, dir: string, manifest: Manifest, log: StoreLog) {
  const index: Index = new Map();
  const opened: Segment[] = [];
  try {
    let snapshot: Segment | null = null;
    if (manifest.snapshot) {
      snapshot = await Segment.open(join(dir, manifest.snapshot.file), manifest.snapshot.file, 'read', file);
      opened.push(snapshot);
      await loadSnapshot(snapshot, manifest.snapshot, file, index);
    }
    const journals: Segment[] = [];
    // A crash can cut off the write under way in the journal being written. That is the last one
    // listed, or the one before it while the last is still empty: a compaction lists its new journal
    // first and switches writes to it only once the write under way in the old one has landed.
    const sizes = await Promise.all(manifest.journals.map((name) => stat(join(dir, name)).then((s) => s.size, () => undefined)));
    for (const [i, name] of manifest.journals.entries()) {
      const written = sizes.slice(i + 1).every((size) => size === 0);
      const journal = await Segment.open(join(dir, name), name, written ? 'append' : 'read', file);
      opened.push(journal);
      journals.push(journal);
      const torn = await replayJournal(journal, index, written);
      if (torn) {
        log.warn('store: dropped a write cut off by a crash (it was never acknowledged)', { file: torn.file, line: torn.line, bytes: torn.bytes, problem: torn.reason });
        await journal.truncate(torn.offset);
      }
    }
    const listed = new Set([manifest.snapshot?.file, ...manifest.journals]);
    const names = await readdir(dir);
    const leftovers = names.filter((name) => generationOf(name) !== undefined && !listed.has(name));
    if (leftovers.length > 0) {
      log.info('store: removing files an interrupted compaction left (the manifest does not name them)', { files: leftovers });
      await removeFiles(dir, leftovers);
    }
    const nextGeneration = Math.max(0, ...names.map((name) => generationOf(name) ?? 0)) + 1;
    return { index, snapshot, journals, nextGeneration };
  } catch (err) {
    await Promise.all(opened.map((segment) => segment.close().catch(() => undefined)));
    throw err;
  }
}

/**
 * With no manifest, data beside it means the manifest was lost: stop rather than start empty. (Empty
 * files are what a first start cut short leaves: the manifest is written last.)
 */
async function refuseOrphanedData(file: string, dir: string): Promise<void> {
  const legacy = shardDirFor(file);
  for (const [where, what] of [
    [dir, 'holds a store'],
    [legacy, 'holds a store of the previous layout'],
  ] as const) {
    const names = await readdir(where).catch((err: unknown) => {
      if (errorCode(err) === 'ENOENT') return [];
      throw asAccessError(err, where, 'read');
    });
    for (const name of names.filter((n) => generationOf(n) !== undefined || /^\d+\.json$/.test(n))) {
      const { size } = await stat(join(where, name));
      if (size > 0 && (where === dir || size > EMPTY_SHARD_BYTES)) {
        throw new DataFileError(file, `missing, but ${where} ${what}; restore ${file} from a backup rather than start empty`);
      }
    }
  }
}

/** `{"records":{` LF LF `}}` LF: a shard of the previous layout with no records. */
const EMPTY_SHARD_BYTES = 17;

async function removeFiles(dir: string, names: string[]): Promise<void> {
  for (const name of names) {
    await unlink(join(dir, name)).catch((err: unknown) => {
      if (errorCode(err) !== 'ENOENT') throw asAccessError(err, join(dir, name), 'write');
    });
  }
}

function eTagAllows(expected: string | undefined, stored: string | null): boolean {
  if (expected === undefined || expected === '*') return true;
  if (expected === CREATE_ONLY_ETAG) return stored === null;
  return stored === expected;
}

function withoutUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}
