/** Across councils: each council's answer side by side, each with its own source. */
import { cite } from '../policy/citations.js';
import { requirementsFor, type Contract } from '../policy/requirements.js';
import type { PolicyPack, TopicId, WeightingRule } from '../policy/schema.js';
import type { Subject } from '../understand/question.js';
import type { Answer, AnswerSection } from './answer.js';
import { quotation, type Passage } from './passages.js';
import { TOPIC_RULES, percent, topicName, withArticle } from './phrases.js';
import { listNames } from '../text/lists.js';
import { formatPounds } from '../text/money.js';
import { rulesOn } from './topics.js';
import { verdictAnswer } from './verdict.js';
import { ruleTopicForContract, thresholds, weightingDetails, weightingSentence, weightingSummary, type Put } from './weighting.js';
import { lowerFirst } from '../text/case.js';

const NOT_ONE_ANOTHERS = 'Each council sets its own rules; none of these figures applies to another council.';

/** A comparison card: one section per council, shown at once (the comparison is the answer). */
function byCouncil(title: string, headline: string, sections: AnswerSection[]): Answer {
  return { kind: 'answer', title, headline, facts: [], sections, notes: [NOT_ONE_ANOTHERS], sources: [], suggestions: [], expanded: true };
}

const capitalised = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

/** "Which council has the highest weighting?": the side of the comparison asked for. */
export type Rank = 'highest' | 'lowest';

/** A council's weighting figure for the ranking: its floor (or standard figure) for the contract, or its highest floor at any value. */
function rankFigure(pack: PolicyPack, contract: Contract | undefined): number | undefined {
  if (contract) {
    const w = requirementsFor(pack, contract).weighting;
    return w.status === 'required' ? (w.min ?? w.standard ?? undefined) : undefined;
  }
  const figures = pack.rules.filter((r): r is WeightingRule => r.kind === 'weighting').map((r) => r.min ?? r.standard).filter((n): n is number => n !== null);
  return figures.length > 0 ? Math.max(...figures) : undefined;
}

/** "Stockport sets the highest: 15% …": the council at the asked end, from the figures compared. */
function rankLine(packs: PolicyPack[], contract: Contract | undefined, rank: Rank): string | undefined {
  const figures = packs.map((p) => ({ name: p.council.shortName, n: rankFigure(p, contract) })).filter((f): f is { name: string; n: number } => f.n !== undefined);
  if (figures.length < 2) return undefined;
  const best = rank === 'highest' ? Math.max(...figures.map((f) => f.n)) : Math.min(...figures.map((f) => f.n));
  const at = figures.filter((f) => f.n === best).map((f) => f.name);
  const unset = packs.filter((p) => rankFigure(p, contract) === undefined).map((p) => p.council.shortName);
  const what = contract ? `for ${withArticle(contract)}` : 'as its minimum or standard figure';
  const others = figures.filter((f) => f.n !== best).map((f) => `${f.name} ${percent(f.n)}`);
  const rest = [...(others.length > 0 ? [`${listNames(others)}`] : []), ...(unset.length > 0 ? [`${listNames(unset)} ${unset.length > 1 ? 'set' : 'sets'} none`] : [])];
  return `${listNames(at)} ${at.length > 1 ? 'set' : 'sets'} the ${rank} social value weighting ${what}: ${percent(best)}${rest.length > 0 ? ` (${rest.join('; ')})` : ''}.`;
}

/** "Stockport vs Trafford thresholds": each council's value thresholds, side by side. */
export function compareThresholds(packs: PolicyPack[]): Answer {
  const sections: AnswerSection[] = packs.map((pack) => {
    const t = thresholds(pack);
    return { heading: pack.council.shortName, text: t.headline, ...(t.sources.length > 0 ? { source: t.sources.join('; ') } : {}) };
  });
  return byCouncil('Social value thresholds by council', `The value thresholds ${listNames(packs.map((p) => p.council.shortName))} each set:`, sections);
}

/** A weighting's figures in a few words: "15% minimum (20% target)", "5% standard". */
function figuresInBrief(w: { min: number | null; target: number | null; standard: number | null }): string {
  return w.min !== null ? `${percent(w.min)} minimum${w.target !== null ? ` (${percent(w.target)} target)` : ''}` : `${percent(w.standard ?? 0)} standard`;
}

/** One council's weighting for the contract in a few words, for the comparison's first line: "Stockport 15% minimum (20% target)". */
function weightingInBrief(pack: PolicyPack, contract: Contract): string {
  const name = pack.council.shortName;
  const w = requirementsFor(pack, contract).weighting;
  if (w.status === 'not-set') return `${name} sets none`;
  if (w.status === 'not-at-this-value') return `${name} sets none at this value`;
  return `${name} ${figuresInBrief(w)}${w.ifCompetitive ? ' if competitive' : ''}`;
}

