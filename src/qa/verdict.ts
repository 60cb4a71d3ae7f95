/**
 * "Is 12% enough for a £90k Stockport tender?": yes or no first, then why, from the same judgement
 * the checklist uses (judgeWeighting).
 */
import { sentencesOf } from '../sources/links.js';
import { applicableOf, judgeWeighting, requirementsFor, valuesAcross, type Contract } from '../policy/requirements.js';
import { cite } from '../policy/citations.js';
import type { Category, PolicyPack, Rule, WeightingRule } from '../policy/schema.js';
import { suggest, type Answer } from './answer.js';
import { percent, ruleLine, uniq, withArticle } from './phrases.js';
import { listNames } from '../text/lists.js';
import type { Bound } from '../understand/question.js';
import { bandsWithin, boundAnswer, contractAnswer, noWeightingBelow, weightingSentence, weightingSummary } from './weighting.js';

/** What a weighting below the council's figure needs, in the council's own words (its PID sign-off rule). */
function belowNeeds(pack: PolicyPack, contract: Contract): Answer | undefined {
  const signOff = applicableOf(requirementsFor(pack, contract), 'pid-sign-off')[0];
  if (!signOff) return undefined;
  const rule = ruleLine(signOff.citation.quote);
  return {
    kind: 'answer',
    title: 'Below the council figure',
    headline: signOff.rule.statement,
    ...(rule ? { rule } : {}),
    facts: [],
    sections: [],
    notes: [],
    sources: [signOff.citation.text],
    suggestions: [],
  };
}

/** A figure away from a variable standard, which the document allows only case by case. */
const VARIATION = 'as a justified case-by-case variation';

/**
 * `need`: "do I need 15%?" asks whether the figure is what the council requires; otherwise the
 * question is whether the figure is enough. `band`: the words of the band judged, when no contract
 * was given (verdictAnyValue); the contract otherwise.
 */
