/**
 * What the domain needs of storage, without importing botbuilder: a key-value store with eTags
 * (botbuilder's Storage satisfies it), and an optimistic read-modify-write that retries on conflict
 * so concurrent updates all land.
 */
import { CREATE_ONLY_ETAG } from './contract.js';
import { isConflict } from './errors.js';

export type Stored<T> = T & { eTag?: string };

export interface WriteOptions {
  /**
   * The write may wait up to this many milliseconds for others to land with it (one flush to disk for
   * all). For what nobody waits on; a store that cannot group writes ignores it.
   */
  within?: number;
}

export interface RecordStore {
  read(keys: string[]): Promise<Record<string, unknown>>;
  write(changes: Record<string, unknown>, options?: WriteOptions): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

export class TooManyConflictsError extends Error {
  override readonly name = 'TooManyConflictsError';
  constructor(readonly key: string, attempts: number) {
    super(`Could not update "${key}" after ${attempts} attempts: too many people changed it at once. Please try again.`);
  }
}

export async function readRecord<T extends object>(store: RecordStore, key: string): Promise<Stored<T> | undefined> {
  return (await store.read([key]))[key] as Stored<T> | undefined;
}

/**
 * Reads `key`, applies `change` and writes it back with the eTag it read; on a conflict, reads again
 * and re-applies. `change` must be a pure function of the current value (it may run several times).
 * Returning undefined leaves the record as it is.
 */
export async function updateRecord<T extends object, R = void>(
  store: RecordStore,
  key: string,
  change: (current: T | undefined) => { next: T; result: R } | undefined | Promise<{ next: T; result: R } | undefined>,
  attempts = 50,
): Promise<{ record: T | undefined; result: R | undefined; changed: boolean }> {
  for (let i = 0; i < attempts; i += 1) {
    const current = await readRecord<T>(store, key);
    const { eTag, ...value } = current ?? ({} as Stored<T>);
    const outcome = await change(current ? (value as T) : undefined);
    if (!outcome) return { record: current ? (value as T) : undefined, result: undefined, changed: false };
    try {
      // Without a current item, create-only: two racing creators must not overwrite each other
      // (no eTag or '*' would let the second silently replace the first).
      await store.write({ [key]: { ...outcome.next, eTag: eTag ?? CREATE_ONLY_ETAG } });
      return { record: outcome.next, result: outcome.result, changed: true };
    } catch (err) {
      if (!isConflict(err)) throw err;
      // Back off a little, randomly, so many writers do not collide in lock-step.
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(50, 2 ** i)));
    }
  }
  throw new TooManyConflictsError(key, attempts);
}
