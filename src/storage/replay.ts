/**
 * Start-up: the index (key -> Location) from the snapshot and the journals, checking every line's
 * structure, length and checksum without parsing any record (they were validated when written).
 */
import { DataFileError } from './errors.js';
import { checkLine, type LineHeader, type ScannedLine } from './line.js';
import { type Location, scanLines, type Segment } from './segment.js';

export type Index = Map<string, Location>;

/** A journal's last write, cut off by a crash before it was acknowledged. */
export interface TornTail {
  file: string;
  line: number;
  offset: number;
  bytes: number;
  reason: string;
}

export async function loadSnapshot(segment: Segment, expected: { bytes: number; records: number }, manifestFile: string, index: Index): Promise<void> {
  if (segment.size !== expected.bytes) {
    throw new DataFileError(segment.file, `is ${segment.size} bytes, but ${manifestFile} says ${expected.bytes} (was it cut short or changed?)`);
  }
  const { tail, lines } = await scanLines(segment, (line, offset, number) => {
    const checked = checkLine(line, offset);
    if (typeof checked === 'string') throw new DataFileError(segment.file, `line ${number}: ${checked}`);
    const { header } = checked;
    if (header.e === undefined || header.b !== undefined) throw new DataFileError(segment.file, `line ${number}: a snapshot holds single records only`);
    if (index.has(header.k)) throw new DataFileError(segment.file, `line ${number}: key ${JSON.stringify(header.k)} appears twice`);
    index.set(header.k, { segment, at: checked.valueAt, length: header.n, eTag: header.e });
  });
  if (tail.length > 0) throw new DataFileError(segment.file, `line ${lines + 1}: cut off (no line end)`);
  if (lines !== expected.records) throw new DataFileError(segment.file, `holds ${lines} records, but ${manifestFile} says ${expected.records}`);
}

/**
 * Applies a journal's writes and deletes to `index`, batch by batch. A damaged line with anything
 * after it is a DataFileError naming the line. A damaged or unfinished write at the very end of the
 * journal being written (`last`) is a write the crash cut off: it was never acknowledged (the
 * acknowledgement waits for fdatasync), so it is returned for the caller to log and cut off.
 */
export async function replayJournal(segment: Segment, index: Index, last: boolean): Promise<TornTail | undefined> {
  let batch: ScannedLine[] = [];
  let batchSize = 1;
  let batchStart = { offset: 0, line: 0 };
  let bad: { offset: number; line: number; reason: string } | undefined;

  const apply = ({ header, valueAt }: ScannedLine) => {
    if (header.e === undefined) index.delete(header.k);
    else index.set(header.k, { segment, at: valueAt, length: header.n, eTag: header.e });
  };
  const { tail, tailOffset, lines } = await scanLines(segment, (line, offset, number) => {
    if (bad) throw new DataFileError(segment.file, `line ${bad.line}: ${bad.reason}`);
    const checked = checkLine(line, offset);
    if (typeof checked === 'string') {
      bad = { offset, line: number, reason: checked };
      return;
    }
    const starts = (checked.header as LineHeader).b;
    if (batch.length === 0) {
      batchSize = starts ?? 1;
      batchStart = { offset, line: number };
    } else if (starts !== undefined) {
      bad = { offset, line: number, reason: `a batch starts before the batch of ${batchSize} at line ${batchStart.line} is complete` };
      return;
    }
    batch.push(checked);
    if (batch.length === batchSize) {
      batch.forEach(apply);
      batch = [];
    }
  });
  if (bad && tail.length > 0) throw new DataFileError(segment.file, `line ${bad.line}: ${bad.reason}`);
  if (!bad && batch.length === 0 && tail.length === 0) return undefined;

  const cut =
    batch.length > 0
      ? { ...batchStart, reason: `a batch of ${batchSize} writes ends after ${batch.length}` }
      : bad ?? { offset: tailOffset, line: lines + 1, reason: 'cut off (no line end)' };
  if (!last) throw new DataFileError(segment.file, `line ${cut.line}: ${cut.reason} (only the journal being written can end with a cut-off write)`);
  return { file: segment.file, line: cut.line, offset: cut.offset, bytes: segment.size - cut.offset, reason: cut.reason };
}
