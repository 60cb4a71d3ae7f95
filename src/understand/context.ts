/**
 * The conversation's last question (council, value, category, competitiveness, subjects), and how a
 * follow-up that changes one thing takes the rest from it: "and what about Trafford?" after a £200k
 * question keeps the £200k; "what if it was £30k?" keeps the council.
 */
import type { Category } from '../policy/schema.js';
import { bareAmount, givesTerm, loneNumber, termGiven, totalOver, withTerm, yearlyAsBefore, type ValueBasis } from './contractValue.js';
import { askedNotGiven, type Question, type Subject } from './question.js';
import type { Filter } from './planCommands.js';
import type { Request } from './route.js';
import type { Vocabulary } from './vocabulary.js';

/** Kept per conversation, in storage, so it survives a restart and reaches a second instance. */
export interface QaContext {
  council?: string;
  /**
   * The council was chosen by the documents, not by the officer (only its documents name what was
   * asked: "what's Spacehive?"): a follow-up keeps it, a new subject asked with no council does not.
   */
  chosen?: true;
  value?: number;
  basis?: ValueBasis;
  category?: Category;
  competitive?: boolean;
  subjects?: Subject[];
  /** the things asked of the contract in turn, where more than one ("what weighting?", then "the portal too?") */
  parts?: Subject[];
  /** the weighting the officer asked to have judged ("is 12% ok …?") */
  proposedWeighting?: number;
  /** what the documents were searched for, when the answer was a quote ("round table") */
  about?: string;
  /** the question itself, when the answer was a quote: "and stockport?" asks it again there */
  asked?: string;
  /** the kind of figure asked for ("who chairs …?": "a chair"), for "and in Stockport?" */
  asks?: string;
  /** the one item of a topic's list the answer was about (the Supported Internship), for "who leads that?" */
  item?: string;
  /** asked how current the documents are: for their dates, or yes or no ("stale": whether they are out of date) */
  currency?: 'dates' | 'current' | 'stale';
  /** the answer compared councils: these, or every council when empty ("compare … for £120k", then "what about 70k?") */
  compared?: string[];
  /** asked what can be done when a supplier does not deliver: the answer was every rule on that */
  remedy?: true;
  /** asked whether something else a supplier offers may be accepted instead of what it committed to */
  accepting?: true;
  /** asked to go below the council's weighting ("can I go lower than 10%?") */
  below?: true;
  /** the TOMs measures the answer was about ("NT19"), for "which theme is that under?" */
  toms?: string[];
  /**
   * The live plan was just shown (with its filter): "same for cwac?" shows it there, and "are any of
   * them due soon?" narrows the list shown (src/qa/desk.ts).
   */
  planView?: { filter?: Filter };
  /** the words of the question that named a subject measures exist for ("modern slavery"), for "whats the toms for it?" */
  topic?: string;
  /** how the answer began, so a follow-up that would get the same answer again looks further */
  said?: string;
  /** a fact of the council the documents may not give ("a level on the Maturity Index"), for "and stockport's?" */
  notGiven?: string;
}

export interface Carried {
  council?: string;
  value?: number;
  category?: Category;
  competitive?: boolean;
  subjects?: Subject[];
  proposedWeighting?: number;
  about?: string;
  asks?: string;
  item?: string;
  currency?: 'dates' | 'current' | 'stale';
  /** the same comparison of councils, for what the follow-up changes */
  compared?: string[];
  /** the same contract at the same rate, over the term the follow-up gives ("2 years longer") */
  term?: true;
  /** the same contract's term, at the new rate the follow-up gives ("and if it was 25k a year?") */
  sameTerm?: true;
  /** a bare number read in the units of this value before ("55" after £45,000 is £55,000) */
  readBeside?: number;
  /** "and over 3 years?" with no rate: the value before as the total, and as a year's over these months */
  eitherOver?: number;
  /** the measures just answered, asked of again ("which theme is that under?" after NT19) */
  toms?: string[];
  /** the words the last topic was asked in, for the measures on it ("whats the toms ref for that?") */
  topic?: string;
}

