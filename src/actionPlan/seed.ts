/**
 * Seed plans (data/action-plans/<council>.json), drawn from the council documents. They are
 * validated at start-up, a fault stopping it with the file and the exact path inside it, and loaded
 * into the store once: a plan already in the store is never touched again, so a restart or a newer
 * seed file cannot overwrite what the steering group has recorded.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { issueLines, readJsonFile } from '../jsonFile.js';
import type { PolicyLibrary } from '../policy/loader.js';
import { CouncilIdSchema, SourceSchema, type CouncilId, type Source } from '../policy/schema.js';
import { citationProblems } from '../policy/sources.js';
import { DataFileError } from '../storage/errors.js';
import { updateRecord, type RecordStore } from '../storage/records.js';
import { endOfNamedMonth } from '../text/dates.js';
import { STATUSES, itemKey, planKey, type ActionItem, type Person, type Plan } from './model.js';

const text = z.string().trim().min(1);
const level = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

const MaturitySchema = z.strictObject({ current: level.nullable(), target: level.nullable(), source: SourceSchema });

export const SeedSchema = z
  .strictObject({
    council: CouncilIdSchema,
    /** what references start with: TRF-3 */
    prefix: z.string().regex(/^[A-Z]{2,5}$/, 'expected 2 to 5 capital letters, e.g. TRF'),
    title: text,
    overall: MaturitySchema.optional(),
    themes: z
      .array(z.strictObject({ name: text, source: SourceSchema, maturity: MaturitySchema.optional() }))
      .min(1),
    notes: z.array(z.strictObject({ text, source: SourceSchema.optional() })).default([]),
    items: z
      .array(
        z.strictObject({
          theme: text,
          action: text,
          lead: text.nullable(),
          /** the document's timeline wording; absent when the document gives none */
          timeline: text.nullable(),
          due: day.nullable(),
          status: z.enum(STATUSES).default('Not started'),
          /** where the document says what the status is, when it does */
          statusSource: SourceSchema.optional(),
          source: SourceSchema,
        }),
      )
      .min(1),
  })
  .superRefine((seed, ctx) => {
    const themes = new Set(seed.themes.map((t) => t.name));
    seed.items.forEach((item, i) => {
      if (!themes.has(item.theme)) {
        ctx.addIssue({ code: 'custom', path: ['items', i, 'theme'], message: `"${item.theme}" is not one of the plan's themes (${[...themes].join(', ')})` });
      }
      // The due date is derived from the document's timeline; a mismatch is a typo in one of them.
      if (item.timeline !== null && item.due !== endOfNamedMonth(item.timeline)) {
        ctx.addIssue({ code: 'custom', path: ['items', i, 'due'], message: `expected ${endOfNamedMonth(item.timeline) ?? 'a month-year timeline'} for the timeline "${item.timeline}"` });
      }
      if (item.status !== 'Not started' && !item.statusSource) {
        ctx.addIssue({ code: 'custom', path: ['items', i, 'statusSource'], message: `a seeded status other than "Not started" must cite where the document says so` });
      }
    });
  });
export type Seed = z.infer<typeof SeedSchema>;

