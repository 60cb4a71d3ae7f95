/**
 * Figure checker for the officer-question acceptance suite.
 *
 * Every figure a reply states (percentages, £ amounts in any form, pence, "N days", and
 * comma-grouped or k/m-suffixed numbers) must be a figure that the four council documents in
 * `data/sources/` give, or a value the officer typed in the question (their own contract
 * value echoed back). Forms are normalised: £25k = £25,000 = £25000 = "25,000 pounds"; £14.2m =
 * £14,200,000; 53p = £0.53; "15 20%" / "15-20%" / "15 to 20%" count as 15% and 20%.
 *
 * The check is a bag-of-figures check: it proves no figure is invented, not that a document figure
 * is used in the right place (that is what the question table's includes/excludes are for). The
 * optional council scope narrows the bag to one council's documents (plus the national material:
 * central government's 10% and the National TOMs table) so a Stockport answer stating a Cheshire
 * West figure is caught too.
 */
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, loadPolicyLibrary } from '../../src/policy/loader.js';
import { loadTomsCatalogue } from '../../src/policy/tomsCatalogue.js';

export type FigureKind = 'percent' | 'money' | 'days' | 'number';

export interface Figure {
  kind: FigureKind;
  /** absolute value: percent points, pounds (pence converted), days, or the plain number */
  value: number;
  /** the text as it appeared */
  text: string;
  index: number;
}

export type CouncilKey = 'stockport' | 'trafford' | 'cheshire-west-and-chester';

/** The project's data: the documents are data/sources/, listed with their councils in data/sources/index.json. */
export function policyDataDir(): string {
  return DEFAULT_DATA_DIR;
}

// ---------------------------------------------------------------------------------------------
// Text normalisation

/** Straight quotes, ASCII hyphens and plain spaces, so patterns need only one form of each. */
export function normaliseText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00A0\u2007\u2009\u202F]/g, ' ');
}

// ---------------------------------------------------------------------------------------------
// Extraction

const SCALE: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  grand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
};

/** 25,000 | 25000 | 25,000.50 | 1.2 */
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SUFFIX = String.raw`(?:\s?(k|thousand|grand|m|mn|million|bn|billion)(?![a-z]))?`;
const RANGE_JOIN = String.raw`\s?(?:-|to|and)\s?`;

function num(raw: string): number {
  return Number(raw.replace(/,/g, ''));
}

function scaled(raw: string, suffix: string | undefined): number {
  return num(raw) * (suffix ? (SCALE[suffix.toLowerCase()] ?? 1) : 1);
}

interface Masked {
  text: string;
  out: Figure[];
}

