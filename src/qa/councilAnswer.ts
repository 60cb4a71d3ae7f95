/**
 * One council's answer to one part of a question, from its pack: the weighting or rules for the
 * contract, a verdict on a proposed figure, a curated topic, a range of values; a passage of its
 * documents where the curated topic does not speak to what was asked.
 */
import { valuesAcross, type Contract } from '../policy/requirements.js';
import { sentencesOf } from '../sources/links.js';
import { cite } from '../policy/citations.js';
import type { PolicyPack, Rule, TopicId, WeightingRule } from '../policy/schema.js';
import { formatPounds } from '../text/money.js';
import { askedText, askingPart, clausesOf, type Question, type Subject } from '../understand/question.js';
import type { NotGiven, Vocabulary } from '../understand/vocabulary.js';
import { answerAsText, asPart, suggest, type Answer } from './answer.js';
import { ledByAsked } from './ledByAsked.js';
import { choiceLeftToBidders } from './bidderChoice.js';
import { TOPIC_NAMES, TOPIC_RULES, percent, topicName } from './phrases.js';
import { figureGiven, itemsUnsaid, quoted, searchText, silent, wholeList } from './search.js';
import { notGivenEntry, wantedFigure, withoutAsking } from './figureAsked.js';
import type { Passage } from './passages.js';
import type { Shelf } from './shelf.js';
import { measuresFor, tomsByRef, tomsThemes } from './toms.js';
import { givenElsewhere, howUsed, noForNonCompetitive, noToSkip, notGiven, notYetPlanned, oneOfTheList, partnerAnswer, runningTotal, topic, topicListing, verdictByForce, yesForContracts } from './topics.js';
import { escapeRegExp } from '../text/regex.js';
import { appliesAnswer, belowAnswer, belowAnyValue, claimNoNeed, claimNoNeedWithin, asFallsShort, asIssue, asTooLow, categoryCovered, categoryUnchanged, nationalFigureVerdict, noAcceptingRule, onlyIfAccepted, socialValueNeeded, verdictAnswer, verdictAnyValue, withAlternative } from './verdict.js';
import { sentencesWriting, weightingRuleWith, writtenAsName } from './whichCouncil.js';
import { boundAnswer, contractAnswer, overview, ruleTopicForBound, ruleTopicForContract, sameForCategory, thresholds, weightingSummary, type Put } from './weighting.js';

/** The contract the question describes, when it gives a value. */
export function contractOf(q: Question): Contract | undefined {
  if (q.money?.kind !== 'amount') return undefined;
  return { value: q.money.value, ...termsOf(q) };
}

/**
 * The clause of a message that asks about `primary`, when the message asks several things (or, with
 * `anyClause`, has several clauses at all): "… threshold for the portal and how much has been
 * secured?" has "threshold for the portal" for the Portal.
 */
function clauseOn(v: Vocabulary, q: Question, primary: Subject | undefined, anyClause = false): string | undefined {
  const about = primary ? v.subjects.find((s) => s.id === primary)?.re : undefined;
  if (!about) return undefined;
  const clauses = clausesOf(q.text);
  return q.parts.length > 1 || (anyClause && clauses.length > 1) ? clauses.find((c) => about.test(c)) : undefined;
}

/**
 * The clause on `primary` in a message of several clauses, as clauseOn, unless the others only ask a
 * figure of it ("who owns those actions and when are they due": the date is asked of the same actions).
 */
function partOn(shelf: Shelf, q: Question, primary: Subject | undefined): string | undefined {
  const part = clauseOn(shelf.vocabulary, q, primary, true);
  if (part === undefined || q.parts.length > 1) return part;
  const onlyAsks = (c: string) => {
    const asked = shelf.vocabulary.asksFigure.filter((a) => a.asking && a.re.test(c.toLowerCase()));
    return asked.length > 0 && shelf.passages.keyTerms(withoutAsking(c, asked)).length === 0;
  };
  return clausesOf(q.text).filter((c) => c !== part).every(onlyAsks) ? undefined : part;
}

/**
 * The key words of the clause before `clause`, when `clause` asks a figure of it and names nothing else
 * ("… round table meet, who chairs it?"); else what the question leant on. "… and when did they do the
 * maturity index?" names what it asks about.
 */
function clauseBefore(shelf: Shelf, q: Question, clause: string): string | undefined {
  const clauses = clausesOf(q.text);
  const at = clauses.indexOf(clause);
  const wanted = wantedFigure(shelf, { ...q, text: clause });
  if (at <= 0 || !wanted?.asking || !shelf.vocabulary.sameAsBefore.test(clause)) return q.about;
  if (shelf.passages.keyTerms(clause.replace(wanted.asking, ' ')).length > 0) return q.about;
  const words = shelf.passages.keyTerms(clauses[at - 1]!);
  return words.length > 0 ? words.join(' ') : q.about;
}

/**
 * The clauses of a text that name a thing (or, with `naming` false, the others), each as a sentence of
 * its own ("… ; the deductions are invested in a social value fund …").
 */
function clausesNaming(text: string, thing: string, naming = true): string[] {
  const clauses = sentencesOf(text).flatMap((x) => x.split(/;\s+/));
  return clauses.filter((x) => new RegExp(`\\b${escapeRegExp(thing)}\\b`, 'i').test(x) === naming).map((x) => `${x[0]!.toUpperCase()}${x.slice(1)}`.replace(/[.;,]?$/, '.'));
}

/** Another council's answer, as what its documents say (see givenElsewhere). */
function theirs(pack: PolicyPack, said: Answer): { council: string; text: string; source?: string } {
  return { council: pack.council.shortName, text: said.headline, ...(said.sources.length > 0 ? { source: said.sources.join('; ') } : {}) };
}

/**
 * A thing the council's documents do not have at all (Stockport's social value fund), said so, with
 * what the councils whose documents do have it say of the thing itself (its sentences, not the rest of
 * their rule, whose figures are theirs), each cited.
 */
function absentHere(shelf: Shelf, pack: PolicyPack, q: Question, subject: Subject, absent: string): Answer | undefined {
  const thing = /[a-z]+$/i.exec(absent)?.[0]?.toLowerCase() ?? absent;
  const others = shelf.packs.filter((p) => p !== pack).flatMap((p) => {
    const said = topic(shelf.vocabulary, p, subject, q.text);
    // "For contracts over £100,000 the Council reserves the right …; the deductions are invested in a social
    // value fund …": the clause on the fund, as a sentence of its own.
    const ofThing = said ? clausesNaming(said.headline, thing) : [];
    return said && ofThing.length > 0 ? [{ pack: p, said: { ...said, headline: ofThing.join(' ') } }] : [];
  });
  const first = others[0];
  if (!first) return undefined;
  const answer = givenElsewhere(pack, absent, theirs(first.pack, first.said));
  // A third council's documents that also have it, behind More.
  const more = others.slice(1).map((o) => theirs(o.pack, o.said));
  return { ...answer, sections: more.map((t) => ({ heading: `In ${t.council}'s documents`, text: t.text, ...(t.source ? { source: t.source } : {}) })) };
}

/**
 * "what's stockport's maturity level?": the subject's answer where it gives it (Trafford's "assessed as
 * … developing"); else that this council's documents do not, with what they say of the subject, beside
 * what the councils whose answers do give it say.
 */
