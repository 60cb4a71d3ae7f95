/**
 * The storage contract both backends keep (test/storage.contract.test.ts checks it on each). It is the
 * project's own record store (records.ts) plus close() and a description; botbuilder's `Storage` is
 * structurally the same interface, so the Teams layer hands a backend to BotState as it is. That
 * interface leaves eTag semantics to the implementation, and its implementations disagree, so ours
 * are pinned down here:
 *
 * - `read(keys)` returns deep copies of the items that exist, each with a non-empty string `eTag`.
 *   Keys are any strings ("" and "__proto__" included); distinct keys are distinct items.
 * - `write(changes)`: per item, by its `eTag`:
 *     absent or '*'      overwrite unconditionally (botbuilder's BotState writes '*');
 *     CREATE_ONLY_ETAG   create; if the item exists, conflict;
 *     any other string   replace only if it equals the stored eTag; otherwise (or if the item
 *                        does not exist) conflict.
 *   A conflicting item is not written and the call rejects with an error `isConflict()` accepts.
 *   Every written item gets a fresh eTag. Items are snapshotted when write() is called.
 *   (lowdb also checks a whole batch before writing any of it; Azure Blob cannot, so callers that
 *   need atomicity write one key per call, as `updateRecord` does.)
 *   `write(changes, { within: ms })` may wait that long to land with other writes (lowdb: one
 *   fdatasync for all); it still resolves only once it has landed.
 * - `delete(keys)` removes the items that exist and ignores the others.
 * - `close()` waits for writes already started; later writes and deletes reject.
 */
import type { RecordStore, WriteOptions } from './records.js';

/**
 * Items by key, as read() returns them. `any`, like botbuilder's StoreItems: callers (BotState among
 * them) read fields of items whose shape they know; the domain reads through RecordStore's `unknown`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type StoreItems = Record<string, any>;

/**
 * The eTag that means "create, but only if absent" (HTTP's If-None-Match: *). botbuilder's
 * MemoryStorage, which knows nothing of it, also does the right thing: it creates an absent item
 * and reports a conflict for an existing one, because the eTags differ.
 */
export const CREATE_ONLY_ETAG = '!create-only';

export interface AppStorage extends RecordStore {
  read(keys: string[]): Promise<StoreItems>;
  write(changes: StoreItems, options?: WriteOptions): Promise<void>;
  /** Waits for writes already started; writes and deletes after it reject. */
  close(): Promise<void>;
  /** Where the data lives, for the start-up log line; never holds a secret. */
  readonly description: string;
}

/** An item as the caller passed it, reduced to plain JSON and its eTag. */
export interface PreparedWrite {
  key: string;
  /** undefined and '*' mean overwrite unconditionally. */
  expectedETag: string | undefined;
  value: Record<string, unknown>;
}

/** Normalises an item to plain JSON now, so what lands is what was passed, whatever the caller does next. */
export function prepareWrite(store: string, key: string, item: unknown): PreparedWrite {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    throw new TypeError(`${store}.write: item ${JSON.stringify(key)} must be an object`);
  }
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(JSON.stringify(item)) as Record<string, unknown>;
  } catch (err) {
    const reason = (err as { message?: unknown }).message ?? String(err);
    throw new TypeError(`${store}.write: item ${JSON.stringify(key)} is not JSON-serialisable (${reason})`);
  }
  const eTag = (item as { eTag?: unknown }).eTag;
  if (eTag !== undefined && eTag !== null && typeof eTag !== 'string') {
    throw new TypeError(`${store}.write: item ${JSON.stringify(key)} has an eTag that is not a string`);
  }
  delete value.eTag;
  return { key, expectedETag: eTag ?? undefined, value };
}

/** As prepareWrite, but the value as its JSON text (what the journal stores), serialised once. */
export function prepareWriteText(store: string, key: string, item: unknown): { key: string; expectedETag: string | undefined; text: string } {
  if (item === null || typeof item !== 'object' || Array.isArray(item) || typeof (item as { toJSON?: unknown }).toJSON === 'function') {
    const { expectedETag, value } = prepareWrite(store, key, item);
    return { key, expectedETag, text: JSON.stringify(value) };
  }
  const { eTag, ...rest } = item as Record<string, unknown>;
  if (eTag !== undefined && eTag !== null && typeof eTag !== 'string') {
    throw new TypeError(`${store}.write: item ${JSON.stringify(key)} has an eTag that is not a string`);
  }
  let text: string;
  try {
    text = JSON.stringify(rest);
  } catch (err) {
    const reason = (err as { message?: unknown }).message ?? String(err);
    throw new TypeError(`${store}.write: item ${JSON.stringify(key)} is not JSON-serialisable (${reason})`);
  }
  return { key, expectedETag: eTag ?? undefined, text };
}

/** `write(changes)`: the items, snapshotted, after checking the argument's shape. */
export function prepareBatch(store: string, changes: unknown): PreparedWrite[] {
  assertChanges(store, changes);
  return Object.entries(changes).map(([key, item]) => prepareWrite(store, key, item));
}

export function assertChanges(store: string, changes: unknown): asserts changes is Record<string, unknown> {
  if (changes === null || typeof changes !== 'object' || Array.isArray(changes)) {
    throw new TypeError(`${store}.write: changes must be an object of items by key`);
  }
}

export function assertKeys(store: string, method: string, keys: unknown): asserts keys is string[] {
  if (!Array.isArray(keys) || keys.some((key) => typeof key !== 'string')) {
    throw new TypeError(`${store}.${method}: keys must be an array of strings`);
  }
}