export function verdictAnswer(pack: PolicyPack, contract: Contract, proposed: number, need = false, tooMuch = false, band?: string): Answer {
  const what = band ?? withArticle(contract);
  const req = requirementsFor(pack, contract);
  const judged = judgeWeighting(req, proposed);
  const name = pack.council.shortName;
  const base = contractAnswer(pack, contract);
  // The title does not repeat the officer's figure: a bare "15%" would read as the council's.
  const title = `Your proposed weighting for ${withArticle(contract)} in ${name}`;
  if (judged.outcome === 'none-required') {
    const w = req.weighting;
    // "Is 0% ok for a £20k contract?": yes, nothing is required at this value; "do I need 15%?": no.
    // "Is 12% ok at £40k?" where no band covers the value: the documents judge no figure there, so
    // neither yes nor no, only that they set none (not that the figure is "acceptable").
    const none = need || tooMuch ? 'No: no weighting is required at this value: ' : proposed === 0 ? 'Yes: no weighting is required at this value, so 0% is acceptable: ' : '';
    const unjudged = none === '' ? ` There is no council figure for ${percent(proposed)} to meet at this value.` : '';
    const opening = w.status === 'not-set' ? `${name} sets no social value weighting, so there is no council figure for ${percent(proposed)} to meet.` : `${none}${weightingSentence(pack, req)}${unjudged}`;
    return { ...base, title, headline: w.status === 'not-set' ? `${opening} ${w.statement}` : opening };
  }
  const words = judged.kind === 'minimum' ? 'minimum' : 'standard weighting';
  const varied = judged.variable ? ` ${name}'s policy lets the figure be varied case by case.` : '';
  // Judged for a band of values (no contract given), there is no "this contract" to vary it for.
  const onContract = band === undefined ? ' for this contract' : '';
  const w = req.weighting.status === 'required' ? req.weighting : undefined;
  if (need) {
    const target = w?.target !== null && w?.target !== undefined ? `, with an overall target of ${percent(w.target)}` : '';
    // A standard is not a requirement: a figure either side of it is said against the standard.
    const standard = judged.kind === 'standard';
    const opening =
      proposed === judged.figure
        ? standard && judged.variable
          ? 'Yes, as the standard'
          : 'Yes'
        : proposed > judged.figure
          ? `No, ${percent(proposed)} is more than ${standard ? 'the standard' : 'required'}`
          : standard
            ? `No, the standard is more than ${percent(proposed)}`
            : `No, more than ${percent(proposed)}`;
    const headline = `${opening}: ${name}'s ${words} for ${what} is ${percent(judged.figure)}${target}.${varied}`;
    return { ...base, title, headline };
  }
  // A standard weighting is neither a floor nor a ceiling (schema.ts): a figure above it is a
  // departure from the standard, allowed only where the document lets the figure be varied.
  if (judged.outcome === 'meets' && judged.kind === 'standard' && proposed > judged.figure) {
    const above = `${percent(proposed)} is above ${name}'s standard weighting of ${percent(judged.figure)} for ${what}`;
    // How far above the standard is what an officer weighs next: no document sets a cap.
    const noMaximum = ` ${name}'s documents set no maximum.`;
    const headline = judged.variable
      ? `${tooMuch ? 'No, not too much, as a case-by-case variation' : 'Yes, as a case-by-case variation'}: ${above}. ${name}'s policy lets the standard be varied case by case as appropriate (the rule below), so a higher figure is allowed as a variation${onContract}, not as the standard.${noMaximum}`
      : `No: ${above}, and ${name}'s documents do not say the standard may be varied.`;
    return { ...base, title, headline };
  }
  if (judged.outcome === 'meets' && judged.kind === 'standard') {
    const headline = `${tooMuch ? 'No, not too much' : 'Yes'}: ${percent(proposed)} is ${name}'s standard weighting for ${what}.${varied}`;
    return { ...base, title, headline };
  }
  // "We've put 20% in, too much?": the figure is the council's own target, said as such.
  if (judged.outcome === 'meets' && w?.target !== null && w?.target !== undefined && proposed === w.target) {
    const noMaximum = tooMuch ? ' The documents set no maximum.' : '';
    const headline = `${tooMuch ? 'No, not too much' : 'Yes'}: ${percent(proposed)} is ${name}'s overall target for ${what}, above its ${words} of ${percent(judged.figure)}.${varied}${noMaximum}`;
    return { ...base, title, headline };
  }
  if (judged.outcome === 'meets') {
    const target =
      judged.belowTarget !== undefined
        ? `, but it is below the overall target of ${percent(judged.belowTarget)}`
        : w?.target !== null && w?.target !== undefined
          ? `, and the overall target of ${percent(w.target)}`
          : '';
    // "Is 25% too much?" is answered No: it meets the council's figure, and no document sets a maximum.
    const opening = tooMuch ? `No, not too much: ${percent(proposed)} meets` : `Yes: ${percent(proposed)} meets`;
    const noMaximum = tooMuch ? " The documents set no maximum." : '';
    const headline = `${opening} ${name}'s ${words} of ${percent(judged.figure)} for ${what}${target}.${varied}${noMaximum}`;
    return { ...base, title, headline };
  }
  const needs = belowNeeds(pack, contract);
  // Who signs off a lower figure is said only from the council's own documents: another council's
  // step (Stockport's PID sign-off) or the assistant's checklist is not this council's process.
  const agrees = needs ? '' : ` ${name}'s documents do not say who agrees a lower figure.`;
  const below = `${percent(proposed)} is below ${name}'s ${words} of ${percent(judged.figure)} for ${what}`;
  // Below a standard the document lets be varied: allowed as a justified variation, not a flat no
  // (the same reading as a figure above it). 0% is not a lower weighting but none, which no document allows.
  const headline =
    judged.kind === 'standard' && judged.variable
      ? proposed === 0
        ? `No: ${below}. ${name}'s policy lets the standard be varied case by case as appropriate, but does not say social value can be left out altogether.${agrees}`
        : `${tooMuch ? `No, not too much, but a lower figure is allowed only ${VARIATION}` : `Only ${VARIATION}`}: ${below}. ${name}'s policy lets the standard be varied case by case as appropriate (the rule below), so a lower figure is allowed as a justified variation${onContract}, not as the standard.${agrees}`
      : `No: ${below}.${w?.target !== null && w?.target !== undefined ? ` The overall target is ${percent(w.target)}.` : ''}${varied}${agrees}`;
  return belowAnswerOf(base, title, headline, needs);
}

/**
 * "I've set SV at 10% … Any issue?": a yes would say there is a problem, so the verdict is put as asked:
 * "No issue" for a figure the council's rules allow, "Yes" for one below its figure.
 */
