/**
 * Which kind of answer a question gets: a value that is no value, a council misspelt or not covered, a
 * comparison, a TOMs measure, the national context, how current the documents are, the documents
 * themselves, or one council's answer to each part asked, in the order asked.
 */
import { cite, documentLabel } from '../policy/citations.js';
import type { Contract } from '../policy/requirements.js';
import type { PolicyPack, TopicId } from '../policy/schema.js';
import { formatPounds } from '../text/money.js';
import type { Carried } from '../understand/context.js';
import { askedText, asksForSupport, clauseSubject, clausesOf, type Question, type Subject } from '../understand/question.js';
import { asPart, notice, sectionsOnce, type Answer } from './answer.js';
import { compareRuleForContract, compareSubject, givenByNone, compareThresholds, compareVerdicts, compareWeighting, compareWeightingAndRule, type Rank } from './compare.js';
import { spelledOut } from './abbreviation.js';
import { acrossRange, contractOf, councilAnswer, putOf } from './councilAnswer.js';
import { currencyAnswer, namedDocuments } from './currency.js';
import { differingBase, readsDifferently, withoutExtensionAnswer } from './extension.js';
import { finish } from './finish.js';
import { actCoverage, namesNote, nationalAnswer, nationalNo, type NationalAsk } from './national.js';
import { sameFigure } from './verdict.js';
import { saysLine } from './passages.js';
import { TOPIC_RULES, topicName } from './phrases.js';
import { askedBeside, askedOfAlso, askedSentence, quoted, searchText, type Answered } from './search.js';
import type { Shelf } from './shelf.js';
import { measuresFor, tomsByRef, tomsNotGiven, tomsThemes } from './toms.js';
import { topicListing, verbatimListing } from './topics.js';
import { offTopic } from './pointer.js';
import { uncuratedAnswer } from './uncurated.js';
import { askWhichCouncil, councilsWithDocumentNamed, didYouMean, notCovered, onlyCouncilSaying, onlyCouncilWriting, ownWords, resolveCouncil, type AskContext } from './whichCouncil.js';

/** Subjects a council's rules decide for a given contract (the Portal, TOMs, deductions …). */
const TOMS_OR_RULES = (s: Subject) => TOPIC_RULES[s] !== undefined;

/** Subjects asked of social value itself: with no council known, every council's answer side by side. */
const EVERY_COUNCILS: Partial<Record<Subject, true>> = { definition: true, cost: true };

/** Which end of a comparison is asked for ("which council has the highest weighting?", "which is lower?"). */
const RANK_HIGH = /\b(highest|higher|most|biggest|bigger|strictest|stricter)\b/i;
const RANK_LOW = /\b(lowest|lower|least|smallest|smaller)\b/i;

export function answerQuestion(shelf: Shelf, q: Question, ctx: AskContext, carried: Carried): Answered {
  const own = ownCouncilOf(q, ctx);
  if (!own) return answerOne(shelf, q, ctx, carried);
  // "what about us?" after a Trafford answer: the same question, for the officer's own council alone.
  if (q.ownCouncil === 'only') {
    const { council: _theirs, ...rest } = carried;
    return answerOne(shelf, { ...q, councils: [own] }, ctx, rest);
  }
  // "where are they on the maturity index? and where are we?": the council in play, then the officer's own.
  const theirs = answerOne(shelf, q, ctx, carried);
  const ours = answerOne(shelf, { ...q, councils: [own] }, ctx, {});
  if (!theirs.council || theirs.answer.kind !== 'answer' || ours.answer.kind !== 'answer') return theirs;
  return { ...theirs, answer: alongside(shelf, theirs.answer, ours.answer, [shelf.pack(theirs.council), shelf.pack(own)], q) };
}

/** The officer's own council, when the message asks of it beside (or instead of) another council in play. */
function ownCouncilOf(q: Question, ctx: AskContext): string | undefined {
  const own = ctx.userCouncil ?? ctx.defaultCouncil;
  if (!q.ownCouncil || !own || q.councils.length !== 1 || q.councils[0] === own || q.subjects.includes('compare')) return undefined;
  return own;
}

