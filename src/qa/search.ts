/**
 * Questions the packs do not curate, answered from the councils' documents: the passages that share
 * what was asked, quoted with document and section; and where a figure was asked for and neither the
 * curated answer nor any passage gives it, "the documents do not give that", with what they do say.
 */
import type { PolicyPack, TopicId, TopicPart } from '../policy/schema.js';
import { formatPounds } from '../text/money.js';
import { sentencesOf } from '../sources/links.js';
import { escapeRegExp } from '../text/regex.js';
import { askingPart, clausesOf, groupOf, withoutBackground, withoutFreshStart, type Question, type Subject } from '../understand/question.js';
import type { Vocabulary } from '../understand/vocabulary.js';
import { termGiven } from '../understand/contractValue.js';
import { answerAsText, asPart, type Answer } from './answer.js';
import { askedAs, figuresFor, gives, notGivenEntry, wantedFigure, wantedFigures, withoutAsking, type FigureAsked } from './figureAsked.js';
import { namedDocuments } from './currency.js';
import { finish } from './finish.js';
import { notOutright } from './guarantee.js';
import { ABOUT, type Passage } from './passages.js';
import { topicName } from './phrases.js';
import type { Shelf } from './shelf.js';
import { coveredElsewhere, givenElsewhere, hasWord, namesListLed, notGiven, notSaid, passageAnswer, topic, topicListing } from './topics.js';

/** An answer and the council it is for, when there is one. */
export interface Answered {
  answer: Answer;
  council?: string;
  /** nothing in the documents or the packs answered it: the answer is the pointer to what the bot can do */
  unanswered?: true;
}

/** The question's words for a search of the documents, with what a follow-up leans on ("it" = the Round Table). */
export function searchText(q: Question): string {
  return q.about ? `${q.text}${ABOUT}${q.about}` : q.text;
}

/** A quoted passage, remembering what was searched for so a follow-up can lean on it. */
export function quoted(shelf: Shelf, pack: PolicyPack, q: Question, passages: Passage[]): Answer {
  // "what other options did trafford consider …?": a short section whose heading the question names
  // ("Other Options") is the answer whole, each option in turn, not its best paragraph alone.
  const found = (passages[0] ? namesSection(shelf, q, passages[0]) : undefined) ?? passages;
  const shown = onTheNamed(shelf, q, answeringFirst(shelf, q, itemsOfLead(shelf, q, announcedBelow(shelf, found))));
  const other = namedElsewhere(shelf, q, pack.council.id, shown);
  // Each in the order asked: "equality and health n safety implications" leads with equality.
  const [lead, rest] = other?.askedFirst ? [passageAnswer(pack, [other.passage]), passageAnswer(pack, shown)] : [passageAnswer(pack, shown), other && passageAnswer(pack, [other.passage])];
  const answer = { ...lead, ...(rest ? { parts: [asPart(rest)] } : {}), searchedFor: q.about ?? shelf.passages.keyTerms(q.text).join(' ') };
  // "Does CWaC guarantee every care leaver a job?", answered "… if they request this help": no, first.
  return notOutright(shelf.vocabulary, pack, q, answer);
}

/**
 * "trafford sv report - equality and health n safety implications?": the best passage speaks to most of
 * what was asked ("Health and Safety Implications None …") but not to a word of its own the question
 * names ("equality"); another passage found that speaks to all of those ("Equality/Diversity
 * Implications None …") is the rest of the answer, in the first view.
 */
function namedElsewhere(shelf: Shelf, q: Question, council: string, found: Passage[]): { passage: Passage; askedFirst: boolean } | undefined {
  const passages = shelf.passages;
  const best = found[0];
  if (!best) return undefined;
  const terms = passages.keyTerms(searchText(q)).filter((t) => !shelf.isSubjectWord(t) && !shelf.councilWords.has(t) && passages.frequency(t) > 0);
  const carried = terms.filter((t) => passages.mentions(t, best.quote));
  const missing = terms.filter((t) => !carried.includes(t));
  if (missing.length === 0 || missing.length > 2 || carried.length < 2 || carried.length < missing.length * 2) return undefined;
  // Named beside the rest with an "and" ("equality and health n safety"), not a word of another clause.
  const lower = q.text.toLowerCase();
  const joined = (t: string) => new RegExp(`\\b${escapeRegExp(t)}\\w*\\s+(?:and|&|n|plus)\\s|\\s(?:and|&|n|plus)\\s+${escapeRegExp(t)}`).test(lower);
  if (!missing.every(joined)) return undefined;
  const shown = new Set(found.map((p) => p.quote));
  const passage = passages
    .search(missing.join(' '), council, 5)
    .find((p) => !shown.has(p.quote) && missing.every((t) => passages.mentions(t, p.quote)) && carried.some((t) => passages.mentions(t, p.quote)));
  if (!passage) return undefined;
  const typed = passages.keyTerms(q.text);
  const at = (ts: string[]) => Math.min(...ts.map((t) => typed.indexOf(t)).filter((i) => i >= 0));
  return { passage, askedFirst: at(missing) < at(carried) };
}

/** At most this many passages use a word for it to name the one thing asked about ("Overbury", "Dixon"). */
const RARE_NAME = 2;

/**
 * "… the S-Rep centre refurb that one of the Stockport contractors did, I think it was Overbury?": where
 * passages carry a name typed that the documents rarely use, those that carry none of those names are
 * about something else ("The requests (… volunteer hours …) are posted online"), and are left out; so
 * is a passage that only says again what those before it quote.
 */
function onTheNamed(shelf: Shelf, q: Question, found: Passage[]): Passage[] {
  const carries = (p: Passage) => namesIn(shelf, q, p.quote).length > 0;
  const on = found.some(carries) ? found.filter(carries) : found;
  const pieces = (text: string) => text.split(/;\s+|(?<=[.:!?])\s+/).map((x) => x.replace(/[\s.;:…]+$/, '').trim()).filter((x) => x.length > 0);
  return on.filter((p, i) => {
    const before = on.slice(0, i).flatMap((b) => [b.quote, b.lead ?? '']).join(' ');
    return i === 0 || !pieces(p.quote).every((x) => before.includes(x));
  });
}

