/**
 * Which council a question is about: the one named, carried, the officer's own or the default; else the
 * one council whose documents use the name or say everything asked. And the replies about councils
 * themselves: "Did you mean Stockport?", a council not covered, "Which council?", "your council is …".
 */
import { documentLabel } from '../policy/citations.js';
import type { PolicyPack, WeightingRule } from '../policy/schema.js';
import type { Carried, QaContext } from '../understand/context.js';
import type { Question } from '../understand/question.js';
import { notice, type Answer, type Suggestion } from './answer.js';
import { THRESHOLD_WORDS, gives, notGivenEntry, wantedFigure } from './figureAsked.js';
import { listNames } from '../text/lists.js';
import { searchText } from './search.js';
import { escapeRegExp } from '../text/regex.js';
import type { Passage } from './passages.js';
import type { Shelf } from './shelf.js';

export interface AskContext {
  /** the council the user chose ("my council is Trafford") */
  userCouncil?: string;
  /** the configured default (DEFAULT_COUNCIL) */
  defaultCouncil?: string;
  /** this conversation's last question */
  previous?: QaContext;
}

/** A council a question is taken to be about, and why (for the answer's context line). */
export interface CouncilFound {
  id: string;
  why: string;
}

/** The council a question is about, and how the answer should say why. */
export function resolveCouncil(shelf: Shelf, q: Question, ctx: AskContext, carried: Carried): { id?: string; why?: string } {
  if (q.councils[0]) return { id: q.councils[0], ...(carried.council ? { why: 'carried' } : {}) };
  if (ctx.userCouncil) return { id: ctx.userCouncil, why: 'your council' };
  // A conversation about Trafford stays about Trafford: a new subject asked with no council named
  // ("ok different thing – when do carbon plans become mandatory?") is asked of the council just
  // answered for, before the default (the officer's own council, once set, comes first).
  const conversation = conversationCouncil(q, ctx);
  if (conversation) return { id: conversation, why: 'as before' };
  if (ctx.defaultCouncil) return { id: ctx.defaultCouncil, why: 'the default council here: say "my council is …" to change it' };
  return onlyCouncilFor(shelf, q) ?? {};
}

/**
 * The council the conversation's last answer was for, when this question names none and the officer
 * has set no council of their own; not the default (that says why itself), nor one the documents
 * chose unless the question asks of "they". A misspelt or uncovered name is a council named; a comparison was answered for no one council.
 * A question that says it is a new one ("different one. £18k …") is the default council's, where there is one.
 */
export function conversationCouncil(q: Pick<Question, 'councils' | 'mention' | 'asksOfThem' | 'startsAfresh'>, ctx: AskContext): string | undefined {
  const last = ctx.previous?.council;
  // "why do they need a dedicated SV coordinator …?" after the Trafford examples the documents chose:
  // "they" are those just answered about, so their council stays.
  if (!last || (ctx.previous?.chosen && !q.asksOfThem) || ctx.userCouncil || q.councils.length > 0 || q.mention.misspelt || q.mention.uncovered) return undefined;
  if (q.startsAfresh && ctx.defaultCouncil) return undefined;
  return last === ctx.defaultCouncil ? undefined : last;
}

/** A pack's weighting rule in force that sets `figure` as its minimum, standard or target. */
export function weightingRuleWith(pack: PolicyPack, figure: number): WeightingRule | undefined {
  return pack.rules.find((r): r is WeightingRule => r.kind === 'weighting' && r.status !== 'proposed' && [r.min, r.target, r.standard].includes(figure));
}

/**
 * The council a message means by its own words, whatever council the conversation was on: "our 15%",
 * "our charter" (the officer's own: theirs once set, else the default); "does the 15% apply?", "those 5%
 * and 10% figures" (the one council whose weightings they are). Not for a council named, nor "what about
 * us?" (the router asks that of the own council beside the one in play), nor a figure asked of "them".
 */
