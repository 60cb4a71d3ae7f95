/**
 * Answers an officer's question from the policy packs and the source documents alone: one router over
 * the answer kinds (weighting and thresholds, verdicts, topics, TOMs, comparisons, national context,
 * quoted passages). Every figure comes from a pack, the TOMs catalogue or a verbatim quote; where the
 * documents are silent the answer says so.
 */
import { cite, documentLabel } from '../policy/citations.js';
import type { PolicyLibrary } from '../policy/loader.js';
import { valuesAcross, type Contract } from '../policy/requirements.js';
import type { PolicyPack } from '../policy/schema.js';
import { policyDocument } from '../policy/sources.js';
import type { TomsLookup } from '../policy/tomsCatalogue.js';
import { formatPounds } from '../text/money.js';
import { isFollowUp, rememberOf, withContext, type Carried, type QaContext } from '../understand/context.js';
import { describeTerm } from '../understand/contractValue.js';
import type { CouncilFinder } from '../understand/councils.js';
import { clausesOf, createReader, readQuestion, type Question, type Reader, type Subject } from '../understand/question.js';
import type { Vocabulary } from '../understand/vocabulary.js';
import { answerAsText, notice, suggest, type Answer, type Suggestion } from './answer.js';
import { compareRuleForContract, compareSubject, compareThresholds, compareVerdicts, compareWeighting, type Rank } from './compare.js';
import { citedDocuments, currencyAnswer, currencyLine, currencyWarnings } from './currency.js';
import { nationalAnswer, nationalNo } from './national.js';
import { ABOUT, createPassageIndex, type Passage, type PassageIndex } from './passages.js';
import { TOPIC_RULES, listNames, topicName } from './phrases.js';
import { tomsByRef, tomsBySubject, tomsThemes } from './toms.js';
import { coveredElsewhere, noToSkip, notGiven, notSaid, partnerAnswer, passageAnswer, topic, yesForContracts } from './topics.js';
import { appliesAnswer, nationalFigureVerdict, verdictAnswer } from './verdict.js';
import { boundAnswer, contractAnswer, overview, ruleTopicForBound, ruleTopicForContract, thresholds, weightingSummary } from './weighting.js';

export interface AskContext {
  /** the council the user chose ("my council is Trafford") */
  userCouncil?: string;
  /** the configured default (DEFAULT_COUNCIL) */
  defaultCouncil?: string;
  /** this conversation's last question */
  previous?: QaContext;
}

export type Reply =
  | { kind: 'help' }
  | { kind: 'set-council'; council: string; name: string }
  | { kind: 'feature'; feature: 'checklist' | 'action-plan' }
  | {
      kind: 'answer';
      answer: Answer;
      /** what to keep for a follow-up; absent leaves the conversation's context as it was */
      remember?: QaContext;
      /** the message also said the officer's council has changed ("I've moved to Trafford") */
      councilChange?: string;
    };

/** Words that, beside a council's name, ask for its overview ("what does Stockport say"). */
/** Subjects a council's rules decide for a given contract (the Portal, TOMs, deductions …). */
const TOMS_OR_RULES = (s: Subject) => TOPIC_RULES[s] !== undefined;

const OVERVIEW_WORDS = new Set(
  ('a about an and anything are at can contract contracts council councils did do document documents does everything for give guidance hello hey hi i in ' +
    'info information is know me my of on our overview please policies policy position procurement rules s say says show social ' +
    'charter have has statement ' +
    'summary sv tell the there to us value we what whats you your').split(' '),
);

/** Which end of a comparison is asked for ("which council has the highest weighting?", "which is lower?"). */
const RANK_HIGH = /\b(highest|higher|most|biggest|bigger|strictest|stricter)\b/i;
const RANK_LOW = /\b(lowest|lower|least|smallest|smaller)\b/i;

/** An amount a rule applies above or below ("over £50K"): a threshold, not an amount asked about. */
const THRESHOLD_WORDS = /\b(over|above|in excess of|under|below|between|less than|more than|up to)\s+£[\d,.]+k?(\s+(and|to)\s+£[\d,.]+k?)?/gi;

export interface AssistantOptions {
  vocabulary: Vocabulary;
  /** action reference prefixes from the plans, so "update TRF-3" reads as a plan command */
  actionPrefixes?: readonly string[];
  /** today, for warnings about out-of-date documents */
  now?: () => Date;
}

export class Assistant {
  readonly reader: Reader;
  readonly councils: CouncilFinder;
  private passagesBuilt: PassageIndex | undefined;
  private readonly allNames: readonly string[];
  private readonly councilWords: ReadonlySet<string>;
  private readonly now: () => Date;

  constructor(
    private readonly library: PolicyLibrary,
    private readonly toms: TomsLookup,
    private readonly options: AssistantOptions,
  ) {
    const names = [...library.packs.values()].map((p) => p.council);
    const lexicon = [...library.sources.documents.values()].flatMap((d) => d.sections.flatMap((s) => [s.heading, ...s.paragraphs]));
    this.reader = createReader(names, options.vocabulary, options.actionPrefixes, lexicon);
    this.councils = this.reader.councils;
    const allNames = names.flatMap((c) => [c.name, c.shortName, ...c.aliases]);
    this.allNames = allNames;
    this.councilWords = new Set(allNames.flatMap((n) => n.toLowerCase().match(/[a-z&]+/g) ?? []));
    this.now = options.now ?? (() => new Date());
  }

  /**
   * The documents' passage index, built on the first question rather than at start-up: it takes about
   * a tenth of a second, as long as the rest of the assistant.
   */
  private get passages(): PassageIndex {
    return (this.passagesBuilt ??= createPassageIndex(this.library.sources, this.options.vocabulary, this.allNames));
  }

  councilName(id: string): string {
    return this.pack(id).council.shortName;
  }

  private pack(id: string): PolicyPack {
    // Council ids are the packs' own; the schema's id type narrows them for the policy code.
    const pack = this.library.packs.get(id as PolicyPack['council']['id']);
    if (!pack) throw new Error(`no policy pack for ${id}`);
    return pack;
  }

  private get packs(): PolicyPack[] {
    return [...this.library.packs.values()];
  }

  read(text: string): Question {
    return readQuestion(text, this.reader);
  }