/** Subjects whose answer turns on the contract: a follow-up about them keeps the contract. */
const CONTRACT_BOUND: ReadonlySet<Subject> = new Set(['weighting', 'threshold', 'requirements', 'portal', 'toms', 'payment-deductions', 'pid-sign-off', 'minimum-standards', 'evaluation']);

/** A question whose subject is the last answer's: "is that …", "are they …", "does it …". */
const POINTS_BACK_AT = /^(?:(?:so|and|but|ok|okay|then),?\s+)*(?:is|are|was|were|does|do|did|will|would|can|could|should)\s+(?:that|it|this|they|those|these)\b/;

/** "that training", "this charter": what a message points at, the word or two after the pointing word. */
export const pointedAt = (lower: string): string | undefined => /\b(?:that|this|those|these|the same)\s+([a-z]+(?:\s+[a-z]+)?)/.exec(lower)?.[1];

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * `known` says whether the documents use a word at all: "tell me a joke" is short, but about nothing
 * the last question was about.
 */
export function isFollowUp(q: Question, v: Vocabulary, known: (word: string) => boolean = () => true): boolean {
  if (q.intent.kind !== 'question' || q.tomsRefs.length > 0) return false;
  const own = q.subjects.filter((s) => s !== 'compare');
  // A range of values ("25-50k") is a value of its own, as one amount is.
  const valued = q.money !== undefined || q.range !== undefined;
  const slots = q.councils.length > 0 || valued || q.category !== undefined || q.competitive !== undefined;
  // "Trafford?", "and for works?", "£30k?": a new council, value or kind of contract, and nothing else.
  if (own.length === 0 && slots && q.otherWords.length <= (valued ? 3 : 1)) return true;
  if ((q.proposedWeighting !== undefined || q.goesBelow) && (!valued || q.councils.length === 0)) return true;
  // "add on a 1yr ext?", "another year?": a new term for the same contract, and nothing else.
  if (own.length === 0 && !slots && q.otherWords.length <= 3 && wordCount(q.text) <= 8 && givesTerm(q.text)) return true;
  // "which of those tick the environment theme?": items of the list just given.
  if (q.ofThose && q.councils.length === 0 && !q.mention.misspelt && !q.mention.uncovered) return true;
  // "does it make any difference if it's goods instead?": what was just answered, asked again of another kind of contract.
  if (q.asksIfDifferent && own.length === 0 && q.councils.length === 0 && !valued) return true;
  const words = wordCount(q.text);
  // "why?", "where does it say that?", "how much can we take off?", "what does that mean?": nothing of
  // its own but a question asked of the last answer (its reason, its source, a figure of it, its meaning).
  // "what does that mean?" points back; "what does S-REP mean?" names a thing of its own.
  const meaningOfLast = q.asksMeaning === true && /\b(that|this|it|those|these|they)\b/.test(q.text.toLowerCase());
  const asksOfLast = q.refersBack !== undefined || q.asksUse === true || meaningOfLast || (q.asksFor !== undefined && onlyAsks(q, v));
  // "whats the reason for the 15% min?": the weighting named is the last answer's, asked why.
  // "why so low? i thought the govt said 10%": the national figure named beside it is the officer's remark.
  const ofLastWeighting = q.refersBack === 'reason' && own.every((s) => s === 'weighting' || s === 'national');
  // A remark on the national figure after the reason asked ("… i thought the govt said 10%") makes it
  // longer, not new; a refer-back pattern fits whole sentences only, so a longer message of them ("why is
  // the minimum 15 anyway? is there a reason given") still asks nothing else.
  const limit = q.refersBack !== undefined ? 14 : own.includes('national') ? 12 : 8;
  if (asksOfLast && (own.length === 0 || ofLastWeighting) && !slots && words <= limit) return true;
  if (q.followUp && words <= 14 && q.otherWords.length <= 3) return true;
  if (q.councils.length > 0 || valued || q.mention.uncovered || q.mention.misspelt) return false;
  // "whats the deadline for that?", "is it up and running yet?": a kind of thing the documents may not
  // give (a word they need not use), asked of what was just answered.
  // "who actually approves it if we want to go lower than that?": as much of the last answer, at more length.
  if (q.notGiven && own.length === 0 && words <= 14 && /\b(that|it|this|they|them|those|these)\b/.test(q.text.toLowerCase())) return true;
  // "what's the target?", "and the TOMs?": a short question leans on the one before.
  // "which is higher?", "compare": a comparison of what was just asked.
  if (!q.otherWords.every(known) || (own.length === 0 && q.otherWords.length === 0 && !q.subjects.includes('compare'))) return false;
  return words <= 5 || (words <= 14 && v.sameAsBefore.test(q.text.toLowerCase()));
}

