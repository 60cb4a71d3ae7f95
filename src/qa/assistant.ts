/**
 * Answers an officer's question from the policy packs alone. Every figure comes from a pack or the
 * TOMs catalogue, every answer names its council and cites its source; where a policy is silent the
 * answer says so.
 */
import { cite, documentLabel, type Citation } from '../policy/citations.js';
import type { PolicyLibrary } from '../policy/loader.js';
import { formatPounds } from '../text/money.js';
import { applicableOf, requirementsFor, type Contract, type Requirements, type WeightingOutcome } from '../policy/requirements.js';
import type { CouncilId, PolicyPack, Rule, RuleKind, TopicId, WeightingRule } from '../policy/schema.js';
import type { TomsLookup, TomsMeasure } from '../policy/tomsCatalogue.js';
import { notice, type Answer, type AnswerSection, type Fact } from './answer.js';
import { councilMatcher, understand, type CouncilMatcher, type Question, type Subject } from '../understand/question.js';

export interface AskContext {
  /** the council the user chose ("my council is Trafford") */
  userCouncil?: CouncilId;
  /** the configured default (DEFAULT_COUNCIL) */
  defaultCouncil?: CouncilId;
}

export type Reply =
  | { kind: 'help' }
  | { kind: 'set-council'; council: CouncilId; name: string }
  | { kind: 'feature'; feature: 'checklist' | 'action-plan' }
  | { kind: 'answer'; answer: Answer };

const KIND_LABEL: Record<RuleKind, string> = {
  'social-value-applies': 'When social value applies',
  weighting: 'Social value weighting',
  portal: 'Social Value Portal',
  toms: 'National TOMs',
  'minimum-standards': 'Minimum standards for bidders',
  'payment-deductions': 'Payment deductions',
  'carbon-reduction-plan': 'Carbon reduction plans',
  'pid-sign-off': 'PID sign-off',
  'living-wage': 'Real Living Wage / good employment',
  evaluation: 'Evaluation',
  'contract-management': 'Contract management',
  'prompt-payment': 'Paying suppliers',
};

/** The rule kinds that answer a topic, where the packs hold rules for it. */
const TOPIC_RULES: Partial<Record<Subject, RuleKind[]>> = {
  portal: ['portal'],
  toms: ['toms'],
  'pid-sign-off': ['pid-sign-off'],
  'minimum-standards': ['minimum-standards'],
  'payment-deductions': ['payment-deductions'],
  carbon: ['carbon-reduction-plan'],
  'living-wage': ['living-wage'],
  'paying-suppliers': ['prompt-payment'],
  'contract-management': ['contract-management'],
  evaluation: ['evaluation'],
};

const TOPIC_NAMES: Record<TopicId, string> = {
  priorities: 'priorities',
  'maturity-index': 'the Social Value Maturity Index',
  'steering-group': 'the social value steering group',
  outcomes: 'social value outcomes achieved',
  'action-plan': 'the social value action plan',
  governance: 'social value governance',
  training: 'social value training and guidance',
  'legal-duty': 'the legal duty',
  definition: 'what social value means',
  carbon: 'carbon reduction plans',
  'living-wage': 'the Real Living Wage',
  'paying-suppliers': 'paying suppliers',
  'contract-management': 'contract management',
  'minimum-standards': 'minimum standards for bidders',
  evaluation: 'evaluating social value bids',
  'pid-sign-off': 'PID sign-off and exemptions',
  'payment-deductions': 'payment deductions',
  portal: 'the Social Value Portal',
  toms: 'the National TOMs',
};

const EXAMPLES = [
  'What weighting do I need for a £75k services contract in Stockport?',
  'Compare weightings for an £80k contract',
  'Does the Social Value Portal apply to £40k in Trafford?',
  'What is TOMs NT4a?',
];

function percent(n: number): string {
  return `${n}%`;
}

function describeContract(c: Contract): string {
  const kind = c.category ? `${c.category} contract` : 'contract';
  const comp = c.competitive === false ? 'non-competitive ' : '';
  return `${formatPounds(c.value)} ${comp}${kind}`;
}

