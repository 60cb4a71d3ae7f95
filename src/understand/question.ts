/**
 * Reads an officer's message as a Q&A question: which councils, what value (and how it was read),
 * what kind of contract, which TOMs, which subjects in the order asked, a proposed weighting to judge,
 * and whether it leans on the previous question. Pure text handling: words come from the vocabulary
 * and the packs, no policy figures live here.
 */
import type { Category } from '../policy/schema.js';
import { findAllMoney } from '../text/money.js';
import { percentWordsAsDigits } from '../text/numberWords.js';
import { findContractValue, findValueRange, type ContractValueReading, type ValueRange } from './contractValue.js';
import { distance } from 'fastest-levenshtein';
import { councilFinder, type CouncilFinder, type CouncilMention, type CouncilNames } from './councils.js';
import { socialValueShare } from './evaluationSplit.js';
import type { NotGiven, Subject, Vocabulary } from './vocabulary.js';

export type { Subject } from './vocabulary.js';

export type Intent =
  | { kind: 'help' }
  | { kind: 'thanks' }
  | { kind: 'goodbye' }
  | { kind: 'errand' }
  | { kind: 'set-council'; council: string }
  | { kind: 'which-council' }
  | { kind: 'unknown-council'; name: string }
  | { kind: 'feature'; feature: 'checklist' | 'action-plan' }
  | { kind: 'question' };

export interface Question {
  intent: Intent;
  /** councils named in the message, in order */
  councils: string[];
  /** a near miss ("Stokport") or a council not covered ("Salford") */
  mention: Omit<CouncilMention, 'ids'>;
  money?: ContractValueReading;
  /** several contract values asked about at once, in order; empty for one */
  amounts: number[];
  /** contracts over or under an amount, rather than one contract */
  bound?: Bound;
  /** a range of values ("between £25k and £50k", "25-50k"), rather than one contract's value */
  range?: ValueRange;
  category?: Category;
  competitive?: boolean;
  tomsRefs: string[];
  /** what the officer asked about, strongest first */
  subjects: Subject[];
  /**
   * Separate things asked in one message ("the weighting … and do I need the Portal?"), in order; empty
   * when the message asks one thing.
   */
  parts: Subject[];
  /** mentions TOMs or measures without a ref ("TOMs for veterans") */
  wantsToms: boolean;
  /** "is 12% enough …?": the weighting the officer proposes */
  proposedWeighting?: number;
  /**
   * "can I go lower than 15%?", "what if I want to go lower than that": a weighting below `than` (the
   * council's own figure when none is named), not `than` itself, to judge.
   */
  goesBelow?: { than?: number };
  /**
   * "my head of service reckons we don't need social value … is she right?": a claim that social value
   * is not needed, asked to be checked; `who` the one said to have made it, as the officer refers to them.
   */
  checksNoNeed?: { who?: 'she' | 'he' | 'they' };
  /** "is 15% enough or do I need to go 20%?": the other figure, weighed against the one proposed */
  alternative?: number;
  /** a weighting figure the message gives, asked to judge or not ("what about 4%?" after a verdict) */
  statedWeighting?: number;
  /** "do I need 15% …?": asks whether the figure is required, not whether it is enough */
  asksNeed?: true;
  /** "do I need a weighting on a £24k contract?", "is a weighting required …?": yes or no, with no figure proposed */
  asksApplies?: true;
  /** asks the national figure a council's document cites ("cwac policy mentions a government minimum – what is it?") */
  citesNational?: true;
  /** "is 25% too much?": asks whether the figure is too high, so yes and no swap */
  asksTooMuch?: true;
  /** asks how current the documents are ("what years does the policy cover", "when is the charter being refreshed") */
  asksCurrency: boolean;
  /** asks whether a document is out of date ("is the charter out of date?"): a yes means it is */
  asksStale?: true;
  /** something the documents may not give ("the maximum weighting", "when will it be replaced") */
  notGiven?: Omit<NotGiven, 're'>;
  /** starts like a follow-up ("and what about Trafford?", "what if it was £30k?") */
  followUp: boolean;
  /** asks of "they", those the last answer was about ("why do they need a dedicated co-ordinator …?") */
  asksOfThem?: true;
  /** says "our", "us", "my council": the officer's own council, whatever council the conversation was on */
  saysOwnCouncil?: true;
  /** weighting figures referred to as ones already set ("does the 15% apply", "those 5% and 10% figures") */
  figuresReferred?: number[];
  /** asks for the lowest value a rule applies at ("what's the lowest value where the portal kicks in?") */
  asksThresholdValue?: true;
  /** asks for the latest period the documents report ("and just for last year?") */
  asksLatest?: true;
  /** the financial year asked about, by the year it ends ("just in 22/23?": 2023) */
  period?: number;
  /** asks how something will be used ("how are they going to use it?") */
  asksUse?: true;
  /** asks first what help there is ("what help is there for small suppliers …?"): the council's list of support, whole */
  asksSupport?: true;
  /**
   * A follow-up points at a thing by a subject word ("who put that training together?"): the last
   * answer's subjects, whose list may have that thing as an item (an SME course in the support for suppliers).
   */
  pointsAt?: Subject[];
  /**
   * A follow-up adds a thing asked of the same contract ("does it need to go on the portal too?"): what
   * was asked of it before, kept beside it for a follow-up that asks it all again ("same for cwac?").
   */
  askedBefore?: Subject[];
  /** asks of the last answer where the documents say it ("where does it say that?") or why ("why?") */
  refersBack?: 'source' | 'reason';
  /** "why does stockport use 15%?": a question of its own asking the reason for a council's weighting figure */
  asksWhyFigure?: true;
  /** asks whether social value can be left out ("is it ok to not include social value …?") */
  asksToSkip: boolean;
  /** asks something answered yes or no ("can CWaC deduct payments …?", "does Trafford use TOMs?") */
  asksYesNo: boolean;
  /** asks what, which or how ("what carbon requirements apply …?"): not a yes or no question */
  asksWhat?: true;
  /** asks for a TOMs measure by what it counts ("which TOM is for ex-offenders?") */
  asksMeasure?: true;
  /** asks a measure's theme or outcome ("which theme is NT19 under?", "which theme is that under" after it) */
  asksOfMeasure?: 'theme' | 'outcome';
  /** asks what something means ("what does that mean?", "what does the maturity index mean?") */
  asksMeaning?: true;
  /** asks what a thing is by its name alone ("what is the trafford maturity index?") */
  asksWhatIs?: true;
  /** a figure the officer asks the meaning of, as typed ("what does the 53% figure mean?": "53%") */
  figureMeant?: string;
  /** an abbreviation asked to be spelled out, as typed ("what does toms stand for?": "toms") */
  spellsOut?: string;
  /** says the rule does not apply ("is it true Stockport doesn't require the Portal …?"): agreeing is "Right" */
  negated?: true;
  /** asks which items of the list just given ("which of those tick the environment theme?") */
  ofThose?: true;
  /** a follow-up asking more of the subject just answered ("and who signs off the exception?" after the PID rule) */
  asksMore?: true;
  /** asks whether another kind of contract changes the answer ("would it be any different if it was goods?") */
  asksIfDifferent?: true;
  /** asks whether a rule binds the one asking ("does central government's 10% apply to us in Stockport?") */
  asksIfApplies?: true;
  /** asks what can be done when a supplier does not deliver ("any comeback?"), or follows such a question ("does that apply to £80k?") */
  asksRemedy?: true;
  /** asks whether something else a supplier offers may be accepted ("can they swap the apprenticeships for volunteering?"), or follows such a question ("and in CWaC in the same situation?") */
  asksAccept?: true;
  /** "who signs that off?" right after a weighting judged below the council's (or going below it): who approves that figure */
  approverOfLower?: true;
  /** the kind of figure asked for ("who chairs …": "a chair"), as the vocabulary's asksFigure names it */
  asksFor?: string;
  /** a follow-up ("and in Stockport?") asks for the same kind of figure as the question before it */
  carriedAsk?: string;
  /** says in passing that the officer's council has changed ("I've moved to Trafford") */
  councilChange?: string;
  /**
   * A clause asks the same of the officer's own council: beside another clause ("where are they on the
   * maturity index? and where are we?"), 'too'; as the whole message ("what about us?"), 'only'.
   */
  ownCouncil?: 'too' | 'only';
  /** says it asks something new ("different one. £18k …", "new question -"): not of the council the conversation was about */
  startsAfresh?: true;
  /** the message's other words: not names, money, categories, subjects or stop words */
  otherWords: string[];
  /** what a follow-up is about when it leans on a quoted answer ("it" = "the round table"): searched with its words */
  about?: string;
  /** the list item a follow-up points at ("who leads that?" after the Supported Internship): it leads */
  item?: string;
  /** "whats the toms for it?": the words the measures are found by, those of the question that named the topic */
  tomsTopic?: string;
  text: string;
}