/** "who's the lead officer on that?": no words but those that ask for the kind of figure ("lead", "officer"). */
function onlyAsks(q: Question, v: Vocabulary): boolean {
  const asking = v.asksFigure.find((a) => a.about === q.asksFor)?.asking;
  if (!asking) return q.otherWords.length === 0;
  const word = new RegExp(`^(?:${asking.source})$`, 'i');
  return q.otherWords.every((w) => word.test(w));
}

/**
 * "whats the name of that project and what was the contract worth?" after a quote on Wilmott Dixon's work:
 * a message that points at a thing ("that project") and names no subject, council or value of its own
 * asks about what was quoted, however long it is.
 */
function pointsAtQuote(q: Question, previous: QaContext): boolean {
  if (!previous.about || q.intent.kind !== 'question' || q.councils.length > 0 || q.money !== undefined || q.range !== undefined) return false;
  return q.subjects.every((s) => s === 'compare') && pointedAt(q.text.toLowerCase()) !== undefined;
}

/**
 * "contract management?", "do i need a carbon reduction plan?" right after an answer: a subject
 * alone, or what a contract needs, with no council named, asks it of the council just answered for,
 * or of the councils just compared. A question of its own ("what does the social value act require")
 * is not one.
 */
export function mayAskOfLastAnswer(q: Question): boolean {
  if (q.intent.kind !== 'question' || q.tomsRefs.length > 0 || q.councils.length > 0 || q.mention.uncovered || q.mention.misspelt) return false;
  const words = wordCount(q.text);
  const asksOfContract = q.subjects.includes('requirements') && words <= 10;
  return q.subjects.some((s) => s !== 'compare' && s !== 'national') && (words <= 3 || asksOfContract);
}

/** A question naming no measure, council or value of its own: what it asks is of the last answer. */
function namesNothingOfItsOwn(q: Question): boolean {
  return q.intent.kind === 'question' && q.tomsRefs.length === 0 && q.councils.length === 0 && q.money === undefined && q.range === undefined;
}

/**
 * "which theme is that under?", "and the outcome?" after NT19: a measure's theme or outcome asked of
 * what was just answered, naming no measure, council or value of its own.
 */
export function asksOfMeasureBefore(q: Question): boolean {
  if (!q.asksOfMeasure || !namesNothingOfItsOwn(q)) return false;
  const pointsBack = /\b(it|its|that|this|those|these|they|them|one)\b/.test(q.text.toLowerCase());
  return pointsBack || q.followUp || wordCount(q.text) <= 3;
}

/**
 * "whats the toms for it?", "toms ref for that" after Stockport on modern slavery: measures asked for
 * what was just answered, naming no subject, measure, council or value of their own.
 */
export function asksTomsOfLast(q: Question): boolean {
  if (!q.wantsToms || !namesNothingOfItsOwn(q)) return false;
  const pointsBack = /\b(it|its|that|this|those|these|them|they|same)\b/.test(q.text.toLowerCase());
  return pointsBack && q.subjects.every((s) => s === 'toms') && wordCount(q.text) <= 10;
}

/** Whether the previous question can change how `q` is read: a follow-up, or a question that may lean on the last answer. */
export function mayLeanOnPrevious(q: Question, v: Vocabulary, known?: (word: string) => boolean): boolean {
  return isFollowUp(q, v, known) || mayAskOfLastAnswer(q) || asksOfMeasureBefore(q) || asksTomsOfLast(q);
}

