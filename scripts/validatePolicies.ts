/**
 * `npm run validate:policies`: checks the source documents and their section maps (data/sources/),
 * every policy pack, the national context, the TOMs catalogue and the action plan seeds the way
 * start-up does, and prints each fault with its exact path. Every citation must name a section of its
 * document and every quote must be verbatim in it. Exit code 1 when anything is wrong.
 */
import { join } from 'node:path';
import { loadSeeds } from '../src/actionPlan/seed.js';
import { DEFAULT_DATA_DIR, loadPolicyLibrary, type PolicyLibrary } from '../src/policy/loader.js';
import { citationProblems, loadSources, type SourceLibrary } from '../src/policy/sources.js';
import { loadTomsCatalogue } from '../src/policy/tomsCatalogue.js';

const dataDir = process.argv[2] ?? process.env.DATA_DIR ?? DEFAULT_DATA_DIR;
let ok = true;
let library: PolicyLibrary | undefined;
try {
  library = loadPolicyLibrary(dataDir);
  for (const doc of library.sources.documents.values()) {
    console.log(`ok  sources/${doc.file}: ${doc.sections.length} sections (${doc.council})`);
  }
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
  // The catalogue cites the CWaC policy's TOMs table: checked even when a pack is faulty.
  let sources: SourceLibrary | undefined = library?.sources;
  try {
    sources ??= loadSources(dataDir);
  } catch {
    // the faults in the sources are already printed above
  }
  const problems = sources ? citationProblems(sources, toms.source, 'toms.json: source') : [];
  if (problems.length > 0) throw new Error(problems.join('\n'));
  console.log(`ok  toms.json: ${toms.measures.length} measures`);
} catch (err) {
  ok = false;
  console.error((err as Error).message);
}
if (library) {
  try {
    const seeds = loadSeeds(join(dataDir, 'action-plans'), library);
    for (const seed of seeds) console.log(`ok  action-plans/${seed.council}.json: ${seed.items.length} actions`);
  } catch (err) {
    ok = false;
    console.error((err as Error).message);
  }
}
process.exit(ok ? 0 : 1);