/** One council's weighting at every value in a few words: "Cheshire West and Chester 5% standard for £50,000 to £100,000, 10% standard over £100,000". */
function bandsInBrief(pack: PolicyPack): string {
  const name = pack.council.shortName;
  const rules = pack.rules.filter((r): r is WeightingRule => r.kind === 'weighting');
  if (rules.length === 0) return `${name} sets none`;
  const bands = rules.map((r) => {
    const { above, upTo } = r.when;
    const range = above && upTo ? `for ${formatPounds(above.amount)} to ${formatPounds(upTo.amount)}` : above ? `${above.inclusive ? 'from' : 'over'} ${formatPounds(above.amount)}` : upTo ? `up to ${formatPounds(upTo.amount)}` : 'at any value';
    return `${figuresInBrief(r)} ${range}${r.when.competitiveOnly ? ' if competitive' : ''}`;
  });
  return `${name} ${bands.join(', ')}`;
}

export function compareWeighting(packs: PolicyPack[], contract: Contract | undefined, competitive: boolean | undefined, rank?: Rank): Answer {
  const sections: AnswerSection[] = packs.map((pack) => {
    if (contract) {
      const req = requirementsFor(pack, contract);
      const details = weightingDetails(req.weighting);
      // The sentence gives the figures; a fact table under it would say them again.
      return { heading: pack.council.shortName, text: weightingSentence(pack, req), ...(details.source ? { source: details.source.text } : {}) };
    }
    const summary = weightingSummary(pack, competitive);
    return { heading: pack.council.shortName, text: summary.headline, ...(summary.sources[0] ? { source: summary.sources.join('; ') } : {}) };
  });
  const names = listNames(packs.map((p) => p.council.shortName));
  const ranked = rank ? rankLine(packs, contract, rank) : undefined;
  return byCouncil(
    contract ? `Social value weighting for ${withArticle(contract)}, by council` : 'Social value weighting by council',
    // The first line is the answer itself, each council's figures in a few words, unless a rank leads.
    ranked
      ? `${ranked} ${contract ? `What ${names} each set for ${withArticle(contract)}:` : `The social value weighting ${names} each set:`}`
      : contract
        ? `For ${withArticle(contract)}: ${packs.map((p) => weightingInBrief(p, contract)).join('; ')}.`
        : `Weighting by council: ${packs.map(bandsInBrief).join('; ')}.`,
    sections,
  );
}

/**
 * What one council's documents say on a subject, for a comparison: its rules of that kind, else its
 * curated topic, else a passage of its documents quoted, else that they say nothing about it.
 */
function subjectSection(pack: PolicyPack, subject: Subject | undefined, quoted: (pack: PolicyPack) => Passage | undefined): { section: AnswerSection; covers: Coverage; quote?: string } {
  const heading = pack.council.shortName;
  const kinds = subject ? TOPIC_RULES[subject] ?? [] : [];
  const rules = rulesOn(pack, subject);
  if (rules.length > 0) return { section: { heading, text: rules.map((r) => `${r.statement} (${r.when.wording})`).join(' '), source: cite(pack.documents, rules[0]!.source).text }, covers: 'sets' };
  // On a subject councils set rules on, a council without such a rule only speaks of the subject.
  const said: Coverage = kinds.length > 0 ? 'speaks' : 'sets';
  const t = subject ? pack.topics[subject as TopicId] : undefined;
  if (t) return { section: { heading, text: t.summary, source: cite(pack.documents, t.parts[0]!.source).text }, covers: said };
  // Not curated for this council: what its documents say in so many words, quoted.
  const passage = quoted(pack);
  if (passage) return { section: { heading, text: `${passage.citation.replace(/,.*$/, '')} says: “${quotation(passage)}”`, source: passage.citation }, covers: said, quote: quotation(passage) };
  return { section: { heading, text: `${heading}'s documents do not say anything about ${subject ? topicName(subject) : 'that'}.` }, covers: 'nothing' };
}

/**
 * How far a council's documents go on a subject: they set something on it (its rules of that kind, or
 * what they say on a subject nobody sets rules on), they only speak of it (a subject others set rules on,
 * with no such rule here: "the policy does not set a carbon reduction plan requirement"), or nothing.
 */
type Coverage = 'sets' | 'speaks' | 'nothing';