/** One council's answer, then another's as its parts; how current, over both councils' documents. */
function alongside(shelf: Shelf, first: Answer, second: Answer, packs: PolicyPack[], q: Question): Answer {
  const { currency: _first, warnings: _w1, ...lead } = first;
  const { currency: _second, warnings: _w2, ...next } = second;
  const joined: Answer = { ...lead, parts: [...(lead.parts ?? []), asPart(next), ...(next.parts ?? [])], sections: [...lead.sections, ...next.sections] };
  const finished = finish(shelf.now(), joined, packs, q, {});
  const { context: _none, ...rest } = finished;
  return { ...rest, ...(first.context ? { context: first.context } : {}) };
}

function answerOne(shelf: Shelf, q: Question, ctx: AskContext, carried: Carried): Answered {
  if (q.money?.kind === 'invalid') return { answer: invalidMoney(q) };
  // "whats the weather like in manchester tmrw": an everyday question, whatever place it names.
  if (q.subjects.length === 0 && q.money === undefined && shelf.vocabulary.unrelated?.test(q.text.toLowerCase())) return { answer: offTopic(shelf), unanswered: true };
  if (q.councils.length === 0 && q.mention.uncovered) return { answer: notCovered(shelf, q.mention.uncovered) };
  if (q.councils.length === 0 && q.mention.misspelt) return { answer: didYouMean(shelf, q, q.mention.misspelt.typed, q.mention.misspelt.id) };
  // "what does TOMs stand for?": the documents' own words, whichever council; the one asked of is looked at first.
  // "what does VCFSE stand for and how does stockport link suppliers up with them?": the rest asked too.
  if (q.spellsOut) {
    const council = q.councils[0] ?? carried.council ?? ctx.userCouncil ?? ctx.defaultCouncil;
    const spelt = spelledOut(shelf, q.spellsOut, council);
    const more = council && clausesOf(q.text).length > 1 ? askedBeside(shelf, q, shelf.pack(council), [spelt]) : undefined;
    return { answer: more ? together([spelt, ...more.before, ...more.after]) : spelt };
  }
  const contract = contractOf(q);
  const own = q.subjects.filter((s) => s !== 'compare' && s !== 'national');
  // "What is NT1 and what weighting for £60k?": the measure, then the rest as asked. "What's the
  // difference between NT4 and NT4a?" compares measures, which are one national list: both, side by side.
  const measuresAsked = q.tomsRefs.length > 0 && !(q.parts.length > 1 && q.parts.some((p) => p !== 'toms'));
  if (q.subjects.includes('compare') && !(measuresAsked && !contract) && (q.councils.length !== 1 || carried.council)) return { answer: compared(shelf, q, carried, contract, own) };
  if (measuresAsked) {
    const measures = tomsByRef(shelf.toms, shelf.tomsSource(), q.tomsRefs, q.asksOfMeasure);
    const answer = measuresNotGiven(shelf, q, measures, q.tomsRefs);
    // "which theme is that under?" after NT19: the card says which measure it answers of.
    return { answer: carried.toms && answer.kind === 'answer' ? { ...answer, context: `For ${q.tomsRefs.join(', ')}, as before.` } : answer };
  }

  const national = shelf.library.national;
  const asksNational = q.subjects.includes('national');
  // "Does Trafford have a 10% weighting like central government?": the council's answer, then the national figure.
  // "cwac policy mentions a government minimum weighting - what is it?": the national figure is what is
  // asked; "… and is cwac's the same?" asks the council's beside it.
  const citesOnly = q.citesNational === true && clausesOf(q.text).length === 1 && !shelf.vocabulary.asksSame?.test(q.text.toLowerCase());
  const nationalBeside = asksNational && !citesOnly && q.councils.length > 0 && own.some((s) => s === 'weighting' || s === 'threshold');
  // "why so low? i thought the govt said 10%" after a council's weighting: that weighting's reason, the national figure beside it (referBack).
  const reasonOfLast = q.refersBack === 'reason' && carried.council !== undefined;
  if (asksNational && !nationalBeside && !reasonOfLast && !(q.proposedWeighting !== undefined && contract && resolveCouncil(shelf, q, ctx, carried).id)) {
    const priorities = own.includes('priorities') || /\bppn|procurement policy (note|statement)|npps\b/i.test(q.text);
    const wanted = q.subjects.includes('legal-duty') && !own.includes('weighting') ? 'legal-duty' : priorities ? 'priorities' : 'weighting';
    return { answer: nationalAnswer(national, wanted, { text: q.text, yesNo: q.asksYesNo, ...askedOf(shelf, q) }) };
  }
  // The Act is national law: answer it from the national context unless a council that covers it was named.
  // "Is 10% the legal minimum?" asks about a weighting: the national figure leads.
  if (own[0] === 'legal-duty' && !contract && !q.councils.some((c) => shelf.pack(c).topics['legal-duty'])) {
    const kinds = kindsBeyondServices(shelf, q);
    const coverage = actCoverage(national, kinds, widerThanTheAct(shelf, kinds));
    if (coverage) return { answer: coverage };
    return { answer: nationalAnswer(national, own.includes('weighting') ? 'weighting' : 'legal-duty', { text: q.text, yesNo: q.asksYesNo }) };
  }

  // "does it matter whether it's works or services?": whether the kind of contract changes the council's rules.
  const asksKind = q.asksIfDifferent === true && q.category !== undefined;
  const knownSubject = own.length > 0 || contract !== undefined || q.notGiven !== undefined || q.bound !== undefined || q.range !== undefined || asksKind;
  const resolved = resolveCouncil(shelf, q, ctx, carried);
  // "what is the GM Good Employment Charter?", "how much did STAR invest in the Portal?": with no
  // council known, the one council whose documents say everything asked is the one meant.
  const { id, why } = resolved.id || !knownSubject ? resolved : (onlyCouncilSaying(shelf, q) ?? onlyCouncilWriting(shelf, q) ?? resolved);
  if (q.asksCurrency && id && !contract) {
    const pack = shelf.pack(id);
    const beside = besideCurrency(shelf, pack, q);
    const current = howCurrent(shelf, pack, q);
    // "… still in date? and … 'leader in social value' by which year?": a part no subject covers, from the
    // documents. The currency clause is put first, as askedBeside reads past the first clause.
    const clauses = clausesOf(q.text);
    const ofCurrency = (c: string) => shelf.vocabulary.currencyAsk.test(c);
    const reordered = [...clauses.filter(ofCurrency), ...clauses.filter((c) => !ofCurrency(c))].join('? ');
    const more = askedBeside(shelf, { ...q, text: reordered }, pack, [current, ...beside.before, ...beside.after]);
    return { answer: finish(shelf.now(), together([...beside.before, current, ...beside.after, ...more.before, ...more.after]), [pack], q, carried, why), council: id };
  }
  // "who are STAR?" with no council known: each council's documents on the name, side by side, as for any name.
  const partnerNamed = !id && !contract && own.length === 1 && own[0] === 'procurement-partner';
  // "which ones link to 'people who need support get it'?" after the TOMs themes: the council's list item typed as written.
  // "what are our sv priorities for the next 12 months": a list heading of a subject asked, typed as written.
  const verbatim = id && !contract ? verbatimListing(shelf.vocabulary, shelf.pack(id), q.text, own.every((s) => s === 'toms' || s === 'priorities') ? undefined : own) : undefined;
  if (id && verbatim) return { answer: finish(shelf.now(), verbatim, [shelf.pack(id)], q, carried, why), council: id };
  if (!knownSubject || partnerNamed) return uncuratedAnswer(shelf, q, carried, id, why);
  // "living wage toms?", "carbon toms": the officer asks for measures, not a council's topic.
  // A council carried from the last question is not one asked about: "what TOMs relate to veterans?" asks for measures.
  const unnamed = q.councils.length === 0 || carried.council !== undefined;
  if (q.wantsToms && !contract && unnamed && own.length > 1 && own.includes('toms')) {
    const measures = measuresFor(shelf.toms, shelf.tomsSource(), q.text, false);
    if (measures) return { answer: measures };
  }
  // "wat NT code is ex offenders? cw&c": the National TOMs are one list whichever council is named, so a
  // measure asked for by what it counts is the catalogue's, not the council's TOMs card.
  // "… and which TOMs measures cover car miles?" asked beside another part: each part in turn (below).
  if (q.wantsToms && q.asksMeasure && !contract && !q.asksYesNo && !unnamed && q.councils.length === 1 && !(q.parts.length > 1 && q.parts.some((p) => p !== 'toms'))) {
    const measures = measuresFor(shelf.toms, shelf.tomsSource(), q.text, false);
    if (measures) return { answer: finish(shelf.now(), measures, [shelf.pack(q.councils[0]!)], q, carried, why), council: q.councils[0]! };
  }
  // "What are the five TOMs themes?": the catalogue's themes. "Which of Stockport's core outcomes link to
  // the environment TOMs theme?": the named council's list that says it (outcomes with their themes).
  if (q.wantsToms && !contract && /\bthemes?\b/.test(q.text.toLowerCase()) && own.every((s) => s === 'toms' || s === 'priorities')) {
    // "which of those tick the environment theme?" after Stockport's core outcomes: that council's list still.
    const named = q.councils.length === 1 && (!carried.council || q.pointsAt !== undefined) ? q.councils[0]! : undefined;
    const listed = named ? topicListing(shelf.vocabulary, shelf.pack(named), q.text) : undefined;
    if (named && listed) return { answer: finish(shelf.now(), listed, [shelf.pack(named)], q, carried), council: named };
    return { answer: tomsThemes(shelf.toms, shelf.tomsSource()) };
  }
  if (q.wantsToms && !contract && own.every((s) => s === 'toms') && unnamed) {
    // "whats the toms for it?" after modern slavery: the measures on the subject just answered, only those.
    const measures = measuresFor(shelf.toms, shelf.tomsSource(), q.tomsTopic ?? q.text, q.tomsTopic === undefined);
    // "what proxy value do the TOMs put on a week of apprenticeship?": the measures, the value not given.
    if (measures) return { answer: measuresNotGiven(shelf, q, measures, measures.facts.map((f) => f.title)) };
    // "What is the National TOMs?" with no council: the framework is national, so its themes.
    if (!id) return { answer: tomsThemes(shelf.toms, shelf.tomsSource()) };
  }
  // "What does social value mean?", "will it push the price up?": asked of social value itself, not of
  // one council's rules, so each council's words, side by side.
  // "What is the Social Value Portal?": asked what a named thing is (not "our" one, nor a council's own
  // list such as its priorities), with no council, each council's documents on it side by side.
  const named = own.length === 1 && /^(?:the )?[A-Z]/.test(topicName(own[0]!));
  const asksWhatItIs = named && /^\s*(?:what|who)(?:'s|s| is| are| was| were)\b/i.test(q.text) && !q.asksYesNo && q.amounts.length === 0 && !ownWords(q.text);
  if (!id && !contract && own.length === 1 && (EVERY_COUNCILS[own[0]!] || asksWhatItIs)) {
    const defined = compareSubject(shelf.packs, own[0], () => undefined);
    if (defined) return { answer: finish(shelf.now(), defined, shelf.packs, q, carried) };
  }
  // "what's the proxy value of an apprenticeship week?": what no council's documents give is said of them all.
  // Not of a document each council has its own of ("when is the charter due for a refresh?"), which only the officer's council answers.
  if (!id && q.notGiven && !ownWords(q.text) && !q.asksCurrency && councilsWithDocumentNamed(shelf, q.text).size <= 1) {
    const says = q.notGiven.says ?? `give ${q.notGiven.about}`;
    const none = givenByNone(shelf.packs.map((pack) => ({ pack, answer: councilAnswer(shelf, pack, q, own[0], contract) })), says);
    if (none) return { answer: finish(shelf.now(), none, shelf.packs, q, carried) };
  }
  if (!id) return { answer: askWhichCouncil(shelf, q) };
  const pack = shelf.pack(id);
  const pointing = [...own, ...(q.pointsAt ?? []).filter((s) => s !== 'compare' && s !== 'national' && !own.includes(s))];
  const parts = q.parts.length > 1 ? q.parts : [listWithItemOn(shelf, pack, pointing, q.text) ?? own[0]];
  // "between £25k and £50k": one answer for each part of the range the council's rules treat alike.
  const ranged = q.range && !contract && parts.length === 1 ? acrossRange(shelf, pack, q, parts[0]) : undefined;
  // "the weighting for 30k, and for 300k": one answer per value.
  const answers =
    ranged ??
    (q.amounts.length > 1 && parts.length === 1
      ? q.amounts.map((value) => councilAnswer(shelf, pack, q, parts[0], { ...contract!, value }))
      : parts.map((part) => councilAnswer(shelf, pack, nationalBeside ? { ...q, otherWords: [] } : q, part, contract)));
  // "£12k pa, 2 yrs + 1 yr extension": where the rules read differently without the extension, that answer
  // too; of several things asked ("does SV apply and is it a portal one?"), beside each whose answer differs.
  const base = contract && !ranged && q.amounts.length <= 1 ? differingBase(pack, q, contract) : undefined;
  if (contract && base) {
    for (let i = parts.length - 1; i >= 0; i--) {
      const without = withoutExtensionAnswer(pack, contract, base, (c) => councilAnswer(shelf, pack, q, parts[i]!, c));
      if (without && (parts.length === 1 || readsDifferently(contract, base, answers[i]!, without))) answers.splice(i + 1, 0, without);
    }
  }
  if (nationalBeside && q.proposedWeighting === undefined) {
    // "Does the central government 10% apply to us in Stockport?": no, first; then the council's own figure.
    const no = q.asksIfApplies ? nationalNo(national, 'weighting', { text: q.text, yesNo: q.asksYesNo, ofCouncil: true }) : undefined;
    // "Does CWaC's policy follow PPN 06/20 on weighting?": the note asked about leads, as the council's documents cite it or not.
    if (no) answers.unshift(no);
    else if (namesNote(q.text)) answers.unshift(nationalAnswer(national, 'priorities', { text: q.text, yesNo: q.asksYesNo, ...askedOf(shelf, q) }));
    else {
      // "The CWaC policy mentions a central government minimum - what is it and is CWaC's the same?": the
      // national figure, asked first, leads; "the same?" is answered of the council's own weightings.
      const figure = Number.parseFloat(national.facts.find((f) => f.topic === 'weighting')?.figure ?? '');
      const at = parts.indexOf('weighting');
      if (!contract && at >= 0 && Number.isFinite(figure) && shelf.vocabulary.asksSame?.test(q.text.toLowerCase())) answers[at] = sameFigure(pack, figure, answers[at]!);
      const asked = nationalAnswer(national, 'weighting', { text: q.text, ...askedOf(shelf, q) });
      if (nationalAskedFirst(shelf, q)) answers.unshift(asked);
      else answers.push(asked);
    }
  }
  if (!contract) answers.splice(0, answers.length, ...askedOfAlso(shelf, q, pack, parts[0], answers));
  // "what does our charter say on the living wage?": the document named, where the answer cites another, says it first in its own words.
  const ownWording = !contract && answers.length === 1 ? namedDocumentSays(shelf, q, pack, answers[0]!) : undefined;
  if (ownWording) answers.unshift(ownWording);
  const beside = askedBeside(shelf, q, pack, answers);
  answers.unshift(...beside.before);
  answers.push(...beside.after);
  return { answer: finish(shelf.now(), together(answers), [pack], q, carried, why), council: id };
}

/** The passage of the one document the question names ("our charter"), where the answer cites none of it. */
function namedDocumentSays(shelf: Shelf, q: Question, pack: PolicyPack, answer: Answer): Answer | undefined {
  if (pack.documents.length < 2 || answer.searchedFor !== undefined) return undefined;
  // "the GM Good Employment Charter" ends another name: it names none of the council's documents.
  if (!councilsWithDocumentNamed(shelf, q.text).has(pack.council.id)) return undefined;
  const named = namedDocuments(pack.documents, q.text);
  if (named.length !== 1) return undefined;
  const doc = named[0]!;
  if (answer.sources.some((s) => s.includes(documentLabel(doc)))) return undefined;
  const found = shelf.passages.search(searchText(q), pack.council.id, 5).find((p) => p.documentId === doc.id);
  return found ? quoted(shelf, pack, q, [found]) : undefined;
}

/** "What's the proxy value for NT10?": what the question asks of the measures that the documents do not give, said first, with the nearest they come. */
function measuresNotGiven(shelf: Shelf, q: Question, measures: Answer, refs: string[]): Answer {
  if (!q.notGiven) return measures;
  const near = q.notGiven.near ? shelf.passages.search(q.notGiven.near, undefined, 1)[0] : undefined;
  return tomsNotGiven(measures, q.notGiven.about, refs, near);
}

/** "does the act cover works or only services?": the kinds of contract named besides services. */
function kindsBeyondServices(shelf: Shelf, q: Question): string[] {
  const lower = q.text.toLowerCase();
  return shelf.vocabulary.categories.filter((c) => c.id !== 'services' && c.re.test(lower) && !c.unless?.test(lower)).map((c) => c.id);
}

/** Each council's passage that applies social value to the kinds of contract asked besides services ("goods, works and services"). */
function widerThanTheAct(shelf: Shelf, kinds: readonly string[]): { text: string; source: string }[] {
  if (kinds.length === 0) return [];
  const says = (quote: string) => /\bservices\b/i.test(quote) && kinds.some((k) => shelf.vocabulary.categories.find((c) => c.id === k)!.re.test(quote.toLowerCase()));
  return shelf.packs.flatMap((pack) => {
    const found = shelf.passages.search(`${kinds.join(' ')} goods works services supplies`, pack.council.id, 12).find((p) => says(p.quote));
    return found ? [{ text: `${pack.council.shortName}: “${found.quote.replace(/^[-*•\s]+/, '')}”`, source: found.citation }] : [];
  });
}

/** Answers to the things asked, in order, as one: the first leads, the rest are its parts. */
function together(answers: readonly Answer[]): Answer {
  const [first, ...rest] = answers as [Answer, ...Answer[]];
  // The first answer's own parts (what it does not say, after what it does) stay with it, before the rest.
  return rest.length > 0 ? { ...first, parts: [...(first.parts ?? []), ...rest.map(asPart)], sections: sectionsOnce([...first.sections, ...rest.flatMap((r) => r.sections)]) } : first;
}

/**
 * "When is the charter being refreshed, and what else is on the list for the next 12 months?": each
 * clause that asks on a subject rather than how current the documents are, answered on it, before or
 * after the currency as it was asked.
 */
function besideCurrency(shelf: Shelf, pack: PolicyPack, q: Question): { before: Answer[]; after: Answer[] } {
  const v = shelf.vocabulary;
  const clauses = clausesOf(q.text);
  const at = clauses.findIndex((c) => v.currencyAsk.test(c));
  const out: { before: Answer[]; after: Answer[] } = { before: [], after: [] };
  if (at < 0) return out;
  clauses.forEach((clause, i) => {
    const subject = clauseSubject(clause, v);
    if (i === at || !subject || v.currencyAsk.test(clause)) return;
    // The clause's own question: what the currency clause asked ("being refreshed": a date for the next version) is not this one's.
    const { notGiven, asksSupport: _support, ...rest } = q;
    const ownNotGiven = notGiven && v.notGiven.find((n) => n.id === notGiven.id)?.re.test(clause);
    const asked: Question = {
      ...rest,
      text: clause,
      subjects: [subject],
      parts: [],
      asksCurrency: false,
      asksYesNo: v.asksYesNo.test(clause),
      ...(asksForSupport(clause, v) ? { asksSupport: true as const } : {}),
      ...(ownNotGiven ? { notGiven } : {}),
    };
    (i < at ? out.before : out.after).push(councilAnswer(shelf, pack, asked, subject, undefined));
  });
  return out;
}

/** "What is the central government minimum, and what's Stockport's?": the national figure is asked about first. */
function nationalAskedFirst(shelf: Shelf, q: Question): boolean {
  const national = shelf.vocabulary.subjects.find((s) => s.id === 'national')?.re;
  const [first, ...rest] = clausesOf(q.text);
  return national !== undefined && first !== undefined && national.test(first) && rest.some((c) => !national.test(c));
}

/** Asked of one council named: the national context its own documents quote. */
function askedOf(shelf: Shelf, q: Question): Pick<NationalAsk, 'council'> {
  if (q.councils.length !== 1) return {};
  const pack = shelf.pack(q.councils[0]!);
  return { council: { name: pack.council.shortName, documents: pack.documents.map((d) => d.id) } };
}

/**
 * "What's in Stockport's plans for the next 12 months on living wage?": one thing asked about two
 * subjects, where the council's list on the second (the action plan's priorities) has an item on the
 * first ("Complete year 2 of the Real Living Wage action plan"): that list is what is asked for.
 */
function listWithItemOn(shelf: Shelf, pack: PolicyPack, own: Subject[], text: string): Subject | undefined {
  const v = shelf.vocabulary;
  const [first, ...rest] = own;
  const about = v.subjects.find((s) => s.id === first)?.re;
  if (!about) return undefined;
  // "as a new member of the steering group what are the broad principles …?": a subject named only in
  // the background (the group's objectives include "Social Value priorities") is not the list asked for.
  // One pointed at (the last answer's) is not background.
  const asked = askedText(text, v);
  const lower = text.toLowerCase();
  const background = (s: Subject) => {
    const re = v.subjects.find((x) => x.id === s)?.re;
    return re !== undefined && re.test(lower) && !re.test(asked);
  };
  return rest.find((s) => !background(s) && pack.topics[s as TopicId]?.parts.some((p) => p.items?.some((item) => about.test(item.toLowerCase()))));
}

/** Across councils (those named, else all): the subject, the rule for the contract, verdicts, thresholds or the weighting. */
function compared(shelf: Shelf, q: Question, carried: Carried, contract: Contract | undefined, own: Subject[]): Answer {
  const packs = q.councils.length > 1 ? q.councils.map((c) => shelf.pack(c)) : shelf.packs;
  const subject = own.find((s) => !['weighting', 'threshold', 'requirements'].includes(s));
  const found = (pack: PolicyPack) => shelf.passages.search(subject ? `${q.text} ${topicName(subject)}` : q.text, pack.council.id, 1)[0];
  // "what is STAR and which councils does it do procurement for?": with no subject, each council's
  // sentence that names most of what was asked ("STAR is the Council's strategic procurement partner"), not its whole paragraph.
  const quoted = (pack: PolicyPack) => {
    const p = found(pack);
    return p && !subject ? askedSentence(shelf, q.text, p) : p;
  };
  // "which councils use STAR Procurement?": no curated subject, so each council's documents are quoted.
  const ruled = contract && subject && TOMS_OR_RULES(subject) ? compareRuleForContract(packs, contract, subject, quoted, putOf(shelf.vocabulary, q)) : undefined;
  // "weighting and do we need the portal?" across councils: both, the weighting first, as asked.
  const both = ruled && contract && subject && q.parts.includes('weighting') && q.proposedWeighting === undefined ? compareWeightingAndRule(compareWeighting(packs, contract, q.competitive), ruled, subject, contract) : ruled;
  const bySubject = both ?? (!contract && (subject || (own.length === 0 && q.otherWords.length > 0)) ? compareSubject(packs, subject, quoted) : undefined);
  // "Stockport vs Trafford thresholds": the thresholds, not the weighting alone.
  const asksThresholds = !contract && !own.includes('weighting') && own.includes('threshold');
  const rank: Rank | undefined = RANK_HIGH.test(q.text) ? 'highest' : RANK_LOW.test(q.text) ? 'lowest' : undefined;
  const judged = contract && q.proposedWeighting !== undefined ? compareVerdicts(packs, contract, q.proposedWeighting, q.asksNeed === true, q.asksTooMuch === true) : undefined;
  const answer = bySubject ?? judged ?? (asksThresholds ? compareThresholds(packs) : compareWeighting(packs, contract, q.competitive, rank));
  const headed = q.notGiven && !bySubject ? { ...answer, headline: `None of the councils' documents give ${q.notGiven.about} for the social value weighting. What each does set:` } : answer;
  return finish(shelf.now(), headed, packs, q, carried);
}

/** "Is the CWaC policy still in date?": each document's dates and what it says of its refresh. */
function howCurrent(shelf: Shelf, pack: PolicyPack, q: Question): Answer {
  const refresh = new Map(
    pack.documents.flatMap((d) => {
      const src = shelf.library.sources.documents.get(d.id)?.refreshSource;
      return src ? [[d.id, cite(pack.documents, src).text] as const] : [];
    }),
  );
  const lower = q.text.toLowerCase();
  const approval = shelf.vocabulary.currencyApproval?.test(lower) === true;
  const replacement = q.notGiven?.id === 'replacement-date';
  // What the documents plan for the next version ("Review and refresh the Stockport Social Value
  // Charter", a priority for the next 12 months), beside the refresh date.
  const named = namedDocuments(pack.documents, q.text);
  const titleWords = new Set(named.flatMap((d) => d.title.toLowerCase().match(/[a-z]{5,}/g) ?? []));
  const refreshQuotes = new Set(named.map((d) => shelf.library.sources.documents.get(d.id)?.refreshSource?.quote).filter((x) => x !== undefined));
  const planned = shelf.passages
    .search('review refresh', pack.council.id, 10)
    .find((p) => /\b(review|refresh|replac|renew)\w*/i.test(p.quote) && [...titleWords].some((w) => p.quote.toLowerCase().includes(w)) && ![...refreshQuotes].some((r) => r.includes(p.quote)));
  const plan = planned ? { said: saysLine(planned), citation: planned.citation } : undefined;
  const plans = new Map(plan ? named.filter((d) => d.refreshDue).map((d) => [d.id, plan] as const) : []);
  const answer = currencyAnswer(
    pack.council.shortName,
    pack.documents,
    shelf.now(),
    refresh,
    replacement,
    {
      text: q.text,
      // "Is there a newer charter?" is not answered yes or no by the dates of the one held.
      yesNo: q.asksYesNo && !approval && !replacement,
      stale: q.asksStale === true,
      approval,
      newer: shelf.vocabulary.currencyNewer?.test(lower) === true,
    },
    plans,
  );
  if (!replacement || !plan) return answer;
  return { ...answer, rule: plan.said, sources: [...answer.sources, plan.citation] };
}

function invalidMoney(q: Question): Answer {
  const m = q.money;
  if (m?.kind !== 'invalid') throw new Error('invalidMoney needs an invalid reading');
  const why = {
    negative: `A contract value can't be negative (I read "${m.text}" as ${formatPounds(m.value)}).`,
    zero: `I read "${m.text}" as ${formatPounds(0)}: a contract needs a value above zero.`,
    'too-large': `${formatPounds(m.value)} ("${m.text}") is far larger than any single council contract, so I think it's a typo.`,
  }[m.problem];
  return notice('Please check the contract value', `${why} Tell me the total agreement value including any extensions, for example "£75k" or "1.2 million".`);
}
