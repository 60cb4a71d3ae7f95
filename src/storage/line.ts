/**
 * The lines of a journal or snapshot file (see lowdbStorage.ts for the layout):
 *
 *   {"k":"<key>","e":"<eTag>","n":<bytes>,"c":<crc32>}<TAB><value JSON><LF>    a write
 *   {"k":"<key>","n":4,"c":<crc32>}<TAB>null<LF>                              a delete (no "e")
 *   {"g":<lines>,"n":<bytes>,"c":<crc32>}<LF>                                  (journal) a group
 *
 * "n" is the value's length in bytes and "c" a CRC-32 of the header's fields and the value, so a
 * line can be checked at start-up without parsing its value. In a journal, every append (one group
 * commit: one or more batches, one fdatasync) starts with a group line giving its record lines and
 * their bytes: a group counts only when all of it is there, so a batch lands whole or not at all, and
 * damage can be placed in the append a crash cut short or before a later, complete one. JSON.stringify
 * escapes every control character, so a TAB or LF inside the JSON is impossible: the first TAB ends a
 * record line's header, the LF ends the line.
 */
import { crc32 } from 'node:zlib';

export const TAB = 0x09;
export const LF = 0x0a;
const DELETED = Buffer.from('null');

export interface LineHeader {
  k: string;
  /** absent for a delete */
  e?: string;
  n: number;
  c: number;
}

/** The line that starts a group in a journal. */
export interface GroupHeader {
  /** record lines in the group */
  g: number;
  /** their bytes, line ends included */
  n: number;
  c: number;
}

/** What a scan learns from a line, without parsing the value. */
export interface ScannedLine {
  header: LineHeader;
  /** offset of the line's first byte in the file */
  lineAt: number;
  /** offset of the value's first byte in the file */
  valueAt: number;
}

function checksum(key: string, eTag: string | undefined, value: Buffer): number {
  // The header's fields, separated by a byte JSON never puts in a string unescaped.
  const fields = Buffer.from(`${key}\u0000${eTag ?? ''}\u0000${value.length}`, 'utf8');
  return crc32(value, crc32(fields));
}

const groupChecksum = (lines: number, bytes: number) => crc32(`group ${lines} ${bytes}`);

/** A write line for `value` (its JSON text, already validated by the caller). */
export function encodeLine(key: string, eTag: string | undefined, value: Buffer): { line: Buffer; valueOffset: number } {
  const header: LineHeader = { k: key, ...(eTag === undefined ? {} : { e: eTag }), n: value.length, c: checksum(key, eTag, value) };
  const head = Buffer.from(`${JSON.stringify(header)}\t`, 'utf8');
  return { line: Buffer.concat([head, value, Buffer.of(LF)]), valueOffset: head.length };
}

export function encodeDelete(key: string): Buffer {
  return encodeLine(key, undefined, DELETED).line;
}

/** The group line for `lines` record lines of `bytes` bytes in all. */
export function encodeGroup(lines: number, bytes: number): Buffer {
  const header: GroupHeader = { g: lines, n: bytes, c: groupChecksum(lines, bytes) };
  return Buffer.from(`${JSON.stringify(header)}\n`, 'utf8');
}

/** The group a line starts, or undefined when it is not a sound group line. */
export function checkGroup(line: Buffer): GroupHeader | undefined {
  if (line.indexOf(TAB) >= 0 || line.length > 64) return undefined;
  let header: unknown;
  try {
    header = JSON.parse(line.toString('utf8'));
  } catch {
    return undefined;
  }
  if (header === null || typeof header !== 'object' || Array.isArray(header)) return undefined;
  const { g, n, c, ...rest } = header as Record<string, unknown>;
  if (!Number.isSafeInteger(g) || (g as number) < 1 || !Number.isSafeInteger(n) || Object.keys(rest).length > 0) return undefined;
  return c === groupChecksum(g as number, n as number) ? { g: g as number, n: n as number, c } : undefined;
}

/**
 * Checks one line (without its LF) that starts at `offset` in its file. Returns the header, or a
 * description of what is wrong with it.
 */
export function checkLine(line: Buffer, offset: number): ScannedLine | string {
  const tab = line.indexOf(TAB);
  if (tab < 0) return 'not a store line (no header)';
  let header: unknown;
  try {
    header = JSON.parse(line.toString('utf8', 0, tab));
  } catch {
    return 'not a store line (the header is not JSON)';
  }
  const problem = headerProblem(header);
  if (problem) return problem;
  const h = header as LineHeader;
  const value = line.subarray(tab + 1);
  if (value.length !== h.n) return `the value is ${value.length} bytes, the header says ${h.n}`;
  if (checksum(h.k, h.e, value) !== h.c) return 'checksum mismatch (the line was changed or damaged)';
  if (h.e === undefined && !value.equals(DELETED)) return 'a delete that carries a value';
  return { header: h, lineAt: offset, valueAt: offset + tab + 1 };
}

function headerProblem(h: unknown): string | undefined {
  if (h === null || typeof h !== 'object' || Array.isArray(h)) return 'the header is not an object';
  const { k, e, n, c, ...rest } = h as Record<string, unknown>;
  if (typeof k !== 'string') return 'the header has no key';
  if (e !== undefined && (typeof e !== 'string' || e === '')) return 'the header has an eTag that is not a string';
  if (!Number.isSafeInteger(n) || (n as number) < 0) return 'the header has no length';
  if (!Number.isInteger(c)) return 'the header has no checksum';
  if (Object.keys(rest).length > 0) return `the header has unknown fields (${Object.keys(rest).join(', ')})`;
  return undefined;
}
