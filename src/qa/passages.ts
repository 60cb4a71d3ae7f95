/**
 * Everything the documents say: when no curated rule or topic answers, the council's own documents are
 * searched (MiniSearch: BM25 with fuzzy terms, section headings boosted) and the best sentence or two is
 * quoted verbatim, with its document and section. A passage must share the question's key terms, so an
 * off-topic question finds nothing rather than a loosely related quote.
 */
import MiniSearch from 'minisearch';
import { documentLabel } from '../policy/citations.js';
import { policyDocument, type SourceLibrary } from '../policy/sources.js';
import { escapeRegExp } from '../text/regex.js';

export interface Passage {
  documentId: string;
  council: string;
  /** "Cheshire West and Chester Council Social Value Policy 2021-25, Policy interventions (ii)" */
  citation: string;
  section: string;
  /** exact text from the source, whitespace collapsed */
  quote: string;
  /** the whole paragraph the quote is from (who "they" are in "they have created 11 placements") */
  paragraph: string;
  /**
   * The sentence that introduces the list the quote is an item of ("The priorities … over the next
   * 12 months are to:"), quoted before it; what the passage is ranked and judged on is the quote alone.
   */
  lead?: string;
  /** The passage's sentences before the quote, when it starts at the one that answers; said, not quoted first. */
  follows?: string;
  score: number;
}

interface Entry {
  id: number;
  documentId: string;
  council: string;
  heading: string;
  text: string;
}

export interface PassageIndex {
  /**
   * the best passages for the question in one council's documents (all councils when undefined);
   * `atLeast`: how many of its key terms a passage must carry, in place of most of them
   */
  search(question: string, council?: string, limit?: number, atLeast?: number): Passage[];
  /** a section's paragraphs, each a passage, in document order */
  inSection(documentId: string, heading: string): Passage[];
  /** the sentences that give a figure as written ("53%"), as passages, in document order */
  withFigure(figure: string, council?: string): Passage[];
  /** the sentences a pattern (no g flag) matches, as passages, in document order */
  sentencesMatching(re: RegExp, council?: string): Passage[];
  /** the question's key terms: its words less stop words and names */
  keyTerms(question: string): string[];
  /** the key terms the documents use at all: none means the question is about something else */
  knownTerms(question: string): string[];
  /** whether a text uses a word, a form of it or one meaning the same ("pledge" for "target") */
  mentions(word: string, text: string): boolean;
  /** how many passages use a word (its stem) */
  frequency(word: string): number;
  /** the councils whose documents use a word (its stem, or one meaning the same) */
  councilsUsing(word: string): Set<string>;
  /** whether a text carries every key term of the question (at least `min` of them) */
  coversAll(question: string, text: string, min?: number): boolean;
  /** whether a text names what was asked by a phrase typed as the documents write it, and rarely ("round table", "large print"); the phrases found once per question */
  namesRare(question: string): (text: string) => boolean;
  /** whether the question types such a rare phrase at all ("hong kong newcomers", "care leavers") */
  namesThing(question: string): boolean;
  /** the councils whose documents have a sentence that carries every key term of the question (two at least) */
  councilsSaying(question: string): Set<string>;
  /**
   * The question's key terms for a reader, once each: a word as typed (a hyphenated word whole, not
   * also run together and in parts), in the form the documents mostly write it ("STAR", "action plan").
   * `term`: only the typed word that this key term comes from.
   */
  asWritten(question: string, term?: string): string[];
  /**
   * Whether a text gives the count asked for: "how many staff …?" is answered by a number next to
   * "staff" (or a word meaning the same: "3,082 individuals"), not by any number ("70% of the team").
   * `share`: a percentage of what was asked a share of ("what proportion of tenders …?" is not
   * answered by "57.84% of commitments delivered").
   */
  counts(question: string, text: string, share?: boolean): boolean;
  /** "An apprentice will be employed each year": the count asked given as one of it each period, as written ("apprentice", "year") */
  perPeriod(question: string, text: string): { one: string; period: string } | undefined;
  /**
   * Whether a text counts what was asked only in words ("helping a number of the Hong Kongers move
   * forward into employment" for "how many of them got jobs?"): a sentence with the vocabulary's vague
   * count and what those counted are asked to have done (else what is counted).
   */
  countsVaguely(question: string, text: string): boolean;
}

/** How much of a list a sentence introduces is quoted with it. */
const INTRODUCED_LIST = 560;

/** A list item of a few sentences up to this long is quoted whole: one example, told once. */
const ITEM_WHOLE = 700;

/** At most this many times in the documents, two words written together are the name of one thing. */
const RARE_PHRASE = 6;

/** What a percentage asked for is a share of: "what proportion of tenders …?", "what % of spend …?". */
const SHARE_OF = /(?:\b(?:proportion|percentage|share|per ?cent)|%)\s+of\s+(.*)$/i;

/** Verbs that follow the thing counted ("how many people live in …"); first, these are part of it ("how many live projects", "work placements"). */
const COUNTED_BY = new Set(['live', 'work', 'used', 'volunteer', 'benefit']);
/** Where the thing counted in "how many … ?" ends: the verb or preposition after it. */
const COUNT_STOP = new Set(['are', 'is', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'went', 'go', 'goes', 'got', 'get', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'of', 'per', 'a', 'an', 'the', 'there', 'they', 'we', 'it',
  ...COUNTED_BY,
  'lives', 'works', 'worked', 'attend', 'attended', 'came', 'come', 'turned', 'showed', 'use', 'sit', 'sits', 'joined', 'took', 'made', 'received', 'benefited', 'volunteered', 'employ', 'employs', 'employed', 'need', 'needs', 'must', 'should', 'ended', 'moved', 'found', 'gained', 'secured']);

/** Between a follow-up's own words and the words of what it leans on ("who else is on it? ‖ round table"). */
export const ABOUT = ' \u2016 ';
/** How much a word leant on counts beside the follow-up's own. */
const LEANT = 0.3;

/** A sentence that introduces what follows it ("… which include:", "So far since the portal was launched in 2019:-"). */
const INTRODUCES = /:\s*-?$/;

/** A number that reads as a year ("In August 2021 …"). */
const YEAR = /^(19|20)\d\d$/;

/** Words for one of something, and what makes it one for each period ("an apprentice … each year"), as stemmed. */
const ONE = new Set(['a', 'an', 'one']);
const PER = new Set(['each', 'everi', 'per']);
const PERIODS = new Set(['year', 'month', 'week', 'term', 'quarter']);

/** Numbers written as words. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'dozen']);

/** Words before a number that make it a count of those at an event ("attended by over 200 …"). */
const EVENT_COUNT = new Set(['attended', 'attending', 'attendance', 'registered', 'signed']);
/** Words that ask about an event itself ("how many people came to the event?"): then its attendance is the count asked. */
const EVENT_ASKED = ['came', 'come', 'turned', 'went', 'attend', 'attended', 'attending', 'attendance'];
const EVENT_WORDS = ['event', 'events'];
/** Words that end what is counted and ask nothing more of it ("how many newcomers were at the event?"). */
const BEING = new Set(['are', 'is', 'was', 'were', 'at', 'in', 'on', 'to', 'for', 'from', 'with', 'by', 'of']);
/** Words that end what is counted and turn the question round ("how many weeks has Wilmott Dixon provided?"): what follows is who, not what was done. */
const AUXILIARY = new Set(['do', 'does', 'did', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'must', 'should', 'need', 'needs']);

