/**
 * "Is 12% enough for a £90k Stockport tender?": yes or no first, then why, from the same judgement
 * the checklist uses (judgeWeighting).
 */
import { applicableOf, judgeWeighting, requirementsFor, type Contract } from '../policy/requirements.js';
import type { PolicyPack } from '../policy/schema.js';
import { suggest, type Answer } from './answer.js';
import { percent, ruleLine, withArticle } from './phrases.js';
import { contractAnswer, weightingSentence } from './weighting.js';

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

/**
 * `need`: "do I need 15%?" asks whether the figure is what the council requires; otherwise the
 * question is whether the figure is enough.
 */
export function verdictAnswer(pack: PolicyPack, contract: Contract, proposed: number, need = false, tooMuch = false): Answer {
  const req = requirementsFor(pack, contract);
  const judged = judgeWeighting(req, proposed);
  const name = pack.council.shortName;
  const base = contractAnswer(pack, contract);
  // The title does not repeat the officer's figure: a bare "15%" would read as the council's.
  const title = `Your proposed weighting for ${withArticle(contract)} in ${name}`;
  if (judged.outcome === 'none-required') {
    const w = req.weighting;
    // "Is 0% ok for a £20k contract?": yes, nothing is required at this value; "do I need 15%?": no.
    const none = need || tooMuch ? 'No weighting is required' : `Yes: no weighting is required at this value, so ${percent(proposed)} is acceptable`;
    const opening = w.status === 'not-set' ? `${name} sets no social value weighting, so there is no council figure for ${percent(proposed)} to meet.` : `${none}: ${weightingSentence(pack, req)}`;
    return { ...base, title, headline: w.status === 'not-set' ? `${opening} ${w.statement}` : opening };
  }
  const words = judged.kind === 'minimum' ? 'minimum' : 'standard weighting';
  const varied = judged.variable ? ` ${name}'s policy lets the figure be varied case by case.` : '';
  const w = req.weighting.status === 'required' ? req.weighting : undefined;
  if (need) {
    const target = w?.target !== null && w?.target !== undefined ? `, with an overall target of ${percent(w.target)}` : '';
    const opening = proposed === judged.figure ? 'Yes' : proposed > judged.figure ? `No, ${percent(proposed)} is more than required` : 'No, more than that';
    const headline = `${opening}: ${name}'s ${words} for ${withArticle(contract)} is ${percent(judged.figure)}${target}.${varied}`;
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
    const headline = `${opening} ${name}'s ${words} of ${percent(judged.figure)} for ${withArticle(contract)}${target}.${varied}${noMaximum}`;
    return { ...base, title, headline };
  }
  const needs = belowNeeds(pack, contract);
  const headline = `No: ${percent(proposed)} is below ${name}'s ${words} of ${percent(judged.figure)} for ${withArticle(contract)}.${varied}${needs ? '' : ` ${name}'s documents do not say who agrees a lower figure; the PID checklist asks for the reason and a senior officer's approval.`}`;
  return {
    ...base,
    title,
    headline,
    ...(needs ? { parts: [needs] } : {}),
    suggestions: [suggest('new PID checklist', 'Start a PID checklist'), ...base.suggestions.slice(0, 1)],
  };
}

/**
 * "Do I need a weighting on a £24k contract?": yes when the council's documents set one at this
 * value, no when they do not, then the same answer as "what weighting …?".
 */
export function appliesAnswer(pack: PolicyPack, contract: Contract): Answer {
  const base = contractAnswer(pack, contract);
  const required = requirementsFor(pack, contract).weighting.status === 'required';
  const headline = required ? `Yes: ${base.headline.replace(/^For\b/, 'for')}` : `No: ${base.headline}`;
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
