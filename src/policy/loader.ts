/**
 * Loads and validates the policy packs. A broken pack stops start-up with the exact path of the
 * fault, e.g. `stockport.rules[1].min: expected number, received string`, so a policy officer can fix it.
 *
 * The packs name their documents by id; the documents themselves are data/sources/ (see sources.ts).
 * Every citation must name a section of its document's section map, and every quote must be verbatim
 * in that section, e.g. `stockport.rules[1].source.quote: not found in charter-2019 section "…"`.
 */
import { readdirSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { readJsonFile, validate } from '../jsonFile.js';
import { projectPath } from '../projectRoot.js';
import {
  NationalContextSchema,
  PolicyPackSchema,
  type CouncilId,
  type NationalContext,
  type PolicyDocument,
  type PolicyPack,
  type PolicyPackFile,
  type Source,
} from './schema.js';
import { citationProblems, loadSources, policyDocument, type SourceLibrary } from './sources.js';

export const DEFAULT_DATA_DIR = projectPath('data') + sep;

export class PolicyDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`Policy data is invalid:\n  ${problems.join('\n  ')}`);
    this.name = 'PolicyDataError';
  }
}

export interface PolicyLibrary {
  packs: ReadonlyMap<CouncilId, PolicyPack>;
  national: NationalContext;
  /** the documents the packs cite, with their texts and section maps */
  sources: SourceLibrary;
}

/** Every citation in a pack, with its path inside the pack (`rules[1].source`). */
export function packCitations(pack: Omit<PolicyPackFile, 'documents'>): { path: string; source: Source }[] {
  const out: { path: string; source: Source }[] = [];
  if (pack.council.procurementPartner) out.push({ path: 'council.procurementPartner.source', source: pack.council.procurementPartner.source });
  pack.rules.forEach((r, i) => out.push({ path: `rules[${i}].source`, source: r.source }));
  if (pack.noWeighting) out.push({ path: 'noWeighting.source', source: pack.noWeighting.source });
  for (const [id, topic] of Object.entries(pack.topics)) {
    topic?.parts.forEach((p, i) => out.push({ path: `topics.${id}.parts[${i}].source`, source: p.source }));
  }
  pack.notes.forEach((n, i) => out.push({ path: `notes[${i}].source`, source: n.source }));
  return out;
}

/**
 * A file's document ids as the documents they name, checking each is in data/sources/index.json (and,
 * for a council's pack, is that council's); undefined when one is not.
 */
function resolveDocuments(ids: readonly string[], sources: SourceLibrary, prefix: string, council: CouncilId | undefined, problems: string[]): PolicyDocument[] | undefined {
  const before = problems.length;
  const documents: PolicyDocument[] = [];
  ids.forEach((id, i) => {
    const doc = sources.documents.get(id);
    if (!doc) {
      problems.push(`${prefix}.documents[${i}]: unknown source document "${id}" (known: ${[...sources.documents.keys()].join(', ')})`);
      return;
    }
    if (council && doc.council !== council) {
      problems.push(`${prefix}.documents[${i}]: "${id}" is a ${doc.council} document (sources/index.json), not ${council}'s`);
      return;
    }
    documents.push(policyDocument(doc));
  });
  return problems.length === before ? documents : undefined;
}

function checkCitations(citations: readonly { path: string; source: Source }[], sources: SourceLibrary, prefix: string, problems: string[]): void {
  for (const { path, source } of citations) problems.push(...citationProblems(sources, source, `${prefix}.${path}`));
}

/** The councils a damaged sources index still names, so a missing pack is reported beside its faults. */
function indexCouncils(dataDir: string): string[] {
  const parsed = readJsonFile(join(dataDir, 'sources', 'index.json'), 'sources/index.json');
  if (!parsed.ok || !Array.isArray(parsed.value)) return [];
  return parsed.value.flatMap((d: unknown) => (d && typeof d === 'object' && typeof (d as { council?: unknown }).council === 'string' ? [(d as { council: string }).council] : []));
}

export function loadPolicyLibrary(dataDir: string = DEFAULT_DATA_DIR): PolicyLibrary {
  const problems: string[] = [];
  let sources: SourceLibrary | undefined;
  try {
    sources = loadSources(dataDir);
  } catch (err) {
    if (!(err instanceof PolicyDataError)) throw err;
    problems.push(...err.problems);
  }
  const packs = new Map<CouncilId, PolicyPack>();
  const policyDir = join(dataDir, 'policies');
  let files: string[] = [];
  try {
    files = readdirSync(policyDir).filter((f) => f.endsWith('.json')).sort();
  } catch (err) {
    problems.push(`cannot read the policy folder ${policyDir} (${(err as Error).message})`);
  }
  for (const file of files) {
    const prefix = basename(file, '.json');
    const parsed = readJsonFile(join(policyDir, file), prefix);
    if (!parsed.ok) {
      problems.push(parsed.problem);
      continue;
    }
    const pack = validate(PolicyPackSchema, parsed.value, prefix, problems);
    if (!pack) continue;
    if (pack.council.id !== prefix) {
      problems.push(`${prefix}.council.id: "${pack.council.id}" does not match the file name ${file}`);
      continue;
    }
    // Without the sources (their faults are listed above) a pack's documents cannot be resolved.
    if (!sources) continue;
    const documents = resolveDocuments(pack.documents, sources, prefix, pack.council.id, problems);
    if (!documents) continue;
    checkCitations(packCitations(pack), sources, prefix, problems);
    packs.set(pack.council.id, { ...pack, documents });
  }
  if (files.length === 0 && problems.length === 0) problems.push(`no policy pack in ${policyDir}: add one <council-id>.json per council`);
  // Every council with source documents needs its pack: a council's documents without its pack is a pack gone missing.
  const expected = new Set(sources ? [...sources.documents.values()].map((d) => d.council) : indexCouncils(dataDir));
  for (const id of expected) {
    if (!files.includes(`${id}.json`) && files.length > 0) problems.push(`${id}: no policy pack (expected ${join(policyDir, `${id}.json`)})`);
  }
  const nationalFile = join(dataDir, 'national-context.json');
  const parsedNational = readJsonFile(nationalFile, 'national-context');
  let national: NationalContext | undefined;
  if (parsedNational.ok) {
    const file = validate(NationalContextSchema, parsedNational.value, 'national-context', problems);
    const documents = file && sources ? resolveDocuments(file.documents, sources, 'national-context', undefined, problems) : undefined;
    if (file && sources && documents) {
      checkCitations(file.facts.map((f, i) => ({ path: `facts[${i}].source`, source: f.source })), sources, 'national-context', problems);
      national = { ...file, documents };
    }
  } else problems.push(parsedNational.problem);

  if (problems.length > 0 || !national || !sources) throw new PolicyDataError(problems);
  return { packs, national, sources };
}