export function asIssue(answer: Answer): Answer {
  const { lead, word, rest } = splitVerdict(answer.headline);
  // Below a variable standard: an issue only if the variation is not justified.
  if (answer.headline.startsWith(`Only ${VARIATION}: `)) return { ...answer, headline: `Only if it is not justified as a case-by-case variation: ${answer.headline.slice(`Only ${VARIATION}: `.length)}` };
  if (!word) return answer;
  return { ...answer, headline: `${word === 'Yes' ? 'No issue' : 'Yes'}${lead.slice(word.length)}: ${rest}` };
}

/**
 * "So 3% won't do?": a yes would agree that it falls short, so a figure the council's rules allow is put
 * as "It would do"; a figure below them keeps its "No" or "Only as …" (no, it won't, or only so).
 */
export function asFallsShort(answer: Answer): Answer {
  const { lead, word, rest } = splitVerdict(answer.headline);
  return word === 'Yes' ? { ...answer, headline: `It would do${lead.slice(word.length)}: ${rest}` } : answer;
}

/** "Is 12% too low?": yes means it is, so a figure below the council's is "Yes, too low" and one it allows "No, not too low". */
export function asTooLow(answer: Answer): Answer {
  const { lead, word, rest } = splitVerdict(answer.headline);
  if (!word) return answer;
  return { ...answer, headline: `${word === 'Yes' ? 'No, not too low' : 'Yes, too low'}${lead.slice(word.length)}: ${rest}` };
}

/** The verdict word a headline leads with ("Yes", "No"), and what follows it. */
function splitVerdict(headline: string): { lead: string; word: string; rest: string } {
  const m = /^((Yes|No)\b[^:]*): /.exec(headline);
  return m ? { lead: m[1]!, word: m[2]!, rest: headline.slice(m[0].length) } : { lead: '', word: '', rest: headline };
}

/**
 * "We've put 20% in, too much?" with no contract value: the figure judged in each of the council's
 * weighting bands. Where every band gives the same verdict it leads ("No, not too much: …"), each
 * band said with the values it covers; where they differ, it depends on the value, and each is given.
 * `bound`: "is 8% enough?" then "and what about below 50k?": only the bands on that side of the amount,
 * and where the council sets none there, that it sets none (so there is no figure to meet).
 */
export function verdictAnyValue(pack: PolicyPack, base: Omit<Contract, 'value'>, proposed: number, need = false, tooMuch = false, bound?: Bound): Answer {
  const summary = weightingSummary(pack, base.competitive);
  const name = pack.council.shortName;
  const bands = pack.rules.filter((r): r is WeightingRule => r.kind === 'weighting');
  if (bands.length === 0) {
    return { ...summary, title: `Your proposed weighting in ${name}`, headline: `${name}'s documents set no social value weighting, so there is no council figure for ${percent(proposed)} to meet. ${summary.headline}` };
  }
  const thresholds = bands.flatMap((r) => [r.when.above?.amount, r.when.upTo?.amount]).filter((a): a is number => a !== undefined);
  const top = Math.max(...thresholds, bound?.amount ?? 0) * 2;
  const [low, high] = !bound ? [0.01, top] : bound.side === 'under' ? [0.01, bound.inclusive ? bound.amount : bound.amount - 0.01] : [bound.inclusive ? bound.amount : bound.amount + 0.01, top];
  const values = valuesAcross(pack, base, low, high, ['weighting']);
  const judged = values.flatMap((value) => {
    const w = requirementsFor(pack, { ...base, value }).weighting;
    return w.status === 'required' ? [splitVerdict(verdictAnswer(pack, { ...base, value }, proposed, need, tooMuch, w.rule.when.wording).headline)] : [];
  });
  if (judged.length === 0 && bound) {
    const none = boundAnswer(pack, bound);
    return { ...none, headline: `${need || tooMuch ? 'No: ' : ''}${none.headline} So there is no council figure for ${percent(proposed)} to meet there.` };
  }
  // "Is 10% ok for a direct award?": no band covers a contract of this kind at any value.
  if (judged.length === 0) {
    const lead = need || tooMuch ? 'No: no weighting is required' : `Yes: no weighting is required, so ${percent(proposed)} is acceptable`;
    return { ...summary, title: `Your proposed weighting in ${name}`, headline: `${lead}. ${summary.headline}` };
  }
  // The summary says the same for a competitive procurement; for a non-competitive one it sets no bands.
  // Contracts over an amount have nothing below the lowest band to say.
  const floor = (base.competitive === false && bands.some((r) => r.when.competitiveOnly)) || bound?.side === 'over' ? '' : noWeightingBelow(bands);
  const words = new Set(judged.map((j) => j.word));
  const leads = new Set(judged.map((j) => j.lead));
  // One band judged ("and over 100k?" after "is 8% enough?") is one verdict, however it is put ("Only as …").
  const one = judged.length === 1 || (words.size === 1 && !words.has(''));
  const headline =
    one
      ? `${leads.size === 1 && judged[0]!.lead ? `${judged[0]!.lead}: ${judged.map((j) => j.rest).join(' ')}` : judged.map((j) => `${j.lead ? `${j.lead}: ` : ''}${j.rest}`).join(' ')} ${floor}`
      : `It depends on the contract's total value. ${judged.map((j) => `${j.lead ? `${j.lead}: ` : ''}${j.rest}`).join(' ')} ${floor} Tell me the total agreement value for one answer.`;
  return { ...summary, title: `Your proposed weighting in ${name}`, headline: headline.replace(/\s+/g, ' ').trim() };
}

