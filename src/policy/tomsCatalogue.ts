/**
 * The National TOMs catalogue (data/toms.json), as listed in the Cheshire West and Chester Social Value
 * Policy 2021-25, and the look-ups the bot needs: by ref as officers type it, and by subject.
 *
 * The measures are data (copied verbatim from the policy); the subject synonyms below are language, so
 * they live here.
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { issueLines, readJsonFile } from '../jsonFile.js';
import { escapeRegExp } from '../text/regex.js';
import { spacedWords } from '../text/case.js';
import { deepFreeze } from '../deepFreeze.js';
import { projectPath } from '../projectRoot.js';

const DEFAULT_PATH = projectPath('data', 'toms.json');

/** Canonical ref forms: NT4, NT4a, C19-5. */
const CANONICAL_REF = /^(NT[1-9]\d*[a-z]?|C19-[1-9]\d*)$/;

const text = z.string().trim().min(1);

export const THEME_IDS = ['jobs', 'growth', 'social', 'environment', 'innovation'] as const;
export const ThemeIdSchema = z.enum(THEME_IDS);
export type ThemeId = z.infer<typeof ThemeIdSchema>;

export const TomsThemeSchema = z.strictObject({
  id: ThemeIdSchema,
  /** the theme label exactly as the table gives it */
  name: text,
});
export type TomsTheme = z.infer<typeof TomsThemeSchema>;

export const TomsMeasureSchema = z
  .strictObject({
    ref: z.string().regex(CANONICAL_REF, 'expected a canonical ref like NT4a or C19-5'),
    theme: ThemeIdSchema,
    outcome: text,
    /** verbatim wording; null only where the source is not legible (then `note` says so) */
    measure: text.nullable(),
    covid19: z.boolean(),
    note: text.optional(),
  })
  .refine((m) => m.measure !== null || m.note !== undefined, {
    message: 'a measure without wording needs a note explaining why',
    path: ['note'],
  })
  .refine((m) => m.covid19 === m.ref.startsWith('C19-'), {
    message: 'covid19 must be true exactly for C19- refs',
    path: ['covid19'],
  });
export type TomsMeasure = z.infer<typeof TomsMeasureSchema>;

export const TomsCatalogueSchema = z
  .strictObject({
    source: z.strictObject({ document: text, section: text, file: text.optional(), note: text.optional() }),
    framework: text,
    themes: z.array(TomsThemeSchema).min(1),
    measures: z.array(TomsMeasureSchema).min(1),
  })
  .superRefine((cat, ctx) => {
    const themeIds = new Set(cat.themes.map((t) => t.id));
    const seen = new Set<string>();
    cat.measures.forEach((m, i) => {
      if (seen.has(m.ref)) ctx.addIssue({ code: 'custom', message: `duplicate ref ${m.ref}`, path: ['measures', i, 'ref'] });
      seen.add(m.ref);
      if (!themeIds.has(m.theme)) {
        ctx.addIssue({ code: 'custom', message: `unknown theme ${m.theme}`, path: ['measures', i, 'theme'] });
      }
    });
  });
export type TomsCatalogue = z.infer<typeof TomsCatalogueSchema>;

// ---------------------------------------------------------------------------------------------------
// Loading

/** Reads and validates a catalogue; every failure names the file and, for schema faults, the exact path. */
export function loadTomsCatalogue(path: string | URL = DEFAULT_PATH): TomsCatalogue {
  const full = typeof path === 'string' ? path : fileURLToPath(path);
  const file = basename(full);
  const read = readJsonFile(full, file);
  if (!read.ok) throw new Error(read.problem);
  const result = TomsCatalogueSchema.safeParse(read.value);
  if (!result.success) throw new Error(issueLines(result.error.issues).map((line) => `${file}: ${line}`).join('\n'));
  return deepFreeze(result.data);
}

// ---------------------------------------------------------------------------------------------------
// Refs

/**
 * Canonical ref for how officers type it: `nt4a`, `NT 4a`, `NT-04A`, `c19 5`, `C19/5`, `covid-19 5`.
 * The compact `c195` is accepted because the C19 prefix is fixed, so the rest can only be the number.
 * Returns null for anything else; it does not check the ref exists (see `findByRef`).
 */
