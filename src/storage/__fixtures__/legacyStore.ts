/**
 * Writes a store in the previous layout (manifest version 1 + shards), as the previous version of
 * LowdbStorage left it, for the migration tests. Returns the eTag given to each record.
 */
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from '../durableFile.js';
import { shardDirFor, shardFileName, shardIndex } from '../layout.js';
import { type Records, ShardFile } from '../shardFile.js';

export async function writeLegacyStore(file: string, records: Record<string, Record<string, unknown>>, shards = 8): Promise<Map<string, string>> {
  const dir = shardDirFor(file);
  await mkdir(dir, { recursive: true });
  const contents = Array.from({ length: shards }, (): Records => new Map());
  const eTags = new Map<string, string>();
  for (const [key, value] of Object.entries(records)) {
    const eTag = randomUUID();
    eTags.set(key, eTag);
    contents[shardIndex(key, shards)]!.set(key, { ...value, eTag });
  }
  await Promise.all(contents.map((shard, i) => new ShardFile(join(dir, shardFileName(i, shards)), i, shards).write(shard)));
  await writeFileDurably(file, `${JSON.stringify({ format: 'sva-store', version: 1, shards }, null, 2)}\n`);
  return eTags;
}