/**
 * "Do I need a weighting on a £24k contract?": yes when the council's documents set one at this
 * value, no when they do not, then the same answer as "what weighting …?".
 */
export function appliesAnswer(pack: PolicyPack, contract: Contract, stated?: number): Answer {
  const base = contractAnswer(pack, contract);
  const w = requirementsFor(pack, contract).weighting;
  // "Does the 10% apply to a £60k contract?": not where the council's figure for it is another one.
  const other = w.status === 'required' && stated !== undefined && ![w.min, w.target, w.standard].includes(stated);
  const headline = w.status !== 'required' ? `No: ${base.headline}` : other ? `No, not ${percent(stated)}: ${base.headline.replace(/^For\b/, 'for')}` : `Yes: ${base.headline.replace(/^For\b/, 'for')}`;
  return { ...base, headline };
}

/** "Can I use central government's 10%?": the council's figure decides, and the 10% is said to be national. */
export function nationalFigureVerdict(pack: PolicyPack, contract: Contract, proposed: number, nationalStatement: string, nationalSource: string): Answer {
  const answer = verdictAnswer(pack, contract, proposed);
  return {
    ...answer,
    headline: `${answer.headline} The central government figure is not a council rule: ${nationalStatement}`,
    sources: [...answer.sources, nationalSource],
  };
}

/**
 * "Central government's minimum is 10%: is CWaC's the same?": yes where every weighting the council
 * sets in force is that figure; not throughout where some are (naming for which contracts); else no,
 * higher or lower. Then the council's weightings as they stand. As it is where the council sets none.
 */
export function sameFigure(pack: PolicyPack, figure: number, answer: Answer): Answer {
  const rules = pack.rules.filter((r): r is WeightingRule => r.kind === 'weighting' && r.status !== 'proposed');
  const figures = rules.map((r) => r.standard ?? r.min).filter((f): f is number => typeof f === 'number');
  if (figures.length === 0 || figures.length !== rules.length) return answer;
  const same = rules.filter((r) => (r.standard ?? r.min) === figure);
  const name = pack.council.shortName;
  const lead =
    same.length === rules.length
      ? 'Yes, the same'
      : same.length > 0
        ? `Not throughout: ${name}'s is ${percent(figure)} only for ${listNames(same.map((r) => r.when.wording))}`
        : figures.every((f) => f > figure)
          ? `No: ${name}'s is higher`
          : figures.every((f) => f < figure)
            ? `No: ${name}'s is lower`
            : 'No, not the same';
  return { ...answer, headline: `${lead}. ${answer.headline}` };
}

/**
 * "They want to swap the apprenticeships for volunteering, is that allowed?": the documents' condition
 * for accepting something else leads, with the rule that sets it; `on` is the answer on its subject.
 */
export function onlyIfAccepted(pack: PolicyPack, rule: Rule, on: Answer): Answer {
  const quote = ruleLine(rule.source.quote);
  return { ...on, headline: `Only if ${rule.acceptsOnlyIf}: ${rule.statement}`, ...(quote ? { rule: quote } : {}), sources: uniq([cite(pack.documents, rule.source).text, ...on.sources]) };
}