/** Reads and validates every seed; throws DataFileError naming the file and each faulty path. */
export function loadSeeds(dir: string, library: PolicyLibrary): Seed[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch (err) {
    throw new DataFileError(dir, `cannot read the action plan folder (${(err as Error).message})`);
  }
  const seeds: Seed[] = [];
  const prefixes = new Map<string, string>();
  for (const name of files) {
    const file = join(dir, name);
    const fail = (problems: string[]) => {
      throw new DataFileError(file, problems.join(`\n  ${file}: `));
    };
    const read = readJsonFile(file, name);
    if (!read.ok) fail([read.fault]);
    const parsed = SeedSchema.safeParse(read.ok ? read.value : undefined);
    if (!parsed.success) fail(issueLines(parsed.error.issues));
    const seed = parsed.data!;
    const problems: string[] = [];
    if (`${seed.council}.json` !== name) problems.push(`council: "${seed.council}" does not match the file name ${name}`);
    const pack = library.packs.get(seed.council);
    if (!pack) problems.push(`council: "${seed.council}" has no policy pack (covered: ${[...library.packs.keys()].join(', ')})`);
    const documents = new Set(pack?.documents.map((d) => d.id) ?? []);
    const cite = (source: Source | undefined, path: string) => {
      if (!source) return;
      if (!documents.has(source.document)) problems.push(`${path}.document: unknown document "${source.document}" (known for ${seed.council}: ${[...documents].join(', ')})`);
      // As for the packs: the section must be in the document's section map, the quote verbatim in it.
      else problems.push(...citationProblems(library.sources, source, path));
    };
    cite(seed.overall?.source, 'overall.source');
    seed.themes.forEach((t, i) => {
      cite(t.source, `themes[${i}].source`);
      cite(t.maturity?.source, `themes[${i}].maturity.source`);
    });
    seed.notes.forEach((n, i) => cite(n.source, `notes[${i}].source`));
    seed.items.forEach((it, i) => {
      cite(it.source, `items[${i}].source`);
      cite(it.statusSource, `items[${i}].statusSource`);
    });
    const clash = prefixes.get(seed.prefix);
    if (clash) problems.push(`prefix: "${seed.prefix}" is already used by ${clash}`);
    prefixes.set(seed.prefix, name);
    if (problems.length > 0) fail(problems);
    seeds.push(seed);
  }
  return seeds;
}

const SEEDER: Person = { id: 'seed', name: 'Seeded from the council documents' };

function seedItems(seed: Seed, at: string): ActionItem[] {
  return seed.items.map((s, i) => {
    const number = i + 1;
    const ref = `${seed.prefix}-${number}`;
    const note = s.status === 'Not started' ? 'Loaded from the council documents. They give no progress, so the status starts as Not started.' : 'Loaded from the council documents, which give this status.';
    return {
      ref,
      council: seed.council,
      number,
      theme: s.theme,
      action: s.action,
      lead: s.lead,
      contact: null,
      due: s.due,
      timeline: s.timeline,
      status: s.status,
      source: s.source,
      history: [
        {
          at,
          by: SEEDER,
          via: 'seed',
          changes: [
            { field: 'status', from: null, to: s.status },
            ...(s.lead ? [{ field: 'lead' as const, from: null, to: s.lead }] : []),
            ...(s.due ? [{ field: 'due' as const, from: null, to: s.due }] : []),
          ],
          note,
        },
      ],
    };
  });
}

function seedPlan(seed: Seed, at: string): Plan {
  const sources: Source[] = [];
  const seen = new Set<string>();
  for (const s of [...seed.items.map((i) => i.source), ...seed.themes.map((t) => t.source), ...(seed.overall ? [seed.overall.source] : [])]) {
    const k = `${s.document}|${s.section}`;
    if (!seen.has(k)) sources.push({ document: s.document, section: s.section });
    seen.add(k);
  }
  return {
    council: seed.council,
    prefix: seed.prefix,
    title: seed.title,
    themes: seed.themes.map((t) => ({ name: t.name, maturity: t.maturity ?? null })),
    overall: seed.overall ?? null,
    notes: seed.notes,
    sources,
    refs: seed.items.map((_, i) => `${seed.prefix}-${i + 1}`),
    nextNumber: seed.items.length + 1,
    lastDigest: null,
    events: [{ at, by: SEEDER, kind: 'seed', what: `Plan loaded from the council documents with ${seed.items.length} actions.` }],
  };
}

/**
 * Loads each seed whose plan is not yet in the store. Each action is created only where absent and
 * before the plan record that lists it, so an interrupted seeding is simply completed on the next
 * start (nothing reads an action its plan does not list), and two instances starting together on an
 * empty store cannot overwrite each other or anything recorded since.
 */
export async function seedStore(store: RecordStore, seeds: Seed[], now: () => Date = () => new Date()): Promise<CouncilId[]> {
  const seeded: CouncilId[] = [];
  const createOnly = <T extends object>(key: string, value: T) => updateRecord<T>(store, key, (current) => (current ? undefined : { next: value, result: undefined }));
  for (const seed of seeds) {
    if ((await store.read([planKey(seed.council)]))[planKey(seed.council)]) continue;
    const at = now().toISOString();
    for (const item of seedItems(seed, at)) await createOnly(itemKey(seed.council, item.ref), item);
    if ((await createOnly(planKey(seed.council), seedPlan(seed, at))).changed) seeded.push(seed.council);
  }
  return seeded;
}
