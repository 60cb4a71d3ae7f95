/**
 * Fresh eTags for the embedded store: 16 characters of base64url from 96 random bits, cut from a pool
 * of random bytes refilled now and then (as randomUUID does), so a write makes no call into the
 * random source of its own.
 *
 * Not randomUUID(): Node builds each UUID by concatenating its hex pairs, and V8 keeps the result as a
 * tree of about twenty string pieces, over 400 bytes, for as long as it lives. The index holds one eTag
 * per record, so after 20,000 writes that was about 9 MB of heap; a string made from a buffer is one
 * flat piece (32 bytes here).
 */
import { randomFillSync } from 'node:crypto';

const BYTES = 12;
const pool = Buffer.allocUnsafe(BYTES * 256);
let next = pool.length;

export function newETag(): string {
  if (next === pool.length) {
    randomFillSync(pool);
    next = 0;
  }
  next += BYTES;
  return pool.toString('base64url', next - BYTES, next);
}
