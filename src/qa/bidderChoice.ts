/**
 * "Can CWaC make every bidder commit to one specific TOM?": no, where the council's rules leave the
 * choice of measures to bidders (Policy (vi): "the overall approach will remain non-prescriptive"),
 * with what its documents plan on targeting specific outcomes, where they plan anything; where no rule
 * says either way, that the documents do not say.
 */
import { cite } from '../policy/citations.js';
import type { PolicyPack } from '../policy/schema.js';
import type { Question } from '../understand/question.js';
import type { Answer } from './answer.js';
import { sentencesOf } from '../sources/links.js';
import { ruleLine } from './phrases.js';
import type { Shelf } from './shelf.js';
import { notGiven, topic } from './topics.js';

export function choiceLeftToBidders(shelf: Shelf, pack: PolicyPack, q: Question): Answer | undefined {
  const words = shelf.vocabulary.asksPrescribe;
  if (!words || !q.asksYesNo || !words.ask.test(q.text.toLowerCase())) return undefined;
  const rule = pack.rules.find((r) => r.status !== 'proposed' && words.rule.test(r.statement));
  // Where no rule says either way, the documents do not say, and what they say of TOMs follows.
  if (!rule) return notGiven(pack, '', '', topic(shelf.vocabulary, pack, 'toms'), 'say whether bidders can be required to commit to one specific measure');
  const name = pack.council.shortName;
  const source = cite(pack.documents, rule.source);
  const planned = shelf.passages.search(words.plans, pack.council.id, 1)[0];
  // The sentence of the passage that says it, not the table row after it.
  const terms = shelf.passages.keyTerms(words.plans);
  const said = (x: string) => terms.filter((t) => shelf.passages.mentions(t, x)).length;
  const sentence = planned ? sentencesOf(planned.quote).reduce((a, b) => (said(b) > said(a) ? b : a)) : undefined;
  const plans = sentence ? ` What the documents plan: “${sentence}”` : '';
  return {
    kind: 'answer',
    title: `Choosing social value measures in ${name}`,
    headline: `No: ${name}'s policy leaves the choice of measures to bidders. ${rule.statement}${plans}`,
    ...(ruleLine(source.quote) ? { rule: ruleLine(source.quote)! } : {}),
    facts: [],
    sections: [],
    notes: [],
    sources: [source.text, ...(planned ? [planned.citation] : [])],
    suggestions: [],
  };
}
