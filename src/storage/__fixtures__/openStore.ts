/**
 * Child process for lazyAzure.test.ts. "lowdb": opens and closes the lowdb store at argv[3] through
 * createStorage, as a lowdb start of the bot does. "azure-module": imports the Azure backend's module
 * (the check that the recording sees @azure when it is loaded). Then prints every CommonJS module
 * in the cache as JSON; the ES modules are recorded by recordLoads.mjs.
 */
import { createRequire } from 'node:module';

const [mode, file] = process.argv.slice(2);
if (mode === 'lowdb') {
  const { createStorage } = await import('../index.js');
  const storage = await createStorage({ storage: { kind: 'lowdb', file: file! }, logLevel: 'silent' });
  await storage.write({ probe: { ok: true } });
  await storage.close();
} else if (mode === 'azure-module') {
  await import('../azureBlobStorage.js');
} else {
  throw new Error('usage: openStore.ts <lowdb|azure-module> <db file>');
}
process.stdout.write(JSON.stringify(Object.keys(createRequire(import.meta.url).cache)));