export interface Reader {
  vocabulary: Vocabulary;
  /** puts a misspelt word right ("maturty" -> "maturity") from the words the vocabulary and the documents use */
  spell: (lower: string) => string;
  /** puts a misspelt name right as the documents write it ("willmott dixon" -> "Wilmott dixon") */
  names?: (text: string) => string;
  councils: CouncilFinder;
  /** action reference prefixes from the plans (TRF, SMBC, CWAC): "update TRF-3" is a plan command */
  actionPrefixes: readonly string[];
}

/** What a question keeps of the not-given thing it asks (the entry less its pattern). */
export function askedNotGiven(n: NotGiven): NonNullable<Question['notGiven']> {
  return { id: n.id, about: n.about, ...(n.says ? { says: n.says } : {}), ...(n.near ? { near: n.near } : {}), ...(n.ofCouncil ? { ofCouncil: true as const } : {}) };
}

/**
 * The reader for these councils (the packs' names) and these action references (the plans' prefixes).
 * `lexicon`: the words the documents use, so a misspelt topic word ("priorty cohrts") is read as meant.
 */
export function createReader(councils: readonly CouncilNames[], vocabulary: Vocabulary, actionPrefixes: readonly string[] = [], lexicon: Iterable<string> = []): Reader {
  const lines = [...lexicon];
  return { vocabulary, councils: councilFinder(councils, vocabulary), actionPrefixes, spell: speller(vocabulary, lines, councils), names: nameSpeller(vocabulary, lines, councils) };
}

/**
 * The correction changes only misspellings, not a word's ending ("signs" -> "sign" is the officer's
 * word, and would add a subject they did not ask about).
 */
function onlyTypos(typed: string, corrected: string): boolean {
  const a = typed.split(/\s+/);
  const b = corrected.split(/\s+/);
  const bare = (w: string) => w.replace(/\W+$/, '');
  const inflected = (w: string, c: string) => w.startsWith(c) && /^(?:s|es|ed|d|ing)$/.test(w.slice(c.length));
  return a.length === b.length && a.every((w, k) => w === b[k] || !inflected(bare(w), bare(b[k]!)));
}

/**
 * Words of five letters or more that neither the vocabulary's patterns nor the documents use are put
 * right when one known word is a letter away (two for long words); council names are left alone
 * (the council finder offers "Did you mean …?" for those).
 */
function speller(v: Vocabulary, lexicon: Iterable<string>, councils: readonly CouncilNames[]): (lower: string) => string {
  const known = new Set<string>([...v.stopwords]);
  const add = (text: string) => {
    for (const w of text.toLowerCase().match(/[a-z]{3,}/g) ?? []) known.add(w);
  };
  for (const s of v.subjects) add(s.re.source.replace(/\\[a-z]/g, ' '));
  for (const c of v.categories) add(c.re.source.replace(/\\[a-z]/g, ' '));
  for (const w of lexicon) add(w);
  for (const c of councils) add([c.name, c.shortName, ...c.aliases].join(' '));
  for (const name of v.otherCouncils) add(name);
  const byLength = new Map<number, string[]>();
  for (const w of known) byLength.set(w.length, [...(byLength.get(w.length) ?? []), w]);
  const cache = new Map<string, string>();
  const fix = (w: string): string => {
    if (w.length < 5 || known.has(w)) return w;
    const hit = cache.get(w);
    if (hit !== undefined) return hit;
    const most = w.length >= 8 ? 2 : 1;
    let best: string[] = [];
    let bestD = most + 1;
    for (let n = w.length - most; n <= w.length + most; n++) {
      for (const k of byLength.get(n) ?? []) {
        // Two letters typed the wrong way round ("contarct") is the nearest slip of all: nearer than a
        // letter missed ("contact"), which edit distance would count as nearer.
        const d = swapped(w, k) ? 0.5 : distance(w, k);
        if (d > most) continue;
        if (d < bestD) [best, bestD] = [[k], d];
        else if (d === bestD) best.push(k);
      }
    }
    // Only a clear match: two equally near words are a guess.
    const out = best.length === 1 ? best[0]! : w;
    cache.set(w, out);
    return out;
  };
  return (lower) => lower.replace(/[a-z]+/g, fix);
}

/** Whether two words differ only by two neighbouring letters swapped ("contarct", "contract"). */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const at = [...a].findIndex((c, i) => c !== b[i]);
  return at >= 0 && at < a.length - 1 && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

/**
 * "what did willmott dixon deliver?": a word no document or pattern uses, close to a name the documents
 * only ever write capitalised ("Wilmott"), is that name, so the passage on it is found. Only names:
 * ordinary words are left to `speller`, which reads them for subjects alone.
 */