/**
 * The names of one thing typed that a text carries ("Overbury", "S-Rep"): words the documents use in a
 * passage or two, written capitalised wherever the text has them ("materials" is as rare, but no name).
 */
function namesIn(shelf: Shelf, q: Question, text: string): string[] {
  const passages = shelf.passages;
  return passages.keyTerms(searchText(q)).filter((t) => {
    if (passages.frequency(t) === 0 || passages.frequency(t) > RARE_NAME) return false;
    const written = [...text.matchAll(new RegExp(`\\b${escapeRegExp(t)}\\b`, 'gi'))];
    return written.length > 0 && written.every((m) => /^\p{Lu}/u.test(m[0]));
  });
}

/** A sentence that only announces what comes after it in its section ("… are provided below:-"). */
const ANNOUNCES = /\b(?:(?:provided|set out|listed|shown|given|described) below|as follows)\s*:-?/i;

/**
 * "Any Trafford examples of social value working?", found at "3.2 Positive examples … are provided
 * below:-": the announcement is not the answer, what it announces is. Each sub-heading after it in its
 * section ("Support for Trafford Hong Kong newcomers", "Trafford Carers Centre") gives its paragraph with
 * the most figures, quoted where it follows the sub-heading; the other passages found come after.
 */
function announcedBelow(shelf: Shelf, found: Passage[]): Passage[] {
  const [best, ...rest] = found;
  const at = best ? ANNOUNCES.exec(best.quote) : null;
  if (!best || !at || best.quote.length - (at.index + at[0].length) > 80) return found;
  const plain = (p: string) => p.replace(/^[-\s]+/, '').replace(/\s+/g, ' ').trim();
  const sections = shelf.library.sources.documents.get(best.documentId)?.sections ?? [];
  const announcing = (p: string) => ANNOUNCES.test(p) && best.quote.includes(plain(p).slice(0, 40));
  const section = sections.find((s) => s.paragraphs.some(announcing));
  if (!section) return found;
  const from = section.paragraphs.findIndex(announcing);
  // A sub-heading: a short line that is no sentence and no list item.
  const heading = (p: string) => p.length < 80 && !/^-/.test(p.trim()) && !/[.:;!?]$/.test(p.trim());
  const groups: { heading: string; paragraphs: string[] }[] = [];
  for (const p of section.paragraphs.slice(from + 1)) {
    if (heading(p)) groups.push({ heading: plain(p), paragraphs: [] });
    else groups.at(-1)?.paragraphs.push(p);
  }
  const figures = (p: string) => (p.match(/\d[\d,.]*/g) ?? []).length;
  const chosen = groups.flatMap((g) => {
    const most = g.paragraphs.reduce<string | undefined>((m, p) => (m === undefined || figures(p) > figures(m) ? p : m), undefined);
    return most ? [{ quote: plain(most), paragraph: most, follows: g.heading }] : [];
  });
  if (chosen.length === 0) return found;
  const { lead: _lead, ...bare } = best;
  return [...chosen.map((c) => ({ ...bare, ...c })), ...rest.filter((r) => !chosen.some((c) => c.paragraph === r.paragraph))];
}

/**
 * "Need a couple of local case studies with numbers": found at the first item of a list whose lead names
 * what was asked ("Alongside this we also collect case studies …:"), which the item itself does not say.
 * Every item (each of a few sentences: a case study, not a name) answers, each quoted to its first
 * sentence with a figure or its last with a word asked; the other passages found come after.
 */