function shownBySubject(shelf: Shelf, pack: PolicyPack, q: Question, asked: NotGiven, says: string): Answer | undefined {
  const of = (p: PolicyPack) => topic(shelf.vocabulary, p, asked.shownBy!, q.text);
  const shows = (a: Answer | undefined): a is Answer => a !== undefined && asked.shows !== undefined && asked.shows.test(answerAsText(a));
  const own = of(pack);
  if (shows(own)) return own;
  const others = shelf.packs.filter((p) => p !== pack).flatMap((p) => {
    const said = of(p);
    return shows(said) ? [{ pack: p, said }] : [];
  });
  const first = others[0];
  if (first) return givenElsewhere(pack, says, theirs(first.pack, first.said), own);
  return own ? notGiven(pack, asked.about, '', own, says) : undefined;
}

/**
 * What the documents say where the thing asked is written word for word (`words`): this council's
 * sentence, as the nearest they come; or, where only other councils' documents write it, that this
 * council's do not mention it, with the first other council's sentence, cited.
 */
function namedWordForWord(shelf: Shelf, pack: PolicyPack, words: string, about: string, says: string): Answer | undefined {
  const written = sentencesWriting(shelf, words);
  const here = written.find((p) => p.council === pack.council.id);
  if (here) return notGiven(pack, about, '', undefined, says, here);
  const theirs = written[0];
  return theirs ? givenElsewhere(pack, `mention ${about}`, { council: shelf.pack(theirs.council).council.shortName, text: `“${theirs.quote}”`, source: theirs.citation }) : undefined;
}

/**
 * How the question is put, for a yes or no (see Put). In a message that asks several things, the
 * clause that asks about `primary` says how that part is put ("… what's the SV split and can we hold
 * back payments?": the payments are asked yes or no).
 */
export function putOf(v: Vocabulary, q: Question, primary?: Subject): Put {
  const clause = clauseOn(v, q, primary);
  const asksAccept = q.asksAccept === true || v.asksAccept?.test(q.text.toLowerCase()) === true;
  const asksIfApplies = q.asksIfApplies === true;
  if (!clause) return { toSkip: q.asksToSkip, negated: q.negated === true && !q.asksToSkip, asksWhat: q.asksWhat === true, asksAccept, asksIfApplies };
  const toSkip = v.skipAsk.test(clause);
  return { toSkip, negated: !toSkip && v.negatedAsk?.test(clause) === true, asksWhat: v.asksWhat?.test(clause) === true, asksAccept, asksIfApplies };
}

/** What the question says of the contract besides its value: its category and whether it is competed. */
function termsOf(q: Question): Omit<Contract, 'value'> {
  return { ...(q.category ? { category: q.category } : {}), ...(q.competitive !== undefined ? { competitive: q.competitive } : {}) };
}

/**
 * A range of values: the answer at one value for each stretch of the range over which the council's
 * rules on what was asked stay the same, each end and threshold being the documents' or the officer's
 * own figure. Undefined when what was asked does not turn on the value.
 */
export function acrossRange(shelf: Shelf, pack: PolicyPack, q: Question, primary: Subject | undefined): Answer[] | undefined {
  const range = q.range!;
  const subject = primary ?? 'weighting';
  const whole = subject === 'threshold' || subject === 'requirements';
  const kinds = q.proposedWeighting !== undefined || subject === 'weighting' ? (['weighting'] as const) : TOPIC_RULES[subject];
  if (!kinds && !whole) return undefined;
  const base = termsOf(q);
  const values = valuesAcross(pack, base, range.low, range.high, whole ? undefined : kinds);
  const answers = values.map((value) => councilAnswer(shelf, pack, q, primary, { ...base, value }));
  const span = `${formatPounds(range.low)} to ${formatPounds(range.high)}`;
  const lead =
    values.length === 1
      ? `The same applies across ${span}.`
      : `${pack.council.shortName}'s rules differ across ${span}, so here is the answer for each part of the range (${values.map(formatPounds).join('; ')}); tell me the total agreement value for one answer.`;
  const [first, ...rest] = answers as [Answer, ...Answer[]];
  // The title names the range asked about, not the first value answered.
  const title = first.title.replace(/\ban? £[\d,.]+ (?:[a-z]+ )?contract\b/, `contracts of ${span}`);
  return [{ ...first, title, headline: `${lead} ${first.headline}` }, ...rest];
}