function nameSpeller(v: Vocabulary, lexicon: readonly string[], councils: readonly CouncilNames[]): (text: string) => string {
  const lower = new Set<string>([...v.stopwords]);
  for (const line of lexicon) for (const w of line.match(/\b[a-z]{3,}\b/g) ?? []) lower.add(w);
  for (const c of councils) for (const w of [c.name, c.shortName, ...c.aliases].join(' ').toLowerCase().match(/[a-z]{3,}/g) ?? []) lower.add(w);
  const names = new Map<string, string>();
  for (const line of lexicon) for (const m of line.matchAll(/(?<=[a-z,;] )[A-Z][a-z]{4,}\b/g)) if (!lower.has(m[0].toLowerCase())) names.set(m[0].toLowerCase(), m[0]);
  const known = (w: string) => lower.has(w) || names.has(w) || v.subjects.some((s) => s.re.test(w));
  const fix = (typed: string): string => {
    const w = typed.toLowerCase();
    if (w.length < 6 || known(w)) return typed;
    const most = w.length >= 7 ? 2 : 1;
    const near = [...names.keys()].filter((n) => n[0] === w[0] && Math.abs(n.length - w.length) <= most && distance(w, n) <= most);
    return near.length === 1 ? names.get(near[0]!)! : typed;
  };
  // Only beside a name typed right ("willmott dixon"): alone, "instead" is nearer "Intend" than any word the documents use.
  const isName = (w: string | undefined) => w !== undefined && names.has(w.toLowerCase());
  return (text) => {
    const words = text.split(/([A-Za-z]+)/);
    return words.map((w, i) => (i % 2 === 1 && (isName(words[i - 2]) || isName(words[i + 2])) ? fix(w) : w)).join('');
  };
}

const TOMS_REF = /(?<![a-z0-9])(nt\s?-?\d{1,3}[a-z]?|c\s?19\s?[-/ ]?\s?\d{1,2})(?![a-z0-9])/gi;

export function findTomsRefs(text: string): string[] {
  const refs: string[] = [];
  for (const m of text.matchAll(TOMS_REF)) {
    const raw = m[1]!.toLowerCase().replace(/\s|-(?=\d)/g, '');
    const ref = raw.startsWith('nt') ? `NT${raw.slice(2).replace(/-/g, '')}` : `C19-${raw.replace(/^c19[-/]?/, '')}`;
    if (!refs.includes(ref)) refs.push(ref);
  }
  return refs;
}

/** Words that make an amount a bound the officer asks about ("contracts over £100k"), not one contract's value. */
const BOUND_BEFORE = /\b(over|above|more than|in excess of|greater than|higher than|bigger than|larger than|exceeding|upwards of|at least|under|below|beneath|sub-?|less than|lower than|smaller than|up to)\s*$/;

/** Contracts on one side of an amount ("over £100k", "under 25k"), not one contract's value. */
export interface Bound {
  amount: number;
  side: 'over' | 'under';
  /** "at least", "up to": the amount itself is included */
  inclusive: boolean;
}

/** An amount read as a bound: answering for exactly that value would mislead ("over £100k" is 10% in CWaC, £100,000 is 5%). */
function boundOf(money: ContractValueReading | undefined, clean: string, lower: string): Bound | undefined {
  if (money?.kind !== 'amount' || money.basis) return undefined;
  const at = clean.indexOf(money.text);
  const before = at >= 0 ? lower.slice(0, at) : '';
  const m = BOUND_BEFORE.exec(before);
  // "what if it goes up to 60k?" is a new value for the contract, not contracts up to £60k.
  if (!m || /\b(go(es)?|went|gone|rises?|rose|increases?|increased|comes?|came|gets?|got|grows?|grew)\s+up to\s*$/.test(before)) return undefined;
  const word = m[1]!;
  const side = /^(under|below|beneath|sub-?|less than|lower than|smaller than|up to)$/.test(word) ? 'under' : 'over';
  return { amount: money.value, side, inclusive: word === 'at least' || word === 'up to' };
}

/**
 * The message with each value it says a rule starts at ("the guidelines seem to start at 50k", "the
 * 50k threshold") blanked out, where another value is left to be the contract's; a message whose
 * only value is such a one ("does the portal kick in at 50k?") asks about that value, and is kept whole.
 */
function withoutThresholdsReferred(clean: string, lower: string, v: Pick<Vocabulary, 'thresholdReferred'>): string {
  if (!v.thresholdReferred) return clean;
  let from = 0;
  const spans: { at: number; end: number; referred: boolean }[] = [];
  for (const m of findAllMoney(clean)) {
    const at = clean.indexOf(m.text, from);
    if (at < 0) continue;
    from = at + m.text.length;
    const { before, after } = v.thresholdReferred;
    spans.push({ at, end: from, referred: before.test(lower.slice(0, at)) || after.test(lower.slice(from)) });
  }
  if (!spans.some((s) => s.referred) || spans.every((s) => s.referred)) return clean;
  return spans.filter((s) => s.referred).reduce((text, s) => text.slice(0, s.at) + ' '.repeat(s.end - s.at) + text.slice(s.end), clean);
}

/** Subjects that one answer covers together: a contract's weighting, thresholds and requirements. */
const CONTRACT_SUBJECTS: ReadonlySet<Subject> = new Set(['weighting', 'threshold', 'requirements']);
export const groupOf = (s: Subject): Subject => (CONTRACT_SUBJECTS.has(s) ? 'weighting' : s);


/**
 * The weighting a message proposes: "more than the usual 5% – can I put it at 15%?", "from 5% to
 * 15%" propose 15%. Of several figures, one the officer compares against is not it; of the rest,
 * the one said as proposed ("at 15%", "up to 15%"), else the first.
 */
function proposedFigure(text: string, verdict: Vocabulary['verdict']): RegExpExecArray | null {
  const all = [...text.matchAll(verdict.figures)];
  if (all.length < 2) return all[0] ?? null;
  // "is 15% enough or do I need 20%?": of two figures put as either-or, the first is the one judged.
  if (alternativeAfter(text, all[0]!, all[1]!) !== undefined) return all[0]!;
  const { reference, proposed } = verdict;
  const own = reference ? all.filter((m) => !reference.before.test(text.slice(0, m.index)) && !reference.after.test(text.slice(m.index + m[0].length))) : all;
  const pool = own.length > 0 ? own : all;
  return pool.find((m) => proposed?.test(text.slice(0, m.index))) ?? pool[0]!;
}

/**
 * "can I go lower than 15%?": the figure is the one to go below, not one proposed. A figure of the
 * officer's own beside it ("12%, lower than the 15%?") is the one proposed, so no going below is read.
 */