function itemsOfLead(shelf: Shelf, q: Question, found: Passage[]): Passage[] {
  const [best, ...rest] = found;
  const passages = shelf.passages;
  // The lead is the quote's own (an item found) or the paragraph found, when it introduces the list.
  const lead = best ? (best.lead?.replace(/\s*…$/, '') ?? best.paragraph.trim()) : undefined;
  const item = best && best.lead ? best.quote : '';
  if (!best || !lead?.endsWith(':') || !passages.keyTerms(q.text).some((t) => passages.mentions(t, lead) && !passages.mentions(t, item))) return found;
  const section = shelf.library.sources.documents.get(best.documentId)?.sections.find((x) => x.paragraphs.some((p) => p.includes(lead)));
  const from = section ? section.paragraphs.findIndex((p) => p.includes(lead)) : -1;
  if (!section || from < 0) return found;
  const lines = section.paragraphs.slice(from + 1).flatMap((p) => p.split('\n'));
  const end = lines.findIndex((l) => !/^\s*-/.test(l));
  const items = lines.slice(0, end < 0 ? undefined : end).map((l) => l.replace(/^[-\s]+/, '').replace(/\s+/g, ' ').trim());
  // "tell me about the westfield minibus case study": an item found past where the list's lines break
  // off (a quoted letter between items) is the one meant, not the list from its top.
  const laterItem = (text: string) => lines.some((l) => /^\s*-/.test(l) && l.replace(/\s+/g, ' ').includes(text.slice(0, 60)));
  if (item && !items.some((text) => text.includes(item.slice(0, 60))) && laterItem(item)) return found;
  // Items of a sentence or so are quoted whole in the list's line already; a figure asked is found in its own sentence.
  if (items.length < 2 || items.some((text) => sentencesOf(text).length < 2) || wantedFigure(shelf, q)) return found;
  // To its first sentence with a figure, or on to its last that carries a word asked ("… 56% of the project spend …").
  const terms = passages.keyTerms(q.text).filter((t) => !passages.mentions(t, lead));
  const upToFigure = (text: string) => {
    const ss = sentencesOf(text);
    const figure = ss.findIndex((x) => /\d/.test(x));
    // Only whole sentences: an item's line may break off mid-sentence ("… hosting engagement days which were").
    const asked = ss.reduce((last, x, i) => (/[.!?]["”’]?$/.test(x.trim()) && terms.some((t) => passages.mentions(t, x)) ? i : last), -1);
    return ss.slice(0, Math.max(figure < 0 ? 0 : figure, asked) + 1).join(' ');
  };
  // "the tree planting case study …": the items that carry words asked that the lead does not lead, in the list's order.
  const carried = (text: string) => terms.filter((t) => passages.mentions(t, text)).length;
  const most = Math.max(...items.map(carried));
  const ordered = most > 0 ? [...items.filter((text) => carried(text) === most), ...items.filter((text) => carried(text) !== most)] : items;
  const { lead: _lead, follows: _follows, ...bare } = best;
  const quoted = ordered.map((text, i) => ({ ...bare, quote: upToFigure(text), paragraph: text, ...(i === 0 ? { lead } : {}) }));
  return [...quoted, ...rest.filter((r) => !items.some((text) => r.paragraph.includes(text.slice(0, 60))))];
}

/**
 * "How many trees did George Cox plant?": the quote starts at its sentence that gives the figure asked
 * ("… by planting 7,500 trees."), so that is the line a notification shows; the sentences before it
 * are said as what it follows.
 */
function answeringFirst(shelf: Shelf, q: Question, found: Passage[]): Passage[] {
  const wanted = wantedFigure(shelf, q);
  const [best, ...rest] = found;
  if (!wanted || !best) return found;
  const sentences = sentencesOf(best.quote);
  if (gives(shelf, wanted, q, sentences[0] ?? '', true)) return found;
  const giving = sentences.find((s) => gives(shelf, wanted, q, s, true));
  const at = giving ? best.quote.indexOf(giving) : -1;
  if (at <= 0) return found;
  return [{ ...best, quote: best.quote.slice(at), follows: best.quote.slice(0, at).trim() }, ...rest];
}

/**
 * "How many staff does Trafford Council employ?" asks about the council itself: a passage about a
 * contract's staff does not answer it. Any passage does for a question that does not say "council".
 */
function ofCouncilItself(q: Question): (p: { quote: string }) => boolean {
  return /\bcouncil\b/i.test(q.text) ? (p) => /\bcouncil\b/i.test(p.quote) : () => true;
}

/** A question the packs do not curate, answered from the documents of the council asked about. */
export function searchDocuments(shelf: Shelf, question: Question, council: string | undefined, orSay = true): Answered | undefined {
  const passages = shelf.passages;
  // "totally different q - a cllr asked how many …": the words that start a new question are not searched for.
  const q = { ...question, text: withoutFreshStart(question.text, shelf.vocabulary.startsAfresh) };
  // "How many staff do they employ and what do they spend a year?": each thing asked, in order.
  // "… in 22/23? incl anything with the VCSE sector": a clause that begins "including" adds to the one before.
  const clauses = clausesOf(q.text)
    .reduce<string[]>((out, c) => (out.length > 0 && shelf.vocabulary.clauses.continues.test(c) ? [...out.slice(0, -1), `${out.at(-1)} ${c}`] : [...out, c]), [])
    .filter((c) => passages.keyTerms(c).length > 0);
  if (clauses.length > 1) {
    // "who chairs the round table and how often does it meet?": "it" in a later clause is what the first asked about.
    const back = shelf.vocabulary.sameAsBefore;
    // "hong kong newcomers thing - what happened and how did SV help?": a later clause with one word of
    // its own, and no figure asked, asks it of what the first named too.
    const leansBare = (text: string) => passages.keyTerms(text).length === 1 && passages.keyTerms(clauses[0]!).length >= 2 && !wantedFigure(shelf, { ...q, text });
    const leanOn = (text: string, i: number) => (i > 0 && (back.test(text.toLowerCase()) || leansBare(text)) ? passages.keyTerms(clauses[0]!).join(' ') : q.about);
    const leant = new Map<number, FigureAsked>();
    const found = clauses.map((text, i) => {
      const about = leanOn(text, i);
      const leaning = searchDocuments(shelf, { ...q, text, ...(about ? { about } : {}) }, council ?? q.councils[0], false);
      // "Carers Centre contract: how many apprentices is that, and how many local jobs?": a later clause
      // that asks a figure in a few words of its own is asked of what the first clause named, where its
      // own words find no passage that gives it.
      const figure = i > 0 && about === q.about ? wantedFigure(shelf, { ...q, text }) : undefined;
      if (figure && !(leaning && gives(shelf, figure, { ...q, text }, leaning.answer.headline))) {
        const first = passages.keyTerms(clauses[0]!).join(' ');
        const onFirst = searchDocuments(shelf, { ...q, text, about: first }, council ?? q.councils[0], false);
        if (onFirst && gives(shelf, figure, { ...q, text }, onFirst.answer.headline)) {
          leant.set(i, figure);
          return onFirst;
        }
      }
      // "how much does CWaC spend a year, and how many staff does it employ?": "it" may be the council the
      // first clause asked of, not what it asked about. The clause's own words (two at least) then find
      // the figure asked: that passage answers where leaning gives none, or one that carries fewer of them.
      const own: Question = { ...q, text };
      const terms = passages.keyTerms(text);
      const wanted = about !== q.about && terms.length >= 2 ? wantedFigure(shelf, own) : undefined;
      const alone = wanted ? searchDocuments(shelf, own, council ?? q.councils[0], false) : undefined;
      if (!wanted || !alone || !gives(shelf, wanted, own, alone.answer.headline, true)) return leaning;
      if (!leaning || !gives(shelf, wanted, own, leaning.answer.headline)) return alone;
      const carried = (a: Answered) => terms.filter((t) => passages.mentions(t, a.answer.headline)).length;
      return carried(alone) > carried(leaning) ? alone : leaning;
    });
    // A later clause that the first's own quote already answers ("Over 25 local people employed …; An
    // apprentice …"), leant on it or quoting the same section, is not answered twice.
    const again = (e: Answered | undefined, i: number) => {
      const figure = i > 0 ? (leant.get(i) ?? wantedFigure(shelf, { ...q, text: clauses[i]! })) : undefined;
      const same = leant.has(i) || (e !== undefined && e.answer.sources[0] === found[0]?.answer.sources[0]);
      return figure !== undefined && same && found[0] !== undefined && gives(shelf, figure, { ...q, text: clauses[i]! }, found[0].answer.headline);
    };
    const each = found.filter((e, i) => !again(e, i));
    if (each.length === 1 && each[0]) return each[0];
    const [first, ...rest] = each;
    const distinct = new Set(each.map((e) => e?.answer.headline)).size === each.length;
    if (first && rest.every((r) => r && r.council === first.council) && distinct) {
      const parts = rest.map((r) => asPart(r!.answer));
      return { answer: { ...first.answer, parts, sections: [...first.answer.sections, ...rest.flatMap((r) => r!.answer.sections)] }, ...(first.council ? { council: first.council } : {}) };
    }
    // "Who is Stockport's lead member? need a name for a briefing note": a clause that asks nothing and
    // finds nothing is background; the one clause that asks is what is answered.
    const asked = clauses.filter((c, i) => found[i] !== undefined || shelf.vocabulary.clauses.asks.test(c));
    if (asked.length === 1 && asked.length < clauses.length) return searchDocuments(shelf, { ...q, text: asked[0]! }, council, orSay);
  }
  // "When will the co-ordinator start?": the words that only ask for a date are not what is searched for.
  // "Who leads on social value?": when those words are all that is asked, they are what is searched for.
  // "When will the co-ordinator start, and what grade is the post?": the words of each figure asked.
  const asking = wantedFigures(shelf, q).filter((w) => w.asking);
  const stripped = withoutAsking(q.text, asking);
  const searched = searchText(asking.length > 0 && passages.keyTerms(stripped).length > 0 ? { ...q, text: stripped } : q);
  const ofCouncil = ofCouncilItself(q);
  // "How do I raise a purchase order?", asked of no council: a sentence that shares one word of three
  // ("raise awareness") is about something else; it must carry at least half of what was asked.
  const terms = passages.keyTerms(searched);
  // A passage that carries the rare name typed ("round table", "large print") is on point whatever else was said.
  const namesRare = q.councils.length > 0 ? undefined : passages.namesRare(searched);
  const onPoint = (p: Passage) => namesRare === undefined || terms.filter((t) => passages.mentions(t, p.quote)).length * 2 >= terms.length || namesRare(p.quote);
  const inCouncil = council ? passages.search(searched, council).filter((p) => ofCouncil(p) && onPoint(p)) : [];
  const found = inCouncil.length > 0 ? inCouncil : q.councils.length === 0 ? passages.search(searched).filter((p) => ofCouncil(p) && onPoint(p)) : [];
  if (found.length === 0) {
    if (!orSay) return undefined;
    // The council only assumed (the default, or carried from the last answer) is searched the same
    // loose way: "a construction case study for a members briefing, with hard numbers on local jobs
    // and spend" is asked of its documents in more words than any passage carries.
    // Assumed, it takes three of the words: "is the staff car park open?" shares "staff" and "car" with
    // "1980 low or no emission staff vehicles" and nothing else. Asked of "they", those the last answer
    // was about ("why do they need a dedicated co-ordinator …?"), the council is the conversation's: two.
    const asked = q.councils[0] ?? council;
    const loose = asked ? looseQuote(shelf, q, asked, searched, q.councils[0] || q.asksOfThem ? 2 : 3) : undefined;
    if (loose) return loose;
    // Words the documents use, asked of a council by name, that no passage answers: the documents do
    // not say. Words they never use ("the weather tomorrow") are another subject: the pointer answers those.
    const known = passages.knownTerms(searched);
    if (q.councils[0] && known.length > 0 && known.length >= passages.keyTerms(searched).length / 2) {
      const pack = shelf.pack(q.councils[0]);
      // "Who is …?" leaves the officer without a name; a question that asked for nothing in particular, without an answer.
      return { answer: notSaid(pack, 'that', passages.search(known.join(' '), pack.council.id, 1), [], wantedFigure(shelf, q)?.about ?? null), council: pack.council.id };
    }
    return undefined;
  }
  // "What does the Stockport charter commit the council to?": the document asked about by name first.
  const named = new Set(namedDocuments(shelf.pack(found[0]!.council).documents, q.text).map((d) => d.id));
  found.sort((a, b) => Number(named.has(b.documentId)) - Number(named.has(a.documentId)));
  // Asked for a figure: the passage that gives one first.
  const wanted = wantedFigure(shelf, q);
  if (wanted) found.sort((a, b) => Number(gives(shelf, wanted, q, b.quote, true)) - Number(gives(shelf, wanted, q, a.quote, true)));
  const pack = shelf.pack(found[0]!.council);
  const answer = figureGiven(shelf, pack, q, quoted(shelf, pack, q, found.filter((p) => p.council === pack.council.id)));
  return { answer: finish(shelf.now(), overTerm(shelf, q, answer), [pack], q, {}), council: pack.council.id };
}

/** At most this long, a section named by the question is quoted whole. */
const WHOLE_SECTION = 900;

/** The paragraphs of the passage's section, when the question uses every word of its heading (two at least) and it is short. */
function namesSection(shelf: Shelf, q: Question, top: Passage): Passage[] | undefined {
  const heading = top.section.toLowerCase().match(/[a-z]{3,}/g) ?? [];
  const asked = new Set(q.text.toLowerCase().match(/[a-z]{3,}/g) ?? []);
  if (heading.length < 2 || !heading.every((w) => hasWord(asked, w))) return undefined;
  const all = shelf.passages.inSection(top.documentId, top.section);
  const length = all.reduce((n, p) => n + p.quote.length, 0);
  return all.length > 1 && length <= WHOLE_SECTION ? all : undefined;
}

/**
 * An officer's own words beside the document's ("did they consider just using nominated leads …
 * instead of paying for a new post?", "suggest … at an extra cost"): in the council's documents, a
 * sentence that carries half of the words they use (`least` at least) answers it, quoted. Two such words
 * alone ("how many people live in …", "… centre open on Sunday") are another subject.
 */
export function looseQuote(shelf: Shelf, q: Question, council: string, searched = searchText(q), least = 2): Answered | undefined {
  const passages = shelf.passages;
  const known = passages.knownTerms(searched);
  if (known.length < 3 || known.length < passages.keyTerms(searched).length / 2) return undefined;
  const pack = shelf.pack(council);
  const loose = passages.search(searched, council, 2, Math.max(least, Math.ceil(known.length / 2))).filter(ofCouncilItself(q));
  return loose.length > 0 ? { answer: finish(shelf.now(), figureGiven(shelf, pack, q, quoted(shelf, pack, q, loose)), [pack], q, {}), council } : undefined;
}

/**
 * "If it runs 3 years how many apprentices is that?", answered "An apprentice will be employed each year
 * of the contract": the count over the officer's own term leads, as theirs ("if the contract runs that long").
 */
function overTerm(shelf: Shelf, q: Question, answer: Answer): Answer {
  const months = wantedFigure(shelf, q)?.counted && answer.searchedFor !== undefined ? termGiven(q.text) : undefined;
  const rate = months && months % 12 === 0 ? shelf.passages.perPeriod(q.text, answer.headline) : undefined;
  if (!months || rate?.period !== 'year') return answer;
  const years = months / 12;
  return { ...answer, headline: `One ${rate.one} each year: ${years} over the ${years} years you give, if the contract runs that long. ${answer.headline}` };
}

/**
 * "What are Trafford's three corporate priorities?": the thing named by a word the answer lacked and the
 * word typed after it ("corporate priorities"), as the passages write it, when they use that name but
 * none says what they are ("… priorities are: …", "… include …", a list it introduces).
 */
export function itemsUnsaid(shelf: Shelf, asked: string, missing: readonly string[], found: readonly Passage[]): string | undefined {
  const lower = asked.toLowerCase();
  if (!shelf.vocabulary.asksItems?.test(lower)) return undefined;
  for (const w of missing) {
    const phrase = new RegExp(`\\b${escapeRegExp(w.toLowerCase())}\\s+[a-z]+`).exec(lower)?.[0];
    // "which toms does stockport focus on?": "focus on" is what is done with them, not their name.
    if (phrase && shelf.vocabulary.stopwords.has(phrase.split(/\s+/)[1]!)) continue;
    const using = phrase ? found.find((p) => p.quote.toLowerCase().includes(phrase)) : undefined;
    if (!phrase || !using) continue;
    const items = shelf.vocabulary.namesItems;
    const lists = new RegExp(`\\b${escapeRegExp(phrase)}\\s*(?::${items ? `|\\b(?:${items})\\b` : ''})`);
    if (found.some((p) => lists.test(p.quote.toLowerCase()) || p.lead?.toLowerCase().includes(phrase))) return undefined;
    const at = using.quote.toLowerCase().indexOf(phrase);
    return using.quote.slice(at, at + phrase.length);
  }
  return undefined;
}

/** At most this many passages use a word for it to say what a part is about on its own ("leavers", "veterans"). */
const RARE_TERM = 8;

/**
 * "CWaC 150k: what weighting, and who are the anchor institutions?": a later clause that asks
 * something no subject covers is answered from the council's documents, after the rest.
 */
export function askedBeside(shelf: Shelf, q: Question, pack: PolicyPack, answered: readonly Answer[] = []): { before: Answer[]; after: Answer[] } {
  const clauses = clausesOf(q.text);
  if (clauses.length < 2) return { before: [], after: [] };
  const v = shelf.vocabulary;
  const passages = shelf.passages;
  const said = answered.map(answerAsText).join(' ');
  const asking = notGivenEntry(v, q)?.asking;
  const out: Answer[] = [];
  // "cwac: how many volunteering days …? and also is it 10% …": parts no subject covers asked before
  // the first that names one are answered too, before the rest, as they were asked first.
  // "Contract manager here. What system …": background before the question ("contract manager") names no part.
  // A word the message was not read as asking by ("colleague said works is different": whether the kind of
  // contract changes the answer, not a comparison of councils) names no part either.
  const read = v.subjects.filter((s) => s.id !== 'compare' || q.subjects.includes('compare'));
  const named = clauses.findIndex((c) => read.some((s) => s.re.test(askingPart(c, v))));
  // "cw&c anchor institutions - who does the policy mention, and …": a short label names what is asked.
  const leading = named > 0 ? clauses.slice(0, named).map((c) => withoutBackground(c, v)) : [];
  let before = 0;
  for (const [i, clause] of (named > 0 ? [...leading, ...clauses.slice(named)] : clauses.slice(1)).entries()) {
    if (i === leading.length) before = out.length;
    const asks = /^(who|what|which|when|where|how|does|do|is|are|can)\b/.test(askingPart(clause, v));
    if (!asks || v.subjects.some((s) => s.re.test(clause)) || /\d/.test(clause) || passages.keyTerms(clause).length === 0) continue;
    // "… and when was the report written?": how current the documents are is answered from their dates, not searched for ("wrote").
    if (q.asksCurrency && v.currencyAsk.test(clause)) continue;
    // "… and is it live yet?": a clause with no words but those that ask what the documents do not give is
    // answered by saying so, with what they say of the thing; its asking words ("live") are not searched for.
    if (asking && passages.keyTerms(clause.replace(new RegExp(asking.source, 'g'), ' ')).length === 0) continue;
    // "which senior officer exactly? is there a form?": a clause whose not-given thing the answer already says it does not give.
    const unsaid = v.notGiven.find((n) => n.says && n.re.test(clause.toLowerCase()));
    if (unsaid && said.includes(unsaid.says!)) continue;
    if (answered.some((a) => namesListLed(a, clause))) continue;
    // "… round table and how often does it meet?": "it" is what the first clause asked about, and a
    // figure the answer so far already gives ("takes place termly") is not asked again.
    // "… and I heard there's going to be a coordinator post, how much is that costing": "that" is what the
    // clause's own background names, not the first clause's subject.
    const question = askingPart(clause, v);
    const ownBackground = question !== clause && passages.keyTerms(clause.slice(0, clause.length - question.length)).length > 0;
    const about = v.sameAsBefore.test(clause) && !ownBackground ? passages.keyTerms(clauses[0]!).join(' ') : undefined;
    const asked: Question = { ...q, text: clause, ...(about ? { about } : {}) };
    const wanted = wantedFigure(shelf, asked);
    if (wanted && about && gives(shelf, wanted, asked, said)) continue;
    const search = (a: Question) => passages.search(searchText(a), pack.council.id, 2).filter((p) => passages.coversAll(clause, p.paragraph, 1));
    let found = search(asked);
    // "… how many people does the council employ, how much does it spend …?": "it" may be the council,
    // not what the clause before asked about; the clause's own words then find the figure asked.
    const own: Question = { ...q, text: clause };
    const giving = (ps: readonly Passage[], a: Question) => wanted !== undefined && ps.some((p) => gives(shelf, wanted, a, p.quote, true));
    if (about && wanted && !giving(found, asked)) {
      const alone = search(own);
      if (giving(alone, own)) found = alone;
    }
    // "… if a supplier doesn't deliver? and where does the money go?": "the money" is the one the part before
    // spoke of (the deductions); a passage about other money ("value for money") does not answer it. It must
    // also carry one of the other parts' rarer words; with none, the answer so far is all there is.
    const terms = passages.keyTerms(clause);
    const others = clauses.filter((c) => c !== clause).flatMap((c) => passages.keyTerms(c)).filter((t) => t !== terms[0] && passages.frequency(t) <= RARE_TERM);
    if (terms.length === 1 && new RegExp(`\\bthe ${escapeRegExp(terms[0]!)}\\b`, 'i').test(clause) && others.length > 0) {
      found = found.filter((p) => others.some((t) => passages.mentions(t, p.paragraph)));
      if (found.length === 0) continue;
    }
    // A part that names an item of one of the council's curated lists ("care leavers": a priority cohort)
    // is answered by that topic, unless a passage says all the part asks ("how many volunteering days do
    // staff get a year?": "up to 2 days … each year", not "2025 hours of staff volunteering").
    const listing = found.length > 0 ? undefined : topicListing(v, pack, clause);
    // The topic already answered for another part is not given twice: the part is then asked of its rarest word.
    if (listing && !answered.some((a) => a.title === listing.title)) {
      out.push(listing);
      continue;
    }
    // A part no passage says all of ("is there anything about care leavers I can build into the ask?")
    // is still answered, from what the documents say of its rarest word ("leavers"), where they use it.
    // The rarest of the words the council's own documents use: one only another council's use finds nothing here.
    const theirs = passages.knownTerms(clause).filter((t) => passages.councilsUsing(t).has(pack.council.id));
    const rarest = found.length > 0 ? undefined : theirs.sort((a, b) => passages.frequency(a) - passages.frequency(b))[0];
    if (rarest && passages.frequency(rarest) <= RARE_TERM) {
      // Searched for the word with the one before it ("care leavers"), as typed.
      const phrase = new RegExp(`(?:[a-z]+\\s+)?${escapeRegExp(rarest)}`).exec(clause)?.[0] ?? rarest;
      const using = (text: string) => passages.search(text, pack.council.id, 5).filter((p) => passages.mentions(rarest, p.paragraph));
      // The word before it may be one most passages use ("a new coordinator post"): then the word alone.
      const withPhrase = using(phrase);
      found = (withPhrase.length > 0 ? withPhrase : using(rarest)).slice(0, 2);
    }
    const answer = found.length > 0 ? figureGiven(shelf, pack, asked, quoted(shelf, pack, asked, found)) : undefined;
    if (answer && !said.includes(answer.headline)) out.push(answer);
  }
  return { before: out.slice(0, before), after: out.slice(before) };
}

/** How far down the passages found one without the figure asked for is still about the question. */
const NEAR_THE_TOP = 4;

/**
 * A figure was asked for ("what percentage can CWaC deduct?", "how often does the group meet?")
 * and the answer's first view has none (a threshold it applies above is not that figure): say the
 * documents do not give it, then what they do say.
 */
export function figureGiven(shelf: Shelf, pack: PolicyPack, q: Question, answer: Answer, primary?: Subject): Answer {
  const wanted = wantedFigure(shelf, q);
  if (!wanted) return answer;
  const passages = shelf.passages;
  // One thing asked of two subjects ("delivered through the Portal"), not two parts asked in turn.
  const other = primary && answer.searchedFor === undefined && q.parts.length <= 1 ? unspoken(shelf, pack, q, primary, answer) : undefined;
  if (other) {
    // What the documents say of that subject first, then the figures the answer did give, as they are.
    const none = notGiven(pack, wanted.about, topicName(other.subject), other.answer);
    return { ...none, parts: [asPart(answer)], sections: [...none.sections, ...answer.sections] };
  }
  // A threshold a rule applies above is not the figure asked for; a quote's amounts are what it says.
  // A quote's own words, not the document's label around them ("Report … (2022), 6.7, says: …" gives no date).
  const quotes = (text: string) => (text.match(/“[^”]*”/g) ?? [text]).join(' ');
  const firstView =
    answer.searchedFor !== undefined
      ? [answer.headline, ...(answer.parts ?? []).map((p) => p.headline)].map(quotes).join(' ')
      : figuresFor(wanted, [answer.headline, answer.rule ?? '', ...(answer.parts ?? []).map((p) => p.headline)].join(' '));
  // Nor is the contract's own value ("… allow this for a £250,000 contract").
  const own = q.money?.kind === 'amount' ? formatPounds(q.money.value) : undefined;
  if (gives(shelf, wanted, q, own ? firstView.split(own).join(' ') : firstView, false, answer.searchedFor === undefined && (!primary || primary === 'weighting'))) return answer;
  // The figure may be in the documents beyond what the pack curates ("43 new contracts on the Portal");
  // "all contracts over £50K" is a threshold, not what STAR invested.
  const text = searchText(q);
  const searched = passages.search(text, pack.council.id, 20);
  const ofCouncil = ofCouncilItself(q);
  const giving = searched
    .flatMap((p) => [p, ...goingOn(shelf, p)])
    .filter((p) => ofCouncil(p) && gives(shelf, wanted, q, figuresFor(wanted, p.quote), true))
    .slice(0, 3);
  // A quote that lacks the figure gives way to the passages that give it.
  if (giving.length > 0) return quoted(shelf, pack, q, giving);
  // A quote is about what was asked, not about a subject: "do not give that number".
  const label = answer.searchedFor !== undefined ? '' : primary === 'weighting' || !primary ? 'the social value weighting' : topicName(primary);
  // "How much did STAR invest in the Portal?": no amount, but a sentence that says everything else asked.
  // "How often does the steering group meet?": a passage naming the group beside other meetings says no
  // more of how often it meets than the group's own answer, which is what they do say.
  const exact = answer.searchedFor === undefined && !wanted.occurs?.test(q.text) ? searched.find((p) => passages.coversAll(text, p.quote)) : undefined;
  // "When's the co-ordinator starting and what's the salary?": every figure asked that the answer lacks, as asked.
  const lacking = wantedFigures(shelf, q).filter((w) => w === wanted || !gives(shelf, w, q, figuresFor(w, firstView)));
  const about = [...new Set(lacking.map((w) => askedAs(shelf, w, q)))].join(' or ');
  if (exact) return notGiven(pack, about, '', quoted(shelf, pack, q, [exact]));
  // "How many of them got jobs?": where the documents count them only as "a number of", that is what they say.
  const vague = wanted.counted ? searched.find((p) => ofCouncil(p) && passages.countsVaguely(text, p.quote)) : undefined;
  if (vague) return notGiven(pack, about, '', quoted(shelf, pack, q, [vague]));
  // "and stockport?" after volunteering days: a quote that leads with a figure of the kind asked
  // ("687 volunteer hours", a supplier's) reads as the answer; the passages found near the top that
  // have none ("Staff are encouraged to volunteer …") are what the documents say instead.
  // "cwac supported internship - how many places?": a quote naming all the question names but what is
  // counted ("… Supported Internship … for 20 young people") gives that count in its own words.
  const counted = /\bhow many ([a-z]+)/.exec(q.text.toLowerCase())?.[1];
  const named = passages.keyTerms(text).filter((t) => t !== counted);
  const quote = quotes(answer.headline);
  const namesAll = named.length >= 2 && named.every((t) => passages.mentions(t, quote));
  const quoteShows = answer.searchedFor !== undefined && wanted.shows.test(figuresFor(wanted, quote));
  const misleads = quoteShows && !namesAll;
  const figureless = misleads ? searched.slice(0, NEAR_THE_TOP).filter((p) => ofCouncil(p) && !wanted.shows.test(figuresFor(wanted, p.quote))).slice(0, 2) : [];
  if (figureless.length > 0) return notGiven(pack, about, '', quoted(shelf, pack, q, figureless));
  if (namesAll && quoteShows) return answer;
  // "how often are STAR's results reported?": a fact of the partner the council shares, which another council's documents give.
  const shared = partnerFact(shelf, pack, q, (p) => gives(shelf, wanted, q, figuresFor(wanted, p.quote), true));
  if (shared) return shared;
  // "that share of tenders", "how many, or what share, met that target" name what is not given.
  return notGiven(pack, about, about === wanted.about && !wanted.named ? label : '', answer);
}

/**
 * "how often are STAR's results reported?" in Stockport: the council's documents do not say, but the
 * partner named is also another council's, whose documents do ("reported quarterly through 5 STAR
 * Measures"): said so, with their passage, named as theirs.
 */
function partnerFact(shelf: Shelf, pack: PolicyPack, q: Question, gives: (p: Passage) => boolean): Answer | undefined {
  const partner = pack.council.procurementPartner?.name;
  const short = partner?.split(/\s+/)[0];
  if (!partner || !short || !new RegExp(`\\b${escapeRegExp(short)}\\b`, 'i').test(q.text)) return undefined;
  for (const other of shelf.packs) {
    if (other === pack || other.council.procurementPartner?.name !== partner) continue;
    const found = shelf.passages.search(searchText(q), other.council.id, 10).find(gives);
    if (!found) continue;
    return givenElsewhere(pack, 'say', { council: other.council.shortName, text: `“${found.quote}”`, source: found.citation }, undefined, `${partner} is also ${other.council.shortName}'s procurement partner, and `);
  }
  return undefined;
}

/**
 * "The Stockport Round Table is … termly …. It is chaired by …. It comprises of VCSFE, …": the sentences
 * after a passage's own that go on about what it named, each as a passage that follows it, so a figure
 * they give ("who's on it?") is found though they do not name the thing again.
 */
function goingOn(shelf: Shelf, p: Passage): Passage[] {
  const goesOn = shelf.vocabulary.goesOnAbout;
  const all = sentencesOf(p.paragraph);
  const at = all.indexOf(p.quote);
  if (!goesOn || at < 0) return [];
  const out: Passage[] = [];
  for (let i = at + 1; i < all.length && goesOn.test(all[i]!); i++) out.push({ ...p, quote: all[i]!, follows: all.slice(at, i).join(' ') });
  return out;
}

/**
 * "How much has CWaC delivered through the Portal?": a second subject asked, with a topic of its own,
 * that neither the answer nor the sections it rests on speak of ("over £20m spent with companies …"
 * is not the Portal's), and whose own topic does not give the figure either: its topic, to say what
 * the documents do say of it.
 */
function unspoken(shelf: Shelf, pack: PolicyPack, q: Question, primary: Subject, answer: Answer): { subject: Subject; answer: Answer } | undefined {
  const wanted = wantedFigure(shelf, q)!;
  const sections = (pack.topics[primary as TopicId]?.parts ?? []).map((p) => shelf.library.sources.section(p.source.document, p.source.section)?.text ?? '');
  const said = [answerAsText(answer), ...sections].join(' ').toLowerCase();
  for (const subject of q.subjects) {
    if (subject === primary || !pack.topics[subject as TopicId]) continue;
    const re = shelf.vocabulary.subjects.find((s) => s.id === subject)?.re;
    const own = topic(shelf.vocabulary, pack, subject);
    if (re && own && !re.test(said) && !gives(shelf, wanted, q, figuresFor(wanted, `${own.headline} ${own.rule ?? ''}`))) return { subject, answer: own };
  }
  return undefined;
}

/**
 * "What help is there for smaller firms that have never done one?": the passage found is one item of a
 * list of support (an SME climate course among Stockport's routes of support) that a topic of the
 * council gives whole; asked for help, that list is the answer, not its one item.
 */
export function wholeList(shelf: Shelf, pack: PolicyPack, q: Question, best: Passage): Answer | undefined {
  const support = shelf.vocabulary.asksSupport;
  if (!best.lead || !q.asksSupport || !support) return undefined;
  return supportList(shelf, pack, q, support.list, (p) => p.source.document === best.documentId && p.source.section === best.section);
}

/** The council's topic with a list of support (a part whose heading `list` names) that `fits`, answered with that list leading. */
function supportList(shelf: Shelf, pack: PolicyPack, q: Question, list: RegExp, fits: (part: TopicPart) => boolean): Answer | undefined {
  const listing = (Object.keys(pack.topics) as TopicId[]).find((k) => pack.topics[k]!.parts.some((p) => p.items && p.heading && list.test(p.heading) && fits(p)));
  return listing ? topic(shelf.vocabulary, pack, listing, q.text, false, list) : undefined;
}

/** No curated topic: a quoted passage when the documents have one, else a plain "they do not say". */
export function silent(shelf: Shelf, pack: PolicyPack, q: Question, subject: Subject): Answer {
  // A passage that shares the question's words but not its subject ("penalty") does not answer it.
  const about = shelf.vocabulary.subjects.find((s) => s.id === subject)?.re;
  const found = shelf.passages.search(searchText(q), pack.council.id).filter((p) => !about || about.test(p.quote.toLowerCase()));
  const whole = found[0] ? wholeList(shelf, pack, q, found[0]) : undefined;
  if (whole) return whole;
  if (found.length > 0) return quoted(shelf, pack, q, found);
  // "they're a small local firm and a bit panicked - where can I point them for help?": asked for help
  // on a subject the council has no topic on, its list of support with an item on it (a climate course
  // for SMEs) is the answer.
  const support = shelf.vocabulary.asksSupport;
  if (about && support?.ask.test(q.text.toLowerCase())) {
    const supported = supportList(shelf, pack, q, support.list, (p) => p.items!.some((item) => about.test(item.toLowerCase())));
    if (supported) return supported;
  }
  // "is that % of the total score or just of the quality bit?": no passage carries the question's words,
  // but a sentence on the subject sharing one of them ("… a weighted criterion … alongside price and
  // quality") is what the documents say of it.
  if (about) {
    const terms = shelf.passages.keyTerms(searchText(q));
    const shared = (p: Passage) => terms.filter((t) => shelf.passages.mentions(t, p.quote)).length;
    const anyCase = new RegExp(about.source, about.flags.includes('i') ? about.flags : `${about.flags}i`);
    const onSubject = shelf.passages.sentencesMatching(anyCase, pack.council.id).filter((p) => shared(p) > 0).sort((a, b) => shared(b) - shared(a));
    if (onSubject.length > 0) return quoted(shelf, pack, q, onSubject.slice(0, 2));
  }
  const nearby = shelf.passages.search(topicName(subject), pack.council.id, 1);
  const none = notSaid(pack, topicName(subject), nearby, coveredElsewhere(shelf.packs, pack, subject));
  // "Is it the same in Stockport?" after CWaC's payment deductions: what the council's documents do say
  // of what follows non-delivery (the remedy subjects: its contract management) is the nearest answer.
  const remedy = shelf.vocabulary.asksRemedy?.subjects;
  const related = remedy?.includes(subject) ? remedy.filter((s) => s !== subject).map((s) => topic(shelf.vocabulary, pack, s)).find((a) => a !== undefined) : undefined;
  return related ? { ...related, title: none.title, headline: `${none.headline} What ${pack.council.shortName}'s documents do say: ${related.headline}` } : none;
}

/** The passage narrowed to its first sentence carrying most of the question's key terms. */
export function askedSentence(shelf: Shelf, text: string, p: Passage): Passage {
  const terms = shelf.passages.keyTerms(text);
  const carried = (sentence: string) => terms.filter((t) => shelf.passages.mentions(t, sentence)).length;
  const sentences = sentencesOf(p.quote);
  const best = sentences.reduce((a, b) => (carried(b) > carried(a) ? b : a), sentences[0] ?? p.quote);
  if (carried(best) === 0) return p;
  // "Social value is strongly associated with community wealth building. This is about retaining …":
  // the sentence that says what it is goes with the one that names it.
  const around = sentencesOf(p.paragraph);
  const next = around[around.indexOf(best) + 1];
  const quote = next && /^(?:This|It) (?:is|means)\b/.test(next) ? `${best} ${next}` : best;
  if (quote === p.quote) return p;
  const { lead: _lead, follows: _follows, ...bare } = p;
  return { ...bare, quote };
}

/**
 * "do small firms need a carbon reduction plan?": one subject answered (carbon), asked of another
 * (small firms). Where the answer's headline does not speak of the other, its section that does comes
 * first; where none does, the passage near the top that speaks of both is quoted beside it.
 */
export function askedOfAlso(shelf: Shelf, q: Question, pack: PolicyPack, primary: Subject | undefined, answers: readonly Answer[]): Answer[] {
  const v = shelf.vocabulary;
  const others = q.subjects.filter((s) => s !== primary && !askedOfContract(s));
  const first = answers[0];
  if (!first || !primary || askedOfContract(primary) || others.length !== 1 || q.parts.length > 1 || answers.length > 1 || first.searchedFor !== undefined) return [...answers];
  const [of, also] = [v.subjects.find((s) => s.id === primary)?.re, v.subjects.find((s) => s.id === others[0])?.re];
  const speaks = (text: string) => also !== undefined && also.test(text.toLowerCase());
  if (!of || !also || speaks(first.headline)) return [...answers];
  const speaking = first.sections.filter((x) => speaks([x.heading, x.text, ...(x.items ?? [])].join(' ')));
  if (speaking.length > 0) return [{ ...first, sections: [...speaking, ...first.sections.filter((x) => !speaking.includes(x))] }];
  const both = shelf.passages.search(searchText(q), pack.council.id, 4).find((p) => speaks(p.paragraph) && of.test(p.paragraph.toLowerCase()));
  return both ? [first, quoted(shelf, pack, q, [both])] : [...answers];
}

/** Subjects of the contract itself, a comparison or the national figure: named to say what is asked of, not a second thing. */
const askedOfContract = (s: Subject) => groupOf(s) === 'weighting' || s === 'compare' || s === 'national';
