/**
 * Start-up: the index (key -> Location) from the snapshot and the journals, checking every line's
 * structure, length and checksum without parsing any record (they were validated when written).
 */
import { DataFileError } from './errors.js';
import { checkGroup, checkLine, type GroupHeader, type ScannedLine } from './line.js';
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
    if (header.e === undefined) throw new DataFileError(segment.file, `line ${number}: a snapshot holds no deletes`);
    if (index.has(header.k)) throw new DataFileError(segment.file, `line ${number}: key ${JSON.stringify(header.k)} appears twice`);
    index.set(header.k, { segment, line: offset, at: checked.valueAt, length: header.n, eTag: header.e });
  });
  if (tail.length > 0) throw new DataFileError(segment.file, `line ${lines + 1}: cut off (no line end)`);
  if (lines !== expected.records) throw new DataFileError(segment.file, `holds ${lines} records, but ${manifestFile} says ${expected.records}`);
}

/**
 * Applies a journal's groups (see line.ts) to `index`, each whole or not at all.
 *
 * Damage before a later complete, sound group is a DataFileError naming the line: that group was
 * written only after the damaged one had been flushed and acknowledged. Damage with no sound group
 * after it, or a group that ends early, is the append a crash cut short (a power cut can leave any
 * part of an append unwritten, zeros included). It was never acknowledged (the acknowledgement waits
 * for fdatasync), so in the journal being written (`last`) it is returned for the caller to log and
 * cut off.
 */
export async function replayJournal(segment: Segment, index: Index, last: boolean): Promise<TornTail | undefined> {
  interface Group extends GroupHeader {
    offset: number;
    line: number;
    lines: ScannedLine[];
    bytes: number;
  }
  let group: Group | undefined;
  let damage: { offset: number; line: number; reason: string; groupStart: { offset: number; line: number } } | undefined;
  // After damage: a group being checked, and whether one was complete and sound.
  let later: Group | undefined;
  let laterGroupFound = false;

  const apply = ({ header, lineAt, valueAt }: ScannedLine) => {
    if (header.e === undefined) index.delete(header.k);
    else index.set(header.k, { segment, line: lineAt, at: valueAt, length: header.n, eTag: header.e });
  };
  /** Feeds a line to `current`; returns the group when it is complete, a problem, or undefined for more. */
  const feed = (current: Group, line: Buffer, offset: number): 'complete' | string | undefined => {
    const checked = checkLine(line, offset);
    if (typeof checked === 'string') return checked;
    current.lines.push(checked);
    current.bytes += line.length + 1;
    if (current.lines.length < current.g) return current.bytes > current.n ? `the write is longer than its ${current.n} bytes` : undefined;
    return current.bytes === current.n ? 'complete' : `the write is ${current.bytes} bytes, its group line says ${current.n}`;
  };
  const start = (header: GroupHeader, offset: number, line: number): Group => ({ ...header, offset, line, lines: [], bytes: 0 });

  /** After damage, every line is looked at only for a complete, sound group. */
  const lookForLaterGroup = (line: Buffer, offset: number, number: number) => {
    const header = checkGroup(line);
    if (header) {
      later = start(header, offset, number);
      return;
    }
    if (!later) return;
    const outcome = feed(later, line, offset);
    if (outcome === 'complete') laterGroupFound = true;
    else if (outcome !== undefined) later = undefined;
  };
  const { tail, tailOffset, lines } = await scanLines(segment, (line, offset, number) => {
    if (laterGroupFound) return;
    if (damage) return lookForLaterGroup(line, offset, number);
    if (!group) {
      const header = checkGroup(line);
      if (header) {
        group = start(header, offset, number);
      } else {
        const problem = checkLine(line, offset);
        damage = { offset, line: number, reason: typeof problem === 'string' ? problem : 'a record outside a write group', groupStart: { offset, line: number } };
      }
      return;
    }
    const outcome = feed(group, line, offset);
    if (outcome === 'complete') {
      group.lines.forEach(apply);
      group = undefined;
    } else if (outcome !== undefined) {
      damage = { offset, line: number, reason: outcome, groupStart: { offset: group.offset, line: group.line } };
      lookForLaterGroup(line, offset, number); // a group line where a record was due starts the next group
    }
  });
  if (damage && laterGroupFound) throw new DataFileError(segment.file, `line ${damage.line}: ${damage.reason}`);
  if (!damage && !group && tail.length === 0) return undefined;

  const cut = damage
    ? { ...damage.groupStart, reason: `line ${damage.line}: ${damage.reason}` }
    : group
      ? { offset: group.offset, line: group.line, reason: tail.length > 0 ? 'cut off (no line end)' : `the write ends after ${group.lines.length} of its ${group.g} lines` }
      : { offset: tailOffset, line: lines + 1, reason: 'cut off (no line end)' };
  if (!last) throw new DataFileError(segment.file, `line ${cut.line}: ${cut.reason} (only the journal being written can end with a cut-off write)`);
  return { file: segment.file, line: cut.line, offset: cut.offset, bytes: segment.size - cut.offset, reason: cut.reason };
}