export function councilMeant(shelf: Shelf, q: Question, ctx: AskContext): string | undefined {
  if (q.councils.length > 0 || q.mention.misspelt || q.mention.uncovered || q.ownCouncil) return undefined;
  const own = ctx.userCouncil ?? ctx.defaultCouncil;
  if (q.saysOwnCouncil && own) return own;
  if (!q.figuresReferred || q.asksOfThem) return undefined;
  const owners = q.figuresReferred.map((figure) => shelf.packs.filter((p) => weightingRuleWith(p, figure) !== undefined));
  const first = owners[0]?.[0];
  return first && owners.every((o) => o.length === 1 && o[0] === first) ? first.council.id : undefined;
}

/** A question as read with what it carried (context.ts withContext), put on the council it means where that is another. */
export function onCouncilMeant(shelf: Shelf, q: Question, ctx: AskContext, read: { question: Question; carried: Carried }): { question: Question; carried: Carried } {
  const meant = councilMeant(shelf, q, ctx);
  if (!meant || resolveCouncil(shelf, read.question, ctx, read.carried).id === meant) return read;
  // Not the councils compared before, nor the council carried: the one meant.
  const { council: _council, compared, ...carried } = read.carried;
  const subjects = compared && !q.subjects.includes('compare') ? read.question.subjects.filter((s) => s !== 'compare') : read.question.subjects;
  return { question: { ...read.question, councils: [meant], subjects }, carried };
}

/** "What is Bee Net Zero?": a name only one council's documents use says which council is meant. */
export function onlyCouncilFor(shelf: Shelf, q: Question): CouncilFound | undefined {
  if (q.money !== undefined || q.range !== undefined || councilsWithDocumentNamed(shelf, q.text).size > 1) return undefined;
  // "Do we need social value in construction contracts?": every council's rules answer what applies to a
  // kind of contract, whichever council's documents happen to use a word of it.
  if (q.category !== undefined || q.subjects.some((s) => s === 'weighting' || s === 'threshold' || s === 'requirements')) return undefined;
  const passages = shelf.passages;
  // "is Match My Project live yet?": the name is what is asked about; "live yet" only asks whether it has happened.
  const asking = notGivenEntry(shelf.vocabulary, q)?.asking ?? wantedFigure(shelf, q)?.asking;
  const stripped = asking ? q.text.replace(asking, ' ') : q.text;
  const text = searchText(asking && passages.keyTerms(stripped).length > 0 ? { ...q, text: stripped } : q);
  const terms = passages.keyTerms(text);
  const own = terms.map((t) => ({ t, by: passages.councilsUsing(t) })).find((x) => x.by.size === 1 && !shelf.isSubjectWord(x.t) && writtenAsName(passages.asWritten(text, x.t)));
  const council = own ? [...own.by][0]! : undefined;
  const best = council ? passages.search(text, council, 1)[0] : undefined;
  if (!own || !council || !best || !passages.coversAll(text, best.paragraph, 1)) return undefined;
  return { id: council, why: `the only council whose documents mention ${quotedTerms(passages.asWritten(text, own.t))}` };
}

/**
 * Whether the documents write a term as a name ("Bee Net Zero", "UA92", "Spacehive"), not as an ordinary
 * word ("back", of "53p back in social value"): an ordinary word one council's documents happen to use
 * says nothing of which council the officer means, though a name only one council's documents use does.
 */
export function writtenAsName(forms: readonly string[]): boolean {
  return forms.length > 0 && forms.every((f) => /^[A-Z]|[A-Z]{2}|\d/.test(f));
}

/** A word of the question that only one council's documents use, in three passages at most: a name ("Overbury", "Ellesmere"). */
export function rareNameFor(shelf: Shelf, q: Question, assumed?: string): CouncilFound | undefined {
  if (councilsWithDocumentNamed(shelf, q.text).size > 1) return undefined;
  const passages = shelf.passages;
  for (const t of passages.keyTerms(searchText(q))) {
    if (shelf.isSubjectWord(t) || passages.frequency(t) > 3) continue;
    const by = passages.councilsUsing(t);
    // An ordinary word ("study", "back") finds its passage in the council already assumed, but takes the
    // question to no other council.
    if (by.size === 1 && !by.has(assumed ?? '') && !writtenAsName(passages.asWritten(searchText(q), t))) continue;
    if (by.size === 1) return { id: [...by][0]!, why: `the only council whose documents mention ${quotedTerms(passages.asWritten(searchText(q), t))}` };
  }
  return undefined;
}