function take(state: Masked, re: RegExp, make: (m: RegExpExecArray) => Array<Omit<Figure, 'index'>>): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  const spans: Array<[number, number]> = [];
  while ((m = re.exec(state.text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    for (const f of make(m)) state.out.push({ ...f, index: m.index });
    spans.push([m.index, m.index + m[0].length]);
  }
  // Mask what was taken so later, looser patterns do not count it twice.
  let text = state.text;
  for (const [a, b] of spans) text = text.slice(0, a) + ' '.repeat(b - a) + text.slice(b);
  state.text = text;
}

export interface ExtractOptions {
  /**
   * Treat "15 20%" (numbers separated only by a space) as a range. The Stockport statement writes
   * its weighting that way; in replies a bare space is too loose (it would turn "43 contracts, 20%"
   * style text into ranges), so it is on for the documents only.
   */
  spaceRanges?: boolean;
}

/** Every figure stated in `text`. Values are absolute (a "-£5,000" is 5000). */
export function extractFigures(input: string, opts: ExtractOptions = {}): Figure[] {
  const state: Masked = { text: normaliseText(input), out: [] };
  const B = String.raw`(?<![\w.,£$])`; // number start: not inside a word, ref (NT18) or another number

  // £ amounts, with an optional bare second number of a range: £25k-50k, £50,000 to 100,000.
  take(
    state,
    new RegExp(String.raw`£\s?(${NUM})${SUFFIX}(?:(${RANGE_JOIN})(?!£)(${NUM})${SUFFIX}(?![\w%]))?`, 'gi'),
    (m) => {
      const out: Array<Omit<Figure, 'index'>> = [{ kind: 'money', value: scaled(m[1]!, m[2]), text: m[0] }];
      if (m[4] !== undefined) {
        // "£50k to 100k", "£25k-50k"; a bare "and 12" after a £ amount is not a range of money
        // unless it carries a scale or thousands separators.
        const joinIsAnd = /and/i.test(m[3] ?? '');
        const bare = m[5] === undefined && !m[4].includes(',');
        if (!(joinIsAnd && bare)) out.push({ kind: 'money', value: scaled(m[4], m[5]), text: m[0] });
      }
      return out;
    },
  );
  // "25,000 pounds", "seventy" is handled only in questions.
  take(state, new RegExp(String.raw`${B}(${NUM})${SUFFIX}\s?(?:pounds|gbp)\b`, 'gi'), (m) => [
    { kind: 'money', value: scaled(m[1]!, m[2]), text: m[0] },
  ]);
  // Pence: 53p.
  take(state, new RegExp(String.raw`${B}(\d+(?:\.\d+)?)\s?p(?:ence)?\b`, 'gi'), (m) => [
    { kind: 'money', value: num(m[1]!) / 100, text: m[0] },
  ]);
  // Percentages, with ranges: 15-20%, 15 to 20%, (documents only) 15 20%.
  const join = opts.spaceRanges ? String.raw`(?:\s?(?:-|to)\s?| )` : String.raw`\s?(?:-|to)\s?`;
  take(
    state,
    new RegExp(String.raw`${B}(?:(\d+(?:\.\d+)?)(?:\s?%|\s?per\s?cent)?${join})?(\d+(?:\.\d+)?)(?: ?%|\s?per\s?cent\b)`, 'gi'),
    (m) => {
      const out: Array<Omit<Figure, 'index'>> = [{ kind: 'percent', value: num(m[2]!), text: m[0] }];
      if (m[1] !== undefined) out.unshift({ kind: 'percent', value: num(m[1]), text: m[0] });
      return out;
    },
  );
  // Days: 30 days, 28-day.
  take(state, new RegExp(String.raw`${B}(\d+)(?:\s|-)?days?\b`, 'gi'), (m) => [
    { kind: 'days', value: num(m[1]!), text: m[0] },
  ]);
  // Plain numbers that look like money without the £: 25,000 / 25k / 2.5 million.
  take(state, new RegExp(String.raw`${B}(\d{1,3}(?:,\d{3})+(?:\.\d+)?)(?![\d])`, 'g'), (m) => [
    { kind: 'number', value: num(m[1]!), text: m[0] },
  ]);
  take(state, new RegExp(String.raw`${B}(\d+(?:\.\d+)?)\s?(k|m|bn|million|billion|thousand)(?![a-z0-9])`, 'gi'), (m) => [
    { kind: 'number', value: scaled(m[1]!, m[2]), text: m[0] },
  ]);

  return state.out.sort((a, b) => a.index - b.index);
}

// ---------------------------------------------------------------------------------------------
// Values an officer may type in a question

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** "seventy thousand", "one hundred and fifty thousand", "two and a half million", "half a million". */
export function wordNumbers(text: string): number[] {
  const found: number[] = [];
  // Punctuation ends a number: "half a million, two and a half million" is two values.
  // "half a mil", "two mill": how officers shorten a million in words.
  for (const segment of normaliseText(text).toLowerCase().replace(/-/g, ' ').replace(/\bmill?\b/g, 'million').split(/[,.;:!?()\n/]+/)) {
    found.push(...segmentNumbers(segment.split(/[^a-z]+/).filter(Boolean)));
  }
  return found;
}

function segmentNumbers(words: readonly string[]): number[] {
  const found: number[] = [];
  let total = 0;
  let current = 0;
  let any = false;
  let pendingHalf = false;
  const flush = (): void => {
    if (any) found.push(total + current);
    total = 0;
    current = 0;
    any = false;
    pendingHalf = false;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (w === 'a') {
      if (next === 'half') continue; // "two and a half million"
      if (next === 'hundred' || next === 'thousand' || next === 'grand' || next === 'million' || next === 'billion') {
        if (!pendingHalf) current += 1; // "a million"; "half a million" keeps the half
        any = true;
        continue;
      }
      flush();
      continue;
    }
    if (w in UNITS) { current += UNITS[w]!; any = true; continue; }
    if (w in TENS) { current += TENS[w]!; any = true; continue; }
    if (w === 'hundred') { current = (current || 1) * 100; any = true; continue; }
    if (w === 'half') { pendingHalf = true; any = true; continue; }
    if (w === 'thousand' || w === 'grand' || w === 'million' || w === 'billion') {
      if (!any) continue; // "2.5 million": the digits were the number, not this word
      const scale = w === 'million' ? 1e6 : w === 'billion' ? 1e9 : 1e3;
      const base = pendingHalf ? current + 0.5 : current || 1; // "half a million", "two and a half million"
      total += base * scale;
      current = 0;
      pendingHalf = false;
      any = true;
      continue;
    }
    if (w === 'and' && any) continue;
    if (w === 'pounds' || w === 'pound' || w === 'quid') continue;
    flush();
  }
  flush();
  return found;
}

/** Every value the officer typed, in any form: £75k, 75,000, 75000.50, £1.2m, 2.5 million, "seventy thousand pounds". */
export function questionValues(question: string): number[] {
  const text = normaliseText(question);
  const values = new Set<number>();
  const re = new RegExp(String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)${SUFFIX}`, 'gi');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    values.add(Math.abs(scaled(m[1]!, m[2])));
    values.add(Math.abs(num(m[1]!)));
  }
  for (const v of wordNumbers(text)) values.add(v);
  return [...values];
}

// ---------------------------------------------------------------------------------------------
// The documents' figures

export interface FigureSet {
  percent: Set<number>;
  money: Set<number>;
  days: Set<number>;
  number: Set<number>;
}

const key = (v: number): number => Math.round(Math.abs(v) * 100);

export function emptyFigureSet(): FigureSet {
  return { percent: new Set(), money: new Set(), days: new Set(), number: new Set() };
}

export function addFigures(set: FigureSet, figures: readonly Figure[]): FigureSet {
  for (const f of figures) set[f.kind].add(key(f.value));
  return set;
}

export function figureSetFromText(text: string): FigureSet {
  return addFigures(emptyFigureSet(), extractFigures(text, { spaceRanges: true }));
}

export function mergeFigureSets(...sets: FigureSet[]): FigureSet {
  const out = emptyFigureSet();
  for (const s of sets) for (const k of ['percent', 'money', 'days', 'number'] as const) for (const v of s[k]) out[k].add(v);
  return out;
}

export interface PolicySources {
  /** document id (data/sources/index.json) -> text */
  texts: Map<string, string>;
  /** document id -> the council it belongs to, as data/sources/index.json says */
  councils: Map<string, CouncilKey>;
  all: FigureSet;
  byCouncil: Map<CouncilKey, FigureSet>;
  /**
   * National material every council's answer may quote: the national context's quoted sentences
   * (central government's 10%) and the National TOMs table the TOMs catalogue cites.
   */
  national: FigureSet;
}

let cached: PolicySources | undefined;

/** Reads the documents once, through the loader, so the check sees exactly what the bot cites from. */
export function loadPolicySources(dataDir: string = policyDataDir()): PolicySources {
  if (cached && dataDir === policyDataDir()) return cached;
  const library = loadPolicyLibrary(dataDir);
  const texts = new Map<string, string>();
  const councils = new Map<string, CouncilKey>();
  const byCouncil = new Map<CouncilKey, FigureSet>();
  for (const doc of library.sources.documents.values()) {
    const council = doc.council as CouncilKey;
    texts.set(doc.id, doc.text);
    councils.set(doc.id, council);
    byCouncil.set(council, mergeFigureSets(byCouncil.get(council) ?? emptyFigureSet(), figureSetFromText(doc.text)));
  }
  if (texts.size === 0) throw new Error(`no policy sources in ${join(dataDir, 'sources', 'index.json')}`);

  const national = emptyFigureSet();
  for (const fact of library.national.facts) {
    if (fact.source.quote) addFigures(national, extractFigures(fact.source.quote, { spaceRanges: true }));
  }
  const toms = loadTomsCatalogue(join(dataDir, 'toms.json'));
  const table = library.sources.section(toms.source.document, toms.source.section);
  if (!table) throw new Error(`toms.json cites ${toms.source.document} "${toms.source.section}", which is not in data/sources/index.json`);
  addFigures(national, extractFigures(table.text, { spaceRanges: true }));

  const result: PolicySources = {
    texts,
    councils,
    all: mergeFigureSets(...[...texts.values()].map((t) => figureSetFromText(t))),
    byCouncil,
    national,
  };
  if (dataDir === policyDataDir()) cached = result;
  return result;
}

// ---------------------------------------------------------------------------------------------
// The check

export interface FigureCheck {
  ok: boolean;
  /** figures the documents (or the question) do not give */
  unknown: Figure[];
  /** all figures found in the reply */
  figures: Figure[];
}

export interface CheckOptions {
  /** restrict the documents to this council's own (plus the national material) */
  council?: CouncilKey;
  /** figure set to check against instead of the real documents (unit tests) */
  sources?: FigureSet;
  /** also check figures inside double quotes (by default they are examples or the officer's words) */
  includeQuoted?: boolean;
}

function allowedBy(set: FigureSet, f: Figure): boolean {
  const k = key(f.value);
  switch (f.kind) {
    case 'percent':
      return set.percent.has(k);
    case 'days':
      return set.days.has(k);
    case 'money':
    case 'number':
      return set.money.has(k) || set.number.has(k);
  }
}

/** Checks every figure in `reply` against the documents and the officer's own `question`. */
/**
 * Double-quoted spans (up to 200 characters on one line) are what someone might type, not what the
 * bot states: the help card's example questions ("What weighting do I need for a £75k contract?")
 * and the officer's own words read back ('I read "-£50,000" as …').
 */
export function withoutQuotedExamples(text: string): string {
  return normaliseText(text).replace(/"[^"\n]{1,200}"/g, (m) => ' '.repeat(m.length));
}

export function checkFigures(reply: string, question = '', opts: CheckOptions = {}): FigureCheck {
  let allowed: FigureSet;
  if (opts.sources) allowed = opts.sources;
  else {
    const src = loadPolicySources();
    allowed = opts.council ? mergeFigureSets(src.byCouncil.get(opts.council) ?? emptyFigureSet(), src.national) : src.all;
  }
  const typed = new Set(questionValues(question).map(key));
  const figures = extractFigures(opts.includeQuoted ? reply : withoutQuotedExamples(reply));
  const unknown = figures.filter((f) => !typed.has(key(f.value)) && !allowedBy(allowed, f));
  return { ok: unknown.length === 0, unknown, figures };
}

/** "£30,000 (money 30000)" lines for failure messages. */
export function describeFigures(figures: readonly Figure[]): string {
  return figures.map((f) => `${JSON.stringify(f.text.trim())} (${f.kind} ${f.value})`).join(', ');
}

// ---------------------------------------------------------------------------------------------
// Matchers for the question table: one figure, any written form

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function decimals(v: number, places: number): string {
  return String(Number(v.toFixed(places)));
}

/**
 * Matches a money figure however the bot writes it: £25,000 / £25000 / £25k / £25K / 25 thousand /
 * £25,000.00; £1.2m / £1.2 million / £1,200,000; £75,000.50. Not part of a bigger number (£125,000).
 */
export function money(value: number): RegExp {
  const v = Math.abs(value);
  const whole = Math.trunc(v);
  const pence = Math.round((v - whole) * 100);
  const grouped = whole.toLocaleString('en-GB');
  const frac = pence ? `\\.${String(pence).padStart(2, '0')}${pence % 10 === 0 ? '?' : ''}` : '(?:\\.00)?';
  const forms = [`${escapeRe(grouped)}${frac}`, `${whole}${frac}`];
  if (!pence && whole >= 1000 && whole % 100 === 0) {
    forms.push(`${escapeRe(decimals(whole / 1000, 1))} ?(?:k(?![a-z])|thousand)`);
  }
  if (!pence && whole >= 1e6 && whole % 1e4 === 0) {
    forms.push(`${escapeRe(decimals(whole / 1e6, 2))} ?(?:m(?![a-z])|mn(?![a-z])|million)`);
  }
  if (!pence && whole >= 1e9 && whole % 1e7 === 0) {
    forms.push(`${escapeRe(decimals(whole / 1e9, 2))} ?(?:bn(?![a-z])|billion)`);
  }
  return new RegExp(`(?<![\\d.,])£? ?(?:${forms.join('|')})(?![\\d]|[.,]\\d)`, 'i');
}

/** "15%" / "15 %" / "15 per cent", not "115%" or "1.15%". */
export function pct(value: number): RegExp {
  return new RegExp(`(?<![\\d.])${escapeRe(String(value))} ?(?:%|per ?cent)`, 'i');
}

/** Lines about central government's minimum / the national context, which may state 10% for any council. */
const NATIONAL_LINE = String.raw`(?:central government|national|government's|not a council|not (?:a )?(?:local )?council)`;

/** A line that states `value`% and is not the labelled national context. */
export function pctStated(value: number): RegExp {
  return new RegExp(`^(?!.*${NATIONAL_LINE}).*(?<![\\d.])${escapeRe(String(value))} ?(?:%|per ?cent)`, 'im');
}

/** Any line stating a percentage other than the labelled national context. */
export const ANY_PCT_NOT_NATIONAL = new RegExp(String.raw`^(?!.*${NATIONAL_LINE}).*\d ?(?:%|per ?cent)`, 'im');

/**
 * A line that states `value`% WITHOUT the condition under which it applies (and is not the labelled
 * national context). For a value where a band does not apply, the bot may still quote the band with
 * its condition ("the weighting they do set: 5% for contracts between £50,000 and £100,000"), but
 * never the bare figure.
 */
export function pctUnless(value: number, condition: RegExp): RegExp {
  return new RegExp(`^(?!.*${NATIONAL_LINE})(?!.*(?:${condition.source})).*(?<![\\d.])${escapeRe(String(value))} ?(?:%|per ?cent)`, 'im');
}

/**
 * In a multi-council answer, a percentage stated in `council`'s part: from a line naming `council`
 * (and no other council) down through the following lines that name no other council. Compare
 * answers put each council under its own heading with FactSet lines ("Standard weighting: 5%") that
 * do not repeat the name, so a single-line check is not enough. Labelled national-context lines are
 * ignored.
 */
export function pctInCouncilSection(council: RegExp, others: RegExp, value?: number): RegExp {
  const figure = value === undefined ? String.raw`\d` : `(?<![\\d.])${escapeRe(String(value))}`;
  const C = council.source;
  const O = others.source;
  return new RegExp(
    `^(?=[^\\n]*(?:${C}))(?![^\\n]*(?:${O}))(?:[^\\n]*\\n(?![^\\n]*(?:${O})))*?(?![^\\n]*${NATIONAL_LINE})[^\\n]*?${figure} ?(?:%|per ?cent)`,
    'im',
  );
}