/** The contract's category and whether it is competitive, kept where the follow-up does not give its own. */
function carryTerms(q: Question, previous: QaContext, out: Question, carried: Carried): void {
  if (q.category === undefined && previous.category) {
    carried.category = previous.category;
    out.category = previous.category;
  }
  if (q.competitive === undefined && previous.competitive !== undefined) {
    carried.competitive = previous.competitive;
    out.competitive = previous.competitive;
  }
}

/** What the documents' words say of a message's words (the passage index answers it). */
export interface Lexicon {
  /** whether the documents use a word at all */
  known(word: string): boolean;
  /** whether words typed together name a thing the documents write of in a few places ("hong kong newcomers") */
  namesThing(text: string): boolean;
}

/**
 * "and what about hong kong newcomers?", "also how many newcomers are there?" after a contract's
 * weighting: nothing the vocabulary names, but a thing of its own in the documents' words, named as
 * they name it or counted. It is asked of the same council, not of that contract again.
 */
function asksOfOwnThing(q: Question, previous: QaContext, own: readonly Subject[], v: Vocabulary, lexicon: Lexicon | undefined): boolean {
  if (!lexicon || previous.value === undefined || own.length > 0 || q.refersBack !== undefined || q.otherWords.length === 0 || !q.otherWords.every(lexicon.known)) return false;
  return lexicon.namesThing(q.text) || v.asksFigure.find((a) => a.about === q.asksFor)?.counted === true;
}