/** Each council's document titles as words, worked out once per shelf: every question asks of them. */
const titleWords = new WeakMap<Shelf, { council: string; words: Set<string> }[]>();

function documentTitles(shelf: Shelf): { council: string; words: Set<string> }[] {
  let titles = titleWords.get(shelf);
  if (!titles) {
    const words = (t: string) => new Set(t.toLowerCase().match(/[a-z]{4,}/g) ?? []);
    titles = shelf.packs.flatMap((p) => p.documents.map((d) => ({ council: p.council.id, words: words(documentLabel(d)) })));
    titleWords.set(shelf, titles);
  }
  return titles;
}

/**
 * The councils whose own documents the message names by a word of their titles ("the social value
 * charter": Stockport's Charter and Trafford's): each council has its own, so which is meant is not
 * told by the words the rest of the question shares with one of them.
 */
export function councilsWithDocumentNamed(shelf: Shelf, text: string): Set<string> {
  const titles = documentTitles(shelf);
  const inTitles = (w: string) => titles.some((t) => t.words.has(w));
  // The word names a document where what comes before it does ("the charter", "our sv charter",
  // "stockport's charter"), not where it ends another name ("the GM Good Employment Charter").
  const typed = text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z&']+/g) ?? [];
  const naming = (w: string, i: number) => {
    const before = typed[i - 1]?.replace(/'s?$/, '');
    return before === undefined || inTitles(before) || shelf.councilWords.has(before) || shelf.vocabulary.stopwords.has(before);
  };
  const asked = new Set(typed.flatMap((w, i) => (w.length >= 4 && naming(w, i) ? [w] : [])));
  const telling = [...asked].filter((w) => !shelf.councilWords.has(w) && inTitles(w) && !titles.every((t) => t.words.has(w)));
  return new Set(titles.filter((t) => telling.some((w) => t.words.has(w))).map((t) => t.council));
}

/** "our", "my", "we", "us": the message speaks of the officer's own council, whichever that is. */
export function ownWords(text: string): boolean {
  return /\b(our|my|we|us)\b/i.test(text);
}

/** The documents' sentences that write `words` word for word ("5 STAR Measures"), every council's. */
export function sentencesWriting(shelf: Shelf, words: string): Passage[] {
  return shelf.passages.sentencesMatching(new RegExp(`\\b${escapeRegExp(words)}\\b`, 'i'));
}

/** "what are the 5 STAR measures?": the one council whose documents write the thing asked word for word, when only one does. */
export function onlyCouncilWriting(shelf: Shelf, q: Question): CouncilFound | undefined {
  const words = notGivenEntry(shelf.vocabulary, q)?.writes;
  if (!words) return undefined;
  const by = new Set(sentencesWriting(shelf, words).map((p) => p.council));
  return by.size === 1 ? { id: [...by][0]!, why: `the only council whose documents mention ${quotedTerms([words])}` } : undefined;
}

/** The one council whose documents have a sentence that carries every key term asked (two at least), when only one has. */
export function onlyCouncilSaying(shelf: Shelf, q: Question): CouncilFound | undefined {
  if (q.money !== undefined || q.range !== undefined || q.bound !== undefined || q.proposedWeighting !== undefined) return undefined;
  // "When is the social value charter due for a refresh?": Trafford has a charter too, though only
  // Stockport's documents say "due" and "refresh" together.
  if (councilsWithDocumentNamed(shelf, q.text).size > 1) return undefined;
  if (q.subjects.some((s) => s === 'weighting' || s === 'threshold' || s === 'requirements' || s === 'compare')) return undefined;
  const passages = shelf.passages;
  // "our maturity index" is the officer's own council; a subject alone ("who chairs the steering
  // group?") may be any council's. Two words of its own beside the subject name something.
  if (ownWords(q.text) || passages.keyTerms(q.otherWords.join(' ')).length < 2) return undefined;
  // "When did STAR start using the Portal?": "when … start" asks for a date; the rest is what is asked about.
  const wanted = wantedFigure(shelf, q);
  const stripped = wanted?.asking ? q.text.replace(wanted.asking, ' ') : q.text;
  const text = searchText(passages.keyTerms(stripped).length >= 2 ? { ...q, text: stripped } : q);
  const terms = passages.keyTerms(text);
  if (terms.length < 2) return undefined;
  const covering = passages.search(text, undefined, 20).filter((p) => passages.coversAll(text, p.quote));
  // Of the councils whose documents say it, the one whose documents also give the figure asked for.
  const giving = wanted ? covering.filter((p) => gives(shelf, wanted, q, p.quote.replace(THRESHOLD_WORDS, ' '), true)) : [];
  const by = new Set((giving.length > 0 ? giving : covering).map((p) => p.council));
  if (by.size !== 1) return undefined;
  const id = [...by][0]!;
  // Said only where it is so of all the documents: another council's sentence may carry every term
  // though the search ranked it lower, or say it without the figure asked for.
  const saying = passages.councilsSaying(text);
  const named = quotedTerms(passages.asWritten(text));
  const joined = passages.asWritten(text).length > 1 ? ' together' : '';
  if (saying.size === 1 && saying.has(id)) return { id, why: `the only council whose documents mention ${named}${joined}` };
  if (giving.length > 0 && wanted) return { id, why: `the only council whose documents ${/^how\b/.test(wanted.about) ? 'say' : 'give'} ${wanted.about} for ${named}` };
  return undefined;
}

/** “STAR”, “invested” and “Portal”: each term once, quoted. */
function quotedTerms(terms: readonly string[]): string {
  return listNames(terms.map((t) => `“${t}”`));
}

export function notCovered(shelf: Shelf, name: string): Answer {
  return notice(
    'Council not covered',
    `${name} is not covered: I hold policy documents for ${shelf.knownCouncils()} only. Say, for example, "my council is ${shelf.packs[0]?.council.shortName ?? '…'}".`,
  );
}

/** "Did you mean Stockport?", with a button that asks the question again for it. */
export function didYouMean(shelf: Shelf, q: Question, typed: string, id: string): Answer {
  const name = shelf.councilName(id);
  // The one line an officer sees in a notification is the offer itself, not a refusal.
  return notice(
    `Did you mean ${name}?`,
    `"${typed}" looks like ${name}: tap "Yes, ${name}" for the answer for ${name}. I cover ${shelf.knownCouncils()}.`,
    [{ title: `Yes, ${name}`, ask: askFor(q, name, typed) }],
  );
}

/** "Which council is mine?": the one set, else how to set one. */
export function yourCouncil(shelf: Shelf, ctx: AskContext): Answer {
  if (ctx.userCouncil) return notice('Your council', `Your council is set to ${shelf.councilName(ctx.userCouncil)}. Say "my council is …" to change it.`);
  const fallback = ctx.defaultCouncil ? ` Until you do, I answer for ${shelf.councilName(ctx.defaultCouncil)}, the default here.` : '';
  return notice('Your council', `You haven't set a council. Say "my council is …" with ${shelf.knownCouncils('or')}.${fallback}`);
}

/** No council named, set or implied: ask which, with a button per council that asks the question for it. */
export function askWhichCouncil(shelf: Shelf, q: Question): Answer {
  return notice(
    'Which council?',
    `Which council is this for? I cover ${shelf.knownCouncils()}: choose one, or say "my council is …" and I'll remember.`,
    shelf.packs.map((p): Suggestion => ({ title: p.council.shortName, ask: askFor(q, p.council.shortName) })),
  );
}

/** The question again, for another council: a button's question. */
function askFor(q: Question, name: string, replacing?: string): string {
  const text = q.text.replace(/[\s?!.]+$/, '');
  if (replacing) return `${text.replace(replacing, name)}?`;
  return `${text} in ${name}?`;
}