/**
 * "They want to swap the apprenticeships for volunteering, can I agree?" where this council's documents
 * set no condition for accepting something else but another council's do: no rule here, what they say
 * of delivery, then the other council's rule as its own (not this council's). `on`: the answer on the subject.
 */
export function noAcceptingRule(pack: PolicyPack, on: Answer, elsewhere: ReadonlyArray<{ pack: PolicyPack; rule: Rule }>): Answer {
  const others = elsewhere.map((e) => ` ${e.pack.council.shortName}'s documents do set one, for its own contracts: ${e.rule.statement}`).join('');
  const headline = `${pack.council.shortName}'s documents set no rule on accepting other social value in place of a commitment a supplier made. What they do say: ${on.headline}${others}`;
  return { ...on, headline, sources: uniq([...on.sources, ...elsewhere.map((e) => cite(e.pack.documents, e.rule.source).text)]) };
}

/**
 * The answer led by "Yes:" and the statements of the rules behind the yes, with their sources; as it
 * is where it already says them ("Social value still applies to a … direct award: …").
 */
function yesFrom(answer: Answer, rules: ReadonlyArray<{ rule: { statement: string }; citation: { text: string } }>): Answer {
  const said = rules.map((a) => a.rule.statement).filter((st) => !answer.headline.includes(st));
  if (said.length === 0) return answer;
  return { ...answer, headline: `Yes: ${[...said, answer.headline].join(' ')}`, sources: uniq([...rules.map((a) => a.citation.text), ...answer.sources]) };
}

/**
 * "Does that apply to goods too?" for a contract: yes first, where the council's documents say they
 * cover that category (Stockport's Statement s.4: "for all areas (goods, works and services)").
 */
export function categoryCovered(pack: PolicyPack, category: Category, answer: Answer): Answer {
  const naming = pack.notes.filter((n) => n.categories?.includes(category)).map((n) => ({ rule: { statement: n.text }, citation: cite(pack.documents, n.source) }));
  return naming.length > 0 ? yesFrom(answer, naming) : answer;
}

/**
 * "Would it be any different if it was goods?" of a contract: no first, where none of the council's rules
 * of the kinds answered is for some categories only, with what its documents say of that category
 * (Stockport's Statement s.4: "for all areas (goods, works and services)"); otherwise the answer as it
 * is, worked out for that category.
 */
export function categoryUnchanged(pack: PolicyPack, category: Category, kinds: readonly Rule['kind'][], answer: Answer): Answer {
  if (pack.rules.some((r) => kinds.includes(r.kind) && r.when.categories)) return answer;
  const naming = pack.notes.filter((n) => n.categories?.includes(category));
  const said = naming.map((n) => n.text).filter((t) => !answer.headline.includes(t));
  const lead = `No: ${pack.council.shortName}'s documents set no different rule for ${category} contracts.`;
  // The answer's own yes or no was to another question ("Yes: … require this"): its sentence, not its verdict.
  const own = answer.headline.replace(/^(?:yes|no)[:.,]\s*(\w)/i, (_, c: string) => c.toUpperCase());
  return { ...answer, headline: [lead, ...said, own].join(' '), sources: uniq([...naming.map((n) => cite(pack.documents, n.source).text), ...answer.sources]) };
}

/**
 * "£18k a year for 3 years, do I need to do SV?": yes first, where the council's rule on when social
 * value applies covers the contract; otherwise the answer as it is (no rule to say no by).
 */
export function socialValueNeeded(pack: PolicyPack, contract: Contract, answer: Answer): Answer {
  const applies = applicableOf(requirementsFor(pack, contract), 'social-value-applies').filter((a) => a.rule.status !== 'proposed' && !a.rule.when.categories);
  return applies.length > 0 ? yesFrom(answer, applies) : answer;
}

/**
 * "Can I go lower than 15%?", "what do I need to do if I want to go lower than that?": a figure below
 * `than` (the council's own figure when none is named). Below a minimum: no, and what the documents
 * say comes nearest (the PID sign-off rule's exceptions), or that they say nothing; below a standard
 * they let be varied: only as a justified variation; above the council's figure: yes, down to it.
 * `asksWhat`: asked what to do, so what the documents say leads rather than a yes or no.
 */
