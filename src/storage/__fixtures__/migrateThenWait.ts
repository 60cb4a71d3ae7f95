/**
 * Child process for migration.test.ts: prints "ready" (everything loaded), opens (and so migrates)
 * the store at argv[2], prints "open", then waits. The test kills it with SIGKILL at a random moment
 * after "ready": before "open", that is mid-migration.
 */
import { openLowdbStorage } from '../lowdbStorage.js';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: migrateThenWait.ts <db file>');
process.stdout.write('ready\n');
await openLowdbStorage(file, { log: { info: () => undefined, warn: () => undefined } });
process.stdout.write('open\n');
setInterval(() => undefined, 1000);