/** "an £80,000 contract", "a £75,000 contract": the article follows how the figure is said. */
function withArticle(c: Contract): string {
  const digits = String(Math.trunc(c.value));
  const leadGroup = digits.slice(0, digits.length % 3 || 3);
  const an = leadGroup.startsWith('8') || leadGroup === '11' || leadGroup === '18';
  return `${an ? 'an' : 'a'} ${describeContract(c)}`;
}

function weightingFigures(rule: Pick<WeightingRule, 'min' | 'target' | 'standard'>): string {
  const parts: string[] = [];
  if (rule.min !== null) parts.push(`a minimum of ${percent(rule.min)}`);
  if (rule.target !== null) parts.push(`an overall target of ${percent(rule.target)}`);
  if (rule.standard !== null) parts.push(`a standard weighting of ${percent(rule.standard)}`);
  return parts.join(' with ');
}

function weightingFacts(rule: WeightingRule): Fact[] {
  const facts: Fact[] = [];
  if (rule.min !== null) facts.push({ title: 'Minimum weighting', value: percent(rule.min) });
  if (rule.target !== null) facts.push({ title: 'Target weighting', value: percent(rule.target) });
  if (rule.standard !== null) facts.push({ title: 'Standard weighting', value: percent(rule.standard) });
  facts.push({ title: 'Applies to', value: rule.when.wording });
  if (rule.variable) facts.push({ title: 'Can be varied', value: 'Yes, case by case' });
  return facts;
}

/**
 * Words that, beside a council's name, ask for its overview ("what does Stockport say", "social value in
 * Trafford"). A message naming a council with any other word and no subject ("what's the weather like in
 * Stockport tomorrow") is off-topic, not a request for the council's thresholds.
 */
const OVERVIEW_WORDS = new Set(
  ('a about an and anything are at can contract contracts council councils did do document documents does everything for give guidance hello hey hi i in ' +
    'info information is know me my of on our overview please policies policy position procurement rules s say says show social ' +
    'summary sv tell the there to us value we what whats you your').split(' '),
);

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

export class Assistant {
  private readonly matcher: CouncilMatcher;
  /** every word of every council's names ("cheshire", "west", "cw&c") */
  private readonly councilWords: ReadonlySet<string>;

  constructor(
    private readonly library: PolicyLibrary,
    private readonly toms: TomsLookup,
  ) {
    this.matcher = councilMatcher(library.packs.values());
    const names = [...library.packs.values()].flatMap((p) => [p.council.name, p.council.shortName, ...p.council.aliases]);
    this.councilWords = new Set(names.flatMap((n) => n.toLowerCase().match(/[a-z&]+/g) ?? []));
  }

  councilName(id: CouncilId): string {
    return this.pack(id).council.shortName;
  }

  private pack(id: CouncilId): PolicyPack {
    const pack = this.library.packs.get(id);
    if (!pack) throw new Error(`no policy pack for ${id}`);
    return pack;
  }

  understand(text: string): Question {
    return understand(text, this.matcher);
  }

