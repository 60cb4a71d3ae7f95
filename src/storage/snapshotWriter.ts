/**
 * Writes a snapshot file: one line per live record, no deletes, no batches. Used by compaction (the
 * records come from the current snapshot and journals) and by the migration (from the previous
 * layout's shards). The file is flushed before this resolves; it counts for nothing until the
 * manifest names it.
 */
import { type FileHandle, open, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { syncDirectory } from './durableFile.js';
import { asAccessError } from './errors.js';
import { type Location, Segment } from './segment.js';

export interface SnapshotRecord {
  key: string;
  /** the record's line (line.ts), line end included: a journal's record lines are snapshot lines as they are */
  line: Buffer;
  /** where the value starts in it */
  valueOffset: number;
  /** where it is now, when it comes from this store (compaction moves it) */
  from?: Location;
}

export interface WrittenSnapshot {
  segment: Segment;
  bytes: number;
  records: number;
  /** each copied record's Location, and its line's and value's offsets in the new file */
  moved: Array<{ key: string; from: Location; line: number; at: number }>;
}

const FLUSH_AT = 1 << 20;
/**
 * How long a compaction pauses after each flush, so the journal's fdatasyncs get the disk between the
 * snapshot's writes instead of queueing behind several of them. Measured on the benchmark's 23 MB
 * store, 12 compactions with writes one at a time beside them: without it, writes beside 3 of them
 * took over 10 ms (6 writes, the slowest 15 ms); with it, beside 1 (one write, 10.2 ms). A compaction
 * takes 0.2 s instead of 0.1-0.16 s.
 */
export const COMPACTION_PAUSE_MS = 4;
/**
 * Flushed to disk at least this often: a journal fdatasync that arrives during one of the snapshot's
 * waits for it to finish. On the benchmark's store, 8 compactions with writes one at a time beside
 * them, three runs each: flushing every 4 MiB, 60–73 writes took over 10 ms; every 1 MiB, 10–24.
 */
const SYNC_EVERY = 1 << 20;
/**
 * How much a compaction reads at a time. Small enough that the work done with each read (a few
 * hundred lines) holds the event loop for well under a millisecond: writes go on meanwhile.
 */
const READ_AT = 1 << 18;

/**
 * Resolves undefined (and removes the file) when `cancelled()` turns true part-way. `pauseMs`: a pause
 * after each flush, for a snapshot written while the store takes writes (COMPACTION_PAUSE_MS).
 */
export async function writeSnapshot(
  file: string,
  name: string,
  manifestFile: string,
  records: AsyncIterable<SnapshotRecord>,
  options: { cancelled?: () => boolean; pauseMs?: number } = {},
): Promise<WrittenSnapshot | undefined> {
  const cancelled = options.cancelled ?? (() => false);
  let handle: FileHandle | undefined;
  const moved: WrittenSnapshot['moved'] = [];
  let bytes = 0;
  let count = 0;
  try {
    handle = await open(file, 'w');
    // One output buffer, reused: a compaction copies the whole store, and a fresh megabyte per
    // flush would leave the process's memory fragmented long after.
    const out = Buffer.allocUnsafe(FLUSH_AT);
    let used = 0;
    let unsynced = 0;
    const flush = async () => {
      // writeFile continues from the handle's position: the chunks land one after another.
      if (used > 0) await handle!.writeFile(out.subarray(0, used));
      if (options.pauseMs) await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
      unsynced += used;
      used = 0;
      // Flushed as it goes: one fdatasync of the whole file at the end would make the journal's
      // fdatasyncs (the file system commits them together) wait behind tens of megabytes.
      if (unsynced >= SYNC_EVERY) {
        await handle!.datasync();
        unsynced = 0;
      }
    };
    for await (const record of records) {
      if (cancelled()) {
        await handle.close();
        handle = undefined;
        await unlink(file);
        return undefined;
      }
      const { line, valueOffset } = record;
      if (record.from) moved.push({ key: record.key, from: record.from, line: bytes, at: bytes + valueOffset });
      if (used + line.length > out.length) await flush();
      if (line.length > out.length) await handle.writeFile(line);
      else used += line.copy(out, used);
      bytes += line.length;
      count += 1;
    }
    await flush();
    await handle.datasync();
    await handle.close();
    handle = undefined;
    await syncDirectory(dirname(file));
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await unlink(file).catch(() => undefined);
    throw asAccessError(err, file, 'write');
  }
  const segment = await Segment.open(file, name, 'read', manifestFile);
  return { segment, bytes, records: count, moved };
}

/**
 * How many records a compaction handles before it hands the event loop back. Listing, sorting and
 * switching 12,000 records in one go held writes up by 10–17 ms; a slice of 1,000 takes well under one.
 */
export const YIELD_EVERY = 1000;

/** Lets the event loop run what is waiting (requests, journal writes) before going on. */
export const breather = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The lines of the records in `index` that `wanted` picks, read in file order with a few reads rather
 * than one per record (a journal's live records are close together, with superseded ones between
 * them), and copied as they are: no re-encoding, so compaction is little more than a file copy and
 * its checksums stay the ones the records were written with.
 *
 * The index is listed in slices while writes go on. A record written meanwhile lands in a file
 * `wanted` leaves out; one listed and then written again is copied in its older version, which the
 * journal written since supersedes, as the caller's switch and a replay both see.
 */
export async function* liveRecords(index: Iterable<[string, Location]>, wanted: (location: Location) => boolean): AsyncGenerator<SnapshotRecord> {
  const bySegment = new Map<Segment, Array<[string, Location]>>();
  let n = 0;
  for (const entry of index) {
    if (wanted(entry[1])) {
      const list = bySegment.get(entry[1].segment);
      if (list) list.push(entry);
      else bySegment.set(entry[1].segment, [entry]);
    }
    if (++n % YIELD_EVERY === 0) await breather();
  }
  const end = (location: Location) => location.at + location.length + 1; // after the line end
  // One read buffer, reused (see writeSnapshot); a line handed out is a view into it, valid until
  // the next one is asked for (writeSnapshot copies it at once).
  let window = Buffer.allocUnsafe(READ_AT);
  for (const [segment, list] of bySegment) {
    // A snapshot is indexed in file order already; a journal's records mostly are.
    await breather();
    list.sort((a, b) => a[1].line - b[1].line);
    for (let i = 0; i < list.length; ) {
      const start = list[i]![1].line;
      let j = i;
      while (j + 1 < list.length && end(list[j + 1]![1]) - start <= READ_AT) j += 1;
      const length = end(list[j]![1]) - start;
      if (length > window.length) window = Buffer.allocUnsafe(length);
      await segment.readInto(window, start, length);
      for (let k = i; k <= j; k += 1) {
        const [key, from] = list[k]!;
        yield { key, line: window.subarray(from.line - start, end(from) - start), valueOffset: from.at - from.line, from };
      }
      i = j + 1;
    }
  }
}
