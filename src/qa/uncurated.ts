/**
 * A question that names no subject the packs curate, no value and no figure asked for: a council's
 * overview, what its documents say, the TOMs measures on it, or the pointer when nothing does.
 */
import type { Carried } from '../understand/context.js';
import type { Question } from '../understand/question.js';
import { inCouncilWords } from './councilWording.js';
import { finish } from './finish.js';
import { offTopic } from './pointer.js';
import type { PolicyPack } from '../policy/schema.js';
import type { Answer } from './answer.js';
import { compareSubject } from './compare.js';
import { askedSentence, quoted, searchDocuments, searchText, type Answered } from './search.js';
import { askedAs, gives, wantedFigure } from './figureAsked.js';
import { notGiven } from './topics.js';
import type { Shelf } from './shelf.js';
import { measuresFor } from './toms.js';
import { askWhichCouncil, councilsWithDocumentNamed, onlyCouncilFor, ownWords, rareNameFor, writtenAsName } from './whichCouncil.js';
import { overview } from './weighting.js';

/** Words that, beside a council's name, ask for its overview ("what does Stockport say"). */
const OVERVIEW_WORDS = new Set(
  ('a about an and anything are at can contract contracts council councils did do document documents does everything for give guidance hello hey hi i in ' +
    'info information is know me my of on our overview please policies policy position procurement rules s say says show social ' +
    'charter have has statement ' +
    'summary sv tell the there to us value we what whats you your').split(' '),
);

/** Nothing in the message but council names and words that ask what its documents say. */
function asksForOverview(shelf: Shelf, text: string): boolean {
  const words = text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z&]+/g) ?? [];
  return words.every((w) => shelf.councilWords.has(w) || OVERVIEW_WORDS.has(w));
}