/** The question with what it leaves out taken from the previous one, and what was taken. */
export function withContext(q: Question, previous: QaContext | undefined, v: Vocabulary, lexicon?: Lexicon, leaning = false): { question: Question; carried: Carried } {
  const known = lexicon?.known;
  // The National TOMs are one list whichever council: the measures asked of again, and nothing else.
  if (previous?.toms && asksOfMeasureBefore(q)) return { question: { ...q, tomsRefs: previous.toms, wantsToms: true }, carried: { toms: previous.toms } };
  // "whats the toms for it?" after the living wage: the measures on the subject just answered, whichever council.
  if (previous?.topic && asksTomsOfLast(q)) return { question: { ...q, tomsTopic: previous.topic }, carried: { topic: previous.topic } };
  if (!previous || !(leaning || isFollowUp(q, v, known) || ((previous.compared !== undefined || previous.council !== undefined) && mayAskOfLastAnswer(q)) || pointsAtQuote(q, previous))) {
    // "what about the council's own net zero target?" after its carbon requirements: a question of its
    // own, but more of the subject just answered all the same.
    const own = q.subjects.filter((s) => s !== 'compare');
    const more = previous?.subjects?.length && own.length > 0 && own.every((s) => previous.subjects!.includes(s));
    return { question: more ? { ...q, asksMore: true } : q, carried: {} };
  }
  const carried: Carried = {};
  const out: Question = { ...q };
  const own = q.subjects.filter((s) => s !== 'compare');
  const ownThing = asksOfOwnThing(q, previous, own, v, lexicon);
  // "does that apply to a £60k contract?" after "CWaC payment deductions": "apply to" is not a new subject.
  // "what percentage?" after CWaC's payment deductions: a figure of what was just answered, not the weighting.
  const bareFigure = q.asksFor !== undefined && q.otherWords.length === 0 && own.every((s) => s === 'weighting') && wordCount(q.text) <= 4;
  const generic = (own.length > 0 && own.every((s) => s === 'threshold' || s === 'requirements') && q.followUp) || bareFigure;
  if (((own.length === 0 && !ownThing) || generic) && previous.subjects && previous.subjects.length > 0) {
    carried.subjects = previous.subjects;
    out.subjects = [...q.subjects.filter((s) => s === 'compare'), ...previous.subjects];
    out.wantsToms = out.wantsToms || previous.subjects.includes('toms');
    // "same for cwac?" after the weighting, then "the portal too?": each thing asked, there.
    if (previous.parts && previous.parts.length > 1 && q.parts.length === 0) out.parts = previous.parts;
    // "who chairs the steering group in Trafford?" then "and in Stockport?": who chairs it there. A
    // follow-up with words of its own ("and is there any funding for a coordinator?") asks its own thing.
    if (previous.asks && !q.asksFor && q.otherWords.length === 0) {
      carried.asks = previous.asks;
      out.carriedAsk = previous.asks;
    }
    // "what can we do if they don't deliver?" then "does that apply to an £80k one?": "that" is every
    // rule on non-delivery just answered, not the payment deductions alone.
    if (previous.remedy && q.asksIfApplies) out.asksRemedy = true;
    // "what would happen in CWaC in the same situation?" after "they want to swap the apprenticeships
    // … am I allowed?": the same thing asked, whether the swap may be accepted.
    if (previous.accepting) out.asksAccept = true;
    // "is that mandatory?" after a weighting: whether the weighting applies, yes or no first.
    if (previous.subjects.includes('weighting') && q.asksYesNo && q.proposedWeighting === undefined && v.plainYes?.obligation.test(q.text.toLowerCase())) out.asksApplies = true;
  }
  // "is that scored as part of the SV?", "does it count towards the weighting?" after CWaC's minimum
  // standards: "that" is what was just answered, asked of how bids are scored, so it leads.
  const scoring = own.length > 0 && own.every((s) => s === 'evaluation' || s === 'weighting');
  if (!carried.subjects && scoring && POINTS_BACK_AT.test(q.text.toLowerCase()) && previous.subjects?.some((s) => !(own as Subject[]).includes(s))) {
    carried.subjects = previous.subjects;
    out.subjects = [...q.subjects.filter((s) => s === 'compare'), ...previous.subjects, ...own.filter((s) => !previous.subjects!.includes(s))];
  }
  // "who put that training together?" after Stockport's support for suppliers on carbon, an SME course
  // among it: "that training" may be the one just answered, not the council's training for its own
  // staff. The router answers from the last subjects' list where it has an item on it.
  const pointed = pointedAt(q.text.toLowerCase());
  const pointedSubject = pointed ? own.find((s) => v.subjects.find((x) => x.id === s)?.re.test(pointed)) : undefined;
  if (!carried.subjects && pointedSubject && previous.subjects && previous.subjects.length > 0 && !previous.subjects.includes(pointedSubject)) {
    out.pointsAt = previous.subjects;
  }
  // "which of those tick the environment TOMs theme?" after Stockport's core outcomes: items of that list.
  if (!carried.subjects && q.ofThose && previous.subjects && previous.subjects.length > 0) out.pointsAt = previous.subjects;
  // "is the Stockport charter current?" then "what about Trafford's?": how current Trafford's are.
  if (own.length === 0 && !q.asksCurrency && previous.currency) {
    carried.currency = previous.currency;
    out.asksCurrency = true;
    if (previous.currency === 'stale') out.asksStale = true;
    out.asksYesNo = previous.currency !== 'dates';
  }
  // "how often does it meet?" after a quote about the Round Table: the Round Table again.
  // A follow-up with words of its own ("and how much do they spend?") asks about those instead.
  // "who chairs it?": "it" is what was quoted, whatever else the words could mean.
  // "what's Spacehive?" names something new; "how often do they meet?" leans on the quote.
  const lower = q.text.toLowerCase();
  const pointsBack = /\b(it|its)\b/.test(lower) && q.councils.length === 0 && wordCount(q.text) <= 8;
  // "why didn't they go with that?" asks of the quote whatever its other words.
  // "how many came?" after the quote on the Hong Kong newcomers' event: a figure asked in a few words, of it.
  const briefAsk = q.asksFor !== undefined && q.councils.length === 0 && wordCount(q.text) <= 4;
  const leans = own.length === 0 && (leaning || briefAsk || q.refersBack !== undefined || (/\b(it|its|they|them|their|that|this|there)\b/.test(lower) && (q.otherWords.length <= 1 || (q.asksFor !== undefined && onlyAsks(q, v)))));
  // "and stockport?" after a quote on CWaC's volunteering days: the same thing asked of the council named.
  const elsewhere = own.length === 0 && q.councils.length > 0 && q.otherWords.length === 0 && q.money === undefined && q.range === undefined;
  if (!carried.subjects && previous.about && (leans || pointsBack || elsewhere || pointsAtQuote(q, previous))) {
    carried.about = previous.about;
    // Asked of another council, the whole question is what it is about ("how many … days": a count of days).
    out.about = elsewhere && previous.asked ? previous.asked : previous.about;
    // "how many volunteering days …?" then "and stockport?": the same kind of figure, there.
    if (elsewhere && previous.asks && !q.asksFor) {
      carried.asks = previous.asks;
      out.carriedAsk = previous.asks;
    }
  }
  // "what is trafford's maturity score?" then "and what about stockport's?": the same fact of the council, asked there.
  const sameFact = elsewhere && !q.notGiven && previous.notGiven ? v.notGiven.find((n) => n.id === previous.notGiven) : undefined;
  if (sameFact) out.notGiven = askedNotGiven(sameFact);
  // "who leads that?", "and who's responsible for it?" after the Supported Internship in CWaC's action
  // plan: that item, not the plan's first list.
  if (carried.subjects && previous.item && /\b(it|its|that|this|they|them|those|these)\b/.test(lower) && wordCount(q.text) <= 8) {
    carried.item = previous.item;
    out.item = previous.item;
  }
  // "and who signs off the exception?" after the PID rule: more of the subject just answered.
  if (carried.subjects || (own.length > 0 && previous.subjects?.length && own.every((s) => previous.subjects!.includes(s)))) out.asksMore = true;
  const subjects = out.subjects.filter((s) => s !== 'compare');
  // "what's the portal threshold?", "so what's the lowest value where the portal kicks in?" ask for the
  // threshold itself, not for the last contract.
  const asksThreshold = q.subjects.includes('threshold') && (!q.followUp || q.asksThresholdValue === true);
  // "how much is in that fund?" after a £75k contract's weighting: a fact of the council, not of that contract.
  const aboutContract = !asksThreshold && !ownThing && q.notGiven?.ofCouncil !== true && (subjects.length === 0 || subjects.some((s) => CONTRACT_BOUND.has(s)));
  const named = q.councils.length > 0 || q.mention.misspelt !== undefined || q.mention.uncovered !== undefined;
  // "how does that compare to Stockport?" after a Trafford answer: the council just answered for, beside the one named.
  const besides = q.subjects.includes('compare') && q.councils.length === 1 && previous.council !== undefined && previous.council !== q.councils[0] ? previous.council : undefined;
  if (besides) {
    carried.council = besides;
    out.councils = [besides, ...q.councils];
  } else if (!named && previous.compared) {
    // "compare … for £120k" then "what about 70k?": the same councils side by side again; then
    // "living wage?": the same councils on that subject (the contract kept where it turns on it).
    carried.compared = previous.compared;
    out.councils = previous.compared;
    if (!out.subjects.includes('compare')) out.subjects = ['compare', ...out.subjects];
  } else if (!named && previous.council && !(previous.chosen && own.length > 0 && !carried.subjects)) {
    // A council the documents chose ("what's Spacehive?") is kept for more on the same thing ("who
    // leads on it?"), not for a subject of the officer's own ("and what weighting for £75k?").
    carried.council = previous.council;
    out.councils = [previous.council];
  }
  // "what if it creeps up to 55?" after £45,000: £55,000, a new value for the same contract.
  // "why 15?" asks the reason for a figure of the last answer, not of a £15,000 contract.
  // "and 20?" after a verdict on 12%: a figure in the range of weightings is another weighting, not £20,000.
  const lone = loneNumber(q.text);
  const weighs = previous.proposedWeighting !== undefined && (lone?.value ?? Infinity) <= 25;
  const bare = aboutContract && !weighs && q.refersBack === undefined && q.money === undefined && q.range === undefined && q.statedWeighting === undefined && previous.value !== undefined ? bareAmount(q.text, previous.value) : undefined;
  if (bare) {
    carried.readBeside = previous.value;
    out.money = { kind: 'amount', value: bare.value, text: bare.text };
  }
  // "and if it creeps over £100k?" after £75,000: the contract is now on that side of the amount, so the
  // value before no longer holds; what else was said of the contract (works, competitive) still does.
  // "what if it was £80k instead?", a new value and nothing else asked: the same contract, still services.
  const newValueOnly = q.money !== undefined && own.length === 0;
  if (aboutContract && (q.bound !== undefined || newValueOnly) && previous.value !== undefined) carryTerms(q, previous, out, carried);
  // "and if it was 25k a year?" after "£30k pa for 3 yrs with a 12 month extension": the new rate over the same term.
  const rate = q.money?.kind === 'amount' ? q.money.basis : undefined;
  if (aboutContract && rate && rate.months === undefined && previous.basis?.months !== undefined) {
    const basis: ValueBasis = { ...rate, months: previous.basis.months, ...(previous.basis.extensionMonths ? { extensionMonths: previous.basis.extensionMonths } : {}) };
    carried.sameTerm = true;
    out.money = { ...q.money!, value: totalOver(basis, previous.basis.months), basis };
  }
  if (!bare && aboutContract && q.money === undefined && q.range === undefined && q.bound === undefined && previous.value !== undefined) {
    // "and over 3 years?" after £85,000 with no rate: £85,000 may be the total or a year's; both are answered.
    const months = previous.basis ? undefined : termGiven(q.text);
    // "what if it was 3 yrs at that value each year": the value before is a year's, so a new total.
    const yearly = months !== undefined && months > 12 && yearlyAsBefore(q.text) ? { rate: previous.value, per: 'year' as const, months } : undefined;
    if (months !== undefined && months > 12 && !yearly) {
      carried.eitherOver = months;
      out.amounts = [previous.value, Math.round(((previous.value * months) / 12) * 100) / 100];
    }
    // "and if it was 2 years longer?": the same rate over the new term, so a new total.
    const longer = yearly ? { value: totalOver(yearly, yearly.months), basis: yearly } : previous.basis ? withTerm(previous.basis, q.text) : undefined;
    if (longer) {
      carried.term = true;
      out.money = { kind: 'amount', value: longer.value, text: '', basis: longer.basis };
    } else {
      carried.value = previous.value;
      out.money = { kind: 'amount', value: previous.value, text: '', ...(previous.basis ? { basis: previous.basis } : {}) };
    }
    carryTerms(q, previous, out, carried);
  }
  // "does it need to go on the portal too?" of the same contract: asked beside what was asked before.
  // "so do I need the portal then?" after its weighting is as much about the one contract: a later
  // "what if it was £20k instead?" asks both again.
  const ofContract = (subjects: readonly Subject[]) => subjects.length > 0 && subjects.every((s) => CONTRACT_BOUND.has(s));
  const alsoOfContract = ofContract(own) && ofContract(previous.subjects ?? []) && own.some((s) => !previous.subjects!.includes(s));
  if (carried.value !== undefined && own.length > 0 && !carried.subjects && previous.subjects?.length && (v.addsAsk?.test(lower) || alsoOfContract)) {
    out.askedBefore = previous.parts ?? [previous.subjects[0]!];
  }
  // "who has to sign that off?" after a verdict on a lower weighting: who approves that figure, not who signs off a PID.
  if ((previous.proposedWeighting !== undefined || previous.below) && v.asksApprover?.test(lower)) out.approverOfLower = true;
  // "is 12% ok for £80k in Stockport?" then "what about in CWaC?": the same 12%, judged there.
  // "… is 12% ok for £90k?" then "what about 4%?": the new figure, judged for the same contract.
  if (q.proposedWeighting === undefined && previous.proposedWeighting !== undefined && (carried.subjects || carried.value !== undefined || carried.term || carried.sameTerm)) {
    // "ok what if we bump it to 18" after "14% on a £200k tender, does that cut it?": a number with no
    // unit that cannot be the contract's value (£18,000 beside £200,000) is the weighting, judged again.
    const unitless = q.statedWeighting === undefined && !bare && q.money === undefined && q.range === undefined && q.refersBack === undefined ? lone : undefined;
    const figure = unitless && unitless.value > 0 && unitless.value <= 100 ? unitless.value : q.statedWeighting;
    // "why 15%?" names the council's figure to give the reason for, not a new figure to judge.
    if (figure !== undefined && q.refersBack !== 'reason') {
      out.proposedWeighting = figure;
    } else {
      carried.proposedWeighting = previous.proposedWeighting;
      out.proposedWeighting = previous.proposedWeighting;
    }
  }
  return { question: out, carried };
}