export function belowAnswer(pack: PolicyPack, contract: Contract, than: number | undefined, asksWhat: boolean, band?: string): Answer {
  const req = requirementsFor(pack, contract);
  const judged = judgeWeighting(req, null);
  const name = pack.council.shortName;
  const what = band ?? withArticle(contract);
  const base = contractAnswer(pack, contract);
  const title = band === undefined ? `A lower weighting for ${what} in ${name}` : `A lower weighting in ${name}`;
  // Judged for a band of values (no contract given), there is no "this contract" to vary it for.
  const onContract = band === undefined ? ' for this contract' : '';
  if (judged.outcome === 'none-required') return { ...base, title, headline: `${asksWhat ? 'There' : 'Yes: there'} is no council figure to go below. ${base.headline}` };
  const w = req.weighting.status === 'required' ? req.weighting : undefined;
  const target = w?.target !== null && w?.target !== undefined ? ` The overall target is ${percent(w.target)}.` : '';
  const words = judged.kind === 'minimum' ? 'minimum' : 'standard weighting';
  const figure = `${name}'s ${words} for ${what} is ${percent(judged.figure)}.${target}`;
  // "Can I go lower than 20%?" where the minimum is 15%: yes, as far as the minimum.
  if (than !== undefined && than > judged.figure) {
    return { ...base, title, headline: `Yes, down to ${percent(judged.figure)}: ${figure} A figure below that is not allowed as standard.` };
  }
  const needs = belowNeeds(pack, contract);
  if (judged.kind === 'standard' && judged.variable) {
    const agrees = needs ? '' : ` ${name}'s documents do not say who agrees a lower figure or how.`;
    const lead = asksWhat ? 'Justify it as a case-by-case variation' : `Only ${VARIATION}`;
    const headline = `${lead}: ${figure} ${name}'s policy lets the standard be varied case by case as appropriate (the rule below), so a lower figure is allowed as a justified variation${onContract}, not as the standard.${agrees}`;
    return { ...base, title, headline, ...(needs ? { parts: [needs] } : {}) };
  }
  // A minimum the documents do not let be varied: they set out no route below it; the nearest they
  // come is what they say of leaving social value out (Stockport's PID sign-off exceptions).
  const nearest = needs ? `; the nearest they come is the PID sign-off rule: ${needs.headline}` : '. Nor do they say who could agree one.';
  // Asked what to do, the first sentence says it (the nearest rule leads), then the figure; the rule is then not repeated below.
  if (asksWhat) {
    const headline = `${name}'s documents give no route to a weighting below its ${words} of ${percent(judged.figure)} for ${what}${nearest}${target}`;
    return { ...base, title, headline, sources: uniq([...base.sources, ...(needs?.sources ?? [])]), suggestions: [suggest('new PID checklist', 'Start a PID checklist'), ...base.suggestions.slice(0, 1)] };
  }
  const headline = `No: ${figure} ${name}'s documents give no route to a weighting below its ${words}${nearest}`;
  return belowAnswerOf(base, title, headline, needs);
}

/**
 * "Is 15% enough or do I need to go 20%?": where the figure judged meets the council's figure and the
 * other one is its overall target, the answer says the target is not required.
 */
export function withAlternative(pack: PolicyPack, contract: Contract, proposed: number, alternative: number, answer: Answer): Answer {
  const w = requirementsFor(pack, contract).weighting;
  if (w.status !== 'required' || w.target === null || alternative !== w.target || proposed < w.expected || proposed >= w.target) return answer;
  // The verdict's own "but it is below the overall target" (verdictAnswer) is said as the answer to the "or".
  const below = `, but it is below the overall target of ${percent(w.target)}.`;
  const said = `; ${percent(alternative)} is the overall target, not a requirement.`;
  return { ...answer, headline: answer.headline.includes(below) ? answer.headline.replace(below, said) : `${answer.headline} ${percent(alternative)} is the overall target, not a requirement.` };
}

/**
 * "My head of service reckons we don't need social value because it's small. Is she right?": where the
 * council's documents set a weighting at this value, no, she is not; where they set weightings but none
 * at this value, yes as far as the weighting goes; where they set none at all, the answer as it is.
 */
