/** Across councils: each council's answer side by side, each with its own source. */
import { cite } from '../policy/citations.js';
import { requirementsFor, type Contract } from '../policy/requirements.js';
import type { PolicyPack, TopicId } from '../policy/schema.js';
import type { Subject } from '../understand/question.js';
import type { Answer, AnswerSection } from './answer.js';
import type { Passage } from './passages.js';
import { TOPIC_RULES, listNames, topicName, withArticle } from './phrases.js';
import { ruleTopicForContract, weightingDetails, weightingSentence, weightingSummary } from './weighting.js';

const NOT_ONE_ANOTHERS = 'Each council sets its own rules; none of these figures applies to another council.';

/** A comparison card: one section per council, shown at once (the comparison is the answer). */
function byCouncil(title: string, headline: string, sections: AnswerSection[]): Answer {
  return { kind: 'answer', title, headline, facts: [], sections, notes: [NOT_ONE_ANOTHERS], sources: [], suggestions: [], expanded: true };
}

const capitalised = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

export function compareWeighting(packs: PolicyPack[], contract: Contract | undefined, competitive: boolean | undefined): Answer {
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
  return byCouncil(
    contract ? `Social value weighting for ${withArticle(contract)}, by council` : 'Social value weighting by council',
    contract ? `What ${names} each set for ${withArticle(contract)}:` : `The social value weighting ${names} each set:`,
    sections,
  );
}

/** "Do all three councils use the National TOMs?": what each council's documents say on the subject. */
export function compareSubject(packs: PolicyPack[], subject: Subject | undefined, quoted: (pack: PolicyPack) => Passage | undefined): Answer | undefined {
  const kinds = subject ? TOPIC_RULES[subject] ?? [] : [];
  const what = subject ? topicName(subject) : 'that';
  const covering: string[] = [];
  const sections: AnswerSection[] = packs.map((pack) => {
    const rules = pack.rules.filter((r) => kinds.includes(r.kind));
    const t = subject ? pack.topics[subject as TopicId] : undefined;
    if (rules.length > 0) {
      covering.push(pack.council.shortName);
      return { heading: pack.council.shortName, text: rules.map((r) => `${r.statement} (${r.when.wording})`).join(' '), source: cite(pack.documents, rules[0]!.source).text };
    }
    if (t) {
      covering.push(pack.council.shortName);
      return { heading: pack.council.shortName, text: t.summary, source: cite(pack.documents, t.parts[0]!.source).text };
    }
    // Not curated for this council: what its documents say in so many words, quoted.
    const passage = quoted(pack);
    if (passage) {
      covering.push(pack.council.shortName);
      return { heading: pack.council.shortName, text: `${passage.citation.replace(/,.*$/, '')} says: “${passage.quote}”`, source: passage.citation };
    }
    return { heading: pack.council.shortName, text: `${pack.council.shortName}'s documents do not say anything about ${what}.` };
  });
  if (covering.length === 0) return undefined;
  const all = covering.length === packs.length;
  return byCouncil(
    subject ? `${capitalised(what)}, by council` : 'What each council says',
    all
      ? `${packs.length === 2 ? 'Both' : `All ${packs.length}`} councils' documents cover ${what}; each in its own words:`
      : `${listNames(covering)}'s documents cover ${what}; ${listNames(packs.map((p) => p.council.shortName).filter((n) => !covering.includes(n)))}'s do not:`,
    sections,
  );
}

/** "Trafford and Stockport Portal for £50k": yes or no for the contract in each council, each with its source. */
export function compareRuleForContract(packs: PolicyPack[], contract: Contract, subject: Subject): Answer {
  const kinds = TOPIC_RULES[subject] ?? [];
  const sections: AnswerSection[] = packs.map((pack) => {
    const answer = ruleTopicForContract(pack, contract, subject, kinds);
    if (!answer) return { heading: pack.council.shortName, text: `${pack.council.shortName}'s documents do not say anything about ${topicName(subject)}.` };
    return { heading: pack.council.shortName, text: answer.headline, ...(answer.sources[0] ? { source: answer.sources.join('; ') } : {}) };
  });
  return byCouncil(
    `${capitalised(topicName(subject))} for ${withArticle(contract)}, by council`,
    `What ${listNames(packs.map((p) => p.council.shortName))} each say about ${topicName(subject)} for ${withArticle(contract)}:`,
    sections,
  );
}
