/**
 * One file of lines (line.ts): the snapshot, or a journal. Holds its file open for reads at an offset
 * (records are read on demand) and, for the journal being written, for durable appends.
 */
import { type FileHandle, open, unlink } from 'node:fs/promises';
import { errorCode } from './durableFile.js';
import { asAccessError, DataFileError } from './errors.js';
import { LF } from './line.js';

/** Where a record's current value is: the index holds one per key. */
export interface Location {
  /** updated in place by compaction when the record moves to the new snapshot */
  segment: Segment;
  at: number;
  length: number;
  readonly eTag: string;
}

const CHUNK = 1 << 20;

export class Segment {
  #readers = 0;
  #idle: (() => void) | undefined;

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
    const buffer = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const { bytesRead } = await this.handle.read(buffer, done, length - done, position + done);
      if (bytesRead === 0) throw new DataFileError(this.file, `ends before offset ${position + length} (was it truncated?)`);
      done += bytesRead;
    }
    return buffer;
  }

  /**
   * Appends `bytes` and flushes them with one fdatasync; resolves once they are on disk. On failure
   * the file is cut back to its previous end, so a half-written line never sits before later ones.
   * (writeFile on an 'a+' handle appends.)
   */
  async append(bytes: Buffer): Promise<void> {
    const before = this.size;
    try {
      await this.handle.writeFile(bytes);
      await this.handle.datasync();
    } catch (err) {
      await this.handle.truncate(before).catch(() => undefined);
      throw asAccessError(err, this.file, 'write');
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

  /** Closes once no read uses it, then deletes the file: nothing refers to it any more. */
  async retire(): Promise<void> {
    await this.close();
    await unlink(this.file).catch((err: unknown) => {
      if (errorCode(err) !== 'ENOENT') throw err;
    });
  }
}

/** A line as the scan hands it over: its bytes without the LF, where it starts, its 1-based number. */
export type LineVisitor = (line: Buffer, offset: number, lineNumber: number) => void;

/**
 * Reads `segment` from the start in 1 MiB chunks and calls `visit` for each complete line. Returns
 * what follows the last LF (empty when the file ends with one): a line cut off mid-write.
 */
export async function scanLines(segment: Segment, visit: LineVisitor): Promise<{ tail: Buffer; tailOffset: number; lines: number }> {
  let carry = Buffer.alloc(0);
  let carryOffset = 0;
  let lineNumber = 0;
  for (let position = 0; position < segment.size; ) {
    const chunk = await segment.readAt(position, Math.min(CHUNK, segment.size - position));
    position += chunk.length;
    const data = carry.length === 0 ? chunk : Buffer.concat([carry, chunk]);
    let start = 0;
    for (let end = data.indexOf(LF, start); end >= 0; end = data.indexOf(LF, start)) {
      lineNumber += 1;
      visit(data.subarray(start, end), carryOffset + start, lineNumber);
      start = end + 1;
    }
    // Copy the partial line out: `chunk` is reused by nothing, but `data` may be large.
    carry = Buffer.from(data.subarray(start));
    carryOffset += start;
  }
  return { tail: carry, tailOffset: carryOffset, lines: lineNumber };
}