  /** Whether the conversation's last question can change the reply to `q`: only a follow-up reads it. */
  readsPrevious(q: Question): boolean {
    return isFollowUp(q, this.options.vocabulary, this.known);
  }

  /** Whether the documents use a word at all ("tell me a joke" is short, but leans on nothing asked before). */
  private readonly known = (word: string) => this.passages.keyTerms(word).length === this.passages.knownTerms(word).length;

  reply(text: string, ctx: AskContext = {}): Reply {
    return this.replyTo(this.read(text), ctx);
  }

  replyTo(q: Question, ctx: AskContext = {}): Reply {
    switch (q.intent.kind) {
      case 'help':
        return { kind: 'help' };
      case 'thanks':
        return { kind: 'answer', answer: notice("You're welcome", 'Ask me any time about social value weightings, thresholds, the Social Value Portal or TOMs.') };
      case 'goodbye':
        return { kind: 'answer', answer: notice('Goodbye', 'Say "help" whenever you need me again.') };
      case 'set-council':
        return { kind: 'set-council', council: q.intent.council, name: this.councilName(q.intent.council) };
      case 'feature':
        return { kind: 'feature', feature: q.intent.feature };
      case 'unknown-council':
        return { kind: 'answer', answer: this.notCovered(q.intent.name) };
      case 'which-council':
        return { kind: 'answer', answer: this.whichCouncil(ctx) };
      case 'question': {
        const { question, carried } = withContext(q, ctx.previous, this.options.vocabulary, this.known);
        const change = q.councilChange;
        // "I've moved to Trafford — what weighting for £60k?": Trafford from now on, and for this answer.
        const context = change ? { ...ctx, userCouncil: change } : ctx;
        const { answer, council } = this.answer(question, context, carried);
        // Kept for a follow-up even when the answer asked back ("Which council?" then "CWaC").
        const remember = answer.kind === 'answer' || (!council && (question.money !== undefined || question.subjects.length > 0)) ? rememberOf(question, council, answer.searchedFor) : undefined;
        return { kind: 'answer', answer, ...(remember ? { remember } : {}), ...(change ? { councilChange: change } : {}) };
      }
    }
  }

  // ----- councils ------------------------------------------------------------------------------

  private knownCouncils(conjunction = 'and'): string {
    return listNames(this.packs.map((p) => p.council.shortName), conjunction);
  }

  private notCovered(name: string): Answer {
    return notice(
      'Council not covered',
      `${name} is not covered: I hold policy documents for ${this.knownCouncils()} only. Say, for example, "my council is ${this.packs[0]?.council.shortName ?? '…'}".`,
    );
  }

  private whichCouncil(ctx: AskContext): Answer {
    if (ctx.userCouncil) return notice('Your council', `Your council is set to ${this.councilName(ctx.userCouncil)}. Say "my council is …" to change it.`);
    const fallback = ctx.defaultCouncil ? ` Until you do, I answer for ${this.councilName(ctx.defaultCouncil)}, the default here.` : '';
    return notice('Your council', `You haven't set a council. Say "my council is …" with ${this.knownCouncils('or')}.${fallback}`);
  }

  /** The question again, for another council: a button's question. */
  private askFor(q: Question, name: string, replacing?: string): string {
    const text = q.text.replace(/[\s?!.]+$/, '');
    if (replacing) return `${text.replace(replacing, name)}?`;
    return `${text} in ${name}?`;
  }

  private councilButtons(q: Question): Suggestion[] {
    return this.packs.map((p) => ({ title: p.council.shortName, ask: this.askFor(q, p.council.shortName) }));
  }

  /** The council a question is about, and how the answer should say why. */
  private resolveCouncil(q: Question, ctx: AskContext, carried: Carried): { id?: string; why?: string } {
    if (q.councils[0]) return { id: q.councils[0], ...(carried.council ? { why: 'carried' } : {}) };
    if (ctx.userCouncil) return { id: ctx.userCouncil, why: 'your council' };
    if (ctx.defaultCouncil) return { id: ctx.defaultCouncil, why: 'the default council here: say "my council is …" to change it' };
    return this.onlyCouncilFor(q) ?? {};
  }

  /** "What is Bee Net Zero?": a name only one council's documents use says which council is meant. */
  private onlyCouncilFor(q: Question): { id: string; why: string } | undefined {
    if (q.money !== undefined || q.range !== undefined) return undefined;
    const terms = this.passages.keyTerms(this.searchText(q));
    const own = terms.map((t) => ({ t, by: this.passages.councilsUsing(t) })).find((x) => x.by.size === 1 && !this.isSubjectWord(x.t));
    const council = own ? [...own.by][0]! : undefined;
    const best = council ? this.passages.search(this.searchText(q), council, 1)[0] : undefined;
    if (!own || !council || !best || !this.passages.coversAll(this.searchText(q), best.paragraph, 1)) return undefined;
    return { id: council, why: `the only council whose documents mention “${own.t}”` };
  }

  /** A word of the question that only one council's documents use, in three passages at most: a name ("Overbury", "Ellesmere"). */
  private rareNameFor(q: Question): { id: string; why: string } | undefined {
    for (const t of this.passages.keyTerms(this.searchText(q))) {
      if (this.isSubjectWord(t) || this.passages.frequency(t) > 3) continue;
      const by = this.passages.councilsUsing(t);
      if (by.size === 1) return { id: [...by][0]!, why: `the only council whose documents mention “${t}”` };
    }
    return undefined;
  }

  /** The one council whose documents have a sentence that carries every key term asked (two at least), when only one has. */
  private onlyCouncilSaying(q: Question): { id: string; why: string } | undefined {
    if (q.money !== undefined || q.range !== undefined || q.bound !== undefined || q.proposedWeighting !== undefined) return undefined;
    if (q.subjects.some((s) => s === 'weighting' || s === 'threshold' || s === 'requirements' || s === 'compare')) return undefined;
    // "our maturity index" is the officer's own council; a subject alone ("who chairs the steering
    // group?") may be any council's. Two words of its own beside the subject name something.
    if (/\b(our|my|we|us)\b/i.test(q.text) || this.passages.keyTerms(q.otherWords.join(' ')).length < 2) return undefined;
    // "When did STAR start using the Portal?": "when … start" asks for a date; the rest is what is asked about.
    const wanted = this.wantedFigure(q);
    const stripped = wanted?.asking ? q.text.replace(wanted.asking, ' ') : q.text;
    const text = this.searchText(this.passages.keyTerms(stripped).length >= 2 ? { ...q, text: stripped } : q);
    const terms = this.passages.keyTerms(text);
    if (terms.length < 2) return undefined;
    const covering = this.passages.search(text, undefined, 20).filter((p) => this.passages.coversAll(text, p.quote));
    // Of the councils whose documents say it, the one whose documents also give the figure asked for.
    const giving = wanted ? covering.filter((p) => this.gives(wanted, q, p.quote.replace(THRESHOLD_WORDS, ' '), true)) : [];
    const by = new Set((giving.length > 0 ? giving : covering).map((p) => p.council));
    if (by.size !== 1) return undefined;
    return { id: [...by][0]!, why: `the only council whose documents mention “${terms.join(' ')}”` };
  }

