/**
 * One file of lines (line.ts): the snapshot, or a journal. Holds its file open for reads at an offset
 * (records are read on demand) and, for the journal being written, for durable appends.
 */
import { type FileHandle, open, truncate, unlink } from 'node:fs/promises';
import { errorCode } from './durableFile.js';
import { asAccessError, DataFileError } from './errors.js';
import { LF } from './line.js';

/** Where a record's current value is: the index holds one per key. */
export interface Location {
  /** updated in place by compaction when the record moves to the new snapshot */
  segment: Segment;
  /** where its line starts (compaction copies the line as it is) */
  line: number;
  /** where its value starts */
  at: number;
  length: number;
  readonly eTag: string;
}

const CHUNK = 1 << 20;
/**
 * A retired file is cut down this much at a time, with RETIRE_PAUSE_MS between cuts, before it is
 * deleted. Deleting a 23 MB snapshot in one go frees all its blocks in one file-system commit, and the
 * journal's fdatasync beside it waited 27–34 ms for that commit (every compaction of the benchmark's
 * store); cut down 4 MiB at a time, no write beside the deletion took over 10 ms. Deletion schedulers
 * of other embedded stores (RocksDB's) cut large files down the same way.
 */
const RETIRE_STEP = 4 << 20;
const RETIRE_PAUSE_MS = 2;

export class Segment {
  #readers = 0;
  #idle: (() => void) | undefined;
  #broken: unknown;

  private constructor(
    readonly file: string,
    /** the file name as the manifest lists it */
    readonly name: string,
    readonly handle: FileHandle,
    public size: number,
  ) {}

  /**
   * Opens an existing file to read, or to read and append (the journal being written), or creates an
   * empty one to append to (truncating a leftover nobody references). A missing file is a
   * DataFileError: the manifest lists it, so it must be there.
   */
  static async open(file: string, name: string, mode: 'read' | 'append' | 'create', listedIn: string): Promise<Segment> {
    let handle: FileHandle;
    try {
      // 'a+' (O_APPEND) for anything appended to: each write lands at the end, even after a cut-back.
      // It would create a missing file, so an existing one is checked first, and a new one made empty.
      if (mode === 'append') await (await open(file, 'r')).close();
      if (mode === 'create') await (await open(file, 'w')).close();
      handle = await open(file, mode === 'read' ? 'r' : 'a+');
    } catch (err) {
      if (errorCode(err) === 'ENOENT') throw new DataFileError(file, `missing (${listedIn} lists it)`);
      throw asAccessError(err, file, mode === 'read' ? 'read' : 'write');
    }
    const { size } = await handle.stat();
    return new Segment(file, name, handle, size);
  }

  async readAt(position: number, length: number): Promise<Buffer> {
    return this.readInto(Buffer.allocUnsafe(length), position, length);
  }

  /** Reads `length` bytes at `position` into the start of `buffer`; returns that part of it. */
  async readInto(buffer: Buffer, position: number, length: number): Promise<Buffer> {
    let done = 0;
    while (done < length) {
      const { bytesRead } = await this.handle.read(buffer, done, length - done, position + done);
      if (bytesRead === 0) throw new DataFileError(this.file, `ends before offset ${position + length} (was it truncated?)`);
      done += bytesRead;
    }
    return buffer.subarray(0, length);
  }

  /**
   * Appends `bytes` and flushes them with one fdatasync; resolves once they are on disk. On failure
   * the file is cut back to its previous end, so a half-written line never sits before later ones.
   * (writeFile on an 'a+' handle appends.)
   */
  async append(bytes: Buffer): Promise<void> {
    if (this.#broken !== undefined) throw this.#broken;
    const before = this.size;
    try {
      await this.handle.writeFile(bytes);
      await this.handle.datasync();
    } catch (err) {
      const failure = asAccessError(err, this.file, 'write');
      // If even the cut-back fails, nothing more may follow the half-written bytes.
      await this.handle.truncate(before).catch(() => (this.#broken = failure));
      throw failure;
    }
    this.size = before + bytes.length;
  }

  /** Cuts the file at `end` (a torn last line) and flushes the cut. */
  async truncate(end: number): Promise<void> {
    try {
      await this.handle.truncate(end);
      await this.handle.datasync();
    } catch (err) {
      throw asAccessError(err, this.file, 'write');
    }
    this.size = end;
  }

  /** Keeps the file open while a read is under way (compaction may retire it meanwhile). */
  async withReader<T>(read: () => Promise<T>): Promise<T> {
    this.#readers += 1;
    try {
      return await read();
    } finally {
      this.#readers -= 1;
      if (this.#readers === 0) this.#idle?.();
    }
  }

  async close(): Promise<void> {
    if (this.#readers > 0) await new Promise<void>((resolve) => (this.#idle = resolve));
    await this.handle.close();
  }

  /** Closes once no read uses it, then deletes the file (cut down in steps first): nothing refers to it any more. */
  async retire(): Promise<void> {
    await this.close();
    try {
      for (let size = this.size - RETIRE_STEP; size > 0; size -= RETIRE_STEP) {
        await truncate(this.file, size);
        await new Promise((resolve) => setTimeout(resolve, RETIRE_PAUSE_MS));
      }
      await unlink(this.file);
    } catch (err) {
      if (errorCode(err) !== 'ENOENT') throw err;
    }
  }
}

/**
 * A line as the scan hands it over: its bytes without the LF (a view into the scan's buffer, valid
 * only during the call), where it starts, its 1-based number.
 */
export type LineVisitor = (line: Buffer, offset: number, lineNumber: number) => void;

/**
 * Reads `segment` from the start, 1 MiB at a time into one reused buffer (so a scan of a large file
 * leaves no garbage behind), and calls `visit` for each complete line. Returns what follows the last
 * LF (empty when the file ends with one): a line cut off mid-write.
 */
export async function scanLines(segment: Segment, visit: LineVisitor): Promise<{ tail: Buffer; tailOffset: number; lines: number }> {
  let buffer = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(segment.size, 1)));
  let filled = 0; // bytes in `buffer`: a partial line carried over, then what was just read
  let bufferOffset = 0; // file offset of buffer[0]
  let lineNumber = 0;
  for (let position = 0; position < segment.size; ) {
    if (filled === buffer.length) {
      // A line longer than the buffer: make room for the rest of it.
      const larger = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(larger, 0, 0, filled);
      buffer = larger;
    }
    const { bytesRead } = await segment.handle.read(buffer, filled, Math.min(buffer.length - filled, segment.size - position), position);
    if (bytesRead === 0) throw new DataFileError(segment.file, `ends before offset ${segment.size} (was it cut short while open?)`);
    position += bytesRead;
    const end = filled + bytesRead;
    let start = 0;
    for (let lf = buffer.indexOf(LF, filled); lf >= 0 && lf < end; lf = buffer.indexOf(LF, start)) {
      lineNumber += 1;
      visit(buffer.subarray(start, lf), bufferOffset + start, lineNumber);
      start = lf + 1;
    }
    buffer.copy(buffer, 0, start, end);
    filled = end - start;
    bufferOffset += start;
  }
  return { tail: Buffer.from(buffer.subarray(0, filled)), tailOffset: bufferOffset, lines: lineNumber };
}