/** Words every passage shares, so they say nothing about what was asked; and "instead" ("… instead of doing a charter"), which asks for an alternative, not of a word. */
const GENERIC = new Set(['social', 'value', 'council', 'councils', 'procurement', 'policy', 'policies', 'document', 'documents', 'charter', 'report', 'statement', 'borough', 'metropolitan', 'instead']);

/** The words of a text as typed, lower case, possessives dropped ("stockport's" is "stockport"). */
const tokens = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/'s\b/g, '').match(/[a-z0-9][a-z0-9'&-]*/g) ?? [];

/**
 * A hyphenated word of letters is also its parts, and the word run together: "day-to-day lead" answers
 * "who leads day to day?", "Co-ordinator" answers "coordinator" ("28-day" stays one).
 */
const words = (text: string) => tokens(text).flatMap((w) => (/^[a-z]+(?:-[a-z]+)+$/.test(w) ? [w.replace(/-/g, ''), w, ...w.split('-')] : [w]));

/** How many words apart two terms typed side by side may be said and still count as said together. */
const NEAR_WORDS = 4;

/** A crude stem: enough that "employ", "employs" and "employed" meet. */
const stem = (w: string) => w.replace(/'s$/, '').replace(/(ing|ed|es|s|ly)$/, '').replace(/y$/, 'i').slice(0, 7);
/** Units of time a count may be in ("how many volunteering days"), as stemmed. */
const TIME_UNITS: ReadonlySet<string> = new Set(['day', 'days', 'hour', 'hours', 'week', 'weeks', 'month', 'months', 'year', 'years'].map(stem));

/** The sentences of the bulleted item (its lines up to the next bullet) that holds `sentence`, when it is a few and short. */
function itemOf(paragraph: string, sentence: string): string[] | undefined {
  if (!/^\s*[-*•]/.test(paragraph)) return undefined;
  const item = paragraph.split(/\n(?=\s*[-*•])/).map(sentences).find((ss) => ss.includes(sentence));
  return item && item.length > 1 && item.length <= 4 && item.join(' ').length <= ITEM_WHOLE ? item : undefined;
}

/** Sentences (and list items) of a paragraph, each exactly as written, whitespace collapsed. */
function sentences(paragraph: string): string[] {
  // A row of a figures table ("delivered … £25,768,467 <tab> % commitments delivered 57.84%") is
  // read cell by cell: each cell is one figure with its label, and run together they misread.
  const runs: string[] = [''];
  for (const line of paragraph.split('\n')) {
    const cells = line.split(/\t+/);
    // A row of ticks ("1 <tab> People who need support get it <tab> √ <tab> √") is its words alone.
    const ticks = cells.some((c) => /^\s*[√✓✔x]\s*$/i.test(c));
    // A figure's cell is short ("% commitments delivered 57.84%"); a sentence with a number in it
    // ("Deliver a Supported Internship programme … for 20 young people …") is a row's text, not a figure.
    const figures = cells.filter((c) => /\d/.test(c) && c.trim().split(/\s+/).length <= 10);
    if (ticks || figures.length >= 2) runs.push(...cells, '');
    // Any other row of a table ("Launch social value measurement tool <tab> Procurement Manager <tab>
    // September 2021") is one line to quote, not part of a run-on sentence.
    // A header row ("Theme <tab> Action <tab> Lead Officer <tab> Timeline") names columns; it answers nothing.
    else if (cells.length > 1 && cells.every((c) => c.trim().split(/\s+/).length <= 2)) runs.push('');
    else if (cells.length > 1) runs.push(line, '');
    // "2. Deliver Our Promise": a numbered item is an item, as a bulleted one is (its number is the list's, not the sentence's).
    // "Commitment to eradicating modern slavery through the supply chain" then "Fair Trade Borough": a line
    // with no closing punctuation and a capital at the very start of the next (a wrapped line starts with
    // a space) are two items of a list, not one sentence.
    // Each field of a form ("Date: 24 October 2022") is one line to quote.
    else if (FORM_FIELD.test(line.trim())) runs.push(line, '');
    else {
      const last = runs[runs.length - 1]!;
      if (/[A-Za-z)]\n$/.test(last) && /^[A-Z]/.test(line) && !/^\d/.test(last.split('\n').at(-2) ?? '')) runs.push('');
      runs[runs.length - 1] += `${line.replace(/^(\s*)\d{1,2}\.\s+(?=[A-Z*])/, '$1- ')}\n`;
    }
  }
  return runs.flatMap((line) => {
    // Bold markers are the text file's mark-up, not the document's words.
    const flat = line.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
    // A table cell may be a bulleted list on one line ("• Programmes that … • Initiatives that …"): each item is its own.
    // A form's question and its answer ("If Key Decision, has 28-day notice been given? Yes") are one.
    return flat.split(/(?<=[.!?])\s+(?=[A-Z(“"'])(?!(?:Yes|No)\.?$)|\s+-\s+|\s+•\s+(?=[A-Z])/).map((s) => s.trim().replace(/^[-*•]\s*/, ''));
  }).filter((s) => /[a-z]{3}/i.test(s));
}

export interface SearchWords {
  stopwords: ReadonlySet<string>;
  synonyms: readonly (readonly string[])[];
  /**
   * `counted`: what "how many …?" counts (group `counted`); `partOf`: "How many of the newcomers who went
   * to the event got into work?" asks how many of a group the question defines did something, so a count
   * of the group itself ("attended by over 200 … newcomers") is not it.
   */
  howMany?: { partOf: RegExp; counted: RegExp; vague?: RegExp };
  /** the words after a name that say what its items are ("… include"), alternatives */
  namesItems?: string;
}

/** A passage's words as quoted to an officer: the list's introduction, then the item. */
export function quotation(p: Pick<Passage, 'quote' | 'lead'>): string {
  return p.lead ? `${p.lead} ${p.quote}` : p.quote;
}

/** A passage labelled as a quote: "Cheshire West and Chester Council Social Value Policy 2021-25, Policy interventions (ii), says: “…”". */
export function saysLine(p: Pick<Passage, 'quote' | 'lead' | 'citation' | 'section'>): string {
  return `${p.citation.replace(/,.*$/, '')}, ${p.section}, says: “${quotation(p)}”`;
}

/**
 * Lines a document repeats word for word that are no sentence and no list item: the running header a
 * published document prints at each page break ("Stockport's Social Value Charter").
 */
function repeatedLines(text: string): Set<string> {
  const seen = new Map<string, number>();
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t && !/[.;:,]$/.test(t) && !/^[-*•]/.test(t)) seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n > 1).map(([t]) => t));
}

const LIST_ITEM = /^\s*[-*•]\s/;

/** A line of a form ("Date: 24 October 2022", "Report author: Corporate Director for Place"): a label and its short value. */
const FORM_FIELD = /^[A-Z][A-Za-z ()]{1,30}: \S.{0,70}$/;

/**
 * A list the document breaks across a page ("…; - Through citizen empowerment, …;", the page's running
 * header, "- Be a living wage employer …") is one passage, so it is quoted to its last item.
 */
function unbrokenLists(paragraphs: readonly string[], furniture: ReadonlySet<string>): string[] {
  const goesOn = (p: string | undefined) => p !== undefined && LIST_ITEM.test(p) && /[;,]$/.test(p);
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const last = out.at(-1);
    if (furniture.has(p.trim()) && goesOn(last) && LIST_ITEM.test(paragraphs[i + 1] ?? '')) continue;
    if (goesOn(last) && LIST_ITEM.test(p) && furniture.has((paragraphs[i - 1] ?? '').trim())) out[out.length - 1] = `${last}\n${p}`;
    // A report's front sheet ("Report to: Executive", "Date: 24 October 2022", "Report author: …") is one
    // passage: each field alone is too short to find, and together they say when it went where and who wrote it.
    else if (last !== undefined && FORM_FIELD.test(p.trim()) && last.split('\n').every((l) => FORM_FIELD.test(l.trim()))) out[out.length - 1] = `${last}\n${p}`;
    else out.push(p);
  }
  return out;
}