  // ----- the router ----------------------------------------------------------------------------

  private answer(q: Question, ctx: AskContext, carried: Carried): { answer: Answer; council?: string } {
    if (q.money?.kind === 'invalid') return { answer: this.invalidMoney(q) };
    if (q.councils.length === 0 && q.mention.uncovered) return { answer: this.notCovered(q.mention.uncovered) };
    if (q.councils.length === 0 && q.mention.misspelt) {
      const { typed, id } = q.mention.misspelt;
      const name = this.councilName(id);
      return {
        answer: notice(`Did you mean ${name}?`, `I don't know a council called "${typed}". I cover ${this.knownCouncils()}.`, [
          { title: `Yes, ${name}`, ask: this.askFor(q, name, typed) },
        ]),
      };
    }
    const contract = this.contractOf(q);
    const own = q.subjects.filter((s) => s !== 'compare' && s !== 'national');
    if (q.subjects.includes('compare') && (q.councils.length !== 1 || carried.council)) {
      const packs = q.councils.length > 1 ? q.councils.map((c) => this.pack(c)) : this.packs;
      const subject = own.find((s) => !['weighting', 'threshold', 'requirements'].includes(s));
      const quoted = (pack: PolicyPack) => this.passages.search(subject ? `${q.text} ${topicName(subject)}` : q.text, pack.council.id, 1)[0];
      // "which councils use STAR Procurement?": no curated subject, so each council's documents are quoted.
      const ruled = contract && subject && TOMS_OR_RULES(subject) ? compareRuleForContract(packs, contract, subject) : undefined;
      const bySubject = ruled ?? (!contract && (subject || (own.length === 0 && q.otherWords.length > 0)) ? compareSubject(packs, subject, quoted) : undefined);
      // "Stockport vs Trafford thresholds": the thresholds, not the weighting alone.
      const asksThresholds = !contract && !own.includes('weighting') && own.includes('threshold');
      const rank: Rank | undefined = RANK_HIGH.test(q.text) ? 'highest' : RANK_LOW.test(q.text) ? 'lowest' : undefined;
      const judged = contract && q.proposedWeighting !== undefined ? compareVerdicts(packs, contract, q.proposedWeighting, q.asksNeed === true, q.asksTooMuch === true) : undefined;
      const compared = bySubject ?? judged ?? (asksThresholds ? compareThresholds(packs) : compareWeighting(packs, contract, q.competitive, rank));
      const answer = q.notGiven && !bySubject ? { ...compared, headline: `None of the councils' documents give ${q.notGiven.about} for the social value weighting. What each does set:` } : compared;
      return { answer: this.finish(answer, packs, q, carried) };
    }
    // "What is NT1 and what weighting for £60k?": the measure, then the rest as asked.
    if (q.tomsRefs.length > 0 && !(q.parts.length > 1 && q.parts.some((p) => p !== 'toms'))) return { answer: tomsByRef(this.toms, this.tomsSource(), q.tomsRefs) };

    const national = this.library.national;
    const asksNational = q.subjects.includes('national');
    // "Does Trafford have a 10% weighting like central government?": the council's answer, then the national figure.
    const nationalBeside = asksNational && q.councils.length > 0 && own.some((s) => s === 'weighting' || s === 'threshold');
    if (asksNational && !nationalBeside && !(q.proposedWeighting !== undefined && contract && this.resolveCouncil(q, ctx, carried).id)) {
      const priorities = own.includes('priorities') || /\bppn|procurement policy (note|statement)|npps\b/i.test(q.text);
      const wanted = q.subjects.includes('legal-duty') && !own.includes('weighting') ? 'legal-duty' : priorities ? 'priorities' : 'weighting';
      return { answer: nationalAnswer(national, wanted, { text: q.text, yesNo: q.asksYesNo }) };
    }
    // The Act is national law: answer it from the national context unless a council that covers it was named.
    // "Is 10% the legal minimum?" asks about a weighting: the national figure leads.
    if (own[0] === 'legal-duty' && !contract && !q.councils.some((c) => this.pack(c).topics['legal-duty'])) {
      return { answer: nationalAnswer(national, own.includes('weighting') ? 'weighting' : 'legal-duty', { text: q.text, yesNo: q.asksYesNo }) };
    }

    const knownSubject = own.length > 0 || contract !== undefined || q.notGiven !== undefined || q.bound !== undefined || q.range !== undefined;
    const resolved = this.resolveCouncil(q, ctx, carried);
    // "what is the GM Good Employment Charter?", "how much did STAR invest in the Portal?": with no
    // council known, the one council whose documents say everything asked is the one meant.
    const { id, why } = resolved.id || !knownSubject ? resolved : (this.onlyCouncilSaying(q) ?? resolved);
    if (q.asksCurrency && id && !contract) {
      const pack = this.pack(id);
      const refresh = new Map(
        pack.documents.flatMap((d) => {
          const src = this.library.sources.documents.get(d.id)?.refreshSource;
          return src ? [[d.id, cite(pack.documents, src).text] as const] : [];
        }),
      );
      const answer = currencyAnswer(pack.council.shortName, pack.documents, this.now(), refresh, q.notGiven?.id === 'replacement-date', {
        text: q.text,
        yesNo: q.asksYesNo,
        stale: q.asksStale === true,
      });
      return { answer: this.finish(answer, [pack], q, carried, why), council: id };
    }
    if (!knownSubject) {
      if (q.councils.length > 0 && this.asksForOverview(q.text)) return { answer: this.finish(overview(this.pack(q.councils[0]!)), [this.pack(q.councils[0]!)], q, carried, why), council: q.councils[0]! };
      // Asked of a named council, the council's own documents come first ("how many people does CWaC employ?").
      const named = q.councils.length > 0 ? this.searchDocuments(q, q.councils[0], false) : undefined;
      if (named) return named;
      // A passage that names everything asked ("how many trees did George Cox plant?") answers it
      // before measures that share a word with it.
      const best = q.councils.length === 0 ? this.passages.search(this.searchText(q), id, 1)[0] : undefined;
      const exact = best && this.passages.coversAll(this.searchText(q), best.paragraph) ? this.searchDocuments(q, id, false) : undefined;
      if (exact) return exact;
      // "What did Overbury donate in materials?": a name only one council's documents use, and rarely,
      // is asked about there, before any TOMs measure that shares a word with the question.
      const rare = q.councils.length === 0 ? this.rareNameFor(q) : undefined;
      const there = rare ? this.searchDocuments({ ...q, councils: [rare.id] }, rare.id, false) : undefined;
      if (rare && there) return rare.id === id ? there : { answer: { ...there.answer, context: `From ${this.councilName(rare.id)}'s documents, ${rare.why}.` }, council: rare.id };
      // Only a subject officers ask TOMs about ("veterans"), not any word that happens to be in a measure.
      const measures = this.measuresFor(q.text, false);
      if (measures) return { answer: measures };
      // Not a subject the packs curate: what the documents themselves say, for the council asked about;
      // a council only assumed (carried, the officer's own, the default) gives way to the one council
      // whose documents use the name asked about ("and what's Spacehive?" after a Stockport question).
      const only = q.councils.length === 0 || carried.council ? this.onlyCouncilFor(q) : undefined;
      const inAssumed = only && only.id !== id ? this.searchDocuments(q, id, false) : undefined;
      if (only && only.id !== id && !inAssumed) {
        const there = this.searchDocuments({ ...q, councils: [only.id] }, only.id, false);
        if (there) return { answer: { ...there.answer, context: `From ${this.councilName(only.id)}'s documents, ${only.why}.` }, council: only.id };
      }
      const found = inAssumed ?? this.searchDocuments(q, id);
      if (found) return found;
      return { answer: this.offTopic() };
    }
    // "living wage toms?", "carbon toms": the officer asks for measures, not a council's topic.
    // A council carried from the last question is not one asked about: "what TOMs relate to veterans?" asks for measures.
    const unnamed = q.councils.length === 0 || carried.council !== undefined;
    if (q.wantsToms && !contract && unnamed && own.length > 1 && own.includes('toms')) {
      const measures = this.measuresFor(q.text, false);
      if (measures) return { answer: measures };
    }
    // "What are the five TOMs themes?": the catalogue's themes.
    if (q.wantsToms && !contract && /\bthemes?\b/.test(q.text.toLowerCase()) && own.every((s) => s === 'toms' || s === 'priorities')) {
      return { answer: tomsThemes(this.toms, this.tomsSource()) };
    }
    if (q.wantsToms && !contract && own.every((s) => s === 'toms') && unnamed) {
      const measures = this.measuresFor(q.text, true);
      if (measures) return { answer: measures };
      // "What is the National TOMs?" with no council: the framework is national, so its themes.
      if (!id) return { answer: tomsThemes(this.toms, this.tomsSource()) };
    }
    // "What does social value mean?": every council defines it, so each council's words, side by side.
    if (!id && !contract && own.length === 1 && own[0] === 'definition') {
      const compared = compareSubject(this.packs, 'definition', () => undefined);
      if (compared) return { answer: this.finish(compared, this.packs, q, carried) };
    }
    if (!id) {
      return {
        answer: notice('Which council?', `Which council is this for? I cover ${this.knownCouncils()}: choose one, or say "my council is …" and I'll remember.`, this.councilButtons(q)),
      };
    }
    const pack = this.pack(id);
    const parts = q.parts.length > 1 ? q.parts : [own[0]];
    // "between £25k and £50k": one answer for each part of the range the council's rules treat alike.
    const ranged = q.range && !contract && parts.length === 1 ? this.acrossRange(pack, q, parts[0]) : undefined;
    // "the weighting for 30k, and for 300k": one answer per value.
    const answers = ranged ??
      (q.amounts.length > 1 && parts.length === 1
        ? q.amounts.map((value) => this.councilAnswer(pack, q, parts[0], { ...contract!, value }))
        : parts.map((part) => this.councilAnswer(pack, q, part, contract)));
    if (nationalBeside && q.proposedWeighting === undefined) {
      // "Does the central government 10% apply to us in Stockport?": no, first; then the council's own figure.
      const no = q.asksIfApplies ? nationalNo(national, 'weighting', { text: q.text, yesNo: q.asksYesNo, ofCouncil: true }) : undefined;
      if (no) answers.unshift(no);
      else answers.push(nationalAnswer(national, 'weighting'));
    }
    answers.push(...this.askedBeside(q, pack, answers));
    const [first, ...rest] = answers as [Answer, ...Answer[]];
    const combined: Answer = rest.length > 0 ? { ...first, parts: rest.map((r) => ({ ...r, facts: [], sections: [], notes: [], suggestions: [] })), sections: [...first.sections, ...rest.flatMap((r) => r.sections)] } : first;
    return { answer: this.finish(combined, [pack], q, carried, why), council: id };
  }