/** The line above a comparison on a subject: true of what each council's documents do, none overstated. */
function coverageLine(packs: PolicyPack[], said: { covers: Coverage }[], what: string, ruled: boolean): string {
  const names = (c: Coverage) => packs.filter((_, i) => said[i]!.covers === c).map((p) => `${p.council.shortName}'s`);
  const sets = names('sets');
  const speaks = names('speaks');
  const nothing = names('nothing');
  if (sets.length === packs.length) return `${packs.length === 2 ? 'Both' : `All ${packs.length}`} councils' documents cover ${what}; each in its own words:`;
  // A rule is a requirement of contracts; "set nothing on it" read as if the council did nothing on it
  // ("which councils pay their staff the living wage?": CWaC pays its own 3,082 staff). A subject that is
  // no rule ("whether social value costs the council more") is covered or not.
  const parts = ruled
    ? [
        ...(sets.length > 0 ? [`${listNames(sets)} documents set requirements on ${what}`] : []),
        ...(speaks.length > 0 ? [`${listNames(speaks)} ${sets.length > 0 ? 'speak of it but set no requirement' : `speak of ${what} but set no requirement on it`}`] : []),
      ]
    : [...(sets.length + speaks.length > 0 ? [`${listNames([...sets, ...speaks])} documents cover ${what}`] : [])];
  if (nothing.length > 0) parts.push(`${listNames(nothing)} ${parts.length > 0 ? 'do not' : `do not cover ${what}`}`);
  return `${capitalised(parts.join('; '))}:`;
}

/** "Do all three councils use the National TOMs?": what each council's documents say on the subject. */
export function compareSubject(packs: PolicyPack[], subject: Subject | undefined, quoted: (pack: PolicyPack) => Passage | undefined): Answer | undefined {
  const what = subject ? topicName(subject) : 'that';
  const said = packs.map((pack) => subjectSection(pack, subject, quoted));
  if (said.every((s) => s.covers === 'nothing')) return undefined;
  // "How does that compare to Stockport?" after Trafford's figures: figures no rule sets (what was
  // achieved) are each counted over the council's own period and on its own basis.
  const figured = said.filter((s) => /£\s?\d|\d\s?%|\d+p\b/.test(s.section.text ?? '')).length;
  const unlike = !(subject && TOPIC_RULES[subject]) && figured >= 2;
  const covered = unlike
    ? `The councils' documents measure these figures differently, each over its own period and on its own basis, so they do not compare like for like; each in its own words:`
    : coverageLine(packs, said, what, subject !== undefined && TOPIC_RULES[subject] !== undefined);
  // Asked about no subject ("which councils does STAR do procurement for?"), each council's words are the answer, in the first line.
  const quotes = subject ? [] : said.flatMap((s) => (s.quote ? [`${s.section.heading}, “${s.quote}”`] : []));
  // Those that say nothing follow, so the quotes lead the notification.
  const silent = packs.filter((_, i) => said[i]!.covers === 'nothing').map((p) => `${p.council.shortName}'s`);
  const none = silent.length > 0 ? ` ${listNames(silent)} documents do not say anything about that.` : '';
  const headline = quotes.length > 0 && !unlike ? `${quotes.join('; ')}.${none}` : covered;
  return byCouncil(subject ? `${capitalised(what)}, by council` : 'What each council says', headline, said.map((s) => s.section));
}

/**
 * "What's the proxy value of an apprenticeship week?" with no council: where every council's answer is
 * that its documents do not give it, that is the answer for all of them, each council's nearest words below.
 */
export function givenByNone(answers: readonly { pack: PolicyPack; answer: Answer }[], says: string): Answer | undefined {
  const none = answers.every(({ pack, answer }) => answer.kind === 'answer' && answer.headline.startsWith(`${pack.council.shortName}'s documents do not`));
  if (!none || answers.length < 2) return undefined;
  const names = listNames(answers.map(({ pack }) => pack.council.shortName));
  const sections = answers.map(({ pack, answer }) => ({ heading: pack.council.shortName, text: answer.headline, ...(answer.sources[0] ? { source: answer.sources.join('; ') } : {}) }));
  return { ...byCouncil(`Not given in any council's documents`, `None of the councils' documents (${names}) ${says}.`, sections), expanded: false };
}

/** A council's answer in a few words: its yes or no ("Yes, as a case-by-case variation"), else its first sentence when short. */
function inBrief(section: AnswerSection): string | undefined {
  const text = section.text ?? '';
  const verdict = /^((?:Yes|No|Only|It depends)\b[^:.]*)[:.]/.exec(text)?.[1];
  // "Yes … (This applies to competitive procurement.)": the condition goes with the yes.
  const ifCompetitive = /^Yes\b/.test(text) && /\bapplies to competitive procurement\b/i.test(text) ? ' if competitive' : '';
  if (verdict) return verdict.length <= 60 ? `${verdict}${ifCompetitive}` : undefined;
  const first = /^[^.]*\./.exec(text)?.[0];
  return first && first.length <= 100 ? first.slice(0, -1) : undefined;
}