function goesBelowOf(withDigits: string, verdict: Vocabulary['verdict']): Question['goesBelow'] {
  const m = verdict.below?.exec(withDigits);
  if (!m) return undefined;
  const own = [...withDigits.matchAll(verdict.figures)].filter((f) => f.index < m.index || f.index >= m.index + m[0].length);
  return own.length > 0 ? undefined : m[1] !== undefined ? { than: Number(m[1]) } : {};
}

/** Where "or" puts the second figure as an alternative to the first ("15% enough or … 20%"): the index of that "or". */
function alternativeAfter(text: string, first: RegExpExecArray, second: RegExpExecArray): number | undefined {
  const from = first.index + first[0].length;
  const or = /\bor\b/.exec(text.slice(from, second.index));
  return or ? from + or.index : undefined;
}

/**
 * "is 15 enough or do I need to go 20?" after a weighting: bare figures said as weightings are
 * percentages. Only in a message asking for a judgement, where every number in it is one and none
 * has a % sign ("do I need 2 quotes or 3?" is not a weighting).
 */
function bareAsPercent(text: string, verdict: Vocabulary['verdict']): string {
  // "what if it goes to 70?" asks of a value, not a weighting: only a figure asked to be judged is one.
  if (!verdict.bare || verdict.figure.test(text)) return text;
  const numbers = [...text.matchAll(/\b\d+(?:\.\d+)?\b/g)];
  const bare = [...text.matchAll(verdict.bare)];
  if (bare.length === 0 || bare.length !== numbers.length || bare.some((m) => Number(m[1]) > 100)) return text;
  const read = bare.reduceRight((t, m) => `${t.slice(0, m.index + m[0].length)}%${t.slice(m.index + m[0].length)}`, text);
  return verdict.judgement.test(read) ? read : text;
}