  reply(text: string, ctx: AskContext = {}): Reply {
    const q = this.understand(text);
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
        return { kind: 'answer', answer: this.unknownCouncil(q.intent.name) };
      case 'which-council':
        return { kind: 'answer', answer: this.whichCouncil(ctx) };
      case 'question':
        return { kind: 'answer', answer: this.answer(q, ctx) };
    }
  }

  /** Nothing in the message but council names and words that ask what its documents say. */
  private asksForOverview(text: string): boolean {
    const words = text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z&]+/g) ?? [];
    return words.every((w) => this.councilWords.has(w) || OVERVIEW_WORDS.has(w));
  }

  private knownCouncils(): string {
    return [...this.library.packs.values()].map((p) => p.council.shortName).join(', ');
  }

  private unknownCouncil(name: string): Answer {
    return notice(
      'Council not covered',
      `I don't hold policy documents for "${name}". I cover ${this.knownCouncils()}. Say, for example, "my council is Trafford".`,
    );
  }

  private whichCouncil(ctx: AskContext): Answer {
    if (ctx.userCouncil) {
      return notice('Your council', `Your council is set to ${this.councilName(ctx.userCouncil)}. Say "my council is …" to change it.`);
    }
    const fallback = ctx.defaultCouncil ? ` Until you do, I answer for ${this.councilName(ctx.defaultCouncil)}, the default here.` : '';
    return notice('Your council', `You haven't set a council. Say "my council is Stockport" (or Trafford, or Cheshire West and Chester).${fallback}`);
  }

  /** The councils a question is about, and how the answer should say why. */
  private resolveCouncils(q: Question, ctx: AskContext): { ids: CouncilId[]; why?: string } {
    if (q.councils.length > 0) return { ids: q.councils };
    if (ctx.userCouncil) return { ids: [ctx.userCouncil], why: 'your council' };
    if (ctx.defaultCouncil) return { ids: [ctx.defaultCouncil], why: 'the default council here; say "my council is …" to change' };
    return { ids: [] };
  }

  private answer(q: Question, ctx: AskContext): Answer {
    if (q.money?.kind === 'invalid') return this.invalidMoney(q);
    if (q.subjects.includes('compare')) return this.compare(q);
    if (q.tomsRefs.length > 0) return this.tomsByRef(q.tomsRefs);
    if (q.subjects.includes('national')) return this.national(q);
    // The Act is national law: answer it from the national context unless a council that covers it was named.
    if (q.subjects[0] === 'legal-duty' && !q.money && !q.councils.some((c) => this.pack(c).topics['legal-duty'])) return this.national(q);

    const topical = q.subjects.filter((s) => s !== 'compare' && s !== 'national');
    const knownSubject = topical.length > 0 || q.money !== undefined;
    if (!knownSubject) {
      // Only a subject officers ask TOMs about ("veterans"), not any word that happens to be in a measure
      // ("meeting room", "last night"): otherwise an off-topic message gets measures and a source.
      const measures = this.toms.findBySubject(q.text, { fallback: false });
      if (measures.length > 0 && measures.length <= 20) return this.tomsBySubject(q, measures);
      if (q.councils.length === 0 || !this.asksForOverview(q.text)) return this.offTopic();
    }
    // "living wage toms?", "carbon toms": the officer asks for measures, not a council's topic.
    if (q.subjects.includes('toms') && !q.money && q.councils.length === 0 && !topical.every((s) => s === 'toms')) {
      const measures = this.toms.findBySubject(q.text, { fallback: false });
      if (measures.length > 0 && measures.length <= 20) return this.tomsBySubject(q, measures);
    }
    if (q.wantsToms && !q.money && topical.every((s) => s === 'toms')) {
      const measures = this.toms.findBySubject(q.text);
      if (measures.length > 0 && measures.length <= 20) return this.tomsBySubject(q, measures);
    }

    const { ids, why } = this.resolveCouncils(q, ctx);
    const id = ids[0];
    if (!id) {
      return notice(
        'Which council?',
        `Which council is this for? I cover ${this.knownCouncils()}. Name it in your question, or say "my council is Stockport" and I'll remember.`,
      );
    }
    const pack = this.pack(id);
    const forCouncil = `Answer for ${pack.council.shortName}${why ? ` (${why})` : ''}.`;
    const answer = this.councilAnswer(pack, q);
    return { ...answer, forCouncil, currency: answer.currency ?? this.currency(pack, answer) };
  }

  private councilAnswer(pack: PolicyPack, q: Question): Answer {
    const contract = q.money?.kind === 'amount' ? this.contractOf(q) : undefined;
    const primary = q.subjects.find((s) => s !== 'compare' && s !== 'national');
    if (contract) {
      if (!primary || primary === 'weighting' || primary === 'threshold' || primary === 'requirements') {
        return this.contractAnswer(pack, contract, q.subjects.includes('requirements') && !q.subjects.includes('weighting'));
      }
      const kinds = TOPIC_RULES[primary];
      if (kinds) return this.ruleTopicForContract(pack, contract, primary, kinds);
      return this.contractAnswer(pack, contract);
    }
    if (!primary) return this.overview(pack);
    if (primary === 'weighting') return this.weightingSummary(pack, q);
    if (primary === 'threshold' || primary === 'requirements') return this.thresholds(pack);
    return this.topic(pack, primary);
  }

  private contractOf(q: Question): Contract {
    const value = q.money?.kind === 'amount' ? q.money.value : 0;
    return {
      value,
      ...(q.category ? { category: q.category } : {}),
      ...(q.competitive !== undefined ? { competitive: q.competitive } : {}),
    };
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

  // ----- weighting and requirements --------------------------------------------------------------

  /** One sentence that answers "what weighting" for one council and contract. */
  private weightingSentence(pack: PolicyPack, req: Requirements): string {
    const name = pack.council.shortName;
    const c = req.contract;
    const w = req.weighting;
    switch (w.status) {
      case 'required': {
        const competitive = w.ifCompetitive ? ' (this applies to competitive procurement)' : '';
        const varied = w.variable ? ' It could be varied on a case by case basis.' : '';
        if (w.min !== null) {
          const target = w.target !== null ? `, with an overall target of ${percent(w.target)}` : '';
          return `For ${withArticle(c)}, ${name}'s minimum social value weighting is ${percent(w.min)}${target}${competitive}.${varied}`;
        }
        return `For ${withArticle(c)}, ${name}'s standard social value weighting is ${percent(w.standard ?? 0)}${competitive}.${varied}`;
      }
      case 'not-at-this-value': {
        const rules = w.reasons.map((r) => r.rule as WeightingRule);
        const first = w.reasons[0]!;
        const because = w.reasons.length === 1 ? ` because ${first.reason}` : '';
        const list = rules.map((r) => `${weightingFigures(r)} for ${r.when.wording}`).join('; ');
        return `${name}'s documents set no social value weighting for ${withArticle(c)}${because}. The weighting they do set: ${list}.`;
      }
      case 'not-set':
        return w.statement;
    }
  }

  private weightingDetails(w: WeightingOutcome): { facts: Fact[]; notes: string[]; source?: Citation } {
    if (w.status === 'required') return { facts: weightingFacts(w.rule), notes: w.rule.notes ?? [], source: w.citation };
    if (w.status === 'not-set') return { facts: [], notes: [], source: w.citation };
    const first = w.reasons[0]!;
    return { facts: [], notes: [], source: first.citation };
  }

  /**
   * "What weighting for £X?": the weighting first, then, briefly, the other rules that turn on the
   * contract (value thresholds, PID sign-off, minimum standards). With `full`, every rule that applies.
   */
  private contractAnswer(pack: PolicyPack, contract: Contract, full = false): Answer {
    const req = requirementsFor(pack, contract);
    const details = this.weightingDetails(req.weighting);
    const facts: Fact[] = [{ title: 'Total contract value', value: formatPounds(contract.value) }];
    if (contract.category) facts.push({ title: 'Category', value: contract.category });
    facts.push({
      title: 'Competitive procurement',
      value: contract.competitive === undefined ? 'Not stated' : contract.competitive ? 'Yes' : 'No',
    });
    facts.push(...details.facts.filter((f) => f.title !== 'Applies to' || req.weighting.status === 'required'));
    const general: RuleKind[] = ['carbon-reduction-plan', 'living-wage', 'contract-management', 'evaluation', 'prompt-payment'];
    const skip: RuleKind[] = full ? ['weighting'] : ['weighting', ...general];
    const sections = this.requirementSections(req, skip);
    const notes = [...details.notes];
    const more = full ? [] : uniq(req.applicable.filter((a) => general.includes(a.rule.kind)).map((a) => KIND_LABEL[a.rule.kind]));
    if (more.length > 0) notes.push(`${pack.council.shortName}'s documents also cover: ${more.join(', ')}. Ask "what applies to ${formatPounds(contract.value)}" for everything.`);
    const name = pack.council.shortName;
    const suggestions = [`Compare weightings for ${formatPounds(contract.value)}`];
    if (!full) suggestions.push(`What applies to ${formatPounds(contract.value)} in ${name}?`);
    return {
      kind: 'answer',
      title: `Social value for ${withArticle(contract)} in ${name}`,
      headline: this.weightingSentence(pack, req),
      facts,
      sections,
      notes,
      sources: details.source ? [details.source.text] : [],
      suggestions,
    };
  }

  /** What else applies to the contract, one section per rule, each with its source. */
  private requirementSections(req: Requirements, skip: RuleKind[]): AnswerSection[] {
    const sections: AnswerSection[] = req.applicable
      .filter((a) => !skip.includes(a.rule.kind))
      .map((a) => ({
        heading: `${KIND_LABEL[a.rule.kind]}${a.rule.status === 'proposed' ? ' (proposed)' : ''}`,
        text: `${a.rule.statement} Applies to: ${a.rule.when.wording}.`,
        ...(a.rule.items ? { items: a.rule.items } : {}),
        source: a.citation.text,
      }));
    const notApplicable = req.uncovered.filter((s) => !skip.includes(s.rule.kind));
    if (notApplicable.length > 0) {
      sections.push({
        heading: 'Rules that do not cover this contract',
        items: notApplicable.map((s) => `${KIND_LABEL[s.rule.kind]}: ${s.reason}`),
      });
    }
    return sections;
  }

  private ruleTopicForContract(pack: PolicyPack, contract: Contract, subject: Subject, kinds: RuleKind[]): Answer {
    const req = requirementsFor(pack, contract);
    const name = pack.council.shortName;
    const label = TOPIC_NAMES[subject as TopicId] ?? subject;
    const applied = kinds.flatMap((k) => applicableOf(req, k));
    const skipped = req.notApplicable.filter((s) => kinds.includes(s.rule.kind));
    if (applied.length === 0 && skipped.length === 0) return this.topic(pack, subject);
    const headline =
      applied.length > 0
        ? `Yes: for ${withArticle(contract)}, ${name}'s documents require this. ${applied.map((a) => a.rule.statement).join(' ')}${applied.some((a) => a.ifCompetitive) ? ' (This applies to competitive procurement.)' : ''}`
        : `No: ${name}'s rule on ${label} does not cover ${withArticle(contract)}, because ${skipped.map((s) => s.reason).join('; ')}.`;
    const sections: AnswerSection[] = skipped.length > 0 && applied.length > 0
      ? [{ heading: 'Rules that do not cover this contract', items: skipped.map((s) => `${KIND_LABEL[s.rule.kind]}: ${s.reason}`) }]
      : [];
    return {
      kind: 'answer',
      title: `${KIND_LABEL[kinds[0]!]} for ${withArticle(contract)} in ${name}`,
      headline,
      facts: [
        { title: 'Total contract value', value: formatPounds(contract.value) },
        ...[...applied.map((a) => a.rule), ...skipped.map((s) => s.rule)].map((r) => ({ title: KIND_LABEL[r.kind], value: `applies to ${r.when.wording}` })),
      ],
      sections,
      notes: uniq([...applied, ...skipped].flatMap((a) => a.rule.notes ?? [])),
      sources: uniq([...applied, ...skipped].map((a) => a.citation.text)),
      suggestions: [],
    };
  }

  private weightingSummary(pack: PolicyPack, q: Question): Answer {
    const name = pack.council.shortName;
    const rules = pack.rules.filter((r): r is WeightingRule => r.kind === 'weighting');
    if (rules.length === 0) return this.noWeighting(pack);
    const competitiveOnly = rules.some((r) => r.when.competitiveOnly);
    const nonCompetitive = q.competitive === false && competitiveOnly;
    // The lowest band's lower bound; "in excess of £25k" leaves £25,000 itself out, "between £50,000 and …" keeps £50,000 in.
    const lowest = rules
      .map((r) => r.when.above ?? { amount: 0, inclusive: true })
      .reduce((lo, b) => (b.amount < lo.amount ? b : lo));
    const parts = rules.map((r) => `${weightingFigures(r)} for ${r.when.wording}${r.variable ? ' (could be varied on a case by case basis)' : ''}`);
    const below = lowest.inclusive ? `less than ${formatPounds(lowest.amount)}` : `${formatPounds(lowest.amount)} or less`;
    const floor = lowest.amount > 0 ? ` No weighting is set for contracts below that (${below}, as the words above put it).` : '';
    const headline = nonCompetitive
      ? `${name}'s weighting rule covers competitive procurement only, so its documents set no weighting for a non-competitive procurement. For competitive procurement: ${parts.join('; ')}.`
      : `${name}'s social value weighting: ${parts.join('; ')}.${floor}`;
    return {
      kind: 'answer',
      title: `Social value weighting in ${name}`,
      headline,
      facts: rules.flatMap((r) => weightingFacts(r)),
      sections: [],
      notes: uniq(rules.flatMap((r) => r.notes ?? [])),
      sources: uniq(rules.map((r) => cite(pack.documents, r.source).text)),
      suggestions: [`What weighting for a £75k contract in ${name}?`],
    };
  }

  private noWeighting(pack: PolicyPack): Answer {
    const name = pack.council.shortName;
    const statement = pack.noWeighting!;
    const related = pack.rules.filter((r) => r.kind === 'toms' || r.kind === 'portal');
    return {
      kind: 'answer',
      title: `Social value weighting in ${name}`,
      headline: statement.statement,
      facts: related.map((r) => ({ title: KIND_LABEL[r.kind], value: r.when.wording })),
      sections: related.map((r) => ({ heading: KIND_LABEL[r.kind], text: r.statement, source: cite(pack.documents, r.source).text })),
      notes: ['Ask STAR Procurement what weighting to use for a particular contract.'],
      sources: [cite(pack.documents, statement.source).text],
      suggestions: [`Compare weightings for an £80k contract`],
    };
  }

  private thresholds(pack: PolicyPack): Answer {
    const name = pack.council.shortName;
    const bounded = pack.rules.filter((r) => r.when.above || r.when.upTo);
    const describe = (r: Rule) =>
      r.kind === 'weighting' ? `${weightingFigures(r)}${r.variable ? ' (could be varied case by case)' : ''}` : r.statement;
    return {
      kind: 'answer',
      title: `Social value thresholds in ${name}`,
      headline: `${name}'s documents set these value thresholds:`,
      facts: bounded.map((r) => ({ title: KIND_LABEL[r.kind], value: r.when.wording })),
      sections: bounded.map((r) => ({ heading: `${KIND_LABEL[r.kind]}: ${r.when.wording}`, text: describe(r), source: cite(pack.documents, r.source).text })),
      notes: pack.rules.some((r) => r.kind === 'weighting') ? [] : [pack.noWeighting!.statement],
      sources: [],
      suggestions: [`What weighting for a £60k contract in ${name}?`],
    };
  }

  private overview(pack: PolicyPack): Answer {
    const thresholds = this.thresholds(pack);
    return { ...thresholds, title: `Social value in ${pack.council.shortName}`, suggestions: EXAMPLES.slice(0, 2) };
  }

  private topic(pack: PolicyPack, subject: Subject): Answer {
    const name = pack.council.shortName;
    const topicId = subject as TopicId;
    const topic = pack.topics[topicId];
    const kinds = TOPIC_RULES[subject] ?? [];
    const rules = pack.rules.filter((r) => kinds.includes(r.kind));
    if (!topic && rules.length === 0) return this.silent(pack, subject);
    // Without a topic summary the rules' statements make the headline; the sections then add only
    // what each applies to, its list and its source.
    const ruleSections: AnswerSection[] = rules.map((r) => ({
      heading: `${KIND_LABEL[r.kind]}${r.status === 'proposed' ? ' (proposed)' : ''}`,
      text: topic ? `${r.statement} Applies to: ${r.when.wording}.` : `Applies to: ${r.when.wording}.`,
      ...(r.items ? { items: r.items } : {}),
      source: cite(pack.documents, r.source).text,
    }));
    const topicSections: AnswerSection[] = (topic?.parts ?? []).map((p) => ({
      ...(p.heading ? { heading: p.heading } : {}),
      ...(p.text ? { text: p.text } : {}),
      ...(p.items ? { items: p.items } : {}),
      ...(p.facts ? { facts: p.facts.map((f) => ({ title: f.label, value: f.value })) } : {}),
      source: cite(pack.documents, p.source).text,
    }));
    const headline = topic?.summary ?? rules.map((r) => `${r.statement}${r.when.above || r.when.upTo ? ` This applies to ${r.when.wording}.` : ''}`).join(' ');
    return {
      kind: 'answer',
      title: topic?.title ?? `${KIND_LABEL[rules[0]!.kind]} in ${name}`,
      headline,
      facts: rules.filter((r) => r.when.above || r.when.upTo).map((r) => ({ title: KIND_LABEL[r.kind], value: `applies to ${r.when.wording}` })),
      sections: [...ruleSections, ...topicSections],
      notes: uniq(rules.flatMap((r) => r.notes ?? [])),
      sources: [],
      suggestions: [],
    };
  }

  /** The policy does not cover the subject: say so, and say where it is covered. */
  private silent(pack: PolicyPack, subject: Subject): Answer {
    const label = TOPIC_NAMES[subject as TopicId] ?? subject;
    const kinds = TOPIC_RULES[subject] ?? [];
    const others = [...this.library.packs.values()]
      .filter((p) => p.council.id !== pack.council.id)
      .filter((p) => p.topics[subject as TopicId] || p.rules.some((r) => kinds.includes(r.kind)))
      .map((p) => p.council.shortName);
    const elsewhere = others.length > 0 ? ` ${others.join(' and ')} ${others.length > 1 ? 'do' : 'does'}: ask "${label} in ${others[0]}".` : '';
    const docs = pack.documents.map((d) => documentLabel(d)).join('; ');
    return notice(
      `Not covered in ${pack.council.shortName}'s documents`,
      `${pack.council.shortName}'s documents (${docs}) don't say anything about ${label}, so I can't give you a rule for it.${elsewhere}`,
    );
  }

  private currency(pack: PolicyPack, answer: Answer): string | undefined {
    if (answer.kind !== 'answer') return undefined;
    const cited = pack.documents.filter((d) => [...answer.sources, ...answer.sections.map((s) => s.source ?? '')].some((s) => s.startsWith(documentLabel(d))));
    const docs = cited.length > 0 ? cited : pack.documents;
    return `How current: ${docs.map((d) => `${documentLabel(d)}, dated ${d.date}${d.currency ? ` (${d.currency})` : ''}`).join('; ')}.`;
  }

  // ----- across councils -------------------------------------------------------------------------

  private compare(q: Question): Answer {
    const ids = q.councils.length > 1 ? q.councils : ([...this.library.packs.keys()] as CouncilId[]);
    const contract = q.money?.kind === 'amount' ? this.contractOf(q) : undefined;
    const sections: AnswerSection[] = ids.map((id) => {
      const pack = this.pack(id);
      if (contract) {
        const req = requirementsFor(pack, contract);
        const details = this.weightingDetails(req.weighting);
        return {
          heading: pack.council.shortName,
          text: this.weightingSentence(pack, req),
          facts: details.facts.filter((f) => f.title !== 'Applies to'),
          ...(details.source ? { source: details.source.text } : {}),
        };
      }
      const summary = this.weightingSummary(pack, q);
      return { heading: pack.council.shortName, text: summary.headline, ...(summary.sources[0] ? { source: summary.sources.join('; ') } : {}) };
    });
    return {
      kind: 'answer',
      title: contract ? `Social value weighting for ${withArticle(contract)}, by council` : 'Social value weighting by council',
      headline: contract
        ? `Here is what each council's documents say for ${withArticle(contract)}.`
        : "Here is each council's social value weighting, from its own documents.",
      facts: [],
      sections,
      notes: ['Each council sets its own rules; none of these figures applies to another council.'],
      sources: [],
      suggestions: [],
    };
  }

  private national(q: Question): Answer {
    const n = this.library.national;
    // Lead with the fact the question is about: the Act, PPN 05/21, or (by default) the 10% minimum.
    const wanted = q.subjects.includes('legal-duty') ? 'legal-duty' : /\bppn|procurement policy (note|statement)|npps\b/i.test(q.text) ? 'priorities' : 'weighting';
    const lead = n.facts.find((f) => f.topic === wanted) ?? n.facts[0]!;
    return {
      kind: 'answer',
      title: n.label,
      headline: lead.statement,
      facts: [],
      sections: n.facts.filter((f) => f !== lead).map((f) => ({ text: f.statement, source: cite(n.documents, f.source).text })),
      notes: [`This is national context quoted in the council documents, not a council rule.${lead.topic === 'weighting' ? ' Each council sets its own weighting.' : ''}`],
      sources: [cite(n.documents, lead.source).text],
      suggestions: ['Compare weightings for an £80k contract'],
    };
  }

  // ----- TOMs ------------------------------------------------------------------------------------

  private tomsSource(): string {
    const cwac = this.pack('cheshire-west-and-chester');
    return `${documentLabel(cwac.documents[0]!)}, Appendix B (National TOMs)`;
  }

  private tomsByRef(refs: string[]): Answer {
    const found = refs.map((r) => ({ ref: r, measure: this.toms.findByRef(r) }));
    const known = found.filter((f): f is { ref: string; measure: TomsMeasure } => f.measure !== undefined);
    const unknown = found.filter((f) => !f.measure).map((f) => f.ref);
    const unknownText = unknown.length > 0
      ? `${unknown.join(', ')} ${unknown.length > 1 ? 'are not TOMs measures' : 'is not a TOMs measure'} in the National TOMs list I hold (NT1 to NT75 and C19-1 to C19-20, not every number used). Check the reference.`
      : '';
    if (known.length === 0) return notice('Unknown TOMs reference', unknownText);
    const themeName = (id: string) => this.toms.themes().find((t) => t.id === id)?.name ?? id;
    const wording = (m: TomsMeasure) => m.measure ?? '(the wording of this measure is not legible in the source document)';
    return {
      kind: 'answer',
      title: known.length === 1 ? `TOMs ${known[0]!.ref}` : `TOMs ${known.map((k) => k.ref).join(', ')}`,
      headline: known.map((k) => `${k.ref}: ${wording(k.measure)}`).join('\n\n'),
      facts: known.flatMap((k) => [
        { title: `${k.ref} theme`, value: themeName(k.measure.theme) },
        { title: `${k.ref} outcome`, value: k.measure.outcome },
      ]),
      sections: [],
      notes: unknownText ? [unknownText] : [],
      sources: [this.tomsSource()],
      suggestions: ['TOMs for care leavers'],
    };
  }

  private tomsBySubject(q: Question, measures: TomsMeasure[]): Answer {
    const shown = measures.slice(0, 8);
    const more = measures.length > shown.length ? ` (${measures.length - shown.length} more: ask for a reference to see it)` : '';
    return {
      kind: 'answer',
      title: 'National TOMs measures',
      headline: `These National TOMs measures match your question${more}:`,
      facts: shown.map((m) => ({ title: m.ref, value: m.measure ?? '(wording not legible in the source)' })),
      sections: [],
      notes: q.councils.length > 0 || q.subjects.includes('priorities') ? [] : ['Stockport focuses on the TOMs that relate to its priority cohorts and themes; ask "Stockport priority cohorts".'],
      sources: [this.tomsSource()],
      suggestions: shown.slice(0, 2).map((m) => `What is ${m.ref}?`),
    };
  }

  private offTopic(): Answer {
    return notice(
      'I can help with social value',
      "I answer questions about social value in procurement for Stockport, Trafford and Cheshire West and Chester: weightings, thresholds, the Social Value Portal, TOMs, PID sign-off and more. Try one of these, or say \"help\".",
      EXAMPLES,
    );
  }
}