export function createPassageIndex(sources: SourceLibrary, vocabulary: SearchWords, names: readonly string[]): PassageIndex {
  const { stopwords } = vocabulary;
  // "the principles of …", "themes include …": after a name, the words that go on to say which they are.
  const itemsAfter = vocabulary.namesItems ? `|(?:${vocabulary.namesItems})` : '';
  // Each stem and the stems that mean the same.
  const alike = new Map<string, Set<string>>();
  const synonymWords = new Map<string, string[]>();
  for (const group of vocabulary.synonyms) {
    const stems = new Set(group.map(stem));
    for (const s of stems) alike.set(s, new Set([...(alike.get(s) ?? []), ...stems]));
    for (const s of stems) synonymWords.set(s, [...new Set([...(synonymWords.get(s) ?? []), ...group])]);
  }
  /** How well a text's words carry a term: 1 for the word, 0.9 for one meaning the same, 0.6 for a longer form of it. */
  const carries = (have: ReadonlySet<string>, term: string): number => {
    const forms = alike.get(term) ?? new Set([term]);
    if (have.has(term)) return 1;
    if ([...forms].some((f) => have.has(f))) return 0.9;
    return [...have].some((h) => h.length >= 5 && term.length >= 5 && (h.startsWith(term) || term.startsWith(h))) ? 0.6 : 0;
  };
  const nameWords = new Set(names.flatMap((n) => words(n)));
  const entries: Entry[] = [];
  for (const doc of sources.documents.values()) {
    const furniture = repeatedLines(doc.text);
    for (const section of doc.sections) {
      for (const text of unbrokenLists(section.paragraphs, furniture)) {
        if (text.replace(/[^a-z]/gi, '').length < 20) continue;
        // A table of measures is not a passage: TOMs questions are answered from the catalogue.
        if (/\bNT\d+/.test(text)) continue;
        entries.push({ id: entries.length, documentId: doc.id, council: doc.council, heading: section.heading, text });
      }
    }
  }
  const mini = new MiniSearch<Entry>({
    fields: ['text', 'heading'],
    storeFields: ['documentId', 'council', 'heading', 'text'],
    searchOptions: { boost: { heading: 2 }, fuzzy: 0.2, prefix: true },
  });
  mini.addAll(entries);
  // Each passage's stems, worked out once: the per-question look-ups below would otherwise stem the
  // whole corpus again for every question.
  const textStems = entries.map((e) => new Set(words(e.text).map(stem)));
  const allStems = entries.map((e, i) => new Set([...textStems[i]!, ...words(e.heading).map(stem)]));
  // A list ("- 133 jobs … retained or hired on contracts") is about what the paragraphs before it in
  // its section say ("43 new contracts have been added to the Social Value Portal … the following
  // benefits:"): their words count towards what the list is about, though the quote is the list's own.
  // A table of figures ("delivered social & local economic value £25,768,467 …") is read the same way
  // ("So far since the portal was launched in 2019:-"). Lists and tables between it and its
  // introduction (one heading, "Social", after another list) are passed over.
  const listOrTable = (text: string) => /^\s*[-*•]/.test(text) || /\t/.test(text);
  const introStems = entries.map((e) => {
    const out = new Set<string>();
    if (!listOrTable(e.text)) return out;
    let taken = 0;
    for (let k = e.id - 1; k >= 0 && k >= e.id - 8 && taken < 2; k--) {
      const before = entries[k]!;
      if (before.documentId !== e.documentId || before.heading !== e.heading) break;
      if (listOrTable(before.text)) continue;
      for (const t of textStems[k]!) out.add(t);
      taken++;
    }
    return out;
  });
  // The sentence that introduces a list: the last sentence of the paragraph before it in its section
  // (lists between them passed over), when it ends as an introduction does ("… are to:").
  const leads = entries.map((e) => {
    if (!listOrTable(e.text)) return undefined;
    for (let k = e.id - 1; k >= 0 && k >= e.id - 8; k--) {
      const before = entries[k]!;
      if (before.documentId !== e.documentId || before.heading !== e.heading) return undefined;
      if (listOrTable(before.text)) continue;
      const last = sentences(before.text).at(-1);
      return last && INTRODUCES.test(last) ? last : undefined;
    }
    return undefined;
  });
  const corpus = new Set(allStems.flatMap((s) => [...s]));
  const usedBy = new Map<string, Set<string>>();
  const used = new Map<string, number>();
  const labels = new Map([...sources.documents.values()].map((d) => [d.id, documentLabel(policyDocument(d))]));
  const citationOf = (entry: Entry) => `${labels.get(entry.documentId)}, ${/^\d/.test(entry.heading) ? `section ${entry.heading}` : entry.heading}`;
  /** The sentences `re` (no g flag) matches, in one council's documents or all. */
  const matching = (re: RegExp, council: string | undefined): Passage[] =>
    entries
      .filter((e) => (council === undefined || e.council === council) && re.test(e.text))
      .flatMap((e) => sentences(e.text).filter((x) => re.test(x)).map((quote) => passageOf(e, quote)));
  /** A passage quoting `quote` from the entry, unranked (score 0). */
  const passageOf = (e: Entry, quote: string): Passage => ({ documentId: e.documentId, council: e.council, citation: citationOf(e), section: e.heading, quote, paragraph: e.text, score: 0 });

  /** The next paragraph of the same section, as one line: the list a sentence introduces. */
  const following = (entry: Entry, glance = 420): string | undefined => {
    const next = entries[entry.id + 1];
    if (!next || next.documentId !== entry.documentId || next.heading !== entry.heading) return undefined;
    // As many of its items as read in a glance.
    const items: string[] = [];
    for (const item of sentences(next.text)) {
      if (items.length > 0 && items.join('; ').length + item.length > glance) break;
      items.push(item.replace(/[.;]$/, ''));
    }
    return items.join('; ');
  };

  /** What "how many … ?" counts: the words after it, up to the verb ("how many people live in …" counts people), and that verb. */
  const countedWith = (question: string, share = false): { counted: string[]; ending: string | undefined } => {
    // "how many of the newcomers …" counts newcomers.
    const after = (share ? SHARE_OF.exec(question)?.[1] : vocabulary.howMany?.counted.exec(question)?.groups?.['counted']) ?? '';
    const counted: string[] = [];
    for (const w of words(after)) {
      if (COUNT_STOP.has(w) && !(counted.length === 0 && COUNTED_BY.has(w))) return { counted, ending: w };
      if (counted.length >= 4) break;
      if (!stopwords.has(w) && !nameWords.has(w)) counted.push(stem(w));
    }
    return { counted, ending: undefined };
  };
  const countedOf = (question: string, share = false): string[] => countedWith(question, share).counted;
  /**
   * What those counted are asked to have done, after the verb that ends them ("how many newcomers got
   * jobs …": jobs); none where they are only asked to be somewhere ("… were at the event").
   */
  const doneOf = (question: string): string[] => {
    const { counted, ending } = countedWith(question);
    if (ending !== undefined && (BEING.has(ending) || AUXILIARY.has(ending))) return [];
    const asked = question.toLowerCase().split(/[?.!;]/)[0]!;
    // "how many of them got jobs": all after the group asked of is what they did.
    const group = counted.length === 0 ? vocabulary.howMany?.partOf.exec(asked) : null;
    const from = ending !== undefined ? asked.search(new RegExp(`\\b${ending}\\b`)) : group ? group.index + group[0].length : -1;
    if (from < 0) return [];
    // The verb that ends what is counted says how, not what ("ended up in work": work).
    const rest = words(asked.slice(from)).slice(ending !== undefined ? 1 : 0, 6);
    return rest.filter((w) => !stopwords.has(w) && !nameWords.has(w) && !GENERIC.has(w) && !EVENT_WORDS.includes(w) && !counted.includes(stem(w))).map(stem).slice(0, 3);
  };
  /**
   * Whether a count asked is of those at an event, so its attendance answers it: "how many came to the
   * event?", "how many were at it?"; not "how many newcomers got jobs through the event?".
   */
  const asksAttendance = (question: string): boolean => {
    const asked = new Set(words(question).map(stem));
    if (EVENT_ASKED.some((w) => asked.has(stem(w)))) return true;
    const { ending } = countedWith(question);
    return EVENT_WORDS.some((w) => asked.has(stem(w))) && (ending === undefined || BEING.has(ending));
  };
  const countTokens = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").match(/[£a-z0-9][a-z0-9,.'&%-]*/g) ?? [];
  const plain = (w: string) => stem(w.replace(/[,.]+$/, ''));
  // A percentage, an amount of money or an ordinal is not a count ("all contracts over £50k", "3rd party contracts").
  // A year ("In August 2021 …") is a date, not a count.
  // "two training sessions a month": a number in words counts too.
  const isCount = (t: string, next: string | undefined) => (/^\d[\d,.]*$/.test(t) && !YEAR.test(t) && next !== '%') || NUMBER_WORDS.has(t);
  /**
   * "4 Stockport Council employees who are Level 4 CIPS qualified" counts some of them: a count
   * narrowed by words the question did not use is not the count asked for.
   */
  const narrower = (tokens: readonly string[], at: number, asked: ReadonlySet<string>, number?: number, attendance = false): boolean => {
    // "attended by over 200 Hong Kong newcomers" counts those at an event, not how many there are.
    if (number !== undefined) {
      const event = tokens.slice(Math.max(0, number - 3), number).find((w) => EVENT_COUNT.has(w));
      if (event && !asked.has(plain(event)) && !attendance) return true;
    }
    if (!/^(who|that|which)$/.test(tokens[at + 1] ?? '')) return false;
    const qualifier = tokens.slice(at + 2, at + 7).filter((w) => /^[a-z]/.test(w) && !stopwords.has(w)).map(plain);
    return qualifier.length > 0 && !qualifier.some((w) => asked.has(w));
  };
  /**
   * "An apprentice will be employed each year of the contract": one of what is counted for each year
   * (month, term …) is a count, a rate, though it has no number.
   */
  const oneEach = (text: string, counted: string): { one: string; period: string } | undefined => {
    for (const clause of text.split(/[;:\n]|[.!?](?=\s|$)/)) {
      const typed = countTokens(clause);
      const ts = typed.map(plain);
      for (const [i, t] of ts.entries()) {
        if (!ONE.has(t)) continue;
        const at = [i + 1, i + 2].find((k) => ts[k] !== undefined && carries(new Set([ts[k]!]), counted) > 0);
        const per = ts.slice(i + 2, i + 16).findIndex((w, k) => PER.has(w) && PERIODS.has(ts[i + 3 + k] ?? ''));
        if (at !== undefined && per >= 0) return { one: typed[at]!.replace(/[,.]+$/, ''), period: ts[i + 3 + per]! };
      }
    }
    return undefined;
  };
  /** "3,082 individuals", "4 Stockport Council employees": the number names what was counted. */
  const namesCount = (sentence: string, counted: readonly string[], asked: ReadonlySet<string>, attendance = false): boolean => {
    const all = countTokens(sentence);
    const kept = [...all.keys()].filter((k) => !nameWords.has(all[k]!) && !GENERIC.has(all[k]!) && !stopwords.has(all[k]!));
    const isCounted = (at: number | undefined) => at !== undefined && counted.some((c) => carries(new Set([plain(all[at]!)]), c) > 0);
    // The thing counted right after the number, or after one word more ("53 new jobs"); but "508 weeks of
    // apprenticeships" counts weeks, not apprentices.
    return kept.some((k, n) =>
      isCount(all[k]!, all[k + 1]) &&
      [kept[n + 1], kept[n + 2]].some((next, j) => next !== undefined && isCounted(next) && !narrower(all, next, asked, k, attendance) && (j === 0 || isCounted(kept[n + 1]) || !all.slice(k + 1, next).includes('of'))),
    );
  };

  /** How rare a term's stem is in the documents: 0.5 for three passages or fewer, 0.25 for up to six. */
  const df = new Map<string, number>();
  for (const stems of textStems) for (const t of stems) df.set(t, (df.get(t) ?? 0) + 1);
  const rarity = (t: string) => {
    const n = df.get(t) ?? 0;
    return n === 0 ? 0 : n <= 3 ? 0.5 : n <= 6 ? 0.25 : 0;
  };

  // "stockports" (the possessive typed without its apostrophe) is the name too.
  const isKeyWord = (w: string) => w.length >= 3 && !stopwords.has(w) && !GENERIC.has(w) && !nameWords.has(w) && !nameWords.has(w.replace(/s$/, '')) && !/^\d/.test(w);
  // Every sentence's stems, worked out when first needed: "the only council whose documents say …"
  // must hold for all of the documents, not the best few passages.
  let sentenceStems: { council: string; stems: Set<string> }[] | undefined;
  const allSentences = () =>
    (sentenceStems ??= entries.flatMap((e) => sentences(e.text).map((x) => ({ council: e.council, stems: new Set(words(x).map(stem)) }))));
  // The documents' words as written, for a term's ordinary form ("STAR", "action plan").
  const corpusText = entries.map((e) => `${e.heading}\n${e.text}`).join('\n');
  const formsSeen = new Map<string, Map<string, number>>();
  /** These words in a row, apart or hyphenated, as whole words. */
  const inARow = (parts: readonly string[], flags: string) => new RegExp(`(?<![A-Za-z])${parts.map(escapeRegExp).join('[- ]')}(?![A-Za-z])`, flags);
  /** How the documents write these words in a row (apart or hyphenated), each way with how often. */
  const formsOf = (parts: readonly string[]): Map<string, number> => {
    const key = parts.join(' ');
    let forms = formsSeen.get(key);
    if (!forms) {
      forms = new Map();
      const re = inARow(parts, 'gi');
      for (const m of corpusText.matchAll(re)) forms.set(m[0], (forms.get(m[0]) ?? 0) + 1);
      formsSeen.set(key, forms);
    }
    return forms;
  };
  const commonest = (forms: Map<string, number>) => [...forms].sort((a, b) => b[1] - a[1])[0]?.[0];
  /**
   * The question's key words as typed, in the form the documents write them; words typed next to each
   * other that the documents also write together are one term ("real living wage action-plan":
   * "Real Living Wage action plan").
   */
  const termsTyped = (question: string): { form: string; typed: string[] }[] => {
    const typedWords = tokens(question);
    const out: { form: string; typed: string[] }[] = [];
    for (let i = 0; i < typedWords.length; i++) {
      if (!isKeyWord(typedWords[i]!)) continue;
      const typed = [typedWords[i]!];
      let parts = typedWords[i]!.split('-');
      while (i + 1 < typedWords.length && isKeyWord(typedWords[i + 1]!) && formsOf([...parts, ...typedWords[i + 1]!.split('-')]).size > 0) {
        typed.push(typedWords[++i]!);
        parts = [...parts, ...typedWords[i]!.split('-')];
      }
      const form = commonest(formsOf(parts)) ?? (parts.length > 1 ? commonest(formsOf([parts.join('')])) : undefined) ?? typed.join(' ');
      if (!out.some((t) => t.form.toLowerCase() === form.toLowerCase())) out.push({ form, typed });
    }
    return out;
  };

  /**
   * "what's One Stockport?": a common word the documents write, capitalised, before a council's name in
   * the middle of a sentence, at least twice, is part of a name there; typed before that name, it is the
   * name's one key word (else "what's one stockport" asks nothing).
   */
  const boundPairs = new Map<string, number>();
  for (const m of corpusText.matchAll(/(?<=[a-z,] )([A-Z][a-z]+) ([A-Z][a-z]+)\b/g)) {
    const [a, b] = [m[1]!.toLowerCase(), m[2]!.toLowerCase()];
    if (stopwords.has(a) && nameWords.has(b)) boundPairs.set(`${a} ${b}`, (boundPairs.get(`${a} ${b}`) ?? 0) + 1);
  }
  const boundTyped = (question: string): string[][] => {
    const typed = tokens(question);
    return typed.slice(1).flatMap((w, i) => ((boundPairs.get(`${typed[i]} ${w}`) ?? 0) >= 2 ? [[typed[i]!, w]] : []));
  };
  const keyTerms = (question: string) => [...new Set([...words(question).filter(isKeyWord), ...boundTyped(question).map(([a]) => a!)])];
  /**
   * "whats the round table thing people keep mentioning": two key words typed together that the
   * documents write together only a few times name the thing asked about, whatever else is said around
   * them; a passage that carries the name answers though it shares none of the officer's other words.
   */
  const rarePhrases = (question: string): RegExp[] => {
    const typed = tokens(question);
    const bound = boundTyped(question).map((pair) => inARow(pair, 'i'));
    return [...bound, ...typed.slice(1).flatMap((w, i) => {
      const pair = [typed[i]!, w];
      if (!pair.every(isKeyWord)) return [];
      const seen = [...formsOf(pair).values()].reduce((a, b) => a + b, 0);
      return seen > 0 && seen <= RARE_PHRASE ? [inARow(pair, 'i')] : [];
    })];
  };
  const namesRare = (question: string) => {
    const phrases = rarePhrases(question);
    return (text: string) => phrases.some((re) => re.test(text));
  };

  /** Whether some number of a text's words counts what was asked (`part`: only "12 of …"). */
  const countIn = (tokens: readonly string[], counted: readonly string[], asked: ReadonlySet<string>, part: boolean, unit: string | undefined, attendance: boolean): boolean =>
    tokens.some((t, i) => {
      if (part && tokens[i + 1] !== 'of') return false;
      // "1980 low or no emission staff vehicles": a year-like number right before what is counted is a count.
      const yearCount = YEAR.test(t) && counted.some((c) => carries(new Set([plain(tokens[i + 1] ?? '')]), c) > 0);
      if (!isCount(t, tokens[i + 1]) && !yearCount) return false;
      // A number in words is a count of what follows it: "two training sessions" counts sessions, not weeks of training.
      if (NUMBER_WORDS.has(t)) return tokens.slice(i + 1, i + 4).some((w) => carries(new Set([plain(w)]), counted[counted.length - 1]!) > 0);
      // "how many volunteering days": a count in another unit ("687 volunteer hours") is not it.
      if (unit && !tokens.slice(i + 1, i + 4).some((w) => plain(w) === unit)) return false;
      const from = Math.max(0, i - 3);
      const at = [...tokens.slice(from, i + 5).keys()].map((k) => k + from).find((k) => k !== i && counted.some((c) => carries(new Set([plain(tokens[k]!)]), c) > 0));
      return at !== undefined && !narrower(tokens, at, asked, i, attendance);
    });

  return {
    inSection: (documentId, heading) =>
      entries.filter((e) => e.documentId === documentId && e.heading === heading).map((e) => passageOf(e, e.text.replace(/\s+/g, ' ').trim())),
    // "53%" is not "0.53%" or "153%", nor "53 %" written apart from its sign.
    withFigure: (figure, council) => matching(new RegExp(`(?<![\\d.,£])${escapeRegExp(figure.replace(/\s+/g, ''))}(?![\\d]|\\.\\d)`, 'i'), council),
    sentencesMatching: (re, council) => matching(re, council),
    keyTerms,
    namesRare,
    namesThing: (question) => rarePhrases(question).length > 0,
    // A word the documents use, or one meaning the same ("keep" for "retained").
    knownTerms: (question) => keyTerms(question).filter((t) => [...(alike.get(stem(t)) ?? [stem(t)])].some((f) => corpus.has(f))),
    counts: (question, text, share = false) => {
      const counted = countedOf(question, share);
      // Of a part of a group, only a number said of the group counts it ("12 of the newcomers").
      const part = vocabulary.howMany?.partOf.test(question) === true;
      // "How many of them got jobs?": nothing named to count; a part of the group asked before is "12 of …".
      if (counted.length === 0) return part && !share ? /\d[\d,]*\s+of\b/i.test(text) : /\d/.test(text);
      const asked = new Set(words(question).map(stem));
      const tokens = countTokens(text);
      // A share is said of its whole in the same clause: "Spend being retained … is 76.4%", "57.84% of commitments delivered".
      if (share) {
        return text
          .split(/[;:()\n]|,\s|[.!?](?=\s|$)/)
          .some((clause) => /\d\s?%/.test(clause) && countTokens(clause).some((w) => counted.some((c) => carries(new Set([plain(w)]), c) > 0)));
      }
      if (!part && oneEach(text, counted[counted.length - 1]!)) return true;
      const unit = counted.find((c) => TIME_UNITS.has(c));
      const attendance = asksAttendance(question);
      // "How many newcomers got jobs?": a number of newcomers said in a sentence with nothing of jobs counts them all, not those.
      const done = part ? [] : doneOf(question);
      if (done.length > 0) {
        const saying = sentences(text).filter((s) => countTokens(s).some((w) => done.some((d) => carries(new Set([plain(w)]), d) > 0)));
        return saying.some((s) => countIn(countTokens(s), counted, asked, part, unit, attendance));
      }
      return countIn(tokens, counted, asked, part, unit, attendance);
    },
    countsVaguely: (question, text) => {
      const vague = vocabulary.howMany?.vague;
      // Who is counted: what "how many …" names, else the group a follow-up leans on ("of them" ‖ "hong kong").
      const [own = '', leant = ''] = question.split(ABOUT);
      const counted = countedOf(own);
      const group = counted.length > 0 ? counted : keyTerms(leant).map(stem);
      const done = doneOf(own);
      if (!vague || group.length === 0) return false;
      const says = (ws: readonly string[], terms: readonly string[]) => ws.some((w) => terms.some((a) => carries(new Set([plain(w)]), a) > 0));
      // "helping a number of the Hong Kongers move forward into employment": those counted right after
      // "a number of", and what they did (if asked) a few words on.
      return sentences(text).some((s) => {
        const at = vague.exec(s);
        const after = at ? countTokens(s.slice(at.index + at[0].length)) : [];
        return at !== null && says(after.slice(0, 4), group) && (done.length === 0 || says(after.slice(0, 10), done));
      });
    },
    perPeriod: (question, text) => {
      const counted = countedOf(question);
      return counted.length > 0 ? oneEach(text, counted[counted.length - 1]!) : undefined;
    },
    councilsUsing: (word) => {
      const t = stem(word.toLowerCase());
      // Only the corpus's own words (and their synonyms) are worth a scan, and only they are kept.
      if (!corpus.has(t) && !alike.has(t)) return new Set();
      let by = usedBy.get(t);
      if (!by) {
        by = new Set(entries.filter((_e, i) => carries(allStems[i]!, t) === 1).map((e) => e.council));
        usedBy.set(t, by);
      }
      return new Set(by);
    },
    coversAll: (question, text, min = 2) => {
      const terms = keyTerms(question).map(stem);
      const have = new Set(words(text).map(stem));
      return terms.length >= min && terms.every((t) => carries(have, t) > 0);
    },
    councilsSaying: (question) => {
      const terms = keyTerms(question).map(stem);
      if (terms.length < 2) return new Set();
      return new Set(allSentences().filter((x) => terms.every((t) => carries(x.stems, t) > 0)).map((x) => x.council));
    },
    asWritten: (question, term) => {
      const terms = termsTyped(question);
      if (term === undefined) return terms.map((t) => t.form);
      const from = terms.find((t) => t.typed.some((w) => words(w).includes(term.toLowerCase())));
      return [from?.form ?? term];
    },
    mentions: (word, text) => carries(new Set(words(text).map(stem)), stem(word.toLowerCase())) > 0,
    frequency: (word) => {
      const t = stem(word.toLowerCase());
      if (!corpus.has(t)) return 0;
      let n = used.get(t);
      if (n === undefined) {
        n = textStems.filter((stems) => stems.has(t)).length;
        used.set(t, n);
      }
      return n;
    },
    search(question, council, limit = 2, atLeast) {
      const terms = keyTerms(question);
      if (terms.length === 0) return [];
      // "How many …?", "how much …?": the sentence that gives a number answers it.
      const wantsNumber = /\b(how (many|much|fast|quickly|long|often)|what (percentage|proportion|share|amount|number|%)|number of)\b/i.test(question);
      // "When is it aiming to be net zero by?", "target date": the sentence that gives a year.
      const wantsDate = /^\s*(when|by when|what year|which year)\b|\b(target date|deadline|by when|what date)\b/i.test(question);
      const stems = terms.map(stem);
      // "who else is on it?" after the Round Table: the follow-up's own words say what is asked, the
      // words it leans on (after ABOUT) only where.
      const [own = '', leant] = question.split(ABOUT);
      const ownStems = new Set(keyTerms(own).map(stem));
      const leantOnly = new Set(leant !== undefined && ownStems.size > 0 ? keyTerms(leant).map(stem).filter((t) => !ownStems.has(t)) : []);
      const counted = countedOf(question);
      const asked = new Set(words(question).map(stem));
      const attendance = counted.length > 0 && asksAttendance(question);
      const askedGeneric = new Set(words(own).filter((x) => GENERIC.has(x) && x !== 'social' && x !== 'value').map(stem));
      // "whats the round table …", typed without the apostrophe, asks the same.
      // "sorry newbie q - what's an anchor institution?": after a lead-in and its dash, the same.
      const definition = /^(?:[^?.]{0,30}\s[-–:]\s*)?\s*(what|who)('s|'re|s| is| are)\b/i.test(question);
      /** A sentence (its words, space-padded) that says what the thing asked about is ("… Round Table is a partnership …"). */
      // "Anchor institutions are large public sector organisations …": a plural defined by the kind of thing they are.
      const defining = definition ? terms.filter((t) => !leantOnly.has(stem(t))).map((t) => new RegExp(`\\b${t}s? (?:(?:is|are) (?:a|an|the)|are (?:[a-z]+ ){0,3}(?:organisations|bodies|institutions|groups|networks|partnerships|tools|schemes|programmes|platforms|companies|businesses))\\b`)) : [];
      const definesIt = (lower: string) => defining.some((re) => re.test(lower));
      // "What does the charter commit the council to?": the sentence that introduces the list of them, with the list.
      const asksWhatList = /^\s*what (does|do|did|will|would|[a-z]+ (are|is) (in|there))\b/i.test(question);
      // "What principles does the charter set out?": the sentence that says which ("the principles of
      // Inclusive Growth …", "… themes include:") names them; one that only uses the word does not.
      const which = /^\s*(?:what|which)\s+([a-z][a-z-]+)/i.exec(question)?.[1]?.toLowerCase();
      const namesWhich = which && terms.includes(which) ? new RegExp(`\\b${escapeRegExp(which)} (?:of${itemsAfter})\\b|\\b${escapeRegExp(which)}:`) : undefined;
      // Pairs of the question's words as typed, at least one of them a key term.
      const typed = words(leantOnly.size > 0 ? own : question);
      const pairs = typed.slice(1).map((w, i) => `${typed[i]} ${w}`).filter((p) => p.split(' ').some((w) => terms.includes(w)));
      // Two key terms typed side by side ("local spend") said close together, in either order ("spend
      // has been with local companies"), belong together more than the same words far apart.
      const side = typed.slice(1).flatMap((w, i) => (terms.includes(w) && terms.includes(typed[i]!) ? [[stem(typed[i]!), stem(w)] as const] : []));
      const close = (at: readonly string[]) =>
        side.some(([a, b]) => at.some((x, i) => x === a && at.some((y, j) => y === b && j !== i && Math.abs(j - i) <= NEAR_WORDS)));
      // Most of the question's key terms (all of one or two) must be in the passage itself.
      const needed = atLeast ?? (stems.length <= 2 ? stems.length : Math.ceil(stems.length * 0.6));
      const named = rarePhrases(question);
      // The words meaning the same are searched for too ("wrote": "Report author").
      const query = [...new Set([...terms, ...terms.flatMap((t) => synonymWords.get(stem(t)) ?? [])])];
      const hits = mini.search(query.join(' '), { filter: (r) => council === undefined || r.council === council });
      const out: (Passage & { fit: number; echo: boolean })[] = [];
      for (const hit of hits) {
        const entry = entries[hit.id as number]!;
        const have = allStems[entry.id]!;
        const intro = introStems[entry.id]!;
        const shared = stems.filter((t) => carries(have, t) > 0);
        const introduced = stems.filter((t) => carries(have, t) === 0 && carries(intro, t) > 0);
        // The list's own words must carry two of the terms, or one with two more from its introduction.
        if (shared.length < needed && (shared.length + introduced.length < needed || shared.length + Math.min(introduced.length, 2) < 3) && !(atLeast === undefined && named.some((re) => re.test(entry.text)))) continue;
        // The sentence that carries most of the terms, and the one after it when it carries more.
        const ss = sentences(entry.text);
        const score = (s: string) => {
          const said = words(s);
          const saidStems = said.map(stem);
          const w = new Set(saidStems);
          // A word few passages use ("Spacehive") says more about what was asked than a common one ("lead").
          const rare = shared.reduce((sum, t) => sum + (carries(w, t) > 0 ? rarity(t) * (leantOnly.has(t) ? LEANT : 1) : 0), 0);
          // The officer's words in the order typed ("one stockport borough plan") are the name of something.
          const lower = ` ${said.join(' ')} `;
          const phrases = pairs.filter((p) => lower.includes(` ${p} `)).length;
          // "What is the Round Table?": the sentence that says what it is ("… Round Table is a partnership …").
          const defines = definesIt(lower) ? 0.75 : 0;
          const says = namesWhich?.test(lower) ? 0.75 : 0;
          const hits = shared.reduce((sum, t) => sum + carries(w, t) * (leantOnly.has(t) ? LEANT : 1), 0);
          // "who wrote the Trafford report?": the sentence that also says "report" ("Report author: …"),
          // though such words alone never make a passage an answer.
          const alsoSaid = hits > 0 ? Math.min(2, [...askedGeneric].filter((g) => w.has(g)).length) * 0.25 : 0;
          // Short, to-the-point sentences read better than a run-on list that happens to hold every word.
          const named = counted.length > 0 && namesCount(s, counted, asked, attendance) ? 1.5 : 0;
          const together = hits > 0 && close(saidStems) ? 0.25 : 0;
          return together + hits + alsoSaid + (wantsDate && hits > 0 && /\b(19|20)\d\d\b/.test(s) ? 1.5 : 0) + (wantsNumber && hits > 0 && /\d/.test(s) ? 1.5 : 0) + named + rare + (hits > 0 ? 0.25 * Math.min(phrases, 3) : 0) + defines + says - Math.max(0, s.length - 300) / 300;
        };
        // Each sentence scored once (the comparison used to score the best so far again for every sentence).
        const scores = ss.map(score);
        let best = 0;
        scores.forEach((v, i) => {
          if (v > scores[best]!) best = i;
        });
        let quote = ss[best]!;
        // What the fit is judged on: a list quoted after its introduction is context, not a run-on sentence.
        let judged: string | undefined;
        // "They cleared … 7,500 trees": who "they" are is in the sentence before.
        const before = ss[best - 1];
        // "Since the project started, they have created 53 new jobs": so is who "they" are after an opening phrase.
        if (before && /^(?:[^,]{0,40},\s*)?(they|it|this|these|he|she)\b/i.test(quote) && before.length + quote.length < 420) quote = `${before} ${quote}`;
        // A list answers with each of its items on what was asked, in its own order ("£55k spent in the local
        // supply chains with the VCSE sectors; … £3.9m spent with the local supply chain; £11k spent with
        // local MSMEs"), not with its best item alone.
        const lines = entry.text.split('\n').filter((l) => l.trim());
        const list = lines.length >= 3 && lines.every((l) => /^\s*[-*•]/.test(l)) && ss.length === lines.length;
        // One item that says what was asked is the answer alone: the only item with every word asked ("and
        // with local msmes?": "£11k spent with local MSMEs"), or the only one of those with no word of its own
        // ("£3.9m spent with the local supply chain", not "£55k spent in the local supply chains with the VCSE sectors").
        const ownShared = shared.filter((t) => !leantOnly.has(t));
        // "… incl anything with the VCSE sector" asks for more than one item.
        const several = /\b(?:incl\w*|as well as|plus|along with|together with)\b|\S\s+and\s/i.test(own);
        // Only of a figure asked for, or in a follow-up that asks in no words of its own ("and with local msmes?"):
        // "who are the anchor institutions roundtable?" is not answered by the item "Anchor Institutions Roundtable".
        const fragment = /^\s*(?:and|or|also|plus)\b/i.test(own) && !/\b(?:who|what|which|when|where|why|how)\b/i.test(own) && own.split(/\s+/).length <= 8;
        const asksItem = wantsNumber || fragment;
        // What "who" asks is the words up to a place or occasion ("who provided the venue for the event?":
        // "provided the venue"); the rest only says which list. The item that says most of them, and more
        // than any other item, answers it ("who gave advice on converting qualifications?" is Trafford
        // College's item, not UA92's "gave advice on how to apply to University").
        const whoDid = /(?:^|[-–:,]\s*)who\s+((?:(?!\b(?:for|at|in|during|when)\b)[a-z0-9'-]+\s*)+)/i.exec(own)?.[1];
        const whoTerms = whoDid && !asksItem && list && !several ? keyTerms(whoDid).map(stem).filter((t) => ownShared.includes(t)) : [];
        const told = ss.map((s) => whoTerms.filter((t) => carries(new Set(words(s).map(stem)), t) > 0).length);
        const most = Math.max(0, ...told);
        const whoItem = most >= 2 && told.filter((n) => n === most).length === 1 ? ss.filter((_s, i) => told[i] === most) : [];
        const all = list && !several && asksItem ? ss.filter((s) => ownShared.every((t) => carries(new Set(words(s).map(stem)), t) > 0)) : whoItem;
        // So does a "who" question's item only where it opens with a name the officer did not say ("UA92
        // provided the venue …"), not where it echoes what was asked ("Anchor Institutions Roundtable").
        const opener = whoItem.length === 1 ? /^\s*(?:[-*•]\s*)?([A-Z][A-Za-z0-9]*)/.exec(whoItem[0]!)?.[1] : undefined;
        const carrying = asksItem || (opener !== undefined && isKeyWord(opener.toLowerCase()) && carries(asked, stem(opener.toLowerCase())) === 0) ? all : [];
        const exact = carrying.length === 1 ? carrying : carrying.filter((s) => words(s).filter(isKeyWord).every((x) => carries(asked, stem(x)) > 0));
        const onPoint = exact.length === 1 ? exact : list ? ss.filter((s, i) => i === best || shared.some((t) => carries(new Set(words(s).map(stem)), t) > 0 && !leantOnly.has(t))) : [];
        const items: string[] = [];
        for (const s of onPoint) if (items.join('; ').length + s.length < 700) items.push(s.replace(/[.;]$/, ''));
        if (items.length > 1) quote = items.join('; ');
        else if (exact.length === 1) quote = exact[0]!;
        // A list introduced ("… benefits … which include:") is quoted to its last item where it is short (four items, not three of them).
        const next = items.length > 1 || exact.length === 1 ? undefined : ss[best + 1] ?? (INTRODUCES.test(quote) ? following(entry, INTRODUCED_LIST) : undefined);
        // A sentence that introduces a list ("… which include:") is quoted with what follows it; so is one
        // the paragraph's last sentence goes on from to a list ("The Council has consulted widely …
        // Engagement has included discussions at:"), which says who or what it was.
        const introducesNext = next !== undefined && next === ss[best + 1] && best + 2 === ss.length && INTRODUCES.test(next);
        if (next && (score(next) > 0 || INTRODUCES.test(quote) || introducesNext) && quote.length + next.length < (INTRODUCES.test(quote) ? 700 : 420)) {
          quote = `${quote} ${next}`;
          // The sentence added is the paragraph's last and introduces a list ("The event was supported
          // by … including: -"): the list is what it says, so it is quoted too.
          const list = next === ss[best + 1] && best + 2 === ss.length && INTRODUCES.test(next) ? following(entry, 700) : undefined;
          if (list && quote.length + list.length < 1200) [judged, quote] = [quote, `${quote} ${list}`];
        }
        // "What is Match My Project?": the paragraph that says what it is goes on to say what it does and
        // who uses it ("suppliers will be asked to complete projects through the platform …"), which is
        // the rest of the answer; it is quoted on, the ranking still judged on the defining sentences.
        if (items.length <= 1 && !list && definesIt(` ${words(ss[best]!).join(' ')} `)) {
          let more = quote;
          for (const s of ss.slice(best + 1)) {
            if (more.includes(s)) continue;
            if (more.length + s.length > 1200) break;
            more = `${more} ${s}`;
          }
          if (more !== quote) [judged, quote] = [judged ?? quote, more];
        }
        // One item of a list that tells one example in a few sentences ("Wilmott Dixon have … Since the
        // project started, they have created 53 new jobs … 56% of the project spend with local
        // businesses") is quoted on to its end: who it was, what they did and its figures are one answer.
        // It is still ranked on the sentences that answer.
        const sentencesOn = itemOf(entry.text, ss[best]!);
        const item = sentencesOn?.slice(sentencesOn.findIndex((x) => quote.startsWith(x))).join(' ');
        if (item && item.length > quote.length && item.includes(quote)) [judged, quote] = [judged ?? quote, item];
        // "In order to address this requirement, …": what the requirement is, said in the sentence before;
        // shown, though the passage is still ranked on the sentence that answers.
        if (before && quote === ss[best] && /^[^,]{0,40}\b(this|these|that|such) [a-z]+,/i.test(quote) && before.length + quote.length < 500) [judged, quote] = [judged ?? quote, `${before} ${quote}`];
        out.push({
          documentId: entry.documentId,
          council: entry.council,
          citation: citationOf(entry),
          section: entry.heading,
          quote,
          paragraph: entry.text,
          // "… are to: … Complete year 2 …": the items between them left out, and said to be.
          ...(leads[entry.id] ? { lead: quote.startsWith(ss[0]!) ? leads[entry.id]! : `${leads[entry.id]!} …` } : {}),
          score: hit.score,
          // How well the quote as shown answers: all its sentences count, and a bare list fragment less.
          // A label and its value ("Report author: Corporate Director for Place") is a fact, not a fragment.
          // A quote that only repeats the question's own words ("Anchor Institutions Roundtable", an item
          // of a list of meetings) tells the officer nothing they did not type.
          fit:
            score(judged ?? quote) +
            0.5 * introduced.length +
            // The one item that says what was asked, over the whole list after its introduction.
            (exact.length === 1 ? 0.5 : 0) +
            (asksWhatList && INTRODUCES.test(ss[best]!) && quote.length > ss[best]!.length ? 0.75 : 0) -
            (quote.length < 60 && !/\w: \w/.test(quote) && exact.length !== 1 ? 0.5 : 0) -
            (exact.length !== 1 && words(quote).every((w) => stopwords.has(w) || asked.has(stem(w))) ? 2 : 0),
          // The one item that says what was asked ("An apprentice will be employed each year of the contract") answers, in the question's own words.
          echo: exact.length !== 1 && words(quote).every((w) => stopwords.has(w) || nameWords.has(w) || asked.has(stem(w))),
        });
        if (out.length >= 20) break;
      }
      // The passage whose sentence answers best first; the search's own rank breaks ties.
      return out
        .sort((a, b) => b.fit - a.fit || b.score - a.score)
        // Beside a passage that answers, one that only repeats the question ("Trafford Carers Centre", a sub-heading) adds nothing.
        // Nor does one the passage before already quotes (a list, after its introduction quoted with it), nor
        // one that quotes it again with the rest of its list ("UA92 provided the venue …", then the whole list).
        .filter((p, i, all) => (i === 0 || !p.echo) && !all.slice(0, i).some((b) => b.quote.includes(p.quote) || p.quote.includes(b.quote)))
        .slice(0, limit)
        .map(({ fit: _fit, echo: _echo, ...p }) => p);
    },
  };
}