/**
 * What to keep after a command: once the action plan (or its digest) was shown, "who's meant to keep
 * that updated?" asks about the plan there, as it would after a question about the plan. `council`:
 * the officer's, for a command that names none. Other commands leave the context as it was.
 */
export function contextAfterCommand(request: Request, council: string | undefined): QaContext | undefined {
  if (request.feature !== 'action-plan' || (request.command.kind !== 'view' && request.command.kind !== 'digest')) return undefined;
  const shown = request.command.council ?? council;
  const filter = request.command.kind === 'view' ? request.command.filter : undefined;
  const kept = filter && filter.kind !== 'mine' ? { filter: withoutOfShown(filter) } : {};
  return shown ? { council: shown, subjects: ['action-plan'], planView: kept } : undefined;
}

/** The filter as it is to be carried: "of those" was this message's, not the next one's. */
function withoutOfShown(filter: Filter): Filter {
  if (filter.kind !== 'overdue' && filter.kind !== 'due-soon') return filter;
  const { ofShown: _ofShown, ...rest } = filter;
  return rest;
}

/**
 * What to keep of a question once it is answered for `council`. `about`: the words the documents were
 * searched for when the answer quoted them (the quote, not a subject, is then what was answered).
 * `chosen`: the documents, not the officer, chose the council.
 */
