/**
 * Child process for diskFaults.test.ts (run with test/support/failingFs.mjs preloaded): opens the
 * lowdb store at argv[2], writes one record, and prints one JSON line saying how far it got and the
 * error, if any, by name and message.
 */
import { openLowdbStorage } from '../lowdbStorage.js';

const [file] = process.argv.slice(2);
const report = (result: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(result)}\n`);
const describe = (err: unknown) => ({ name: (err as Error).name, message: (err as Error).message });

let storage;
try {
  storage = await openLowdbStorage(file!, { log: { info: () => undefined, warn: () => undefined } });
} catch (err) {
  report({ opened: false, error: describe(err) });
  process.exit(0);
}
try {
  await storage.write({ during: { v: 1 } });
  report({ opened: true, wrote: true, read: await storage.read(['before']) });
} catch (err) {
  report({ opened: true, wrote: false, error: describe(err), read: await storage.read(['before']) });
}
await storage.close();
