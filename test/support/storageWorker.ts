/**
 * Child process for the scale-out test: opens the store the environment configures (as the bot
 * does, through loadConfig and createStorage) and appends `count` entries to one shared record
 * through updateRecord, `parallel` at a time. Prints one JSON line: what it did and how many
 * eTag conflicts it met (proof the writers really interleaved).
 *
 *   node --import tsx test/support/storageWorker.ts <key> <worker name> <count> <parallel>
 */
import { loadConfig } from '../../src/settings/index.js';
import { createStorage, isConflict } from '../../src/storage/index.js';
import { type RecordStore, updateRecord } from '../../src/storage/records.js';

const [key, name, count = '50', parallel = '4'] = process.argv.slice(2);
if (!key || !name) throw new Error('usage: storageWorker.ts <key> <worker name> <count> <parallel>');

const storage = await createStorage(loadConfig());
let conflicts = 0;
const counting: RecordStore = {
  read: (keys) => storage.read(keys),
  delete: (keys) => storage.delete(keys),
  write: (changes) =>
    storage.write(changes).catch((err: unknown) => {
      if (isConflict(err)) conflicts += 1;
      throw err;
    }),
};

let next = 0;
async function appender(): Promise<void> {
  while (next < Number(count)) {
    const entry = `${name}-${next++}`;
    await updateRecord<{ count: number; entries: string[] }>(counting, key!, (current) => ({
      next: { count: (current?.count ?? 0) + 1, entries: [...(current?.entries ?? []), entry] },
      result: undefined,
    }), 500);
  }
}

await Promise.all(Array.from({ length: Number(parallel) }, appender));
await storage.close();
process.stdout.write(`${JSON.stringify({ name, appended: Number(count), conflicts })}\n`);
