/**
 * `npm run validate:policies`: checks every policy pack, the national context and the TOMs catalogue
 * the way start-up does, and prints each fault with its exact path. Exit code 1 when anything is wrong.
 */
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, loadPolicyLibrary } from '../src/policy/loader.js';
import { loadTomsCatalogue } from '../src/policy/tomsCatalogue.js';

const dataDir = process.argv[2] ?? process.env.DATA_DIR ?? DEFAULT_DATA_DIR;
let ok = true;
try {
  const library = loadPolicyLibrary(dataDir);
  for (const pack of library.packs.values()) {
    console.log(`ok  ${pack.council.id}: ${pack.rules.length} rules, ${Object.keys(pack.topics).length} topics, ${pack.documents.length} document(s)`);
  }
  console.log(`ok  national-context: ${library.national.facts.length} facts`);
} catch (err) {
  ok = false;
  console.error((err as Error).message);
}
try {
  const toms = loadTomsCatalogue(join(dataDir, 'toms.json'));
  console.log(`ok  toms.json: ${toms.measures.length} measures`);
} catch (err) {
  ok = false;
  console.error((err as Error).message);
}
process.exit(ok ? 0 : 1);
