/**
 * One line of a journal or snapshot file (see lowdbStorage.ts for the layout):
 *
 *   {"k":"<key>","e":"<eTag>","n":<bytes>,"c":<crc32>}<TAB><value JSON><LF>    a write
 *   {"k":"<key>","n":4,"c":<crc32>}<TAB>null<LF>                              a delete (no "e")
 *
 * A multi-item batch carries "b":<count> on its first line: the batch counts only when all its
 * lines are there. "n" is the value's length in bytes and "c" a CRC-32 of the header's fields and the
 * value, so a line can be checked at start-up without parsing its value, and a value read later is
 * known to be the bytes that were written. JSON.stringify escapes every control character, so a TAB
 * or LF inside the JSON is impossible: the first TAB ends the header, the LF ends the line.
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
  /** lines in the batch that starts here, when more than one */
  b?: number;
}

/** What a scan learns from a line, without parsing the value. */
export interface ScannedLine {
  header: LineHeader;
  /** offset of the value's first byte in the file */
  valueAt: number;
}

function checksum(key: string, eTag: string | undefined, batch: number | undefined, value: Buffer): number {
  // The header's fields, separated by a byte JSON never puts in a string unescaped.
  const fields = Buffer.from(`${key}\u0000${eTag ?? ''}\u0000${batch ?? 1}\u0000${value.length}`, 'utf8');
  return crc32(value, crc32(fields));
}

/** A write line for `value` (its JSON text, already validated by the caller). */
export function encodeLine(key: string, eTag: string | undefined, value: Buffer, batch?: number): { line: Buffer; valueOffset: number } {
  const header: LineHeader = { k: key, ...(eTag === undefined ? {} : { e: eTag }), n: value.length, c: checksum(key, eTag, batch, value), ...(batch && batch > 1 ? { b: batch } : {}) };
  const head = Buffer.from(`${JSON.stringify(header)}\t`, 'utf8');
  return { line: Buffer.concat([head, value, Buffer.of(LF)]), valueOffset: head.length };
}

export function encodeDelete(key: string, batch?: number): Buffer {
  return encodeLine(key, undefined, DELETED, batch).line;
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
  const batch = h.b;
  if (checksum(h.k, h.e, batch, value) !== h.c) return 'checksum mismatch (the line was changed or damaged)';
  if (h.e === undefined && !value.equals(DELETED)) return 'a delete that carries a value';
  return { header: h, valueAt: offset + tab + 1 };
}

function headerProblem(h: unknown): string | undefined {
  if (h === null || typeof h !== 'object' || Array.isArray(h)) return 'the header is not an object';
  const { k, e, n, c, b, ...rest } = h as Record<string, unknown>;
  if (typeof k !== 'string') return 'the header has no key';
  if (e !== undefined && (typeof e !== 'string' || e === '')) return 'the header has an eTag that is not a string';
  if (!Number.isSafeInteger(n) || (n as number) < 0) return 'the header has no length';
  if (!Number.isInteger(c)) return 'the header has no checksum';
  if (b !== undefined && (!Number.isSafeInteger(b) || (b as number) < 2)) return 'the header has a bad batch count';
  if (Object.keys(rest).length > 0) return `the header has unknown fields (${Object.keys(rest).join(', ')})`;
  return undefined;
}
