/**
 * Preload (node --import) for lazyAzure.test.ts and startup.test.ts: appends the URL of every ES
 * module the process resolves to the file named by SVA_RECORD_LOADS, one a line, and at exit the
 * CommonJS modules it required (those loaded with createRequire do not pass the resolve hook).
 */
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

const out = process.env.SVA_RECORD_LOADS;
register('./recordLoadsHooks.mjs', import.meta.url, { data: { out } });
const required = createRequire(import.meta.url).cache;
process.on('exit', () => {
  if (out) appendFileSync(out, Object.keys(required).map((file) => `${pathToFileURL(file).href}\n`).join(''));
});
