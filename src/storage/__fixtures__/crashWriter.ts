/**
 * Child process for crash.test.ts: writes to the store at argv[2] without end, four writers at a
 * time, and prints each key on its own line once its write has resolved. The test kills it with
 * SIGKILL at an arbitrary moment.
 */
import { openLowdbStorage } from '../lowdbStorage.js';

const [file, prefix = 'k'] = process.argv.slice(2);
if (!file) throw new Error('usage: crashWriter.ts <db file> [key prefix]');

const storage = await openLowdbStorage(file, { shards: 4 });
// Bulky values make each shard rewrite take long enough for the kill to land mid-write.
const padding = 'x'.repeat(4000);
let next = 0;

async function writer(): Promise<never> {
  for (;;) {
    const key = `${prefix}/${next++}`;
    await storage.write({ [key]: { key, padding } });
    process.stdout.write(`${key}\n`); // stdout to a pipe is synchronous on POSIX
  }
}

await Promise.all([writer(), writer(), writer(), writer()]);
