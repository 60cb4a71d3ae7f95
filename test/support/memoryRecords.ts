/**
 * An in-memory RecordStore that keeps the storage contract's eTag rules (src/storage/contract.ts):
 * absent or '*' overwrites, CREATE_ONLY_ETAG creates only, any other eTag must match. Several
 * "instances" can share one, as two bot processes share Azure Blob storage. `delay` makes every read
 * and write yield, so racing callers interleave as they would over a network.
 */
import { CREATE_ONLY_ETAG } from '../../src/storage/contract.js';
import { StorageConflictError } from '../../src/storage/errors.js';
import type { RecordStore } from '../../src/storage/records.js';

export class MemoryRecordStore implements RecordStore {
  private readonly items = new Map<string, { eTag: string; json: string }>();
  private next = 0;
  /** how many writes were refused for a stale eTag */
  conflicts = 0;

  constructor(private readonly delay = false) {}

  private async pause(): Promise<void> {
    if (this.delay) await new Promise((r) => setImmediate(r));
  }

  async read(keys: string[]): Promise<Record<string, unknown>> {
    await this.pause();
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const item = this.items.get(key);
      if (item) out[key] = { ...(JSON.parse(item.json) as object), eTag: item.eTag };
    }
    return out;
  }

  async write(changes: Record<string, unknown>): Promise<void> {
    const batch = Object.entries(changes).map(([key, value]) => {
      const { eTag, ...rest } = value as { eTag?: string };
      return { key, eTag, json: JSON.stringify(rest) };
    });
    await this.pause();
    for (const { key, eTag, json } of batch) {
      const current = this.items.get(key);
      const ok = eTag === undefined || eTag === '*' || (eTag === CREATE_ONLY_ETAG ? !current : current?.eTag === eTag);
      if (!ok) {
        this.conflicts += 1;
        throw new StorageConflictError(key);
      }
      this.next += 1;
      this.items.set(key, { eTag: `"${this.next}"`, json });
    }
  }

  async delete(keys: string[]): Promise<void> {
    await this.pause();
    for (const key of keys) this.items.delete(key);
  }

  keys(): string[] {
    return [...this.items.keys()];
  }
}
