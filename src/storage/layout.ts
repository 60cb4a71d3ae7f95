import { createHash } from 'node:crypto';

/**
 * Shard count for a new store: enough that a shard stays small (tens of kB) with tens of thousands
 * of records. An existing store keeps the count its manifest records.
 */
export const DEFAULT_SHARDS = 256;

/** `data/db.json` -> `data/db.shards`: the shards sit beside the manifest that describes them. */
export function shardDirFor(manifestFile: string): string {
  return `${manifestFile.replace(/\.json$/i, '')}.shards`;
}

/** `07.json`; zero-padded to the width of the largest index so the files sort naturally. */
export function shardFileName(index: number, count: number): string {
  const width = Math.max(2, String(count - 1).length);
  return `${String(index).padStart(width, '0')}.json`;
}

/**
 * Which shard holds `key`. Must never change for a given (key, count): it decides where existing
 * records are looked up. SHA-256 is stable across Node versions and platforms and spreads evenly.
 */
export function shardIndex(key: string, count: number): number {
  return createHash('sha256').update(key, 'utf8').digest().readUInt32BE(0) % count;
}
