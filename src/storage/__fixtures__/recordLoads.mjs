/**
 * Preload (node --import) for lazyAzure.test.ts: appends the URL of every ES module the process
 * resolves to the file named by SVA_RECORD_LOADS, one a line.
 */
import { register } from 'node:module';

register('./recordLoadsHooks.mjs', import.meta.url, { data: { out: process.env.SVA_RECORD_LOADS } });