export function normaliseRef(input: string): string | null {
  const s = input.trim().toLowerCase().replace(/\s+/g, ' ');
  const nt = /^n ?t ?[-./_]? ?0*([1-9]\d{0,2}) ?([a-z])?$/.exec(s);
  if (nt) return `NT${nt[1]}${nt[2] ?? ''}`;
  const c19 = /^(?:c|covid) ?-? ?19 ?[-./_ ] ?0*([1-9]\d?)$/.exec(s) ?? /^c ?-? ?19([1-9]\d?)$/.exec(s);
  if (c19) return `C19-${c19[1]}`;
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Subjects

/**
 * A subject officers ask about. Terms match at the start of a word and to its end, unless they end in
 * `*` (then any continuation: `volunteer*` matches "volunteering").
 */
interface Subject {
  readonly subject: string;
  /** words in the officer's question that mean this subject */
  readonly asks: readonly string[];
  /** words to find in a measure's own wording */
  readonly terms: readonly string[];
  /**
   * words to find in the outcome a measure sits under; opt-in because outcomes are broad
   * ("Improving staff wellbeing and mental health" also holds EDI training)
   */
  readonly outcomes?: readonly string[];
  /** measures whose wording lacks the subject's words, or that must rank first */
  readonly refs?: readonly string[];
}

const SUBJECTS: readonly Subject[] = [
  { subject: 'veterans', asks: ['veteran*', 'armed forces', 'ex forces', 'ex military', 'service leaver*'], terms: ['veteran*', 'armed forces'] },
  { subject: 'care leavers', asks: ['care leaver*', 'looked after', 'leaving care', 'children in care'], terms: ['care leaver*'] },
  { subject: 'apprenticeships', asks: ['apprentice*'], terms: ['apprentice*'] },
  {
    subject: 'local spend',
    asks: ['local spend*', 'spend', 'spending', 'spent', 'spend local*', 'local supply chain*', 'local supplier*', 'local business*', 'local pound', 'local economy'],
    terms: ['local supply chain', 'local msmes', 'local micro'],
    refs: ['NT18', 'NT18a', 'NT19', 'NT19a'],
  },
  {
    subject: 'living wage',
    asks: ['living wage*', 'real living', 'rlw', 'fair pay', 'fair wage*', 'low pay', 'minimum wage'],
    terms: ['living wage'],
  },
  { subject: 'volunteering', asks: ['volunteer*', 'voluntary'], terms: ['volunteer*', 'voluntary'] },
  {
    subject: 'carbon',
    asks: ['carbon', 'co2', 'net zero', 'decarbon*', 'climate', 'greenhouse'],
    terms: ['carbon*', 'decarbon*', 'co2', 'net zero', 'climate'],
    outcomes: ['carbon*'],
    refs: ['NT31', 'NT44'],
  },
  {
    subject: 'ex-offenders',
    asks: ['ex offender*', 'offender*', 'prison*', 'criminal record*', 'rehabilitat*', 'reoffend*'],
    terms: ['offender*', 'rehabilitating'],
  },
  { subject: 'homeless', asks: ['homeless*', 'rough sleep*', 'housing'], terms: ['homeless*', 'rough sleepers'] },
  { subject: 'disabled', asks: ['disab*', 'learning difficult*', 'special educational needs'], terms: ['disabled'] },
  { subject: 'NEET', asks: ['neet*', 'not in education'], terms: ['neets', 'young people into work'] },
  {
    subject: 'young people',
    asks: ['young people', 'young person', 'youth', 'school leaver*', 'students', 'graduate*'],
    terms: ['neets', 'young', 'students', 'school', '16 25', '16 24', '18 24'],
  },
  { subject: 'schools', asks: ['school*', 'college*', 'careers'], terms: ['school', 'college'] },
  {
    subject: 'work placements',
    asks: ['placement*', 'work experience', 'internship*', 'pre employment'],
    terms: ['placements', 'pre employment'],
  },
  {
    subject: 'SMEs / VCSEs',
    asks: ['sme', 'smes', 'msme*', 'vcse*', 'small business*', 'small firm*', 'micro', 'charit*', 'voluntary sector', 'third sector', 'social enterprise*'],
    terms: ['smes', 'msmes', 'vcses', 'micro and small'],
  },
  { subject: 'modern slavery', asks: ['modern slavery', 'slavery', 'trafficking', 'forced labour'], terms: ['modern slavery'] },
  {
    subject: 'mental health / wellbeing',
    asks: ['mental health', 'wellbeing', 'well being', 'anxiety', 'depression', 'stress'],
    terms: ['mental health', 'wellbeing', 'anxiety'],
  },
  {
    subject: 'prompt payment',
    asks: ['prompt pay*', 'late pay*', 'pay on time', 'paying on time', 'paid on time', 'pay supplier*', 'paying supplier*', 'suppliers paid', 'suppliers on time', 'invoice*', '30 days', '30 day', 'thirty days'],
    terms: ['invoices', '30 days'],
  },
  {
    subject: 'training',
    asks: ['training', 'train', 'skills', 'upskill*', 'reskill*', 'retrain*', 'qualification*'],
    terms: ['training', 'retrain'],
    outcomes: ['improved skills*'],
  },
  {
    subject: 'recycling / waste / plastic',
    asks: ['recycl*', 'waste', 'plastic*', 'landfill', 'circular economy', 'packaging', 'reuse', 'reusable'],
    terms: ['recycl*', 'waste', 'plastic', 'landfill', 'circular economy', 'packaging', 'discarded'],
  },
  {
    subject: 'trees / biodiversity',
    asks: ['tree*', 'biodiversity', 'nature', 'wildlife', 'habitat*', 'forest*', 'reforest*', 'planting', 'green space*', 'natural environment'],
    terms: ['biodiversity', 'reforestation', 'afforestation'],
  },
  {
    subject: 'emissions / vehicles',
    asks: ['emission*', 'vehicle*', 'fleet*', 'transport', 'travel', 'car', 'cars', 'car miles', 'air quality', 'air pollution', 'pollution', 'euro 6', 'electric'],
    terms: ['emission*', 'vehicles', 'fleet', 'car miles', 'transport', 'travel'],
    outcomes: ['emissions', 'air pollution'],
  },
  {
    subject: 'crime',
    asks: ['crime*', 'anti social', 'antisocial', 'community safety', 'safer'],
    terms: ['crime'],
    outcomes: ['crime'],
    refs: ['NT24'],
  },
  {
    subject: 'covid',
    asks: ['covid*', 'coronavirus', 'pandemic', 'furlough*', 'lockdown'],
    terms: ['covid*', 'crisis', 'furlough*'],
    outcomes: ['covid*'],
  },
  {
    subject: 'local employment',
    asks: ['local job*', 'local people', 'local employ*', 'local recruit*', 'local resident*', 'local hire*', 'local labour'],
    terms: ['local direct employees', 'local people', 'local employees', 'residents'],
  },
  {
    subject: 'unemployed',
    asks: ['unemploy*', 'long term unemployed', 'jobless', 'out of work', 'back to work', 'returning to work', 'mothers', 'returner*'],
    terms: ['unemploy*', 'mothers returning', 'lost job'],
  },
  { subject: 'equality', asks: ['equality', 'diversity', 'inclusion', 'edi'], terms: ['equality'] },
  { subject: 'gender pay gap', asks: ['gender*', 'pay gap*'], terms: ['gender'] },
  { subject: 'inequalities', asks: ['inequalit*'], terms: [], outcomes: ['reducing inequalities'] },
  {
    subject: 'fair work',
    asks: ['fair work', 'union*', 'collective bargaining', 'good work'],
    terms: ['fair work', 'union', 'collective bargaining'],
  },
  { subject: 'cyber security', asks: ['cyber*'], terms: ['cyber*'] },
  {
    subject: 'community',
    asks: ['communit*', 'older people', 'elderly', 'isolation', 'lonel*', 'vulnerable', 'independen*'],
    terms: ['community', 'vulnerable', 'older'],
  },
  { subject: 'donations', asks: ['donat*', 'in kind'], terms: ['donat*', 'in kind'] },
  {
    subject: 'ethical / sustainable procurement',
    asks: ['ethical*', 'sustainable procurement', 'supply chain social value', 'social value in the supply chain'],
    terms: ['ethical procurement', 'sustainable procurement', 'supply chain contracts'],
  },
  { subject: 'innovation', asks: ['innovat*'], terms: ['innovat*'] },
];


const termPatterns = new Map<string, RegExp>();

/** Whole-word (or, with a trailing `*`, word-prefix) match of a term in normalised text. */
function hasTerm(normalised: string, term: string): boolean {
  let pattern = termPatterns.get(term);
  if (!pattern) {
    const prefix = term.endsWith('*');
    const body = escapeRegExp(spacedWords(prefix ? term.slice(0, -1) : term).trim());
    pattern = new RegExp(` ${body}${prefix ? '' : ' '}`);
    termPatterns.set(term, pattern);
  }
  return pattern.test(normalised);
}

/** Words that say nothing about a subject; stops the fallback matching every measure. */
const STOPWORDS = new Set(
  ('a an and are as at be by can do does for from how i in is it me my of on or our show the to we what which ' +
    'who with about any there should could would tom toms measure measures contract contracts social value ' +
    'no number percentage total hours weeks')
    .split(' '),
);

// ---------------------------------------------------------------------------------------------------
// Look-ups

export interface TomsLookup {
  /** where the catalogue comes from (a source document id and section) */
  readonly source: TomsCatalogue['source'];
  allMeasures(): readonly TomsMeasure[];
  themes(): readonly TomsTheme[];
  findByRef(ref: string): TomsMeasure | undefined;
  /** `fallback: false` keeps to the subject table: no matching on the question's loose words */
  findBySubject(text: string, options?: { fallback?: boolean }): TomsMeasure[];
}

interface IndexedMeasure {
  readonly measure: TomsMeasure;
  readonly order: number;
  readonly wording: string;
  readonly outcome: string;
}

/** Look-ups over one catalogue; the module-level functions use the default file. */
export function createTomsLookup(catalogue: TomsCatalogue): TomsLookup {
  const indexed: IndexedMeasure[] = catalogue.measures.map((measure, order) => ({
    measure,
    order,
    wording: spacedWords(measure.measure ?? ''),
    outcome: spacedWords(measure.outcome),
  }));
  const byRef = new Map(catalogue.measures.map((m) => [m.ref, m]));

  return {
    source: catalogue.source,
    allMeasures: () => catalogue.measures,
    themes: () => catalogue.themes,
    findByRef: (ref) => {
      const canonical = normaliseRef(ref);
      return canonical === null ? undefined : byRef.get(canonical);
    },
    findBySubject: (query, options) => {
      const exact = normaliseRef(query);
      const hit = exact === null ? undefined : byRef.get(exact);
      if (hit) return [hit];
      const q = spacedWords(query);
      const subjects = SUBJECTS.filter((s) => s.asks.some((ask) => hasTerm(q, ask)));
      if (subjects.length === 0 && options?.fallback === false) return [];
      const scores = subjects.length > 0 ? scoreBySubjects(indexed, subjects) : scoreByWords(indexed, q);
      return rank(indexed, scores);
    },
  };
}

/** Pinned refs outrank wording hits; a hit in the measure's own wording outranks one only in its outcome. */
function scoreBySubjects(indexed: readonly IndexedMeasure[], subjects: readonly Subject[]): Map<number, number> {
  const scores = new Map<number, number>();
  for (const subject of subjects) {
    for (const m of indexed) {
      let score = 0;
      const pin = subject.refs?.indexOf(m.measure.ref) ?? -1;
      if (pin >= 0) score += 10 - pin / 10; // keep the pinned order
      if (subject.terms.some((t) => hasTerm(m.wording, t))) score += 2;
      else if (subject.outcomes?.some((t) => hasTerm(m.outcome, t))) score += 1;
      if (score > 0) scores.set(m.order, (scores.get(m.order) ?? 0) + score);
    }
  }
  return scores;
}

/** Fallback for subjects not in the table: the question's own words, plural-tolerant. */
function scoreByWords(indexed: readonly IndexedMeasure[], q: string): Map<number, number> {
  const words = [...new Set(q.trim().split(' '))].filter((w) => w.length >= 3 && !STOPWORDS.has(w));
  const terms = words.map((w) => (w.length > 4 && w.endsWith('s') ? `${w.slice(0, -1)}*` : `${w}*`));
  const scores = new Map<number, number>();
  for (const m of indexed) {
    const score = terms.reduce(
      (sum, t) => sum + (hasTerm(m.wording, t) ? 2 : hasTerm(m.outcome, t) ? 1 : 0),
      0,
    );
    if (score > 0) scores.set(m.order, score);
  }
  return scores;
}

/** Highest score first, then table order, so equal hits read as the policy lists them. */
function rank(indexed: readonly IndexedMeasure[], scores: Map<number, number>): TomsMeasure[] {
  return [...scores.entries()]
    .sort(([a, sa], [b, sb]) => sb - sa || a - b)
    .map(([order]) => indexed[order]!.measure);
}

// ---------------------------------------------------------------------------------------------------
// Default catalogue

let defaultLookup: TomsLookup | undefined;

/** Loaded on first use so importing the module never touches the disk. */
function lookup(): TomsLookup {
  defaultLookup ??= createTomsLookup(loadTomsCatalogue());
  return defaultLookup;
}

export function allMeasures(): readonly TomsMeasure[] {
  return lookup().allMeasures();
}

export function themes(): readonly TomsTheme[] {
  return lookup().themes();
}

/** The measure for a ref as typed (`nt4a`, `C19/5`), or undefined when no such measure is listed. */
export function findByRef(ref: string): TomsMeasure | undefined {
  return lookup().findByRef(ref);
}

/** Measures relevant to a subject ("veterans", "local spend"), most relevant first, each once. */
export function findBySubject(query: string): TomsMeasure[] {
  return lookup().findBySubject(query);
}
