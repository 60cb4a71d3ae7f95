/** National context the council documents quote (central government's 10%, the Act, PPN 05/21): never a council rule. */
import { cite } from '../policy/citations.js';
import type { NationalContext } from '../policy/schema.js';
import { suggest, type Answer } from './answer.js';

export type NationalTopic = NationalContext['facts'][number]['topic'];

export function nationalAnswer(n: NationalContext, wanted: NationalTopic): Answer {
  const lead = n.facts.find((f) => f.topic === wanted) ?? n.facts[0]!;
  const source = cite(n.documents, lead.source);
  return {
    kind: 'answer',
    title: n.label,
    headline: lead.statement,
    ...(source.quote ? { rule: `The document: “${source.quote}”` } : {}),
    facts: [],
    sections: n.facts.filter((f) => f !== lead).map((f) => ({ text: f.statement, source: cite(n.documents, f.source).text })),
    notes: [`This is national context quoted in the council documents, not a council rule.${lead.topic === 'weighting' ? ' Each council sets its own weighting.' : ''}`],
    sources: [source.text],
    suggestions: [suggest('Compare weightings for an £80k contract', 'Compare councils')],
    moreLabel: 'More national context',
  };
}
