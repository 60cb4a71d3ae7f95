/**
 * Child process for crash.test.ts: writes to the store at argv[2] without end, four writers at a
 * time, and prints each acknowledged operation on its own line once it has resolved:
 *   put <key> <version>     a write of {version} resolved
 *   deleting <key>          a delete is about to start
 *   del <key>               it resolved
 *   compacting / compacted  a compaction started / finished
 * Each writer owns its keys and runs one operation at a time, so for any key the acknowledged
 * versions only go up. With mode "compact" a fifth loop compacts continuously. The test kills the
 * process with SIGKILL at an arbitrary moment.
 *
 *   node --import tsx crashWriter.ts <db file> <prefix> <write|compact>
 */
import { openLowdbStorage } from '../lowdbStorage.js';

const [file, prefix = 'k', mode = 'write'] = process.argv.slice(2);
if (!file) throw new Error('usage: crashWriter.ts <db file> [key prefix] [write|compact]');

const quiet = { info: () => undefined, warn: () => undefined };
// A small threshold: compactions start on their own every few hundred writes, as well.
const storage = await openLowdbStorage(file, { compactAfterBytes: 64 * 1024, log: quiet });
// Bulky values make appends and compaction copies take long enough for the kill to land mid-way.
const padding = 'x£'.repeat(1000);
const say = (line: string) => process.stdout.write(`${line}\n`); // stdout to a pipe is synchronous on POSIX

async function writer(w: number): Promise<never> {
  for (let i = 0; ; i++) {
    const key = `${prefix}/${w}/n${i}`;
    const hot = `${prefix}/${w}/hot${i % 20}`;
    // A new record and an overwrite, in one batch: both land or neither.
    await storage.write({ [key]: { version: i, padding }, [hot]: { version: i, padding } });
    say(`put ${key} ${i}`);
    say(`put ${hot} ${i}`);
    if (i % 10 === 9) {
      const gone = `${prefix}/${w}/n${i - 5}`;
      say(`deleting ${gone}`); // from here on it may be gone, acknowledged or not
      await storage.delete([gone]);
      say(`del ${gone}`);
    }
  }
}

async function compactor(): Promise<never> {
  for (;;) {
    say('compacting');
    await storage.compact();
    say('compacted');
  }
}

await Promise.all([writer(0), writer(1), writer(2), writer(3), ...(mode === 'compact' ? [compactor()] : [])]);