/**
 * The comparison's first line as the answer itself, each council's in a few words ("12% for a £120,000
 * contract: Cheshire West and Chester, yes, as a case-by-case variation; Stockport, no; …"), where each
 * has one; else undefined, and the header stands.
 */
function inOneLine(lead: string, sections: AnswerSection[]): string | undefined {
  const briefs = sections.map((s) => ({ name: s.heading ?? '', brief: inBrief(s) }));
  if (briefs.some((b) => b.brief === undefined)) return undefined;
  const said = briefs.map(({ name, brief }) => (brief!.startsWith(name) ? brief! : `${name}, ${lowerFirst(brief!)}`));
  return `${lead}: ${said.join('; ')}.`;
}

/**
 * "Trafford and Stockport Portal for £50k": yes or no for the contract in each council, each with its
 * source; a council with no rule of that kind says what its documents do say on the subject.
 * `put`: how the question is put (see Put): "what … apply?" leads each with the rule itself.
 */
export function compareRuleForContract(packs: PolicyPack[], contract: Contract, subject: Subject, quoted: (pack: PolicyPack) => Passage | undefined, put: Put = {}): Answer {
  const kinds = TOPIC_RULES[subject] ?? [];
  const sections: AnswerSection[] = packs.map((pack) => {
    const answer = ruleTopicForContract(pack, contract, subject, kinds, put);
    if (!answer) return subjectSection(pack, subject, quoted).section;
    return { heading: pack.council.shortName, text: answer.headline, ...(answer.sources[0] ? { source: answer.sources.join('; ') } : {}) };
  });
  return byCouncil(
    `${capitalised(topicName(subject))} for ${withArticle(contract)}, by council`,
    inOneLine(`${capitalised(topicName(subject))} for ${withArticle(contract)}`, sections) ??
      `What ${listNames(packs.map((p) => p.council.shortName))} each say about ${topicName(subject)} for ${withArticle(contract)}:`,
    sections,
  );
}

/** "Compare … for £120k", then "is 12% ok?": each council's yes or no for the figure, side by side. */
export function compareVerdicts(packs: PolicyPack[], contract: Contract, proposed: number, need = false, tooMuch = false): Answer {
  const sections: AnswerSection[] = packs.map((pack) => {
    const verdict = verdictAnswer(pack, contract, proposed, need, tooMuch);
    return { heading: pack.council.shortName, text: verdict.headline, ...(verdict.sources[0] ? { source: verdict.sources.join('; ') } : {}) };
  });
  return byCouncil(
    `Your proposed weighting for ${withArticle(contract)}, by council`,
    inOneLine(`${percent(proposed)} for ${withArticle(contract)}`, sections) ?? `${percent(proposed)} for ${withArticle(contract)}, council by council (${listNames(packs.map((p) => p.council.shortName))}):`,
    sections,
  );
}

/** A rule's answer in a few words for the first line: its yes or no, else its first short sentence. */
function ruleInBrief(section: AnswerSection): string {
  const text = section.text ?? '';
  const verdict = /^((?:Yes|No|Only|It depends)\b[^:.]*)[:.]/.exec(text)?.[1];
  const short = text.split(/(?<=\.)\s+/).find((s) => s.length <= 100)?.replace(/\.$/, '');
  // "Yes … (This applies to competitive procurement.)": the condition goes with the yes.
  const ifCompetitive = /^Yes\b/.test(text) && /\bapplies to competitive procurement\b/i.test(text) ? ' if competitive' : '';
  return verdict ? `${verdict}${ifCompetitive}` : short ? lowerFirst(short) : 'see below';
}

/**
 * "Comparing all 3 councils for a 95k goods contract - weighting and do we need the portal?": the
 * weighting compared, then the rule asked of too, council by council, each part with its own source.
 */
export function compareWeightingAndRule(weighting: Answer, rule: Answer, subject: Subject, contract: Contract): Answer {
  const topic = capitalised(topicName(subject));
  const sections = weighting.sections.flatMap((w, i) => {
    const r = rule.sections[i];
    return r ? [w, { text: `On ${topicName(subject)}: ${r.text ?? ''}`, ...(r.source ? { source: r.source } : {}) }] : [w];
  });
  const briefs = rule.sections.map((r) => `${r.heading ?? ''}, ${lowerFirst(ruleInBrief(r))}`);
  return byCouncil(`Social value weighting and ${topicName(subject)} for ${withArticle(contract)}, by council`, `${weighting.headline} ${topic}: ${briefs.join('; ')}.`, sections);
}