export function councilAnswer(shelf: Shelf, pack: PolicyPack, q: Question, primary: Subject | undefined, contract: Contract | undefined): Answer {
  // "what does the 53% figure mean in that report?": the sentence that gives the figure says what it is of.
  // "how much sv secured to date and whats the 53% thing mean": the figure read as a weighting is the part
  // its sentence answers; the other part is answered as asked.
  if (q.figureMeant && (q.parts.length < 2 || primary === 'weighting' || primary === undefined)) {
    const found = shelf.passages.withFigure(q.figureMeant, pack.council.id);
    return found.length > 0 ? quoted(shelf, pack, q, found.slice(0, 2)) : notGiven(pack, `a figure of ${q.figureMeant}`, '', undefined);
  }
  // "who has to sign that off?" after "8% … only as a justified variation" in CWaC: who approves the lower
  // figure, which a council with no PID sign-off rule does not say (one with it answers with that rule).
  const approver = q.approverOfLower && !pack.rules.some((r) => r.kind === 'pid-sign-off') && !pack.topics['pid-sign-off'] ? shelf.vocabulary.notGiven.find((n) => n.id === 'variation-approver') : undefined;
  if (approver) return notGiven(pack, approver.about, '', contract ? contractAnswer(pack, contract) : weightingSummary(pack, q.competitive), approver.says);
  // "Is social value mandatory in Trafford?": where the council's documents have no PID sign-off rule, the
  // value thresholds above which it applies answer it, not that they say nothing about the PID.
  if (primary === 'pid-sign-off' && shelf.vocabulary.asksMandatory?.test(q.text.toLowerCase()) && !pack.rules.some((r) => r.kind === 'pid-sign-off') && !topic(shelf.vocabulary, pack, 'pid-sign-off', q.text)) {
    return councilAnswer(shelf, pack, { ...q, subjects: ['requirements'] }, 'requirements', contract);
  }
  // "Can CWaC make every bidder commit to one specific TOM?": no, where its rules leave the choice to bidders.
  const left = !contract && q.parts.length === 0 && q.proposedWeighting === undefined ? choiceLeftToBidders(shelf, pack, q) : undefined;
  if (left) return left;
  const answer = curatedAnswer(shelf, pack, q, primary, contract);
  // "what does that mean?" after Trafford's maturity index: what the documents say it is leads.
  const defined = primary && TOPIC_NAMES[primary as TopicId] && primary !== 'definition' && !contract && answer.kind === 'answer' ? primary : undefined;
  if (q.asksMeaning && defined) return meaningFirst(shelf, pack, defined, answer);
  // "what is the trafford maturity index?": what it is leads where the documents say so, then the card as it
  // was. "what's the cwac social value fund worth?" asks a figure of it, not what it is.
  const definedFirst = q.asksWhatIs && defined && q.asksFor === undefined ? meaningFirst(shelf, pack, defined, answer, false) : answer;
  if (definedFirst !== answer) return definedFirst;
  // A contract's value decides the weighting and the rules; another part asked beside it ("… and who
  // chairs the round table?") may still be better answered from the documents.
  const forContract = contract !== undefined && (!primary || primary === 'weighting' || primary === 'threshold' || primary === 'requirements' || TOPIC_RULES[primary] !== undefined);
  // "how much can we take off?" after a £250k contract's payment deductions: a figure of the rule that
  // the rule does not give is said not to be given, as it is for no contract.
  const ruleOnly = primary !== undefined && primary !== 'weighting' && primary !== 'threshold' && primary !== 'requirements';
  // One that words what they do not say ("how much is in that fund?") already says so: not said twice.
  // In a message that asks several things, the figure is asked in this part's own clause ("what % do I
  // need? and is the portal mandatory": no percentage is asked of the Portal).
  if (answer.kind === 'answer' && forContract && ruleOnly && q.proposedWeighting === undefined) {
    if (q.notGiven?.says) return answer;
    const part = partOn(shelf, q, primary);
    return figureGiven(shelf, pack, part ? { ...q, text: part } : q, answer, primary);
  }
  // "Our wholly owned company is procuring a £200k contract … do they have to follow the council's
  // approach?": a value, but no subject asked beyond what applies or from what value; what the question names in words the documents rarely
  // use is answered first, then what applies to the value.
  const rarely = answer.kind === 'answer' && contract && (!primary || primary === 'requirements' || primary === 'threshold') && q.proposedWeighting === undefined ? rarelyNamed(shelf, pack, q, answer) : undefined;
  if (rarely) return { ...rarely, parts: [asPart(answer)], sections: [...rarely.sections, ...answer.sections] };
  // "what did Overbury deliver in Stockport?": a name the topic's answer lacks, in a passage or two of the
  // documents, asks of those passages; the topic ("what Stockport has achieved") only shared a word.
  const byName = answer.kind === 'answer' && !contract && ruleOnly && q.tomsRefs.length === 0 && q.parts.length < 2 && clausesOf(q.text).length < 2 ? namedPassages(shelf, pack, q, answer) : undefined;
  if (byName) return byName;
  // "does it make a difference if it's works?": the rules answer for the kind of contract, not a passage that shares a word.
  const ofKind = !primary && q.asksIfDifferent === true && q.category !== undefined;
  if (answer.kind !== 'answer' || forContract || ofKind || q.proposedWeighting !== undefined) return answer;
  const passages = shelf.passages;
  // The curated topic does not speak to what was asked ("who chairs the Stockport round table?"):
  // a passage that does is the better answer.
  const text = answerAsText(answer).toLowerCase();
  // "prioritising" is said by "priorities": a long word's first seven letters are enough.
  // In a message that asks several things, only the words of this part's own clause count
  // ("… threshold for the portal and how much has been secured?": "secured" is the other part's).
  const about = primary ? shelf.vocabulary.subjects.find((s) => s.id === primary)?.re : undefined;
  // "cwac: how many volunteering days do staff get? and also is it 10% on anything over 100k": the
  // words of a part no subject covers are that part's (answered beside), not this one's.
  const clause = partOn(shelf, q, primary);
  // "how often does the round table meet, who chairs it …?": "it" is what the clause before asked about.
  const before = clause ? clauseBefore(shelf, q, clause) : undefined;
  const own: Question = clause ? { ...q, text: clause, ...(before ? { about: before } : {}) } : q;
  // Where several things are asked, that clause is what a passage must answer ("who chairs the round
  // table, how often does it meet, and who monitors the action plan?": the Round Table's passage need
  // not speak of the action plan); one thing asked in two clauses is searched whole.
  const searched = q.parts.length > 1 ? own : q;
  // Words every passage shares ("what does my council say …") are not something the topic lacks.
  // "and just last financial year?": where the topic gives a latest period, which then leads
  // (topic(…, latest)), the words that ask for it say what leads, not something the topic lacks.
  const ledByPeriod = (q.asksLatest === true || q.period !== undefined) && primary !== undefined && answer.headline !== topic(shelf.vocabulary, pack, primary, q.text)?.headline;
  const period = ledByPeriod ? (shelf.vocabulary.latestPeriod?.exec(q.text.toLowerCase())?.[0].split(/\s+/) ?? []) : [];
  // "which councillor is responsible for social value?": the words that ask for what the documents do
  // not give are answered by saying so, not a thing the answer lacks.
  const unasked = notGivenWords(shelf.vocabulary, q);
  // Nor are the words of the background before a clause's question ("as a new member of the steering
  // group what are the broad principles …": "member" is not something the topic lacks).
  const asking = clause ?? askedText(q.text, shelf.vocabulary);
  const asked = [...q.otherWords.filter((w) => asking.includes(w.toLowerCase()) && !period.includes(w.toLowerCase()) && !unasked.has(w.toLowerCase())), ...(own.about?.split(' ') ?? [])].filter((w) => passages.keyTerms(w).length > 0);
  // Three letters are a word when the documents rarely use them ("Bee Net Zero").
  const unsaid = (w: string) => !text.includes(w.replace(/s$/, '')) && !passages.mentions(w, text) && !(w.length >= 9 && text.includes(w.slice(0, 7)));
  // "Is the living wage mandatory for suppliers?": the word that asks whether it binds is for the verdict, not a thing the topic lacks.
  const binds = q.asksYesNo ? shelf.vocabulary.plainYes?.obligation : undefined;
  const missing = asked.filter((w) => (w.length >= 4 || (w.length === 3 && passages.frequency(w) <= 2)) && unsaid(w) && !binds?.test(w));
  // "what principles does Stockport's charter set out?": a word that asks for this topic only where
  // the council's topic says it (the vocabulary's whereSaid) and this one does not. The passage of
  // its documents that says it is the answer, where there is one.
  const loose = primary ? shelf.vocabulary.subjects.find((s) => s.id === primary)?.whereSaid : undefined;
  const notInTopic = loose ? [...new Set([...(clause ?? q.text.toLowerCase()).matchAll(loose)].map((m) => m[0]))].filter(unsaid) : [];
  if (notInTopic.length > 0) {
    // Searched for those words and the others the topic lacks; the rest of what was typed ("set out") is not required of the passage.
    const wanted = new Set([...notInTopic, ...missing].flatMap((w) => passages.keyTerms(w)));
    const narrowed = q.text.replace(/[a-z0-9][a-z0-9'&-]*/gi, (w) => (passages.keyTerms(w).length > 0 && !wanted.has(w.toLowerCase()) ? ' ' : w));
    const found = passages.search(narrowed, pack.council.id).filter((p) => [...notInTopic, ...missing].every((w) => passages.mentions(w, p.quote)));
    if (found.length > 0) return figureGiven(shelf, pack, searched, quoted(shelf, pack, searched, found), primary);
  }
  // "what did suppliers say about the weighting?": what someone said is in the documents' own words.
  const said = shelf.vocabulary.asksWhatSaid?.test(q.text.toLowerCase()) === true;
  // "Trafford's corporate priorities": a word the topic lacks, joined to the next word asked, names
  // something of its own that a passage may give word for word.
  const lower = q.text.toLowerCase();
  const phrase = missing.length === 1 ? new RegExp(`\\b${missing[0]!.replace(/[^a-z'-]/g, '')}\\s+[a-z]+`).exec(lower)?.[0] : undefined;
  const named = phrase && !text.includes(phrase) && passages.search(phrase, pack.council.id, 3).some((p) => p.quote.toLowerCase().includes(phrase)) ? phrase : undefined;
  // Two words the topic lacks, or one the documents rarely use ("carbon neutral"): a passage may say it.
  if (missing.length >= 2 || (missing.length === 1 && (said || named !== undefined || passages.frequency(missing[0]!) <= 4))) {
    // The section's heading counts for what someone said ("Engagement Feedback").
    const carries = (p: { quote: string; section: string }) => missing.filter((w) => passages.mentions(w, `${said ? `${p.section} ` : ''}${p.quote}`)).length;
    // One missing word is not enough on its own: the passage must also be about the subject asked
    // ("what priorities did Trafford's communities raise?" is not answered by "Raise awareness …").
    const onSubject = (p: { quote: string }) => missing.length >= 2 || !about || about.test(p.quote.toLowerCase());
    // Where the answer says what the documents do not give ("proxy (£) values"), a passage on the other
    // words ("503 weeks of apprenticeships") answers only if it gives that.
    const shows = q.notGiven && (!primary || q.notGiven.says) ? (notGivenEntry(shelf.vocabulary, q)?.shows ?? /$^/) : undefined;
    const found = passages.search(searchText(searched), pack.council.id).filter((p) => carries(p) >= Math.max(1, missing.length - 1) && onSubject(p) && (!named || p.quote.toLowerCase().includes(named)) && (!shows || shows.test(p.quote)));
    // "What are Trafford's three corporate priorities?", where the documents only use the name: not named, said first.
    const unsaid = itemsUnsaid(shelf, own.text, missing, found);
    if (unsaid) return notGiven(pack, '', '', quoted(shelf, pack, searched, found), `name the ${unsaid}`);
    // "small local firm wants help getting started on this, where do i point them": the passage found
    // ("… help in getting started on their net zero journeys") is one item of the routes of support; asked for help, the list whole.
    const whole = found[0] ? wholeList(shelf, pack, q, found[0]) : undefined;
    if (whole) return whole;
    if (found.length > 0) return figureGiven(shelf, pack, searched, quoted(shelf, pack, searched, found), primary);
  }
  // "… what was the contract worth?" of no subject: the answer already says the documents do not give it.
  // "how much is in that fund?" after CWaC's deductions: so does one that words what they do not say.
  if (q.notGiven && (!primary || q.notGiven.says)) return answer;
  // A figure was asked for ("what percentage can CWaC deduct?") and the documents' answer has none.
  return figureGiven(shelf, pack, own, answer, primary);
}

/**
 * The subject's answer led by the sentence of the council's documents that says what the subject is
 * ("The Social Value Maturity Index is a self-assessment tool which measures …"); where none does, that
 * is said plainly first, then what they do say.
 */
/** `unsaid`: whether to say the documents give no definition, where they give none (asked what it means). */
function meaningFirst(shelf: Shelf, pack: PolicyPack, subject: Subject, answer: Answer, unsaid = true): Answer {
  const said = definingSentence(shelf, pack, subject);
  if (!said && !unsaid) return answer;
  if (!said) return { ...answer, headline: `${pack.council.shortName}'s documents do not say in so many words what ${topicName(subject)} is. What they do say: ${answer.headline}` };
  return { ...answer, headline: `${said.sentence} ${answer.headline}`, sources: [said.citation, ...answer.sources.filter((s) => s !== said.citation)] };
}

/** A sentence whose subject names the topic and says what it is: "… is a …", "… means …". */
function definingSentence(shelf: Shelf, pack: PolicyPack, subject: Subject): { sentence: string; citation: string } | undefined {
  const about = shelf.vocabulary.subjects.find((s) => s.id === subject)?.re;
  if (!about) return undefined;
  for (const p of shelf.passages.search(`${topicName(subject)} is`, pack.council.id, 10)) {
    for (const said of sentencesOf(p.paragraph)) {
      // A paragraph's own number ("2.2 The Social Value Maturity Index is …") is no part of its sentence.
      const sentence = said.replace(/^[-–\s]*(?:\d+(?:\.\d+)*\s+)?/, '').trim();
      const named = /^(.{3,80}?)\s(?:is|are|means|refers to)\s(?:an?|the way|how)\b/i.exec(sentence)?.[1];
      // The thing itself, as a name ("The Social Value Maturity Index is …"), not a clause that mentions it ("Sitting underneath the CRMG Scrutiny Committee is a structure …").
      const aName = named !== undefined && (/^(?:the|a|an|our|its|this)\s/i.test(named) || named.split(/\s+/).every((w) => /^[A-Z0-9(]/.test(w)));
      if (named && aName && about.test(named.toLowerCase())) return { sentence, citation: p.citation };
    }
  }
  return undefined;
}

/** At most this many passages use a word for it to name what was asked on its own ("wholly owned", "joint venture"). */
const RARE_WORD = 2;

/** The passage of the council's documents that carries the question's rarest words the answer lacks, and another of its words. */
function rarelyNamed(shelf: Shelf, pack: PolicyPack, q: Question, answer: Answer): Answer | undefined {
  const passages = shelf.passages;
  const text = answerAsText(answer);
  const lacking = passages.keyTerms(q.otherWords.join(' ')).filter((w) => !passages.mentions(w, text));
  const rare = lacking.filter((w) => passages.frequency(w) > 0 && passages.frequency(w) <= RARE_WORD);
  if (rare.length === 0) return undefined;
  const found = passages
    .search(q.text, pack.council.id, 5)
    .filter((p) => rare.every((w) => passages.mentions(w, p.quote)) && lacking.filter((w) => passages.mentions(w, p.quote)).length > rare.length);
  return found.length > 0 ? quoted(shelf, pack, q, found.slice(0, 2)) : undefined;
}

/** The passages that carry a name of the question's ("Overbury") that the answer lacks and the documents use rarely. */
function namedPassages(shelf: Shelf, pack: PolicyPack, q: Question, answer: Answer): Answer | undefined {
  const passages = shelf.passages;
  const text = answerAsText(answer);
  const names = passages
    .keyTerms(q.otherWords.join(' '))
    .filter((w) => !passages.mentions(w, text) && passages.frequency(w) > 0 && passages.frequency(w) <= RARE_WORD && writtenAsName(passages.asWritten(q.text, w)));
  if (names.length === 0) return undefined;
  const found = passages.search(q.text, pack.council.id, 5).filter((p) => names.every((w) => passages.mentions(w, p.quote)));
  return found.length > 0 ? quoted(shelf, pack, q, found.slice(0, 2)) : undefined;
}

/**
 * The passage that gives what was asked for (an email address) for a purpose of its own, as a part:
 * "The only email address in Cheshire West and Chester's documents", in its words. The one that says
 * what it is for ("… please email us at: …") reads better than the bare address.
 */
function onlyOneElsewhere(shelf: Shelf, pack: PolicyPack, q: Question, asked: NotGiven): Answer | undefined {
  const { elsewhere, shows, near } = asked;
  if (!elsewhere || !shows || !near) return undefined;
  const best = shelf.passages
    .search(near, pack.council.id, 5)
    .filter((p) => shows.test(p.quote))
    .sort((a, b) => b.quote.length - a.quote.length)[0];
  return best ? { ...asPart(quoted(shelf, pack, q, [best])), title: `The only ${elsewhere} in ${pack.council.shortName}'s documents` } : undefined;
}

/** The council's rule, on the subject asked or one of what follows non-delivery, that sets a condition for accepting something else. */
function acceptingRule(shelf: Shelf, pack: PolicyPack, primary: Subject): { subject: Subject; rule: Rule } | undefined {
  const remedy = shelf.vocabulary.asksRemedy?.subjects ?? [];
  const subjects = remedy.includes(primary) ? [primary, ...remedy.filter((s) => s !== primary)] : [primary];
  for (const subject of subjects) {
    const rule = pack.rules.find((r) => r.acceptsOnlyIf && r.status !== 'proposed' && TOPIC_RULES[subject]?.includes(r.kind));
    if (rule) return { subject, rule };
  }
  return undefined;
}

/**
 * "what does cwac's action plan say about training": the plan's actions on the other subjects asked
 * pick its items. Only of the plan, a list of actions each on something; and not where each subject is
 * a part asked in its own right ("the principles of the charter and the themes of the action plan").
 */
function actionsOn(q: Question, primary: Subject): readonly Subject[] | undefined {
  return primary === 'action-plan' && q.parts.length <= 1 ? q.subjects : undefined;
}

/**
 * "are those done?" of the action plan's items: the documents record what was planned, and the steering
 * group's live plan is where progress is kept, so the answer points there.
 */
function toLivePlan(pack: PolicyPack, primary: Subject | undefined, answer: Answer): Answer {
  if (primary !== 'action-plan') return answer;
  const name = pack.council.shortName;
  return { ...answer, notes: [...answer.notes, `The steering group's live action plan is where progress on each action is recorded: ask for the ${name} action plan.`], suggestions: [...answer.suggestions, suggest(`${name} action plan`)] };
}

/** "Is that £24m just for 21/22?": a running total is not that year's figure (runningTotal); else the answer as it is. */
function forPeriodOnly(shelf: Shelf, pack: PolicyPack, q: Question, primary: Subject, answer: Answer): Answer {
  const only = shelf.vocabulary.asksPeriodOnly;
  return q.period !== undefined && only?.ask.test(q.text.toLowerCase()) ? runningTotal(pack, primary, answer, q.text, q.period, only.says) : answer;
}

function curatedAnswer(shelf: Shelf, pack: PolicyPack, q: Question, primary: Subject | undefined, contract: Contract | undefined): Answer {
  if (primary === 'toms' && q.tomsRefs.length > 0) return tomsByRef(shelf.toms, shelf.tomsSource(), q.tomsRefs);
  // "… and what are the TOMs themes?": the catalogue's themes, in a message that asks other things too.
  if (primary === 'toms' && !contract && q.parts.length > 1 && clausesOf(q.text).some((c) => /\btoms\b/.test(c) && /\bthemes?\b/.test(c))) {
    return tomsThemes(shelf.toms, shelf.tomsSource());
  }
  // "… and which TOMs measures cover car miles?": the measures that clause asks for, in a message that asks other things too.
  const measureClause = primary === 'toms' && !contract && q.parts.length > 1 ? clausesOf(q.text).find((c) => shelf.vocabulary.asksMeasure?.test(c.toLowerCase())) : undefined;
  const measures = measureClause ? measuresFor(shelf.toms, shelf.tomsSource(), measureClause, false) : undefined;
  if (measures) return measures;
  if (q.notGiven) {
    const subject = primary ?? 'weighting';
    const weighting = contract ? contractAnswer(pack, contract) : weightingSummary(pack, q.competitive);
    const label = subject === 'weighting' || subject === 'threshold' || subject === 'requirements' ? 'the social value weighting' : topicName(subject);
    const { says, near } = q.notGiven;
    const asked = notGivenEntry(shelf.vocabulary, q);
    if (says) {
      // "does social value apply to grants?": they do not say; the weighting only when it was asked about.
      // "how much is in that fund?" after CWaC's contract management: what they say of the fund is in the subject that gives it.
      const givenBy = asked?.givenBy ? topic(shelf.vocabulary, pack, asked.givenBy, q.text) : undefined;
      // "how much is in stockport's social value fund?": Stockport has none to say nothing of; the councils that do.
      const elsewhere = asked?.givenBy && asked.absent && !givenBy ? absentHere(shelf, pack, q, asked.givenBy, asked.absent) : undefined;
      if (elsewhere) return elsewhere;
      // "what are the 5 STAR measures?": the sentence that names them is what they say, though it lists none;
      // where only another council's documents name them, the councils that do, with that sentence.
      const naming = asked?.writes ? namedWordForWord(shelf, pack, asked.writes, asked.about, says) : undefined;
      if (naming) return naming;
      const shown = asked?.shownBy ? shownBySubject(shelf, pack, q, asked, says) : undefined;
      if (shown) return shown;
      // "what is cwac's social value fund for?": where all a council's documents might not do is mention the
      // thing, a council whose subject mentions it answers with that subject.
      const mentioned = asked?.absent && asked.absent === says ? /[a-z]+$/i.exec(asked.absent)?.[0] : undefined;
      const ofMentioned = givenBy && mentioned ? clausesNaming(givenBy.headline, mentioned) : [];
      if (givenBy && ofMentioned.length > 0) return { ...givenBy, headline: [...ofMentioned, ...clausesNaming(givenBy.headline, mentioned!, false)].join(' ') };
      // "are those done?" after the action plan's training items: those items, not the plan's first list.
      const onSubject = primary && primary !== 'weighting' && primary !== 'threshold' && primary !== 'requirements' ? topic(shelf.vocabulary, pack, primary, q.text, false, undefined, q.item, actionsOn(q, primary)) : undefined;
      // "who signs off the exception?": of what they do say, the sentence on the exception first.
      // What it asks is also in the words that ask it and in what the documents do not say ("name the post that signs off an exception").
      // "when does social value go into the PID and who signs off exceptions": asked second, so what they say of the first clause leads.
      const clauses = clausesOf(q.text);
      const askedSecond = clauses.length > 1 && asked !== undefined && !asked.re.test(clauses[0]!.toLowerCase());
      const askedWords = askedSecond ? [clauses[0]!] : [...q.otherWords, asked?.re.exec(q.text.toLowerCase())?.[0] ?? '', says];
      const given = givenBy ?? (primary === 'weighting' ? weighting : primary === 'threshold' ? thresholds(pack) : onSubject ? ledByAsked(onSubject, askedWords) : undefined);
      // "Has Trafford appointed the co-ordinator yet?": with nothing curated to give, the passage nearest the question.
      const nearby = shelf.passages.search(near ?? searchText(q), pack.council.id, 1)[0];
      // "is Match My Project live yet?": what the documents say of the thing asked about (what was planned), searched without the words that ask whether it has happened.
      const asking = asked?.asking;
      // "Morning. … someone mentioned Match My Project at a meeting … is it up and running yet? Anyway
      // thanks": the thing is the one named in the sentence that asks, not the background around it.
      // "can u explain match my project? is it live yet": a sentence that names nothing leans on the rest.
      const sentence = asked ? (q.text.match(/[^.!?]+[.!?]*/g) ?? []).find((s) => asked.re.test(s.toLowerCase())) : undefined;
      const named = sentence && asking && shelf.passages.keyTerms(sentence.replace(asking, ' ')).length > 0 ? sentence : q.text;
      const thing = asking && !given && !near ? { ...q, text: named.replace(asking, ' ') } : undefined;
      const found = thing ? standingFirst(asked!, shelf.passages.search(searchText(thing), pack.council.id, 4)) : [];
      const first = found.length > 0 ? askedFirst(shelf, pack, q, asked!, found) : undefined;
      if (first) return first;
      // "have the schemes actually delivered anything?": what they report done to date is the answer.
      if (found.length > 0 && asked?.shows?.test(found[0]!.quote)) return quoted(shelf, pack, thing!, [found[0]!]);
      if (found.length > 0) return toLivePlan(pack, primary, notGiven(pack, q.notGiven.about, label, quoted(shelf, pack, thing!, found), says));
      // "who funds the trafford sv coordinator post?": the passage nearest it says how it is to be funded.
      if (!given && nearby && asked?.shows?.test(nearby.quote)) return quoted(shelf, pack, q, [nearby]);
      return toLivePlan(pack, primary, notGiven(pack, q.notGiven.about, label, given, says, nearby));
    }
    // "cwac sv officer email?": what a council's topic gives where its documents do is asked of that topic.
    if (!primary && asked?.givenBy) return curatedAnswer(shelf, pack, q, asked.givenBy, contract);
    // "what's the phone number for the social value team?": not about the weighting, so what the
    // documents say nearest to it, not the weighting.
    if (!primary && q.notGiven.id !== 'maximum') {
      // "who's leading on the measurement tool and by when?": a list item of the council's that the other
      // words name and that gives what is asked ("Adopt a social value measurement tool: July 2021") is the answer.
      const listed = asked?.shows ? topicListing(shelf.vocabulary, pack, q.text.toLowerCase().replace(asked.re, ' ')) : undefined;
      if (listed && asked?.shows?.test(listed.headline)) return listed;
      const nearby = shelf.passages.search(searchText(q), pack.council.id, 1)[0];
      // A passage that gives it is quoted as the answer, not as the nearest to something it does not give.
      if (nearby && asked?.shows?.test(nearby.quote)) return quoted(shelf, pack, q, [nearby]);
      return notGiven(pack, q.notGiven.about, '', undefined, undefined, nearby);
    }
    // "What's the deadline for the Real Living Wage action plan?": no date, but a sentence that says
    // everything else asked is what they say nearest to it.
    // One that does give it ("by when will Stockport be operationally net zero?": "… by 2030") is the answer.
    // "a phone number for social value in Trafford": the council's own topic on it may give one.
    const own = asked?.givenBy ? topic(shelf.vocabulary, pack, asked.givenBy, q.text) : undefined;
    if (own && asked?.shows?.test(answerAsText(own))) return own;
    // "whats the deadline for that?" after Stockport's carbon reduction plans: the subject's own answer
    // gives it ("mandatory by 2024"), so its sentence that does leads.
    const ofSubject = asked?.leads && primary && !['weighting', 'threshold', 'requirements'].includes(primary) ? topic(shelf.vocabulary, pack, primary, q.text) : undefined;
    // "… mandatory for suppliers …": a list the other words pick may lead the subject's answer; the date is in its summary.
    const headed = ofSubject ? sentencesOf(ofSubject.headline) : [];
    const summary = ofSubject ? pack.topics[primary as TopicId]?.summary : undefined;
    const said = summary && !headed.some((s) => asked?.leads?.test(s)) ? sentencesOf(summary) : headed;
    const leading = said.find((s) => asked?.leads?.test(s));
    if (ofSubject && leading) return { ...ofSubject, headline: [leading, ...said.filter((s) => s !== leading)].join(' ') };
    const rest = asked ? q.text.toLowerCase().replace(asked.re, ' ') : q.text;
    // "the measurement tool - who leads it and by when?" after CWaC's action plan: items of the subject the
    // other words name, that give what is asked ("Adopt a social value measurement tool: July 2021"), answer it.
    const t = primary ? pack.topics[primary as TopicId] : undefined;
    const items = t && asked?.shows ? topic(shelf.vocabulary, pack, primary!, rest) : undefined;
    if (items && items.headline !== t!.summary && asked?.shows?.test(items.headline)) return items;
    // "is there a named social value officer I can email?": an email address the documents give only in
    // a passage of its own (for information in other formats) is quoted, as the only one they give.
    const other = asked ? onlyOneElsewhere(shelf, pack, q, asked) : undefined;
    const withOther = (a: Answer): Answer => (other ? { ...a, parts: [...(a.parts ?? []), other] } : a);
    const exact = primary === 'weighting' ? undefined : shelf.passages.search(rest, pack.council.id, 5).find((p) => shelf.passages.coversAll(rest, p.quote));
    if (exact) {
      const said = quoted(shelf, pack, { ...q, text: rest }, [exact]);
      return asked?.shows?.test(exact.quote) ? said : withOther(notGiven(pack, q.notGiven.about, '', said));
    }
    const given = primary === 'weighting' || !primary ? weighting : topic(shelf.vocabulary, pack, subject);
    // "contact details for social value in CWaC": "do not give contact details", not "… for social value contacts".
    return withOther(notGiven(pack, q.notGiven.about, asked?.givenBy === subject ? '' : label, given));
  }
  if (primary === 'procurement-partner') return partnerAnswer(pack) ?? silent(shelf, pack, q, primary);
  // "can I go lower than 15%?": before any figure carried from an earlier verdict, which is not the one asked.
  if (q.goesBelow && (!primary || primary === 'weighting' || primary === 'threshold' || primary === 'requirements')) {
    const asksWhat = q.asksWhat === true && !q.asksYesNo;
    if (contract) return belowAnswer(pack, contract, q.goesBelow.than, asksWhat);
    if (!q.bound) return belowAnyValue(pack, termsOf(q), q.goesBelow.than, asksWhat);
  }
  // "do we need 20% or is 15% ok?": "do we need" asks of the figure, not the contract's requirements.
  const ofFigure = !primary || primary === 'weighting' || primary === 'threshold' || (primary === 'requirements' && q.subjects.includes('weighting') && shelf.vocabulary.verdict.need.test(q.text.toLowerCase()));
  if (q.proposedWeighting !== undefined && ofFigure) {
    if (!contract) return verdictAnyValue(pack, termsOf(q), q.proposedWeighting, q.asksNeed === true, q.asksTooMuch === true, q.bound);
    if (q.subjects.includes('national')) {
      const fact = shelf.library.national.facts.find((f) => f.topic === 'weighting')!;
      return nationalFigureVerdict(pack, contract, q.proposedWeighting, fact.statement, shelf.nationalSource(fact.source));
    }
    const judged = verdictAnswer(pack, contract, q.proposedWeighting, q.asksNeed === true, q.asksTooMuch === true);
    const verdict = q.alternative !== undefined ? withAlternative(pack, contract, q.proposedWeighting, q.alternative, judged) : judged;
    // "… I've set SV at 10%. Any issue?": yes would mean a problem.
    const lower = q.text.toLowerCase();
    if (shelf.vocabulary.asksIssue?.test(lower)) return asIssue(verdict);
    if (q.asksTooMuch || q.asksNeed) return verdict;
    if (shelf.vocabulary.asksTooLow?.test(lower)) return asTooLow(verdict);
    return shelf.vocabulary.asksFallsShort?.test(lower) ? asFallsShort(verdict) : verdict;
  }
  if (contract) {
    if (!primary || primary === 'weighting' || primary === 'threshold' || primary === 'requirements') {
      if (q.asksApplies && primary !== 'requirements') return appliesAnswer(pack, contract, q.statedWeighting);
      const answer = contractAnswer(pack, contract, q.subjects.includes('requirements') && !q.subjects.includes('weighting'));
      if (q.checksNoNeed) return claimNoNeed(pack, contract, q.checksNoNeed.who, answer);
      // "Does that apply to goods too?", "do I need to do SV?": yes or no questions of the contract as a whole.
      if (q.asksYesNo && q.category && q.asksIfApplies) return categoryCovered(pack, q.category, answer);
      if (q.asksIfDifferent && q.category) return categoryUnchanged(pack, q.category, ['weighting'], answer);
      if (q.asksYesNo && primary === 'requirements' && shelf.vocabulary.plainYes?.obligation.test(q.text.toLowerCase())) return socialValueNeeded(pack, contract, answer);
      return answer;
    }
    // "any comeback if they don't deliver?": every rule on what follows when commitments are not
    // delivered (binding and monitored; payments reduced only on some contracts), not one of them.
    const remedy = shelf.vocabulary.asksRemedy;
    const asksRemedy = remedy !== undefined && remedy.subjects.includes(primary) && (q.asksRemedy === true || remedy.re.test(q.text.toLowerCase()));
    const kinds = asksRemedy ? remedy.subjects.flatMap((s) => TOPIC_RULES[s] ?? []) : TOPIC_RULES[primary];
    if (kinds) {
      const ruled = ruleTopicForContract(pack, contract, primary, kinds, putOf(shelf.vocabulary, q, primary));
      // "would it be any different if it was goods?" after the PID rule: that rule, then the weighting,
      // each as it stands for that kind of contract.
      if (ruled && q.asksIfDifferent && q.category) {
        const weighting = contractAnswer(pack, contract);
        return categoryUnchanged(pack, q.category, [...kinds, 'weighting'], { ...ruled, parts: [...(ruled.parts ?? []), asPart(weighting)] });
      }
      if (ruled) return ruled;
    }
    // "how much of the evaluation should be social value for £250k?": the weighting, where the
    // council has no rule of the other kind.
    if (q.subjects.includes('weighting') && q.parts.length === 0) return contractAnswer(pack, contract);
    // "Is that £24m just for 21/22?": the figure read as a contract's value is the topic's own.
    const onSubject = topic(shelf.vocabulary, pack, primary, q.text);
    return onSubject ? forPeriodOnly(shelf, pack, q, primary, onSubject) : silent(shelf, pack, q, primary);
  }
  if (q.bound && (!primary || primary === 'weighting' || primary === 'threshold' || primary === 'requirements')) {
    const answer = boundAnswer(pack, q.bound);
    return q.checksNoNeed ? claimNoNeedWithin(pack, q.bound, q.checksNoNeed.who, answer) : answer;
  }
  // "sub 50k, do I need the Portal?": the rule on that subject for every contract on that side of the amount.
  const boundKinds = q.bound && primary ? TOPIC_RULES[primary] : undefined;
  if (q.bound && primary && boundKinds) {
    const ruled = ruleTopicForBound(pack, q.bound, termsOf(q), primary, [...boundKinds], putOf(shelf.vocabulary, q, primary));
    // "what minimum standards must bidders meet, and does that apply under 50k too?": the clause asked
    // first, without the value, is answered first; then the yes or no for the value.
    const [asked, ...then] = clausesOf(q.text);
    const first = ruled && then.length > 0 && !/\d/.test(asked!) ? topic(shelf.vocabulary, pack, primary, q.text) : undefined;
    if (ruled) return first ? { ...first, parts: [asPart(ruled)] } : ruled;
  }
  // "does it matter whether it's works or services?" of no contract: no first, where no rule of the
  // council's is for some kinds of contract only, with what its documents say of that kind; then the weighting.
  if (!primary && q.asksIfDifferent && q.category) return categoryUnchanged(pack, q.category, pack.rules.map((r) => r.kind), weightingSummary(pack, q.competitive, false));
  if (!primary) return overview(pack);
  if (primary === 'weighting') {
    // "Does CWaC have a threshold below which social value isn't weighted?": yes or no first.
    const asksThreshold = q.asksYesNo && q.subjects.includes('threshold') && !shelf.vocabulary.asksPermission?.test(q.text.toLowerCase());
    const bands = weightingSummary(pack, q.competitive, asksThreshold);
    // "Is that the same for works?": the same figures, where the documents give none of the kind's own.
    const summary = q.category && !asksThreshold ? sameForCategory(pack, q.category, bands) : bands;
    // "Does Trafford have a weighting or not?": no first, where the council sets none ("can I use
    // one?" asks leave, which is not refused).
    const none = !pack.rules.some((r) => r.kind === 'weighting');
    if (!none || !q.asksYesNo || shelf.vocabulary.asksPermission?.test(q.text.toLowerCase())) return summary;
    // "Do they use the same 15% as we do?": documents that set no weighting do not say which figure the
    // council uses, so neither a yes nor a no; "does Trafford have a weighting?" is a no.
    const stated = q.statedWeighting;
    if (stated === undefined) return { ...summary, headline: `No: ${summary.headline}` };
    const owner = figureOwner(shelf, pack, stated);
    const headline = `Not stated: ${pack.council.shortName}'s documents do not say whether ${pack.council.shortName} uses ${percent(stated)}.${owner ? ` ${owner.says}` : ''} ${summary.headline}`;
    return { ...summary, headline, sources: [...summary.sources, ...(owner ? [owner.source] : [])] };
  }
  if (primary === 'threshold' || primary === 'requirements') return thresholds(pack);
  // "They want to swap the apprenticeships for volunteering, is that allowed?": where a rule on what
  // follows non-delivery sets a condition for accepting something else, that rule's subject answers,
  // led by the condition.
  const asksAccept = putOf(shelf.vocabulary, q, primary).asksAccept === true;
  const accepting = asksAccept ? acceptingRule(shelf, pack, primary) : undefined;
  const on = accepting ? topic(shelf.vocabulary, pack, accepting.subject, q.text) : undefined;
  if (accepting && on) return onlyIfAccepted(pack, accepting.rule, on);
  // Where this council sets no such condition but another does, this council's documents are silent on
  // it: said first, the other council's rule named as its own.
  const acceptedElsewhere = (p: PolicyPack) => {
    const a = acceptingRule(shelf, p, primary);
    return a ? [{ pack: p, ...a }] : [];
  };
  const elsewhere = asksAccept && !accepting ? shelf.packs.filter((p) => p !== pack).flatMap(acceptedElsewhere) : [];
  const here = elsewhere[0] ? topic(shelf.vocabulary, pack, elsewhere[0].subject, q.text) : undefined;
  if (here) return noAcceptingRule(pack, here, elsewhere);
  // "What help is there for small suppliers to get ready for the carbon reduction plan?": the list of
  // support, whole. Asked only after something else ("… what are we meant to be doing to monitor this
  // and is there any support for me?"), what was asked first leads.
  const curated = topic(shelf.vocabulary, pack, primary, q.text, q.period ?? q.asksLatest === true, q.asksSupport ? shelf.vocabulary.asksSupport?.list : undefined, q.item, actionsOn(q, primary));
  if (!curated) return silent(shelf, pack, q, primary);
  const total = forPeriodOnly(shelf, pack, q, primary, curated);
  if (total !== curated) return total;
  // "how are they going to use it?": what the documents say of how it is used leads.
  const use = q.asksUse ? shelf.vocabulary.asksUse : undefined;
  const used = use ? howUsed(pack, primary, curated, use.says) : curated;
  if (used !== curated) return used;
  if (use) {
    // No part of the topic says so: a passage on the subject that does, quoted ("the National TOMs are
    // used … Stockport has agreed to focus on those TOMs which specifically relate to its priority cohorts").
    const about = shelf.vocabulary.subjects.find((s) => s.id === primary)?.re;
    const title = pack.topics[primary as TopicId]?.title ?? topicName(primary);
    const saying = shelf.passages.search(title, pack.council.id, 20).filter((p) => use.says.test(p.paragraph) && about?.test(p.quote.toLowerCase()) === true);
    if (saying.length > 0) return quoted(shelf, pack, q, saying.slice(0, 2));
  }
  // "Is food poverty one of our priority themes?": yes or no against the list shown.
  const thing = q.asksYesNo ? shelf.vocabulary.asksOneOf?.exec(q.text.toLowerCase())?.[1] : undefined;
  if (thing) {
    const listed = oneOfTheList(pack, primary, curated, thing, shelf.passages.keyTerms(thing), (w, t) => shelf.passages.mentions(w, t));
    if (listed !== curated) return listed;
  }
  // "When does the carbon reduction plan become mandatory?": asks whether it is a duty yet.
  const lower = q.text.toLowerCase();
  if (!q.asksYesNo && q.parts.length === 0 && /\bwhen\b/.test(lower) && shelf.vocabulary.plainYes?.obligation.test(lower)) return verdictByForce(pack, primary, curated, true);
  // "Can CWaC hold back payments …?": yes first, for the contracts the rules cover.
  if (!q.asksYesNo || q.parts.length > 0 || q.range !== undefined) return curated;
  if (q.asksToSkip) return noToSkip(pack, primary, curated);
  if (q.competitive === false) {
    const no = noForNonCompetitive(pack, primary, curated);
    if (no !== curated) return no;
  }
  // "Does Stockport require a carbon reduction plan?": what the rules' force says, yes or no.
  // "Are we going to make suppliers have one?" asks of a duty to come.
  const future = shelf.vocabulary.plainYes?.future?.test(lower) === true;
  if (shelf.vocabulary.plainYes?.obligation.test(lower) || future) {
    const byForce = verdictByForce(pack, primary, curated, false, future, q.text);
    if (byForce !== curated) return byForce;
    const about = shelf.vocabulary.subjects.find((s) => s.id === primary)?.re;
    const planned = about ? notYetPlanned(pack, primary, curated, about, shelf.vocabulary.plainYes!.obligation) : curated;
    if (planned !== curated) return planned;
  }
  const forContracts = yesForContracts(pack, primary, curated);
  return forContracts !== curated ? forContracts : plainYes(shelf, q, curated);
}

/**
 * "Is Stockport a Real Living Wage employer?", "does CWaC pay the living wage?": yes first, when the
 * answer's first sentence says everything asked (the figures typed too) plainly, in a clause with no
 * word that denies, hedges or narrows it ("not", "would", "proposed"). Else the answer as it is.
 */
function plainYes(shelf: Shelf, q: Question, answer: Answer): Answer {
  const words = shelf.vocabulary.plainYes;
  if (!words || words.request.test(q.text.toLowerCase())) return answer;
  const first = answer.headline.split(/(?<=[.!?])\s+/)[0] ?? '';
  const figures = q.text.match(/\d+(?:\.\d+)?/g) ?? [];
  // "Do suppliers need a carbon reduction plan?" is not answered yes by "tenders ask whether they have one".
  const duty = words.obligation.test(q.text.toLowerCase());
  const clauses = first.split(/,\s+(?:and|but|while|which|so)\s+|;\s*/);
  const says = clauses.find((c) => shelf.passages.coversAll(q.text, c, 1) && figures.every((f) => c.includes(f)) && (!duty || words.obligation.test(c.toLowerCase())));
  if (!says || words.hedges.test(says.toLowerCase())) return answer;
  return { ...answer, headline: `Yes. ${answer.headline}` };
}

/**
 * "Do they use the same 15% as we do?" of a council with no weighting: the council whose own figure it
 * is, said as that council's, so it is not read as the other's.
 */
function figureOwner(shelf: Shelf, pack: PolicyPack, figure: number): { says: string; source: string } | undefined {
  for (const other of shelf.packs) {
    if (other.council.id === pack.council.id) continue;
    const rule = weightingRuleWith(other, figure);
    if (!rule) continue;
    const word = rule.min === figure ? 'minimum weighting' : rule.standard === figure ? 'standard weighting' : 'overall target';
    const target = rule.min === figure && rule.target !== null ? `, with an overall target of ${percent(rule.target)},` : '';
    return { says: `${percent(figure)} is ${other.council.shortName}'s own ${word}${target} for ${rule.when.wording}.`, source: cite(other.documents, rule.source).text };
  }
  return undefined;
}

/** The words of a question that ask for what its not-given entry names ("which councillor is responsible"). */
function notGivenWords(v: Vocabulary, q: Question): ReadonlySet<string> {
  const asked = notGivenEntry(v, q)?.re.exec(q.text.toLowerCase())?.[0];
  return new Set(asked?.match(/[a-z0-9']+/g) ?? []);
}

/**
 * "Is Match My Project live yet?": the passages on the thing, those that say where it stands first (the
 * entry's `leads`: "funding … has been agreed", "Implement the Match My Project …" among the plans).
 */
function standingFirst(asked: NotGiven, found: readonly Passage[]): Passage[] {
  const says = asked.leads;
  return says ? [...found].sort((a, b) => Number(says.test(b.quote)) - Number(says.test(a.quote))) : [...found];
}

/**
 * "How does Match My Project work for a supplier, and is it up and running yet?": a question asked
 * before the one the documents are silent on is answered first, from the passage that answers it; then
 * that they do not say the rest, with what they do say of it (`found`).
 */
function askedFirst(shelf: Shelf, pack: PolicyPack, q: Question, asked: NotGiven, found: readonly Passage[]): Answer | undefined {
  const lower = q.text.toLowerCase();
  const at = asked.re.exec(lower)?.index ?? 0;
  // What comes before the words that ask it, in clauses; background ("a supplier keeps asking about
  // community stuff") asks nothing.
  const v = shelf.vocabulary;
  const before = clausesOf(lower.slice(0, at).replace(/[\s,;:–-]*(?:and|but|also)?\s*$/, ''))
    .map((c) => askingPart(c, v))
    .filter((c) => v.clauses.asks.test(c));
  if (before.length === 0) return undefined;
  // "match my project - what is it and is it up and running?": a question that names nothing asks of the thing named before it.
  const asking = before.join(' ');
  const own = { ...q, text: shelf.passages.keyTerms(asking).length > 0 ? asking : lower.slice(0, at) };
  const lead = shelf.passages.search(searchText(own), pack.council.id, 1)[0];
  if (!lead) return undefined;
  const rest = found.filter((p) => p.quote !== lead.quote);
  const none = notGiven(pack, q.notGiven!.about, '', rest.length > 0 ? quoted(shelf, pack, q, rest) : undefined, q.notGiven!.says);
  const said = quoted(shelf, pack, own, [lead]);
  // "how many hours have actually been done?": a count the documents report to date answers it.
  if (asked.shows?.test(lead.quote)) return said;
  return { ...said, parts: [asPart(none), ...(said.parts ?? [])], sections: [...said.sections, ...none.sections] };
}
