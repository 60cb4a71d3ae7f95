/**
 * botbuilder's Storage over the project's record store. The two agree on shape (keys to JSON items
 * with eTags, see src/storage/contract.ts), so this is the one place the SDK's type is named.
 */
import type { Storage, StoreItems } from 'botbuilder';
import type { RecordStore } from '../storage/records.js';

export function botStorage(store: RecordStore): Storage {
  return {
    read: (keys: string[]) => store.read(keys) as Promise<StoreItems>,
    write: (changes: StoreItems) => store.write(changes),
    delete: (keys: string[]) => store.delete(keys),
  };
}