export function readQuestion(text: string, reader: Reader): Question {
  const { vocabulary: v } = reader;
  const typed = expand(text.replace(/\s+/g, ' ').trim(), v);
  const clean = reader.names ? reader.names(typed) : typed;
  const lower = clean.toLowerCase().replace(/[’‘]/g, "'");
  const { ids: councils, ...mention } = reader.councils.find(clean);
  // "£35k contract … the guidelines seem to start at 50k": the value the officer says a rule starts at is
  // not a contract asked about, so the values are read from the message without it.
  const valued = withoutThresholdsReferred(clean, lower, v);
  // "25-50k", "between £25k and £50k": a range, not its first figure.
  const range = findValueRange(valued);
  const reading = range ? undefined : findContractValue(valued);
  const bound = boundOf(reading, valued, valued.toLowerCase().replace(/[’‘]/g, "'"));
  const money = bound ? undefined : reading;
  // "the weighting for 30k, and for 300k": every value asked about, when there is more than one.
  const amounts = money?.kind === 'amount' && !money.basis && !money.sum ? [...new Set(findAllMoney(valued).filter((m) => m.kind === 'amount').map((m) => m.value))] : [];
  const tomsRefs = findTomsRefs(lower);

  // The subjects asked. A long message is read for its question: the background before it ("one of
  // us used to work in central government where they use 10%") is not what is asked.
  const find = (text: string) => new Set(v.subjects.filter(({ re }) => re.test(text)).map(({ id }) => id));
  // Topic words are read as meant ("maturty index", "priorty cohrts") when, as typed, the message
  // names no subject at all, or when the correction keeps every subject typed and adds one ("the cwac
  // action plan … trainng actions": training too); otherwise it is read as typed.
  const asTyped = find(lower);
  const corrected = reader.spell(lower);
  const fixed = corrected === lower ? asTyped : find(corrected);
  const adds = asTyped.size > 0 && fixed.size > asTyped.size && [...asTyped].every((s) => fixed.has(s)) && onlyTypos(lower, corrected);
  const spelt = (asTyped.size === 0 && fixed.size > 0) || adds ? corrected : lower;
  const focus = questionSentence(spelt, (sentence) => find(sentence).size > 0);
  const inFocus = focus ? find(focus.text) : new Set<Subject>();
  const hits = inFocus.size > 0 ? inFocus : find(spelt);
  // "is 12% enough?", "we planned 8%, is that ok?", "do I need 15% for …?": a figure to judge.
  // "ten percent on a £1.5 million contract, is that ok?": the figure in words is the same figure.
  const withDigits = bareAsPercent(percentWordsAsDigits(lower), v.verdict);
  const below = goesBelowOf(withDigits, v.verdict);
  const figure = below ? null : proposedFigure(withDigits, v.verdict);
  // "quality 60 / price 30 / social value 10": a split given is the officer's weighting, to be judged.
  const share = v.verdict.split ? socialValueShare(withDigits, v.verdict.split) : undefined;
  // "… can we drop it?", "can we take social value down to zero?": no figure, but 0% asked to be judged.
  const dropped = figure === null && !below && share === undefined && v.verdict.dropAsk?.test(focus?.text ?? lower) === true;
  const statedWeighting = share ?? (figure ? Number(figure[1]) : dropped ? 0 : undefined);
  // "… the notes say 10% social value. What weighting should I be using?": a figure given in the
  // background of a long message that asks for the weighting is the officer's own, to be judged.
  // Only a figure said of social value or a weighting ("10% for social value"), not any percentage ("70% of our spend").
  const near = figure ? withDigits.slice(Math.max(0, figure.index - 40), figure.index + figure[0].length + 40) : '';
  const inBackground = figure !== null && focus !== undefined && !percentWordsAsDigits(focus.text).includes(figure[0]);
  const ofSocialValue = /\b(social value|weighting|weighted)\b/.test(near);
  const fromBackground = inBackground && inFocus.has('weighting') && ofSocialValue;
  // "70% of our spend goes to local firms": a share of something else, not a weighting.
  const shareOfOther = figure !== null && /^\s*of\b(?!\s+(?:the\s+)?(?:evaluation|score|scoring|marks?|tender|weighting|social value))/.test(withDigits.slice(figure.index + figure[0].length));
  // "who decided those 5% and 10% figures?": a council's figures referred to together are asked about,
  // not one figure to judge ("do I still need the 15%?" is judged).
  const referred = figuresReferred(lower, v).figuresReferred ?? [];
  // "can I use the 20% target instead of the 15% min?" weighs one against the other: the first is judged.
  const together = referred.length > 1 && referred.includes(Number(figure?.[1])) && !/\b(?:instead of|rather than|in place of)\b/.test(lower);
  const judged = figure !== null && v.verdict.judgement.test(withDigits) && !(inBackground && shareOfOther) && !together;
  const proposedWeighting = share !== undefined || judged || fromBackground || dropped ? statedWeighting : undefined;
  // "is 15% enough or do I need to go 20%?": the first figure is judged as its own clause puts it
  // (enough, not needed), and the second is the alternative the officer weighs it against.
  const either = figure ? [...withDigits.matchAll(v.verdict.figures)] : [];
  const orAt = either.length === 2 ? alternativeAfter(withDigits, either[0]!, either[1]!) : undefined;
  const judgedText = orAt !== undefined ? withDigits.slice(0, orAt) : lower;
  const alternative = orAt !== undefined && proposedWeighting !== undefined ? Number(either[1]![1]) : undefined;
  // The one sentence that asks, after background sentences ("£300k retender, my manager says SV is optional. so what needs doing …?").
  const asking = [...lower.matchAll(/[^.!?]+[.!?]*/g)].map((m) => m[0].trim()).filter(Boolean);
  const questions = asking.filter((x) => x.includes('?'));
  const asked = focus?.text.trim() ?? (questions.length === 1 && asking[0] !== questions[0] ? questions[0] : undefined);
  if (proposedWeighting !== undefined || below) hits.add('weighting');
  // Strongest first, as the vocabulary ranks them (a topic before the generic "weighting"); the parts
  // asked (partsOf) keep the order they were asked in.
  // "as a new member of the steering group what are the broad principles …?": the subjects a clause
  // asks about after its background come first; the background's stay, after them.
  const askedOf = find(askedText(focus?.text ?? spelt, v));
  const subjects: Subject[] = v.subjects.map((s) => s.id).filter((id) => hits.has(id)).sort((a, b) => Number(askedOf.has(b)) - Number(askedOf.has(a)));
  if (bound && !subjects.includes('threshold')) subjects.push('threshold');
  // "supplier wants to skip toms reporting …": what is skipped is the subject named after the skip, not
  // social value at the PID.
  const skipped = v.skipsSubject?.exec(lower)?.groups?.['skipped'];
  if (skipped && subjects.includes('pid-sign-off')) {
    // Where each subject asked is named after the skip, read once.
    const skippedAt = new Map(subjects.map((id) => [id, id === 'pid-sign-off' ? undefined : v.subjects.find((x) => x.id === id)?.re.exec(skipped)?.index] as const));
    const at = (id: Subject) => skippedAt.get(id) ?? Infinity;
    if (subjects.some((id) => at(id) < Infinity)) {
      subjects.splice(subjects.indexOf('pid-sign-off'), 1);
      // The first thing named after the skip leads ("toms reporting": the TOMs, then reporting).
      subjects.sort((a, b) => at(a) - at(b));
    }
  }
  if ((councils.length > 1 || comparesWith(lower, reader)) && !subjects.includes('compare')) subjects.unshift('compare');

  const parts = partsOf(focus ? focus.text : spelt, v);
  // "if it was goods rather than a service": the kind it is not is not the kind asked about.
  const ofKind = v.categoryContrast ? spelt.replace(v.categoryContrast, ' ') : spelt;
  const category = v.categories.find((c) => c.re.test(ofKind) && !(c.unless && c.unless.test(ofKind)))?.id;
  // "would it be any different if it was goods?": the same question asked of another kind of contract,
  // not a comparison of councils.
  const asksIfDifferent = category !== undefined && councils.length <= 1 && v.categoryChange?.test(lower) === true;
  if (asksIfDifferent && subjects.includes('compare')) subjects.splice(subjects.indexOf('compare'), 1);
  // "what's the difference between the TOMs and the Portal?": each of the two things, not the councils compared.
  if (subjects.includes('compare') && councils.length <= 1 && parts.length >= 2 && v.differenceBetween?.test(lower)) subjects.splice(subjects.indexOf('compare'), 1);
  const competitive = v.competitive.no.test(lower) ? false : v.competitive.yes.test(lower) ? true : undefined;
  const notGiven = v.notGiven.find((n) => n.re.test(lower)) ?? v.notGiven.find((n) => n.re.test(spelt));
  const change = v.councilChange.test(lower) ? councils[0] : worksAt(lower, reader);
  const asksFor = v.asksFigure.find((a) => a.re.test(lower))?.about;
  const meant = v.asksFigureMeaning?.exec(lower)?.groups;
  const figureMeant = (meant?.figure ?? meant?.figure2 ?? meant?.figure3)?.replace(/\s+/g, '');
  const abbreviation = v.asksSpelledOut?.exec(lower)?.groups;
  // "what does that stand for?" points back at the last answer; only a word that can be an abbreviation is one.
  const spellsOut = [abbreviation?.abbr, abbreviation?.abbr2].find((w) => w !== undefined && !v.stopwords.has(w) && !/^(?:it|that|this|they|those|these|he|she)$/.test(w));

  let rest = reader.councils.strip(lower);
  if (reading?.text) rest = rest.replace(reading.text.toLowerCase(), ' ');
  if (range) rest = rest.replace(range.text.toLowerCase(), ' ');
  for (const re of [...v.subjects.map((x) => x.re), ...v.categories.map((c) => c.re), v.competitive.no, v.competitive.yes, v.followUp, TOMS_REF]) {
    rest = rest.replace(new RegExp(re.source, 'g'), ' ');
  }
  const otherWords = (rest.match(/[a-z][a-z'-]+/g) ?? []).filter((w) => !v.stopwords.has(w) && !/^(pa|pcm|per|annum|year|years|month|months|extension)$/.test(w));

  return {
    intent: intentOf(lower, councils, clean, reader),
    otherWords,
    asksCurrency: v.currencyAsk.test(unquoted(lower)),
    ...(v.currencyAsk.test(unquoted(lower)) && v.currencyStale?.test(lower) ? { asksStale: true as const } : {}),
    asksToSkip: v.skipAsk.test(lower),
    asksYesNo: v.asksYesNo.test(lower),
    // "… bit of background first. … anyway, what do I have to have done before the PID?": the question sentence says how it is put.
    ...(v.asksWhat?.test(lower) || (asked !== undefined && v.asksWhat?.test(asked)) ? { asksWhat: true as const } : {}),
    ...(v.asksMeasure?.test(lower) ? { asksMeasure: true as const } : {}),
    ...measureAspect(lower, v),
    ...(v.asksMeaning?.test(lower) ? { asksMeaning: true as const } : {}),
    ...(v.asksWhatIs?.test(lower) ? { asksWhatIs: true as const } : {}),
    ...(figureMeant ? { figureMeant } : {}),
    ...(spellsOut ? { spellsOut } : {}),
    ...(v.negatedAsk?.test(lower) ? { negated: true as const } : {}),
    ...(asksIfDifferent ? { asksIfDifferent: true as const } : {}),
    ...(v.ofThose?.test(lower) ? { ofThose: true as const } : {}),
    ...(v.appliesAsk?.test(lower) ? { asksIfApplies: true as const } : {}),
    ...(v.asksRemedy?.re.test(lower) ? { asksRemedy: true as const } : {}),
    ...(v.asksAccept?.test(lower) ? { asksAccept: true as const } : {}),
    ...(asksFor ? { asksFor } : {}),
    amounts: amounts.length > 1 ? amounts : [],
    ...(bound ? { bound } : {}),
    ...(range ? { range } : {}),
    councils,
    mention,
    tomsRefs,
    subjects,
    parts,
    wantsToms: subjects.includes('toms') || tomsRefs.length > 0,
    followUp: v.followUp.test(lower),
    ...(v.asksOfThem?.test(lower) ? { asksOfThem: true as const } : {}),
    ...(v.saysOwnCouncil?.test(lower) ? { saysOwnCouncil: true as const } : {}),
    ...(referred.length > 0 ? { figuresReferred: referred } : {}),
    ...(v.asksThresholdValue?.test(lower) ? { asksThresholdValue: true as const } : {}),
    ...(v.latestPeriod?.test(lower) ? { asksLatest: true as const } : {}),
    ...financialYear(lower),
    ...(v.asksUse?.ask.test(lower) ? { asksUse: true as const } : {}),
    ...(asksForSupport(clean, v) ? { asksSupport: true as const } : {}),
    ...refersBackOf(lower, v),
    ...(v.refersBack?.ofFigure?.test(lower) ? { asksWhyFigure: true as const } : {}),
    text: clean,
    ...(money ? { money } : {}),
    ...(category ? { category } : {}),
    ...(competitive !== undefined ? { competitive } : {}),
    ...(statedWeighting !== undefined && Number.isFinite(statedWeighting) ? { statedWeighting } : {}),
    ...(below ? { goesBelow: below } : {}),
    ...checksNoNeedOf(lower, v),
    ...(proposedWeighting !== undefined && Number.isFinite(proposedWeighting) ? { proposedWeighting, ...(v.verdict.need.test(judgedText) ? { asksNeed: true } : {}), ...(v.verdict.tooMuch.test(judgedText) ? { asksTooMuch: true } : {}) } : {}),
    ...(alternative !== undefined ? { alternative } : {}),
    ...(proposedWeighting === undefined && subjects.includes('weighting') && v.verdict.applies.test(lower) ? { asksApplies: true } : {}),
    ...(subjects.includes('national') && v.citesNational?.test(lower) ? { citesNational: true as const } : {}),
    ...(notGiven ? { notGiven: askedNotGiven(notGiven) } : {}),
    ...(change ? { councilChange: change } : {}),
    ...ownCouncilAsked(lower, v),
    ...(v.startsAfresh?.test(lower) ? { startsAfresh: true as const } : {}),
  };
}

/**
 * The message without the words it quotes: "how many days is 'less than the current standard'
 * exactly?" quotes the documents, and asks nothing of how current they are.
 */
const unquoted = (lower: string) => lower.replace(/(^|\s)['‘"“][^'’"”]{3,80}['’"”](?=[\s?.!,:;]|$)/g, '$1');

/** "why so low? i thought the govt said 10%": a reason asked, then a remark that asks nothing more. */
function reasonThenRemark(lower: string, v: Pick<Vocabulary, 'refersBack'>): boolean {
  const at = lower.indexOf('?');
  if (at < 0 || lower.slice(at + 1).includes('?')) return false;
  return v.refersBack?.reason.test(lower.slice(0, at + 1)) === true;
}

/** "my manager says SV is optional, is that right?": the claim checked, and who made it when said by pronoun. */
function checksNoNeedOf(lower: string, v: Pick<Vocabulary, 'claimsNoNeed'>): Pick<Question, 'checksNoNeed'> {
  const check = v.claimsNoNeed?.check.exec(lower);
  if (!check || !v.claimsNoNeed!.says.test(lower)) return {};
  const who = check[1] === 'she' || check[1] === 'he' || check[1] === 'they' ? check[1] : undefined;
  return { checksNoNeed: who ? { who } : {} };
}

/** Which of a measure's facts the message asks for, its theme or its outcome; the theme where it names both. */
function measureAspect(lower: string, v: Pick<Vocabulary, 'asksOfMeasure'>): Pick<Question, 'asksOfMeasure'> {
  if (v.asksOfMeasure?.theme.test(lower)) return { asksOfMeasure: 'theme' };
  return v.asksOfMeasure?.outcome.test(lower) ? { asksOfMeasure: 'outcome' } : {};
}

/** "22/23", "2022-23", "2022/2023": a financial year, by the year it ends; two years not running on are not one. */
function financialYear(lower: string): Pick<Question, 'period'> {
  const m = /\b(?:fy\s?)?(?:20)?(\d\d)\s?[/-]\s?(?:20)?(\d\d)\b/.exec(lower);
  if (!m || Number(m[2]) !== Number(m[1]) + 1) return {};
  return { period: 2000 + Number(m[2]) };
}

/** The percentages of the phrases that refer to weighting figures as already set ("the 15%"). */
function figuresReferred(lower: string, v: Pick<Vocabulary, 'figuresReferred'>): Pick<Question, 'figuresReferred'> {
  if (!v.figuresReferred) return {};
  const phrases = [...lower.matchAll(new RegExp(v.figuresReferred.source, 'g'))].map((m) => m[0]);
  const figures = phrases.flatMap((p) => [...p.matchAll(/(\d+(?:\.\d+)?)\s*%/g)].map((m) => Number(m[1])));
  return figures.length > 0 ? { figuresReferred: figures } : {};
}

/** Whether a clause asks the same of the officer's own council, and beside what (see Question.ownCouncil). */
function ownCouncilAsked(lower: string, v: Pick<Vocabulary, 'asksOwnCouncil'>): Pick<Question, 'ownCouncil'> {
  const clauses = clausesOf(lower);
  if (!v.asksOwnCouncil || !clauses.some((c) => v.asksOwnCouncil!.test(c))) return {};
  return { ownCouncil: clauses.length === 1 ? 'only' : 'too' };
}

/**
 * "where does it say that?", "why 15%?": a message asking only the source or the reason of the last
 * answer. "why is the minimum 15 anyway? is there a reason given": each sentence asks it, and so does the message.
 */
function refersBackOf(lower: string, v: Vocabulary): { refersBack?: 'source' | 'reason' } {
  const rb = v.refersBack;
  if (!rb) return {};
  const kind = (s: string) => (rb.source.test(s) ? ('source' as const) : rb.reason.test(s) ? ('reason' as const) : undefined);
  const whole = kind(lower);
  if (whole) return { refersBack: whole };
  if (reasonThenRemark(lower, v)) return { refersBack: 'reason' };
  const sentences = lower.split(/(?<=[?!])\s+|(?<=\.)\s+(?=[a-z])/).filter((s) => s.trim() !== '');
  const kinds = sentences.map(kind);
  return sentences.length > 1 && kinds.every((k) => k !== undefined) ? { refersBack: kinds[0]! } : {};
}

/**
 * "is that more than Stockport?", "higher than in CWaC?": a comparative with nothing but a council's name
 * after it compares that council with the one in play, not asks of it alone.
 */
function comparesWith(lower: string, reader: Reader): boolean {
  const re = reader.vocabulary.comparedWith;
  if (!re) return false;
  return [...lower.matchAll(re)].some((m) => {
    const next = lower.slice(m.index + m[0].length).split(/[?.!,;]/)[0]!.trim();
    // "more than stockport's?", "than cwac does": nothing after the name but words that say nothing ("the stockport minimum" names what is compared).
    const rest = reader.councils.strip(next).match(/[a-z][a-z']*/g) ?? [];
    return reader.councils.find(next).ids.length > 0 && rest.every((w) => reader.vocabulary.stopwords.has(w));
  });
}

/**
 * "totally different q - a cllr asked how many volunteering days …": the words that only say a new
 * question starts are not what is asked, so they are not searched for. Only a lead set off by a dash,
 * colon, comma or full stop, with a question after it.
 */
export function withoutFreshStart(text: string, startsAfresh: RegExp | undefined): string {
  const lead = startsAfresh?.exec(text.toLowerCase().replace(/[’‘]/g, "'"));
  if (!lead) return text;
  const rest = /^\s*[-–:,.]\s*(.*)$/.exec(text.slice(lead[0].length));
  return rest && /[a-z]{3}/i.test(rest[1] ?? '') ? rest[1]! : text;
}

/** Short forms read as the words the documents use ("the gm charter": "the greater manchester charter"). */
function expand(text: string, v: Pick<Vocabulary, 'abbreviations' | 'rephrase'>): string {
  let out = v.abbreviations.size === 0 ? text : text.replace(/(?<![\w&-])[a-z0-9&]+(?![\w&-])/gi, (w) => v.abbreviations.get(w.toLowerCase()) ?? w);
  for (const r of v.rephrase) out = out.replace(r.re, r.as);
  return out;
}

/**
 * The question in a long message, when it has background before it: its last sentence that asks
 * something; with no question mark, its last sentence that names a subject ("… check what weighting we
 * need and whether we use the portal. Thanks!").
 */
function questionSentence(lower: string, namesSubject: (sentence: string) => boolean): { text: string } | undefined {
  if (lower.length < 160) return undefined;
  const sentences = [...lower.matchAll(/[^.!?]+[.!?]*/g)].map((m) => ({ text: m[0] }));
  if (sentences.length < 2) return undefined;
  const latest = [...sentences].reverse();
  const last = sentences.length - 1 - latest.findIndex((x) => x.text.includes('?'));
  if (last >= sentences.length) return latest.find((x) => namesSubject(x.text)) ?? latest[0];
  // "… how much? also do I have to use the portal thing": a question after the last "?" is asked too.
  const more = sentences.slice(last + 1).filter((x) => asksToo(x.text) && namesSubject(x.text));
  return { text: [sentences[last]!, ...more].map((x) => x.text.trim()).join(' ') };
}

/** "also do I have to …", "and is there a …": a sentence that asks, though typed without a "?". */
function asksToo(sentence: string): boolean {
  return /^\s*(?:(?:also|and|plus|oh and|oh|ps|p\.s\.?),?\s+)?(?:do|does|did|is|are|can|could|should|will|would|has|have|what|whats|which|who|when|where|how|any)\b/.test(sentence);
}

/** Phrases whose "and" joins one name, not two questions. */
const ONE_THING = /themes,? outcomes,? (?:and|&) measures|health and safety|equality and diversity|price and quality|goods and services|cheshire west and chester|procurement and contract management/g;
/**
 * Where one thing asked ends and the next begins. A comma parts two questions only where the words
 * before it ask too ("how many people does it employ, how much does it spend …?"), not after background
 * ("if it's over 50k, what weighting?").
 */
const CLAUSE_BREAK = /[?;+]|,\s*and\b|(?<=\b(?:who|what|which|when|where|why|how)\b[^,?;.]*),\s*(?=(?:who|what|which|when|where|why|how|does|do|did|is|are|can)\b)|\band\s+(?=(?:what|how|do|does|did|is|are|can|could|which|who|when|where|whether|will|would|should|also|any|then)\b)|\balso\b|\bplus\b|\bas well as\b|\s\(?[1-9a-c]\)\s|\s[1-9]\.\s+(?=[a-z])/;

/** The message cut where one thing asked ends and the next begins ("… employ and what is their spend?"). */
export function clausesOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(ONE_THING, (m) => m.replace(/ and /g, ' & '))
    .split(CLAUSE_BREAK)
    .map((c) => c.trim())
    .filter((c) => /[a-z]{3}/.test(c));
}

/** Its first clause asks what help there is ("what help is there …?"); one asked only after something else does not. */
export function asksForSupport(text: string, v: Pick<Vocabulary, 'asksSupport'>): boolean {
  return v.asksSupport?.ask.test(clausesOf(text)[0] ?? '') === true;
}

/**
 * What a clause asks, without the background before it: "cwac: how many …" and "doing a briefing on
 * cwac as an employer - roughly how many people does it employ" ask "how many …".
 */
export function askingPart(clause: string, v: Pick<Vocabulary, 'questionWords'>): string {
  const bare = clause.replace(/^[^:–-]{0,25}[:–-]\s*/, '');
  const words = v.questionWords;
  const at = words ? bare.search(words.any) : -1;
  return !words || words.opens.test(bare) || at <= 0 ? bare : bare.slice(at);
}

/**
 * A clause without the background before its question word ("chairing the steering group next wk -
 * remind me what the 3 broad principles are": "what the 3 broad principles are"); a short label at its
 * start ("cwac action plan - when's …") names what is asked, and stays.
 */
export function withoutBackground(clause: string, v: Pick<Vocabulary, 'questionWords'>): string {
  const label = /^[^:–-]{0,25}[:–-]\s*/.exec(clause)?.[0] ?? '';
  return `${label}${askingPart(clause, v)}`;
}

/** What a message asks, its clauses without their background (withoutBackground), as one text. */
export function askedText(text: string, v: Pick<Vocabulary, 'questionWords'>): string {
  return clausesOf(text).map((c) => withoutBackground(c, v)).join(' ');
}

/** The strongest subject a clause names, as the vocabulary ranks them, a comparison or the national context aside. */
export function clauseSubject(clause: string, v: Pick<Vocabulary, 'subjects'>): Subject | undefined {
  return v.subjects.find((s) => s.id !== 'compare' && s.id !== 'national' && s.re.test(clause))?.id;
}

/**
 * Distinct things asked, in the order asked: the message cut into clauses at "and what …", "?", "also"
 * (and at a bare "and" that starts a new subject: "weighting and TOMs"), each clause's strongest
 * subject one part. One thing asked gives [].
 */
function partsOf(lower: string, v: Vocabulary): Subject[] {
  const strongest = (clause: string): Subject | undefined => clauseSubject(clause, v) ?? (findTomsRefs(clause).length > 0 ? 'toms' : undefined);
  // "weighting & portal": an "&" the officer typed is their "and"; the names that keep one ("health & safety") are kept whole below.
  const clauses = lower
    .replace(/\s&\s/g, ' and ')
    .replace(ONE_THING, (m) => m.replace(/ and /g, ' & '))
    .split(CLAUSE_BREAK)
    .flatMap((c) => {
      // "weighting and TOMs for £60k", "weighting, portal, anything else": a bare "and" or a comma
      // splits only where a subject starts right after it.
      // "weighting n portal": "n" is how a chat types "and".
      const bits = c.split(/(\band\b|\bn\b|,)/);
      const out: string[] = [bits[0]!];
      for (let i = 1; i < bits.length; i += 2) {
        const [joint, bit] = [bits[i]!, bits[i + 1] ?? ''];
        // "the broad principles in the charter and the themes the action plan is organised around": "and
        // the …" that goes on to name a subject other than the one before it starts a second thing asked.
        const before = strongest(out[out.length - 1]!);
        const after = joint === 'and' && /^\s*(the|its|their|our|your)\b/.test(bit) ? strongest(bit) : undefined;
        if (strongest(bit.trim().split(/\s+/).slice(0, 3).join(' ')) || (before && after && groupOf(after) !== groupOf(before))) out.push(bit);
        else out[out.length - 1] += `${joint === ',' ? ',' : ' and'} ${bit}`;
      }
      return out;
    });
  const parts: Subject[] = [];
  for (const clause of clauses) {
    // "chairing the steering group next wk - remind me what the 3 broad principles are": the subject
    // the clause asks about, after its background, where it names one.
    const id = strongest(withoutBackground(clause, v)) ?? strongest(clause);
    // "what minimum standards must bidders meet, and does that apply under 50k too?": a clause that leans
    // on the one before and asks only where it applies asks about that subject, not a new one.
    if (id === 'threshold' && parts.length > 0 && v.sameAsBefore.test(clause)) continue;
    if (id && !parts.includes(groupOf(id))) parts.push(groupOf(id));
  }
  return parts.length > 1 ? parts : [];
}

/**
 * "I'm at Trafford - what weighting would we use …?": the council the officer says they work at, named
 * right after it, is theirs from now on (a later "and us?" is Trafford), whatever else the message asks.
 */
function worksAt(lower: string, reader: Reader): string | undefined {
  const at = reader.vocabulary.worksAt?.exec(lower);
  if (!at) return undefined;
  const next = lower.slice(at.index + at[0].length).split(/[\s,.!?:;()–-]+/).slice(0, 4).join(' ');
  // "I'm in a meeting about Stockport": the name must come first, or it is not where they work.
  const startsWithName = reader.councils.strip(next).trim().split(/\s+/)[0] !== next.split(' ')[0];
  return startsWithName ? reader.councils.find(next).ids[0] : undefined;
}

/**
 * "ok thanks. different thing, how many hong kong newcomers are there": a question after the courtesy,
 * whatever it asks about, is the message; "thanks, that's what I needed" asks nothing.
 */
function asksAfterCourtesy(lower: string, bare: string, v: Vocabulary): boolean {
  return v.smalltalk.asksAfter.test(lower) || (/\?\s*$/.test(lower) && bare.split(' ').length >= 4);
}

function intentOf(lower: string, councils: string[], original: string, reader: Reader): Intent {
  const v = reader.vocabulary;
  const bare = lower.replace(/[!?.,]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (v.smalltalk.help.test(bare)) return { kind: 'help' };
  // "can you book me a meeting room for the steering group?": a task to do, whatever subject it names.
  if (v.smalltalk.errand.test(bare)) return { kind: 'errand' };
  // "my council is Trafford" sets it; "my council is Stockport, what weighting for £75k?" is a question
  // that also sets it (see councilChange), so only a message that says nothing more is a setting.
  const setter = new RegExp(v.setCouncil.source);
  if (setter.test(bare) && !/\?$/.test(lower.trim()) && !/^(what|which|who)\b/.test(bare)) {
    const council = councils[0];
    const rest = reader.councils.strip(bare).replace(setter, ' ');
    const asksMore = v.subjects.some((s) => s.re.test(rest)) || /£\s?\d|\d+\s?k\b/.test(rest);
    if (council && !asksMore) return { kind: 'set-council', council };
    if (!council) {
      // Echo the name as the officer typed it, not lower-cased.
      const name = original.replace(new RegExp(setter.source, 'i'), '').replace(/[!?.,]+$/, '').trim();
      if (name && name.split(/\s+/).length <= 6) return { kind: 'unknown-council', name };
    }
  }
  if (v.councilChange.test(bare) && councils[0]) {
    const rest = reader.councils.strip(bare).replace(v.councilChange, ' ');
    if (!v.subjects.some((s) => s.re.test(rest)) && !/£\s?\d|\d+\s?k\b/.test(rest)) return { kind: 'set-council', council: councils[0] };
  }
  // "thanks, that's really helpful!" is thanks; "thanks, and what about Trafford?" is a question.
  const asksSomething = councils.length > 0 || v.subjects.some((s) => s.re.test(bare)) || /£\s?\d|\d+\s?k\b/.test(bare) || asksAfterCourtesy(lower, bare, v);
  if (!asksSomething && v.smalltalk.thanks.test(bare)) return { kind: 'thanks' };
  if (!asksSomething && v.smalltalk.goodbye.test(bare)) return { kind: 'goodbye' };
  if (v.whichCouncil.test(bare) && councils.length === 0) return { kind: 'which-council' };
  if (v.featureQuestions.checklist.test(bare)) return { kind: 'feature', feature: 'checklist' };
  const prefixes = reader.actionPrefixes.map((p) => p.toLowerCase()).join('|');
  const plan = new RegExp(`^(action plan|digest|agenda|my actions|overdue|add action|request updates${prefixes ? `|update (${prefixes})-\\d+` : ''})\\b`);
  if (plan.test(bare)) return { kind: 'feature', feature: 'action-plan' };
  return { kind: 'question' };
}