export function rememberOf(q: Question, council: string | undefined, about?: string, chosen = false, item?: string, listed: readonly string[] = [], topic?: string): QaContext {
  const money = q.money?.kind === 'amount' ? q.money : undefined;
  const subjects = about ? [] : q.subjects.filter((s) => s !== 'compare' && s !== 'national');
  // A comparison answers for no one council: kept as the councils compared (none named: every council).
  const compared = !council && q.subjects.includes('compare') && q.councils.length !== 1 ? q.councils : undefined;
  const parts = about ? [] : q.askedBefore ? [...new Set([...q.askedBefore, ...(q.parts.length > 0 ? q.parts : subjects.slice(0, 1))])] : q.parts;
  return {
    ...(council ? { council, ...(chosen ? { chosen: true as const } : {}) } : {}),
    ...(compared ? { compared } : {}),
    ...(money ? { value: money.value, ...(money.basis ? { basis: money.basis } : {}) } : {}),
    ...(q.category ? { category: q.category } : {}),
    ...(q.competitive !== undefined ? { competitive: q.competitive } : {}),
    ...(subjects.length > 0 ? { subjects } : {}),
    ...(parts.length > 1 ? { parts } : {}),
    ...(q.proposedWeighting !== undefined ? { proposedWeighting: q.proposedWeighting } : {}),
    ...(q.asksRemedy && subjects.length > 0 ? { remedy: true as const } : {}),
    ...(q.asksAccept && subjects.length > 0 ? { accepting: true as const } : {}),
    ...(q.goesBelow ? { below: true as const } : {}),
    ...(about ? { about, asked: q.about ?? q.text } : {}),
    // The measures asked for by reference, else those listed ("TOMs for veterans": NT3a, NT6a).
    ...(q.tomsRefs.length > 0 ? { toms: q.tomsRefs } : listed.length > 0 ? { toms: [...listed] } : {}),
    ...(item && !about ? { item } : {}),
    ...(topic ? { topic } : {}),
    ...((q.asksFor ?? q.carriedAsk) ? { asks: q.asksFor ?? q.carriedAsk } : {}),
    ...(q.notGiven?.ofCouncil ? { notGiven: q.notGiven.id } : {}),
    ...(q.asksCurrency && q.money === undefined ? { currency: !q.asksYesNo ? ('dates' as const) : q.asksStale ? ('stale' as const) : ('current' as const) } : {}),
  };
}
