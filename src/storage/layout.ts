import { createHash } from 'node:crypto';
import { basename } from 'node:path';

/** `data/db.json` -> `data/db.store`: the snapshot and journals sit beside the manifest that names them. */
export function storeDirFor(manifestFile: string): string {
  return `${stem(manifestFile)}.store`;
}

export const journalName = (generation: number): string => `journal-${String(generation).padStart(6, '0')}.jsonl`;
export const snapshotName = (generation: number): string => `snapshot-${String(generation).padStart(6, '0')}.jsonl`;

/** The generation in a snapshot or journal file name, or undefined for any other name. */
export function generationOf(name: string): number | undefined {
  const match = /^(?:snapshot|journal)-(\d{6,})\.jsonl$/.exec(name);
  return match ? Number(match[1]) : undefined;
}

function stem(manifestFile: string): string {
  return manifestFile.replace(/\.json$/i, '');
}

// ---- The previous layout (version 1), read once to migrate ----------------------------------------

/** Shard count the previous layout created stores with. */
export const DEFAULT_SHARDS = 256;

/** `data/db.json` -> `data/db.shards`: where the previous layout kept its shards. */
export function shardDirFor(manifestFile: string): string {
  return `${stem(manifestFile)}.shards`;
}

/** `data/db.shards.v1-backup`: where the shards are kept after the migration, until the admin deletes them. */
export function keptShardDirFor(manifestFile: string): string {
  return `${shardDirFor(manifestFile)}.v1-backup`;
}

/** The name the migration record in the manifest gives the kept folder (relative to the manifest's folder). */
export const keptShardDirName = (manifestFile: string): string => basename(keptShardDirFor(manifestFile));

/** `07.json`; zero-padded to the width of the largest index so the files sort naturally. */
export function shardFileName(index: number, count: number): string {
  const width = Math.max(2, String(count - 1).length);
  return `${String(index).padStart(width, '0')}.json`;
}

/**
 * Which shard of the previous layout holds `key`: SHA-256 of the key mod the shard count. Used to
 * check that every record sits in its own shard before migrating it.
 */
export function shardIndex(key: string, count: number): number {
  return createHash('sha256').update(key, 'utf8').digest().readUInt32BE(0) % count;
}
