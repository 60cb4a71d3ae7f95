import type { Adapter } from 'lowdb';
import { parseDataFile, shardSchema } from './dataFiles.js';
import { readTextIfExists, writeFileDurably } from './durableFile.js';
import { DataFileError } from './errors.js';
import { shardFileName, shardIndex } from './layout.js';

/** A stored item: plain JSON (it went through JSON.stringify on the way in) with its current eTag. */
export type StoredItem = { eTag: string } & Record<string, unknown>;

/** A Map rather than an object, so a key such as "__proto__" or "constructor" is just a key. */
export type Records = Map<string, StoredItem>;

/**
 * lowdb adapter for one shard file of the previous layout (version 1): validates on read, replaces
 * atomically and durably on write. Read once, to migrate (migrate.ts); written only by the tests'
 * fixture that makes a store in that layout.
 */
export class ShardFile implements Adapter<Records> {
  constructor(
    readonly file: string,
    readonly index: number,
    readonly count: number,
  ) {}

  /** The shard's records, or null when the file does not exist. Throws DataFileError when damaged. */
  async read(): Promise<Records | null> {
    const text = await readTextIfExists(this.file);
    if (text === null) return null;
    const { records } = parseDataFile(this.file, text, shardSchema);
    const entries = Object.entries(records) as [string, StoredItem][];
    // A record in the wrong shard would be invisible to reads: the manifest's shard count was
    // edited or files were moved. Stop rather than silently lose it.
    for (const [key] of entries) {
      const home = shardIndex(key, this.count);
      if (home !== this.index) {
        throw new DataFileError(
          this.file,
          `records[${JSON.stringify(key)}]: belongs in shard ${shardFileName(home, this.count)} ` +
            `(was the manifest's shard count changed or a shard file renamed?)`,
        );
      }
    }
    return new Map(entries);
  }

  write(records: Records): Promise<void> {
    // One record per line: compact (a write costs less) yet still readable and diffable by a person.
    const lines = [...records].map(([key, item]) => `${JSON.stringify(key)}:${JSON.stringify(item)}`);
    return writeFileDurably(this.file, `{"records":{\n${lines.join(',\n')}\n}}\n`);
  }
}