export function claimNoNeed(pack: PolicyPack, contract: Contract, who: 'she' | 'he' | 'they' | undefined, answer: Answer): Answer {
  const status = requirementsFor(pack, contract).weighting.status;
  if (status === 'not-set') return answer;
  const be = who === 'they' ? 'are' : 'is';
  const rest = answer.headline.replace(/^For\b/, 'for');
  const headline = status === 'required' ? `No${who ? `, ${who} ${be} not` : ''}: ${rest}` : `${who ? `Yes, ${who} ${be}` : 'Yes'}, as far as the weighting goes: ${rest}`;
  return { ...answer, headline };
}

/**
 * "is it true Stockport doesn't need social value under £50k?": not so where a weighting band reaches
 * into those values (15% over £25k), so; as far as the weighting goes, where none does.
 */
export function claimNoNeedWithin(pack: PolicyPack, bound: Bound, who: 'she' | 'he' | 'they' | undefined, answer: Answer): Answer {
  const be = who === 'they' ? 'are' : 'is';
  const rest = answer.headline.replace(/^For\b/, 'for');
  const required = bandsWithin(pack, bound).some((r) => r.status !== 'proposed');
  return { ...answer, headline: required ? `No${who ? `, ${who} ${be} not` : ''}: ${rest}` : `${who ? `Yes, ${who} ${be}` : 'Yes'}, as far as the weighting goes: ${rest}` };
}

/**
 * "Can we go below 15% in Stockport?" with no contract value: belowAnswer for each of the council's
 * weighting bands, said with the values it covers; one verdict where every band gives the same.
 */
export function belowAnyValue(pack: PolicyPack, base: Omit<Contract, 'value'>, than: number | undefined, asksWhat: boolean): Answer {
  const summary = weightingSummary(pack, base.competitive);
  const name = pack.council.shortName;
  const bands = pack.rules.filter((r): r is WeightingRule => r.kind === 'weighting');
  const thresholds = bands.flatMap((r) => [r.when.above?.amount, r.when.upTo?.amount]).filter((a): a is number => a !== undefined);
  const judged = valuesAcross(pack, base, 0.01, Math.max(0, ...thresholds) * 2 || 1, ['weighting']).flatMap((value) => {
    const w = requirementsFor(pack, { ...base, value }).weighting;
    return w.status === 'required' ? [{ value, answer: belowAnswer(pack, { ...base, value }, than, asksWhat, w.rule.when.wording) }] : [];
  });
  if (judged.length === 0) return { ...summary, title: `A lower weighting in ${name}`, headline: `${asksWhat ? 'There' : 'Yes: there'} is no council figure to go below. ${summary.headline}` };
  // The verdict before the colon ("No", "Only as a justified case-by-case variation"), the band's words after it.
  const split = judged.map((j) => /^([A-Z][^:;.]{0,60}): ([\s\S]*)$/.exec(j.answer.headline) ?? ['', '', j.answer.headline]);
  const leads = new Set(split.map((m) => m[1]));
  // What every band says alike ("… lets the standard be varied case by case …") is said once, after each band's figure.
  const rests = split.map((m) => sentencesOf(m[2]!));
  const alike = rests.length > 1 ? rests[0]!.filter((x) => rests.every((r) => r.includes(x))) : [];
  const bandsSaid = [...rests.flatMap((r) => r.filter((x) => !alike.includes(x))), ...alike].join(' ');
  const said = leads.size === 1 && split[0]![1] ? `${split[0]![1]}: ${bandsSaid}` : `It depends on the contract's total value. ${judged.map((j) => j.answer.headline).join(' ')}`;
  // The council's weightings under it, not the facts or buttons of a contract of one of the values judged.
  const { title, parts, suggestions } = judged[0]!.answer;
  const ofNoValue = suggestions.filter((s) => !/£/.test(s.ask));
  return { ...summary, title, headline: said.replace(/\s+/g, ' ').trim(), ...(parts ? { parts } : {}), suggestions: ofNoValue, sources: uniq([...summary.sources, ...judged.flatMap((j) => j.answer.sources)]) };
}

/** A figure below the council's: the verdict, what a lower figure needs as its part, and the checklist to start. */
function belowAnswerOf(base: Answer, title: string, headline: string, needs: Answer | undefined): Answer {
  return {
    ...base,
    title,
    headline,
    ...(needs ? { parts: [needs] } : {}),
    suggestions: [suggest('new PID checklist', 'Start a PID checklist'), ...base.suggestions.slice(0, 1)],
  };
}