  /**
   * A range of values: the answer at one value for each stretch of the range over which the council's
   * rules on what was asked stay the same, each end and threshold being the documents' or the officer's
   * own figure. Undefined when what was asked does not turn on the value.
   */
  private acrossRange(pack: PolicyPack, q: Question, primary: Subject | undefined): Answer[] | undefined {
    const range = q.range!;
    const subject = primary ?? 'weighting';
    const whole = subject === 'threshold' || subject === 'requirements';
    const kinds = q.proposedWeighting !== undefined || subject === 'weighting' ? (['weighting'] as const) : TOPIC_RULES[subject];
    if (!kinds && !whole) return undefined;
    const base = this.termsOf(q);
    const values = valuesAcross(pack, base, range.low, range.high, whole ? undefined : kinds);
    const answers = values.map((value) => this.councilAnswer(pack, q, primary, { ...base, value }));
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

  private councilAnswer(pack: PolicyPack, q: Question, primary: Subject | undefined, contract: Contract | undefined): Answer {
    const answer = this.curatedAnswer(pack, q, primary, contract);
    // A contract's value decides the weighting and the rules; another part asked beside it ("… and who
    // chairs the round table?") may still be better answered from the documents.
    const forContract = contract !== undefined && (!primary || primary === 'weighting' || primary === 'threshold' || primary === 'requirements' || TOPIC_RULES[primary] !== undefined);
    if (answer.kind !== 'answer' || forContract || q.proposedWeighting !== undefined) return answer;
    // The curated topic does not speak to what was asked ("who chairs the Stockport round table?"):
    // a passage that does is the better answer.
    const text = answerAsText(answer).toLowerCase();
    // "prioritising" is said by "priorities": a long word's first seven letters are enough.
    // In a message that asks several things, only the words of this part's own clause count
    // ("… threshold for the portal and how much has been secured?": "secured" is the other part's).
    const about = primary ? this.options.vocabulary.subjects.find((s) => s.id === primary)?.re : undefined;
    const clause = q.parts.length > 1 && about ? clausesOf(q.text).find((c) => about.test(c)) : undefined;
    const asked = [...q.otherWords.filter((w) => clause === undefined || clause.includes(w)), ...(q.about?.split(' ') ?? [])];
    // Three letters are a word when the documents rarely use them ("Bee Net Zero").
    const missing = asked.filter((w) => (w.length >= 4 || (w.length === 3 && this.passages.frequency(w) <= 2)) && !text.includes(w.replace(/s$/, '')) && !this.passages.mentions(w, text) && !(w.length >= 9 && text.includes(w.slice(0, 7))));
    // "what did suppliers say about the weighting?": what someone said is in the documents' own words.
    const said = this.options.vocabulary.asksWhatSaid?.test(q.text.toLowerCase()) === true;
    // "Trafford's corporate priorities": a word the topic lacks, joined to the next word asked, names
    // something of its own that a passage may give word for word.
    const lower = q.text.toLowerCase();
    const phrase = missing.length === 1 ? new RegExp(`\\b${missing[0]!.replace(/[^a-z'-]/g, '')}\\s+[a-z]+`).exec(lower)?.[0] : undefined;
    const named = phrase && !text.includes(phrase) && this.passages.search(phrase, pack.council.id, 3).some((p) => p.quote.toLowerCase().includes(phrase)) ? phrase : undefined;
    // Two words the topic lacks, or one the documents rarely use ("carbon neutral"): a passage may say it.
    if (missing.length >= 2 || (missing.length === 1 && (said || named !== undefined || this.passages.frequency(missing[0]!) <= 4))) {
      // The section's heading counts for what someone said ("Engagement Feedback").
      const carries = (p: { quote: string; section: string }) => missing.filter((w) => this.passages.mentions(w, `${said ? `${p.section} ` : ''}${p.quote}`)).length;
      // One missing word is not enough on its own: the passage must also be about the subject asked
      // ("what priorities did Trafford's communities raise?" is not answered by "Raise awareness …").
      const onSubject = (p: { quote: string }) => missing.length >= 2 || !about || about.test(p.quote.toLowerCase());
      const found = this.passages.search(this.searchText(q), pack.council.id).filter((p) => carries(p) >= Math.max(1, missing.length - 1) && onSubject(p) && (!named || p.quote.toLowerCase().includes(named)));
      if (found.length > 0) return this.figureGiven(pack, q, this.quoted(pack, q, found), primary);
    }
    // A figure was asked for ("what percentage can CWaC deduct?") and the documents' answer has none.
    return this.figureGiven(pack, clause ? { ...q, text: clause } : q, answer, primary);
  }

  /**
   * A figure was asked for ("what percentage can CWaC deduct?", "how often does the group meet?")
   * and the answer's first view has none (a threshold it applies above is not that figure): say the
   * documents do not give it, then what they do say.
   */
  private figureGiven(pack: PolicyPack, q: Question, answer: Answer, primary?: Subject): Answer {
    const wanted = this.wantedFigure(q);
    if (!wanted) return answer;
    // A threshold a rule applies above is not the figure asked for; a quote's amounts are what it says.
    // A quote's own words, not the document's label around them ("Report … (2022), 6.7, says: …" gives no date).
    const quotes = (text: string) => (text.match(/“[^”]*”/g) ?? [text]).join(' ');
    const firstView =
      answer.searchedFor !== undefined
        ? [answer.headline, ...(answer.parts ?? []).map((p) => p.headline)].map(quotes).join(' ')
        : [answer.headline, answer.rule ?? '', ...(answer.parts ?? []).map((p) => p.headline)].join(' ').replace(THRESHOLD_WORDS, ' ');
    if (this.gives(wanted, q, firstView)) return answer;
    // The figure may be in the documents beyond what the pack curates ("43 new contracts on the Portal");
    // "all contracts over £50K" is a threshold, not what STAR invested.
    const searched = this.passages.search(this.searchText(q), pack.council.id, 20);
    const ofCouncil = this.ofCouncilItself(q);
    const quoted = searched.filter((p) => ofCouncil(p) && this.gives(wanted, q, p.quote.replace(THRESHOLD_WORDS, ' '), true)).slice(0, 3);
    // A quote that lacks the figure gives way to the passages that give it.
    if (quoted.length > 0) return this.quoted(pack, q, quoted);
    // A quote is about what was asked, not about a subject: "do not give that number".
    const label = answer.searchedFor !== undefined ? '' : primary === 'weighting' || !primary ? 'the social value weighting' : topicName(primary);
    // "How much did STAR invest in the Portal?": no amount, but a sentence that says everything else asked.
    const exact = answer.searchedFor === undefined ? searched.find((p) => this.passages.coversAll(this.searchText(q), p.quote)) : undefined;
    if (exact) return notGiven(pack, wanted.about, '', this.quoted(pack, q, [exact]));
    return notGiven(pack, wanted.about, label, answer);
  }

  private curatedAnswer(pack: PolicyPack, q: Question, primary: Subject | undefined, contract: Contract | undefined): Answer {
    if (primary === 'toms' && q.tomsRefs.length > 0) return tomsByRef(this.toms, this.tomsSource(), q.tomsRefs);
    // "… and what are the TOMs themes?": the catalogue's themes, in a message that asks other things too.
    if (primary === 'toms' && !contract && q.parts.length > 1 && clausesOf(q.text).some((c) => /\btoms\b/.test(c) && /\bthemes?\b/.test(c))) {
      return tomsThemes(this.toms, this.tomsSource());
    }
    if (q.notGiven) {
      const subject = primary ?? 'weighting';
      const weighting = contract ? contractAnswer(pack, contract) : weightingSummary(pack, q.competitive);
      const label = subject === 'weighting' || subject === 'threshold' || subject === 'requirements' ? 'the social value weighting' : topicName(subject);
      const { says, near } = q.notGiven;
      if (says) {
        // "does social value apply to grants?": they do not say; the weighting only when it was asked about.
        const given = primary === 'weighting' ? weighting : primary && primary !== 'threshold' && primary !== 'requirements' ? topic(pack, primary, q.text) : undefined;
        const nearby = near ? this.passages.search(near, pack.council.id, 1)[0] : undefined;
        return notGiven(pack, q.notGiven.about, label, given, says, nearby);
      }
      // "what's the phone number for the social value team?": not about the weighting, so what the
      // documents say nearest to it, not the weighting.
      if (!primary && q.notGiven.id !== 'maximum') {
        const nearby = this.passages.search(this.searchText(q), pack.council.id, 1)[0];
        return notGiven(pack, q.notGiven.about, '', undefined, undefined, nearby);
      }
      const given = primary === 'weighting' || !primary ? weighting : topic(pack, subject);
      return notGiven(pack, q.notGiven.about, label, given);
    }
    if (primary === 'procurement-partner') return partnerAnswer(pack) ?? this.silent(pack, q, primary);
    if (q.proposedWeighting !== undefined && (!primary || primary === 'weighting' || primary === 'threshold')) {
      if (!contract) {
        const summary = weightingSummary(pack, q.competitive);
        return { ...summary, headline: `It depends on the contract's total value. ${summary.headline} Tell me the total agreement value for a yes or no.` };
      }
      if (q.subjects.includes('national')) {
        const fact = this.library.national.facts.find((f) => f.topic === 'weighting')!;
        return nationalFigureVerdict(pack, contract, q.proposedWeighting, fact.statement, this.nationalSource(fact.source));
      }
      return verdictAnswer(pack, contract, q.proposedWeighting, q.asksNeed === true, q.asksTooMuch === true);
    }
    if (contract) {
      if (!primary || primary === 'weighting' || primary === 'threshold' || primary === 'requirements') {
        if (q.asksApplies && primary !== 'requirements') return appliesAnswer(pack, contract);
        return contractAnswer(pack, contract, q.subjects.includes('requirements') && !q.subjects.includes('weighting'));
      }
      const kinds = TOPIC_RULES[primary];
      if (kinds) {
        const ruled = ruleTopicForContract(pack, contract, primary, kinds, q.asksToSkip);
        if (ruled) return ruled;
      }
      // "how much of the evaluation should be social value for £250k?": the weighting, where the
      // council has no rule of the other kind.
      if (q.subjects.includes('weighting') && q.parts.length === 0) return contractAnswer(pack, contract);
      return topic(pack, primary, q.text) ?? this.silent(pack, q, primary);
    }
    if (q.bound && (!primary || primary === 'weighting' || primary === 'threshold' || primary === 'requirements')) return boundAnswer(pack, q.bound);
    // "sub 50k, do I need the Portal?": the rule on that subject for every contract on that side of the amount.
    const boundKinds = q.bound && primary ? TOPIC_RULES[primary] : undefined;
    if (q.bound && primary && boundKinds) {
      const ruled = ruleTopicForBound(pack, q.bound, this.termsOf(q), primary, [...boundKinds], q.asksToSkip);
      if (ruled) return ruled;
    }
    if (!primary) return overview(pack);
    if (primary === 'weighting') return weightingSummary(pack, q.competitive);
    if (primary === 'threshold' || primary === 'requirements') return thresholds(pack);
    const curated = topic(pack, primary, q.text);
    if (!curated) return this.silent(pack, q, primary);
    // "Can CWaC hold back payments …?": yes first, for the contracts the rules cover.
    if (!q.asksYesNo || q.parts.length > 0 || q.range !== undefined) return curated;
    return q.asksToSkip ? noToSkip(pack, primary, curated) : yesForContracts(pack, primary, curated);
  }

  /** No curated topic: a quoted passage when the documents have one, else a plain "they do not say". */
  private silent(pack: PolicyPack, q: Question, subject: Subject): Answer {
    // A passage that shares the question's words but not its subject ("penalty") does not answer it.
    const about = this.options.vocabulary.subjects.find((s) => s.id === subject)?.re;
    const found = this.passages.search(this.searchText(q), pack.council.id).filter((p) => !about || about.test(p.quote.toLowerCase()));
    if (found.length > 0) return this.quoted(pack, q, found);
    const nearby = this.passages.search(topicName(subject), pack.council.id, 1);
    return notSaid(pack, topicName(subject), nearby, coveredElsewhere(this.packs, pack, subject));
  }

  /** A question the packs do not curate, answered from the documents of the council asked about. */
  private searchDocuments(q: Question, council: string | undefined, orSay = true): { answer: Answer; council?: string } | undefined {
    // "How many staff do they employ and what do they spend a year?": each thing asked, in order.
    const clauses = clausesOf(q.text).filter((c) => this.passages.keyTerms(c).length > 0);
    if (clauses.length > 1) {
      // "who chairs the round table and how often does it meet?": "it" in a later clause is what the first asked about.
      const back = this.options.vocabulary.sameAsBefore;
      const leanOn = (text: string, i: number) => (i > 0 && back.test(text.toLowerCase()) ? this.passages.keyTerms(clauses[0]!).join(' ') : q.about);
      const each = clauses.map((text, i) => {
        const about = leanOn(text, i);
        return this.searchDocuments({ ...q, text, ...(about ? { about } : {}) }, council ?? q.councils[0], false);
      });
      const [first, ...rest] = each;
      const distinct = new Set(each.map((e) => e?.answer.headline)).size === each.length;
      if (first && rest.every((r) => r && r.council === first.council) && distinct) {
        const parts = rest.map((r) => ({ ...r!.answer, facts: [], sections: [], notes: [], suggestions: [] }));
        return { answer: { ...first.answer, parts, sections: [...first.answer.sections, ...rest.flatMap((r) => r!.answer.sections)] }, ...(first.council ? { council: first.council } : {}) };
      }
    }
    // "When will the co-ordinator start?": the words that only ask for a date are not what is searched for.
    // "Who leads on social value?": when those words are all that is asked, they are what is searched for.
    const asking = this.wantedFigure(q)?.asking;
    const stripped = asking ? q.text.replace(asking, ' ') : q.text;
    const searched = this.searchText(asking && this.passages.keyTerms(stripped).length > 0 ? { ...q, text: stripped } : q);
    const ofCouncil = this.ofCouncilItself(q);
    // "How do I raise a purchase order?", asked of no council: a sentence that shares one word of three
    // ("raise awareness") is about something else; it must carry at least half of what was asked.
    const terms = this.passages.keyTerms(searched);
    const onPoint = (p: Passage) => q.councils.length > 0 || terms.filter((t) => this.passages.mentions(t, p.quote)).length * 2 >= terms.length;
    const inCouncil = council ? this.passages.search(searched, council).filter((p) => ofCouncil(p) && onPoint(p)) : [];
    const found = inCouncil.length > 0 ? inCouncil : q.councils.length === 0 ? this.passages.search(searched).filter((p) => ofCouncil(p) && onPoint(p)) : [];
    if (found.length === 0) {
      if (!orSay) return undefined;
      // Words the documents use, asked of a council, that no passage answers: the documents do not say.
      // Words they never use ("the weather tomorrow") are another subject: the pointer answers those.
      const known = this.passages.knownTerms(searched);
      if (q.councils[0] && known.length > 0 && known.length >= this.passages.keyTerms(searched).length / 2) {
        const pack = this.pack(q.councils[0]);
        return { answer: notSaid(pack, 'that', this.passages.search(known.join(' '), pack.council.id, 1)), council: pack.council.id };
      }
      return undefined;
    }
    // Asked for a figure: the passage that gives one first.
    const wanted = this.wantedFigure(q);
    if (wanted) found.sort((a, b) => Number(this.gives(wanted, q, b.quote, true)) - Number(this.gives(wanted, q, a.quote, true)));
    const pack = this.pack(found[0]!.council);
    const quoted = this.figureGiven(pack, q, this.quoted(pack, q, found.filter((p) => p.council === pack.council.id)));
    return { answer: this.finish(quoted, [pack], q, {}), council: pack.council.id };
  }

  /** A subject's own word ("cohorts") is not a name: every council may speak of the subject in other words. */
  private isSubjectWord(term: string): boolean {
    return this.options.vocabulary.subjects.some((s) => s.re.test(term));
  }

  /**
   * "How many staff does Trafford Council employ?" asks about the council itself: a passage about a
   * contract's staff does not answer it. Any passage does for a question that does not say "council".
   */
  private ofCouncilItself(q: Question): (p: { quote: string }) => boolean {
    return /\bcouncil\b/i.test(q.text) ? (p) => /\bcouncil\b/i.test(p.quote) : () => true;
  }

  /** The kind of figure asked for: by the question's words, or carried from the question before ("and in Stockport?"). */
  private wantedFigure(q: Question): Vocabulary['asksFigure'][number] | undefined {
    const asks = this.options.vocabulary.asksFigure;
    return asks.find((a) => a.re.test(q.text.toLowerCase())) ?? (q.carriedAsk ? asks.find((a) => a.about === q.carriedAsk) : undefined);
  }

  /**
   * Whether a text gives the kind of figure asked for (a count: a number next to what is counted).
   * `passage`: a passage of the documents, which must also be about what was asked ("who chairs the
   * steering group?" is not answered by "the Round Table … is chaired by …").
   */
  private gives(wanted: Vocabulary['asksFigure'][number], q: Question, text: string, passage = false): boolean {
    if (!wanted.shows.test(text) || (wanted.counted && !this.passages.counts(q.text, text))) return false;
    if (!passage || !wanted.asking) return true;
    const asked = `${q.text.replace(wanted.asking, ' ')}${q.about ? ` ${q.about}` : ''}`;
    // "Who leads on social value?": nothing asked beside the asking words, so nothing else to carry.
    if (this.passages.keyTerms(asked).length === 0) return true;
    return this.passages.coversAll(asked, text, 1);
  }

  /**
   * "CWaC 150k: what weighting, and who are the anchor institutions?": a later clause that asks
   * something no subject covers is answered from the council's documents, after the rest.
   */
  private askedBeside(q: Question, pack: PolicyPack, answered: readonly Answer[] = []): Answer[] {
    const clauses = clausesOf(q.text);
    if (clauses.length < 2) return [];
    const v = this.options.vocabulary;
    const said = answered.map(answerAsText).join(' ');
    const out: Answer[] = [];
    for (const clause of clauses.slice(1)) {
      const asks = /^(who|what|which|when|where|how|does|do|is|are|can)\b/.test(clause);
      if (!asks || v.subjects.some((s) => s.re.test(clause)) || /\d/.test(clause) || this.passages.keyTerms(clause).length === 0) continue;
      // "… round table and how often does it meet?": "it" is what the first clause asked about, and a
      // figure the answer so far already gives ("takes place termly") is not asked again.
      const about = v.sameAsBefore.test(clause) ? this.passages.keyTerms(clauses[0]!).join(' ') : undefined;
      const asked: Question = { ...q, text: clause, ...(about ? { about } : {}) };
      const wanted = this.wantedFigure(asked);
      if (wanted && about && this.gives(wanted, asked, said)) continue;
      const found = this.passages.search(this.searchText(asked), pack.council.id, 2).filter((p) => this.passages.coversAll(clause, p.paragraph, 1));
      if (found.length > 0) out.push(this.figureGiven(pack, asked, this.quoted(pack, asked, found)));
    }
    return out;
  }

  /** The question's words for a search of the documents, with what a follow-up leans on ("it" = the Round Table). */
  private searchText(q: Question): string {
    return q.about ? `${q.text}${ABOUT}${q.about}` : q.text;
  }

  /** A quoted passage, remembering what was searched for so a follow-up can lean on it. */
  private quoted(pack: PolicyPack, q: Question, found: Passage[]): Answer {
    return { ...passageAnswer(pack, found), searchedFor: q.about ?? this.passages.keyTerms(q.text).join(' ') };
  }

  // ----- finishing -----------------------------------------------------------------------------

  /** The context line (what was carried, how the value was read, why this council) and how current. */
  private finish(answer: Answer, packs: PolicyPack[], q: Question, carried: Carried, why?: string): Answer {
    const context = this.contextLine(q, carried, packs.length === 1 ? packs[0] : undefined, why);
    if (answer.kind !== 'answer') return { ...answer, ...(context ? { context } : {}) };
    const docs = packs.flatMap((p) => p.documents);
    const first = [...answer.sources, ...(answer.parts ?? []).flatMap((p) => p.sources)];
    const cited = citedDocuments(docs, [...first, ...answer.sections.map((s) => s.source ?? '')]);
    const shown = cited.length > 0 ? cited : docs;
    // Warn about the documents the first view cites: the answer rests on them.
    const warnings = currencyWarnings(citedDocuments(docs, first), this.now());
    return {
      ...answer,
      ...(context ? { context } : {}),
      currency: answer.currency ?? currencyLine(shown),
      ...(warnings.length > 0 ? { warnings } : {}),
    };
  }

  private contextLine(q: Question, carried: Carried, pack: PolicyPack | undefined, why?: string): string | undefined {
    const money = q.money?.kind === 'amount' ? q.money : undefined;
    const lines: string[] = [];
    const name = pack?.council.shortName;
    if (carried.compared) {
      const kind = carried.category ? `${carried.category} contract` : 'contract';
      const value = money ? (carried.value !== undefined ? `, for the same ${formatPounds(money.value)} ${kind}` : `, for ${formatPounds(money.value)}`) : '';
      lines.push(`The same comparison${value}.`);
    } else if (carried.term && money && name) {
      lines.push(`The same contract at the same rate, in ${name}.`);
    } else if (carried.value !== undefined && money) {
      const kind = carried.category ? `${carried.category} contract` : 'contract';
      lines.push(`For the same ${formatPounds(money.value)} ${kind}${name ? `, in ${name}` : ''}${carried.council ? ', as before' : ''}.`);
    } else if (carried.council && name) {
      lines.push(`For the same council as before, ${name}.`);
    } else if ((carried.subjects || carried.currency) && name) {
      lines.push(`The same question, for ${name}.`);
    } else if (why && why !== 'carried' && name) {
      lines.push(`For ${name}, ${why}.`);
    }
    if (money?.sum) {
      lines.push(`${formatPounds(money.value)} in total (${formatPounds(money.sum.base)} plus a ${formatPounds(money.sum.extension)} extension): the policies use the total agreement value.`);
    }
    if (money?.basis) {
      const b = money.basis;
      if (b.months) {
        const ext = b.extensionMonths ? `, including ${describeTerm(b.extensionMonths)} of extension` : '';
        lines.push(`${formatPounds(money.value)} in total over ${describeTerm(b.months)} (${formatPounds(b.rate)} a ${b.per}${ext}): the policies use the total agreement value.`);
      } else {
        lines.push(`I read ${formatPounds(b.rate)} a ${b.per}; the policies use the total agreement value including extensions, so say how long the contract runs for the right figure.`);
      }
    }
    return lines.length > 0 ? lines.join(' ') : undefined;
  }

  // ----- small answers -------------------------------------------------------------------------

  private contractOf(q: Question): Contract | undefined {
    if (q.money?.kind !== 'amount') return undefined;
    return { value: q.money.value, ...this.termsOf(q) };
  }

  /** What the question says of the contract besides its value: its category and whether it is competed. */
  private termsOf(q: Question): Omit<Contract, 'value'> {
    return { ...(q.category ? { category: q.category } : {}), ...(q.competitive !== undefined ? { competitive: q.competitive } : {}) };
  }

  private invalidMoney(q: Question): Answer {
    const m = q.money;
    if (m?.kind !== 'invalid') throw new Error('invalidMoney needs an invalid reading');
    const why = {
      negative: `A contract value can't be negative (I read "${m.text}" as ${formatPounds(m.value)}).`,
      zero: `I read "${m.text}" as ${formatPounds(0)}: a contract needs a value above zero.`,
      'too-large': `${formatPounds(m.value)} ("${m.text}") is far larger than any single council contract, so I think it's a typo.`,
    }[m.problem];
    return notice('Please check the contract value', `${why} Tell me the total agreement value including any extensions, for example "£75k" or "1.2 million".`);
  }

  /** Nothing in the message but council names and words that ask what its documents say. */
  private asksForOverview(text: string): boolean {
    const words = text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z&]+/g) ?? [];
    return words.every((w) => this.councilWords.has(w) || OVERVIEW_WORDS.has(w));
  }

  /** The TOMs measures on the question's subject, when there are few enough to be an answer. */
  private measuresFor(text: string, fallback: boolean): Answer | undefined {
    const measures = this.toms.findBySubject(text, { fallback });
    return measures.length > 0 && measures.length <= 20 ? tomsBySubject(this.tomsSource(), measures) : undefined;
  }

  private tomsSource(): string {
    const { document, section } = this.toms.source;
    const doc = this.library.sources.documents.get(document);
    return `${doc ? documentLabel(policyDocument(doc)) : document}, ${section}`;
  }

  private nationalSource(source: { document: string; section: string }): string {
    const doc = this.library.national.documents.find((d) => d.id === source.document);
    return `${doc ? documentLabel(doc) : source.document}, ${source.section}`;
  }

  /** Questions to try, naming the councils the packs cover. */
  private examples(): Suggestion[] {
    const names = this.packs.map((p) => p.council.shortName);
    const [a, b] = [names[0] ?? '', names[1] ?? names[0] ?? ''];
    return [
      suggest(`What weighting do I need for a £75k services contract in ${a}?`, 'Weighting for £75k'),
      suggest('Compare weightings for an £80k contract', 'Compare councils'),
      suggest(`Does the Social Value Portal apply to £40k in ${b}?`, 'Portal for £40k'),
      suggest('What is TOMs NT4a?', 'What is NT4a?'),
    ];
  }

  private offTopic(): Answer {
    return notice(
      'I can help with social value',
      `I answer questions about social value in procurement for ${this.knownCouncils()}: weightings, thresholds, the Social Value Portal, TOMs, PID sign-off and more. Try one of these, or say "help".`,
      this.examples(),
    );
  }
}
