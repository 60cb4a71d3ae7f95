/** Weighting and threshold answers: for one contract, a council's bands, what else applies. */
import { cite, type Citation } from '../policy/citations.js';
import { applicableOf, requirementsFor, valuesAcross, type Contract, type Requirements, type WeightingOutcome } from '../policy/requirements.js';
import type { Category, PolicyPack, Rule, RuleKind, WeightingRule } from '../policy/schema.js';
import { formatPounds } from '../text/money.js';
import type { Bound, Subject } from '../understand/question.js';
import { suggest, type Answer, type AnswerSection, type Fact } from './answer.js';
import { KIND_LABEL, percent, ruleLine, TOPIC_RULES, topicName, uniq, weightingFacts, weightingFigures, withArticle } from './phrases.js';
import { listNames } from '../text/lists.js';

/** One sentence that answers "what weighting" for one council and contract. */
export function weightingSentence(pack: PolicyPack, req: Requirements): string {
  const name = pack.council.shortName;
  const c = req.contract;
  const w = req.weighting;
  switch (w.status) {
    case 'required': {
      const competitive = w.ifCompetitive ? ' (this applies to competitive procurement)' : '';
      const varied = w.variable ? ' It could be varied on a case by case basis.' : '';
      // "exactly £100,000: 5 or 10%?": a value on a band's edge is said to be inside it, not in the next one.
      const next = pack.rules.find((r): r is WeightingRule => r.kind === 'weighting' && r !== w.rule && r.when.above?.amount === c.value && !r.when.above.inclusive);
      const edge = next && w.rule.when.upTo?.amount === c.value ? ` ${formatPounds(c.value)} is within ${w.rule.when.wording}, not ${next.when.wording}.` : '';
      if (w.min !== null) {
        const target = w.target !== null ? `, with an overall target of ${percent(w.target)}` : '';
        return `For ${withArticle(c)}, ${name}'s minimum social value weighting is ${percent(w.min)}${target}${competitive}.${edge}${varied}`;
      }
      return `For ${withArticle(c)}, ${name}'s standard social value weighting is ${percent(w.standard ?? 0)}${competitive}.${edge}${varied}`;
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

export function weightingDetails(w: WeightingOutcome): { facts: Fact[]; notes: string[]; source?: Citation } {
  if (w.status === 'required') return { facts: weightingFacts(w.rule), notes: w.rule.notes ?? [], source: w.citation };
  if (w.status === 'not-set') return { facts: [], notes: [], source: w.citation };
  return { facts: [], notes: [], source: w.reasons[0]!.citation };
}

const GENERAL: RuleKind[] = ['carbon-reduction-plan', 'living-wage', 'contract-management', 'evaluation', 'prompt-payment'];

/** What else applies to the contract, one section per rule, each with its source. */
function requirementSections(req: Requirements, skip: RuleKind[]): AnswerSection[] {
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
    sections.push({ heading: 'Rules that do not cover this contract', items: notApplicable.map((s) => `${KIND_LABEL[s.rule.kind]}: ${s.reason}`) });
  }
  return sections;
}

function contractFacts(contract: Contract): Fact[] {
  const facts: Fact[] = [{ title: 'Total contract value', value: formatPounds(contract.value) }];
  if (contract.category) facts.push({ title: 'Category', value: contract.category });
  facts.push({ title: 'Competitive procurement', value: contract.competitive === undefined ? 'Not stated' : contract.competitive ? 'Yes' : 'No' });
  return facts;
}

/**
 * "What weighting for £X?": the weighting first with its rule and source; behind "More", the other
 * rules that turn on the contract. With `full`, every rule that applies.
 */
export function contractAnswer(pack: PolicyPack, contract: Contract, full = false): Answer {
  const req = requirementsFor(pack, contract);
  const details = weightingDetails(req.weighting);
  const facts = [...contractFacts(contract), ...details.facts.filter((f) => f.title !== 'Applies to' || req.weighting.status === 'required')];
  const skip: RuleKind[] = full ? ['weighting'] : ['weighting', ...GENERAL];
  const notes = [...details.notes];
  const more = full ? [] : uniq(req.applicable.filter((a) => GENERAL.includes(a.rule.kind)).map((a) => KIND_LABEL[a.rule.kind]));
  const name = pack.council.shortName;
  if (more.length > 0) notes.push(`${name}'s documents also cover: ${more.join(', ')}. Ask "what applies to ${formatPounds(contract.value)} in ${name}" for everything.`);
  const rule = ruleLine(details.source?.quote);
  const suggestions = [suggest(`Compare weightings for ${formatPounds(contract.value)}`, 'Compare councils')];
  if (!full) suggestions.push(suggest(`What applies to ${formatPounds(contract.value)} in ${name}?`, 'Everything that applies'));
  // "£40k in Trafford, do I need social value?": where the council sets no weighting, what the rules
  // it does set say of this contract is the answer, so the ones that do not cover it say so at once.
  const unset = req.weighting.status === 'not-set' ? req.uncovered.filter((s) => s.rule.when.above || s.rule.when.upTo) : [];
  const because = uniq(unset.map((s) => s.reason.replace(/\s*\([^()]*\)$/, '')));
  const notHere = unset.length > 0 ? ` For ${withArticle(contract)}, ${listNames(uniq(unset.map((s) => `the ${KIND_LABEL[s.rule.kind]}`)))} ${unset.length > 1 ? 'do' : 'does'} not apply: ${because.join('; ')}.` : '';
  // "Do we need social value in a direct award? about 60k": the weighting covers competitive procurement
  // only, but where a rule on when social value applies still covers the contract, that leads, and the
  // documents are said to set no rule of their own for a non-competitive procurement.
  const competedOnly = contract.competitive === false && req.weighting.status === 'not-at-this-value' && req.weighting.reasons.some((r) => r.rule.when.competitiveOnly);
  const still = competedOnly ? req.applicable.filter((a) => a.rule.kind === 'social-value-applies') : [];
  const stillApplies = still.length > 0 ? `Social value still applies to ${withArticle(contract)}: ${still.map((a) => a.rule.statement).join(' ')} ${name}'s documents set no separate rule for a non-competitive procurement such as a direct award. ` : '';
  return {
    kind: 'answer',
    title: `Social value for ${withArticle(contract)} in ${name}`,
    headline: `${stillApplies}${weightingSentence(pack, req)}${notHere}`,
    ...(rule ? { rule } : {}),
    facts,
    sections: requirementSections(req, skip),
    notes,
    sources: uniq([...still.map((a) => a.citation.text), ...(details.source ? [details.source.text] : [])]),
    suggestions,
    moreLabel: 'More for this contract',
  };
}

/** A rule's statement with its list ("… minimum standards from all bidders: Commitment to eradicate modern slavery; …"). */
const withItems = (rule: Rule): string => (rule.items ? `${rule.statement.replace(/[.:]$/, '')}: ${rule.items.join('; ')}.` : rule.statement);

/** What the documents do about a rule, by its force (schema.ts), strongest first. */
const FORCE_VERB: ReadonlyArray<[Rule['force'], string]> = [
  ['requires', 'require'],
  ['allows', 'allow'],
  ['commits', 'commit to'],
  ['expects', 'expect'],
  ['asks', 'ask about'],
];

/**
 * How far rules bind: the verb for the strongest force among those in force (a proposed rule binds
 * nobody yet), and whether that is a condition an answer may say yes to: a rule that requires, a
 * power the council keeps, or the council's own commitment, which binds the officer buying for it.
 */
export function forceOf(rules: readonly Rule[]): { verb: string | undefined; binding: boolean } {
  const inForce = rules.filter((r) => r.status !== 'proposed');
  const verb = FORCE_VERB.find(([force]) => inForce.some((r) => r.force === force))?.[1];
  return { verb, binding: verb === 'require' || verb === 'allow' || verb === 'commit to' };
}

/** That the documents do not require it, for rules forceOf found not binding ("… expect this for a £200,000 contract but do not require it."). */
export function notRequired(name: string, verb: string | undefined, contract?: Contract): string {
  const of = contract ? ` for ${withArticle(contract)}` : '';
  return verb ? `${name}'s documents ${verb} this${of} but do not require it.` : `${name}'s documents do not require this yet${of}: it is only proposed.`;
}

/**
 * How a yes or no question is put. `toSkip`: it asks whether social value may be left out ("is it ok
 * to not include social value?"), so yes and no swap; `negated`: it says the rule does not apply ("is
 * it true Stockport doesn't require the Portal for £50k?"), so the answer agrees ("Right") or not
 * ("Not so"); `asksWhat`: it asks what applies ("what carbon requirements apply to £200k?"), not
 * whether, so the answer leads with the rule itself.
 */
export interface Put {
  toSkip?: boolean;
  negated?: boolean;
  asksWhat?: boolean;
  /** asks whether to accept something in place of a commitment: a rule's condition for that leads */
  asksAccept?: boolean;
  /** asks whether what was answered applies to the contract ("does that apply to an £80k one?") */
  asksIfApplies?: boolean;
}

/** The words that answer yes and no, as the question is put. */
function yesNo(put: Put): [string, string] {
  if (put.toSkip) return ['No', 'Yes'];
  if (put.negated) return ['Not so', 'Right'];
  return ['Yes', 'No'];
}

/**
 * Statements of several rules said together, each sentence once: a sentence most of whose words an
 * earlier one already says ("Social value commitments are contractually binding; …") is left out.
 */
function withoutRepeats(statements: readonly string[]): string {
  const seen = new Set<string>();
  const words = (t: string) => t.toLowerCase().match(/[a-z]{4,}/g) ?? [];
  const kept: string[] = [];
  for (const sentence of statements.flatMap((st) => st.split(/(?<=\.)\s+/))) {
    const own = words(sentence);
    if (own.length > 0 && own.filter((w) => seen.has(w)).length / own.length >= 0.7) continue;
    own.forEach((w) => seen.add(w));
    kept.push(sentence.trim());
  }
  return kept.join(' ');
}

/** "Do I need the Portal for £40k?": yes or no for the contract, from the rules of that kind. */
export function ruleTopicForContract(pack: PolicyPack, contract: Contract, subject: Subject, kinds: RuleKind[], put: Put = {}): Answer | undefined {
  const req = requirementsFor(pack, contract);
  const name = pack.council.shortName;
  // A rule whose own words also cover the kind asked (Stockport's "TOMs / Social Value Portal … in all
  // activity over £50k") answers for it where the rule of that kind (the Portal for competitive
  // procurement only) does not reach the contract.
  const own = kinds.flatMap((k) => applicableOf(req, k));
  const alsoApplied = own.length > 0 ? [] : req.applicable.filter((a) => !kinds.includes(a.rule.kind) && a.rule.alsoCovers?.some((k) => kinds.includes(k)));
  const applied = [...own, ...alsoApplied];
  const skipped = req.notApplicable.filter((s) => kinds.includes(s.rule.kind));
  if (applied.length === 0 && skipped.length === 0) return undefined;
  const [yes, no] = yesNo(put);
  const asksWhat = put.asksWhat === true;
  const competitive = applied.some((a) => a.ifCompetitive) ? ' (This applies to competitive procurement.)' : '';
  const reaches = alsoApplied.length > 0 && skipped.length > 0 ? ` ${name}'s rule on ${topicName(subject)} itself does not cover ${withArticle(contract)}, because ${skipped.map((s) => s.reason).join('; ')}; this one covers ${uniq(alsoApplied.map((a) => a.rule.when.wording)).join('; ')}.` : '';
  const said = (kinds.length > 1 ? withoutRepeats(applied.map((a) => withItems(a.rule))) : applied.map((a) => withItems(a.rule)).join(' ')) + reaches;
  // The yes goes only with a rule in force that binds (forceOf): not one proposed, expected or asked about.
  const { verb, binding } = forceOf(applied.map((a) => a.rule));
  const notCovered = `${name}'s rule on ${topicName(subject)} does not cover ${withArticle(contract)}, because ${skipped.map((s) => s.reason).join('; ')}.`;
  const notBinding = notRequired(name, verb, contract);
  // Asked of several kinds of rule at once: the ones that do not cover the contract say so in the answer itself.
  // A kind the council has no rule of at all is said to be unset, so the answer does not read as if it had one.
  const unset = kinds.filter((k) => !pack.rules.some((r) => r.kind === k)).map((k) => ` ${name}'s documents set no rule on ${KIND_LABEL[k].toLowerCase()}.`);
  const besides = kinds.length > 1 && applied.length > 0 ? skipped.map((s) => ` ${KIND_LABEL[s.rule.kind]} do not apply: ${s.reason}.`).join('') + unset.join('') : '';
  // "Do we just accept that?": the documents' condition for accepting something else leads, not a yes.
  const onlyIf = put.asksAccept ? applied.map((a) => a.rule.acceptsOnlyIf).find((c) => c !== undefined) : undefined;
  const headline = onlyIf
    ? `Only if ${onlyIf}: ${said}${competitive}${besides}`
    : (applied.length > 0
      ? binding
        ? asksWhat
          ? `${said}${competitive} ${name}'s documents ${verb} this for ${withArticle(contract)}.`
          : kinds.length > 1
            ? // Asked what follows non-delivery: yes where the council has a rule of the kind asked about
              // (CWaC's payment deductions, whatever the value), else what its documents do say. Asked
              // whether it all applies to the contract, and some of it does not: partly.
              `${pack.rules.some((r) => r.kind === TOPIC_RULES[subject]?.[0]) ? (put.asksIfApplies && skipped.length > 0 ? 'Partly: ' : `${yes}: `) : ''}${said}${competitive}`
            : `${yes}: for ${withArticle(contract)}, ${name}'s documents ${verb} this. ${said}${competitive}`
        : asksWhat
          ? `${said}${competitive} ${notBinding}`
          : `${no}, not as a requirement: ${notBinding} ${said}${competitive}`
      : asksWhat
        ? notCovered
        : `${no}: ${notCovered}`) + besides;
  const sections: AnswerSection[] =
    skipped.length > 0 && applied.length > 0 ? [{ heading: 'Rules that do not cover this contract', items: skipped.map((s) => `${KIND_LABEL[s.rule.kind]}: ${s.reason}`) }] : [];
  const cited = [...applied, ...skipped];
  const rule = ruleLine(cited[0]?.citation.quote);
  return {
    kind: 'answer',
    title: `${KIND_LABEL[kinds[0]!]} for ${withArticle(contract)} in ${name}`,
    headline,
    ...(rule ? { rule } : {}),
    facts: [
      { title: 'Total contract value', value: formatPounds(contract.value) },
      ...cited.map((a) => a.rule).map((r) => ({ title: KIND_LABEL[r.kind], value: `applies to ${r.when.wording}` })),
    ],
    sections,
    notes: uniq(cited.flatMap((a) => a.rule.notes ?? [])),
    sources: uniq(cited.map((a) => a.citation.text)),
    suggestions: [suggest(`What weighting for ${formatPounds(contract.value)} in ${name}?`, 'The weighting')],
    moreLabel: 'More for this contract',
  };
}

/**
 * A rule topic for every contract on one side of an amount ("sub 50k, do I need the Portal?"): yes or
 * no when the council's rule treats all of them alike, else that it depends, with the rule's own words.
 * Undefined when the council has no rule of that kind with a value in it.
 */
export function ruleTopicForBound(
  pack: PolicyPack,
  bound: { amount: number; side: 'over' | 'under'; inclusive: boolean },
  base: Omit<Contract, 'value'>,
  subject: Subject,
  kinds: RuleKind[],
  put: Put = {},
): Answer | undefined {
  const rules = pack.rules.filter((r) => kinds.includes(r.kind));
  const thresholds = rules.flatMap((r) => [r.when.above?.amount, r.when.upTo?.amount]).filter((a): a is number => a !== undefined);
  // Rules in force that bind whatever the value ("minimum standards from all bidders") cover every
  // contract on either side; others with no threshold are answered by what they say.
  const everyValue = rules.length > 0 && rules.every((r) => r.status !== 'proposed' && forceOf([r]).binding);
  if (thresholds.length === 0 && !everyValue) return undefined;
  const { amount, side, inclusive } = bound;
  const penny = (v: number) => Math.round(v * 100) / 100;
  const low = side === 'under' ? 0.01 : inclusive ? amount : penny(amount + 0.01);
  const high = side === 'under' ? (inclusive ? amount : penny(amount - 0.01)) : Math.max(amount, ...thresholds) * 2;
  if (high < low) return undefined;
  const values = valuesAcross(pack, base, low, high, kinds);
  const applies = values.map((value) => kinds.some((k) => applicableOf(requirementsFor(pack, { ...base, value }), k).length > 0));
  const first = ruleTopicForContract(pack, { ...base, value: values[0]! }, subject, kinds, put);
  if (!first) return undefined;
  const name = pack.council.shortName;
  const range = `contracts ${side === 'over' ? (inclusive ? 'of at least' : 'over') : inclusive ? 'up to' : 'under'} ${formatPounds(amount)}`;
  const wording = uniq(rules.map((r) => r.when.wording)).join('; ');
  const [yes, no] = yesNo(put);
  const statement = uniq(rules.map((r) => r.statement)).join(' ');
  const headline = applies.every(Boolean)
    ? `${yes}: ${name}'s rule on ${topicName(subject)} covers ${range}. ${statement}`
    : applies.some(Boolean)
      ? `It depends on the value: ${name}'s rule on ${topicName(subject)} applies to ${wording}, which covers some ${range} and not others.`
      : `${no}: ${name}'s rule on ${topicName(subject)} does not cover ${range}: it applies to ${wording}.`;
  return {
    ...first,
    title: `${KIND_LABEL[kinds[0]!]} for ${range} in ${name}`,
    headline,
    facts: first.facts.filter((f) => f.title !== 'Total contract value'),
    sections: [],
    suggestions: [],
  };
}

/**
 * `asksThreshold`: "is there a threshold below which social value isn't weighted?", answered yes or no
 * first: yes, with the value below which no weighting is set, where the lowest band starts above zero.
 */
/**
 * Where the lowest weighting band starts, and the values below it in the documents' own terms: "in
 * excess of £25k" leaves £25,000 itself out ("£25,000 or less"), "between £50,000 and …" keeps £50,000
 * in ("less than £50,000").
 */
function lowestBand(rules: readonly WeightingRule[]): { amount: number; below: string } {
  const lowest = rules.map((r) => r.when.above ?? { amount: 0, inclusive: true }).reduce((lo, b) => (b.amount < lo.amount ? b : lo));
  return { amount: lowest.amount, below: lowest.inclusive ? `less than ${formatPounds(lowest.amount)}` : `${formatPounds(lowest.amount)} or less` };
}

/** "No weighting is set for contracts below that (…).", after the bands, where the lowest starts above zero; else ''. */
export function noWeightingBelow(rules: readonly WeightingRule[]): string {
  if (rules.length === 0) return '';
  const lowest = lowestBand(rules);
  return lowest.amount > 0 ? `No weighting is set for contracts below that (${lowest.below}, as the words above put it).` : '';
}

export function weightingSummary(pack: PolicyPack, competitive: boolean | undefined, asksThreshold = false): Answer {
  const name = pack.council.shortName;
  const rules = pack.rules.filter((r): r is WeightingRule => r.kind === 'weighting');
  if (rules.length === 0) return noWeighting(pack);
  const competitiveOnly = rules.some((r) => r.when.competitiveOnly);
  const nonCompetitive = competitive === false && competitiveOnly;
  const lowest = lowestBand(rules);
  const below = lowest.below;
  const parts = rules.map((r) => `${weightingFigures(r)} for ${r.when.wording}${r.variable ? ' (could be varied on a case by case basis)' : ''}`);
  const floor = lowest.amount > 0 ? ` ${noWeightingBelow(rules)}` : '';
  const headline = nonCompetitive
    ? `${name}'s weighting rule covers competitive procurement only, so its documents set no weighting for a non-competitive procurement. For competitive procurement: ${parts.join('; ')}.`
    : asksThreshold
      ? lowest.amount > 0
        ? `Yes: ${name}'s documents set no social value weighting for contracts of ${below}. The weighting they set: ${parts.join('; ')}.`
        : `No: ${name}'s social value weighting has no lower threshold: ${parts.join('; ')}.`
      : `${name}'s social value weighting: ${parts.join('; ')}.${floor}`;
  const citations = rules.map((r) => cite(pack.documents, r.source));
  return bandsAnswer(pack, `Social value weighting in ${name}`, headline, rules, citations);
}

/**
 * "Is that the same for works?" after the weighting bands: where no weighting rule names the kinds of
 * contract it covers, the documents give no separate figure for this one, so the same figures apply
 * ("the same" answers "is it the same?" and "does it change?" alike).
 */
export function sameForCategory(pack: PolicyPack, category: Category, answer: Answer): Answer {
  const rules = pack.rules.filter((r): r is WeightingRule => r.kind === 'weighting');
  if (rules.length === 0 || rules.some((r) => r.when.categories)) return answer;
  return { ...answer, headline: `The same for ${category} contracts: ${pack.council.shortName}'s documents give no separate weighting for them. ${answer.headline}` };
}

/** An answer about weighting bands: the rule when there is one, each band's figures, notes and sources. */
function bandsAnswer(pack: PolicyPack, title: string, headline: string, bands: WeightingRule[], citations: Citation[]): Answer {
  const rule = citations.length === 1 ? ruleLine(citations[0]?.quote) : undefined;
  return {
    kind: 'answer',
    title,
    headline,
    ...(rule ? { rule } : {}),
    facts: bands.flatMap((r) => weightingFacts(r)),
    sections: [],
    notes: uniq(bands.flatMap((r) => r.notes ?? [])),
    sources: uniq(citations.map((c) => c.text)),
    suggestions: [suggest(`What weighting for a £75k contract in ${pack.council.shortName}?`, 'For a £75k contract')],
  };
}

export function noWeighting(pack: PolicyPack): Answer {
  const name = pack.council.shortName;
  const statement = pack.noWeighting!;
  const related = pack.rules.filter((r) => r.kind === 'toms' || r.kind === 'portal');
  const partner = pack.council.procurementPartner;
  const citation = cite(pack.documents, statement.source);
  const rule = ruleLine(citation.quote);
  return {
    kind: 'answer',
    title: `Social value weighting in ${name}`,
    headline: statement.statement,
    ...(rule ? { rule } : {}),
    facts: related.map((r) => ({ title: KIND_LABEL[r.kind], value: r.when.wording })),
    sections: related.map((r) => ({ heading: KIND_LABEL[r.kind], text: r.statement, source: cite(pack.documents, r.source).text })),
    notes: partner ? [`Ask ${partner.name} what weighting to use for a particular contract.`] : [],
    sources: [citation.text],
    suggestions: [suggest('Compare weightings for an £80k contract', 'Compare councils')],
  };
}

export function thresholds(pack: PolicyPack): Answer {
  const name = pack.council.shortName;
  const bounded = pack.rules.filter((r) => r.when.above || r.when.upTo);
  const describe = (r: Rule) => (r.kind === 'weighting' ? `${weightingFigures(r)}${r.variable ? ' (could be varied case by case)' : ''}` : r.statement);
  const list = bounded.map((r) => `${KIND_LABEL[r.kind]}: ${r.when.wording}`).join('; ');
  return {
    kind: 'answer',
    title: `Social value thresholds in ${name}`,
    headline: `${name}'s documents set these value thresholds: ${list}.`,
    facts: [],
    sections: bounded.map((r) => ({ heading: `${KIND_LABEL[r.kind]}: ${r.when.wording}`, text: describe(r), source: cite(pack.documents, r.source).text })),
    notes: pack.rules.some((r) => r.kind === 'weighting') ? [] : [pack.noWeighting!.statement],
    sources: uniq(bounded.map((r) => cite(pack.documents, r.source).text)),
    suggestions: [suggest(`What weighting for a £60k contract in ${name}?`, 'For a £60k contract')],
    moreLabel: 'Each threshold in detail',
  };
}

export function overview(pack: PolicyPack): Answer {
  return { ...thresholds(pack), title: `Social value in ${pack.council.shortName}` };
}

/**
 * "Weighting for contracts over £100k?", "is there a weighting under 25k?": the bands that apply on
 * that side of the amount, in the documents' words, and none of the others.
 */
/** The council's weighting bands that reach into the values on one side of an amount ("under £50k"). */
export function bandsWithin(pack: PolicyPack, bound: Bound): WeightingRule[] {
  const { amount, side, inclusive } = bound;
  return pack.rules.filter(
    (r): r is WeightingRule =>
      r.kind === 'weighting' &&
      (side === 'over'
        ? r.when.upTo === undefined || r.when.upTo.amount > amount || (inclusive && r.when.upTo.amount === amount && r.when.upTo.inclusive)
        : r.when.above === undefined || r.when.above.amount < amount || (inclusive && r.when.above.amount === amount && r.when.above.inclusive)),
  );
}

export function boundAnswer(pack: PolicyPack, bound: { amount: number; side: 'over' | 'under'; inclusive: boolean }): Answer {
  const name = pack.council.shortName;
  const rules = pack.rules.filter((r): r is WeightingRule => r.kind === 'weighting');
  if (rules.length === 0) return noWeighting(pack);
  const { amount, side, inclusive } = bound;
  const range = `contracts ${side === 'over' ? (inclusive ? 'of at least' : 'over') : inclusive ? 'up to' : 'under'} ${formatPounds(amount)}`;
  const inRange = bandsWithin(pack, bound);
  const citations = (inRange.length > 0 ? inRange : rules).map((r) => cite(pack.documents, r.source));
  const band = (r: WeightingRule) => `${weightingFigures(r)} for ${r.when.wording}${r.variable ? ' (could be varied on a case by case basis)' : ''}`;
  const headline =
    inRange.length === 0
      ? `${name}'s documents do not set a social value weighting for ${range}. What they set: ${rules.map(band).join('; ')}.`
      : `For ${range}, ${name}'s documents set ${inRange.map(band).join('; ')}.`;
  // "and if it creeps over £100k?": the other rules that start at or below the amount and have no upper
  // end bind every contract on that side too (payment deductions over £100,000), so they are said beside.
  const alsoCover = side === 'over' ? pack.rules.filter((r) => r.kind !== 'weighting' && r.status !== 'proposed' && r.when.above && r.when.above.amount <= amount && !r.when.upTo) : [];
  const answer = bandsAnswer(pack, `Social value weighting for ${range} in ${name}`, headline, inRange, citations);
  return {
    ...answer,
    sections: alsoCover.map((r) => ({ heading: `${KIND_LABEL[r.kind]}: ${r.when.wording}`, text: r.statement, source: cite(pack.documents, r.source).text })),
  };
}