/** `id`, `why`: the council the question is taken to be about, if any, and why. */
export function uncuratedAnswer(shelf: Shelf, q: Question, carried: Carried, id: string | undefined, why: string | undefined): Answered {
  // "is there a dedicated SV officer there yet?", "what do they say about it?": the council in play is
  // pointed at, and is asked as if named, whichever council's documents use the words.
  if (q.councils.length === 0 && id !== undefined && q.asksOfThem) return uncuratedAnswer(shelf, { ...q, councils: [id] }, carried, id, why);
  const passages = shelf.passages;
  const named = q.councils[0];
  // No council named, set or in play: which council is asked where the answer is each council's own: of
  // a kind of contract ("do works contracts need social value too?": each council's rules say which they
  // cover), of a document each council has its own of ("the charter"), or where more than one council's
  // documents say what was asked.
  const ownDocument = q.category !== undefined || councilsWithDocumentNamed(shelf, q.text).size > 1;
  const saying = passages.councilsSaying(searchText(q));
  if (!named && id === undefined && (ownDocument || saying.size > 1)) {
    // "whats community wealth building?": what each council's documents say is the answer, with a
    // button to ask it of one; which council is asked first only of its own rules or documents.
    const each = ownDocument ? undefined : eachCouncilSays(shelf, q, saying);
    return { answer: each ? finish(shelf.now(), each, shelf.packs.filter((p) => saying.has(p.council.id)), q, carried) : askWhichCouncil(shelf, q) };
  }
  // "trafford - any case studies?": asked in the words the council's documents use ("examples").
  const council = named ?? id;
  const worded = council ? inCouncilWords(shelf, q.text, council) : q.text;
  if (worded !== q.text) return uncuratedAnswer(shelf, { ...q, text: worded }, carried, id, why);
  // "and stockport?" after a quote carries what was searched for: that, not the overview.
  if (named && !q.about && asksForOverview(shelf, q.text)) return { answer: finish(shelf.now(), overview(shelf.pack(named)), [shelf.pack(named)], q, carried, why), council: named };
  // Asked of a named council, the council's own documents come first ("how many people does CWaC employ?").
  const inNamed = named ? searchDocuments(shelf, q, named, false) : undefined;
  if (inNamed) return inNamed;
  // A passage that names everything asked ("how many trees did George Cox plant?") answers it
  // before measures that share a word with it.
  // "how much do we spend with external providers?" with no council known: the officer's own council,
  // which only they can say, whichever council's documents happen to say it (a name only one council's
  // documents use still says which: "what's our Bee Net Zero thing?").
  const ofOwn = !named && id === undefined && ownWords(q.text);
  const best = !named && !ofOwn ? passages.search(searchText(q), id, 1)[0] : undefined;
  const exact = best && passages.coversAll(searchText(q), best.paragraph) ? searchDocuments(shelf, q, id, false) : undefined;
  if (exact) return exact;
  // "What did Overbury donate in materials?": a name only one council's documents use, and rarely,
  // is asked about there, before any TOMs measure that shares a word with the question.
  const rare = !named ? rareNameFor(shelf, q, id) : undefined;
  const there = rare ? searchDocuments(shelf, { ...q, councils: [rare.id] }, rare.id, false) : undefined;
  if (rare && there) return rare.id === id ? there : { answer: { ...there.answer, context: `From ${shelf.councilName(rare.id)}'s documents, ${rare.why}.` }, council: rare.id };
  // "hw mny trees did hopkins n tarmac plant": no passage says it all, but the names pick theirs.
  const byNames = rare ? ofNames(shelf, q, rare.id) : undefined;
  if (rare && byNames) return { answer: rare.id === id ? byNames : { ...byNames, context: `From ${shelf.councilName(rare.id)}'s documents, ${rare.why}.` }, council: rare.id };
  // Only a subject officers ask TOMs about ("veterans"), not any word that happens to be in a measure;
  // and only where the measures speak to much of what was asked: "is the lower level car park shut this
  // week?" shares "car" with "car miles saved" and nothing else.
  // A measure says what is counted, never how many, when or who: "how many weeks of apprenticeships did we
  // get last year?" asks for a figure the documents report, not the measure's definition.
  const asksFigure = q.asksFor !== undefined || q.asksLatest === true || q.period !== undefined;
  const measures = asksFigure ? undefined : measuresFor(shelf.toms, shelf.tomsSource(), q.text, false);
  const terms = passages.keyTerms(q.text);
  const said = measures ? measures.facts.map((f) => `${f.title} ${f.value}`).join(' ') : '';
  if (measures && terms.filter((t) => passages.mentions(t, said)).length * 2 >= terms.length) return { answer: measures };
  // Not a subject the packs curate: what the documents themselves say, for the council asked about;
  // a council only assumed (carried, the officer's own, the default) gives way to the one council
  // whose documents use the name asked about ("and what's Spacehive?" after a Stockport question).
  const only = !named || carried.council ? onlyCouncilFor(shelf, q) : undefined;
  const inAssumed = only && only.id !== id ? searchDocuments(shelf, q, id, false) : undefined;
  if (only && only.id !== id && !inAssumed) {
    const elsewhere = searchDocuments(shelf, { ...q, councils: [only.id] }, only.id, false);
    if (elsewhere) return { answer: { ...elsewhere.answer, context: `From ${shelf.councilName(only.id)}'s documents, ${only.why}.` }, council: only.id };
  }
  if (ofOwn) return { answer: askWhichCouncil(shelf, q) };
  // "what is STAR procurement?" with no council: a name several councils' documents use is what each says it is.
  const name = !named && id === undefined && (q.asksWhatIs || /^\s*who(?:'s|s| is| are)\b/i.test(q.text)) && terms.length === 1 && writtenAsName(passages.asWritten(searchText(q), terms[0])) ? passages.councilsUsing(terms[0]!) : undefined;
  const each = name && name.size > 1 ? eachCouncilSays(shelf, q, name, 1) : undefined;
  if (each) return { answer: finish(shelf.now(), each, shelf.packs.filter((p) => name!.has(p.council.id)), q, carried) };
  // No council named, set or in play, and more than one council's documents speak to it ("do suppliers
  // give much back to the community?"): which council, not the one whose passage happens to rank first.
  if (!named && id === undefined && !inAssumed && new Set(passages.search(searchText(q), undefined, 3).map((p) => p.council)).size > 1) return { answer: askWhichCouncil(shelf, q) };
  const found = inAssumed ?? searchDocuments(shelf, q, id);
  if (found) return found;
  return { answer: offTopic(shelf), unanswered: true };
}

/**
 * The passage on the names only one council's documents use, and rarely ("Hopkins", "Tarmac"), where no
 * passage says all that was asked of them; a figure asked that it does not give is said not given.
 */
function ofNames(shelf: Shelf, q: Question, council: string): Answer | undefined {
  const passages = shelf.passages;
  const text = searchText(q);
  // Every word asked must be the documents' ("whats the capital of france": "france" is not, whatever "Capital" names).
  const terms = passages.keyTerms(text);
  if (passages.knownTerms(text).length < terms.length) return undefined;
  const names = terms.filter((t) => passages.frequency(t) <= 3 && passages.councilsUsing(t).size === 1 && writtenAsName(passages.asWritten(text, t)));
  if (names.length === 0) return undefined;
  const found = passages.search(names.join(' '), council, 2, names.length).filter((p) => names.every((t) => passages.mentions(t, p.paragraph)));
  if (found.length === 0) return undefined;
  const pack = shelf.pack(council);
  const answer = quoted(shelf, pack, q, found.slice(0, 1));
  const wanted = wantedFigure(shelf, q);
  return wanted && !gives(shelf, wanted, q, found[0]!.quote, true) ? notGiven(pack, askedAs(shelf, wanted, q), '', answer) : answer;
}

/** Each council's sentence that carries what was asked, side by side; undefined when a council's best passage does not. */
function eachCouncilSays(shelf: Shelf, q: Question, saying: ReadonlySet<string>, least = 2): Answer | undefined {
  const text = searchText(q);
  const packs = shelf.packs.filter((p) => saying.has(p.council.id));
  // Each council's searched once: the check that every one says it and the comparison share it.
  const quotes = new Map(
    packs.map((pack) => {
      const found = shelf.passages.search(text, pack.council.id, 5).find((p) => shelf.passages.coversAll(text, p.quote, least));
      return [pack.council.id, found && askedSentence(shelf, q.text, found)] as const;
    }),
  );
  if ([...quotes.values()].some((p) => !p)) return undefined;
  const answer = compareSubject(packs, undefined, (pack: PolicyPack) => quotes.get(pack.council.id));
  return answer && { ...answer, suggestions: askWhichCouncil(shelf, q).suggestions.filter((s) => packs.some((p) => p.council.shortName === s.title)) };
}
