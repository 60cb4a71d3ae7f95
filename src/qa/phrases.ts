/** How Q&A answers word rules and contracts: labels and sentence pieces, no figures. */
import type { Contract } from '../policy/requirements.js';
import type { RuleKind, TopicId, WeightingRule } from '../policy/schema.js';
import { formatPounds } from '../text/money.js';
import type { Subject } from '../understand/question.js';
import type { Fact } from './answer.js';

export const KIND_LABEL: Record<RuleKind, string> = {
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
export const TOPIC_RULES: Partial<Record<Subject, RuleKind[]>> = {
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

export const TOPIC_NAMES: Record<TopicId, string> = {
  priorities: 'priorities',
  vision: 'the social value vision',
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
  contacts: 'social value contacts',
  risks: 'risks',
  'small-suppliers': 'smaller suppliers and proportionality',
  consultation: 'the consultation on the documents',
  cost: 'whether social value costs the council more',
};

/** Subjects that are no topic of the packs, named for an answer. */
const OTHER_NAMES: Partial<Record<Subject, string>> = { 'procurement-partner': 'a procurement partner' };

export const topicName = (s: Subject) => TOPIC_NAMES[s as TopicId] ?? OTHER_NAMES[s] ?? s;

export function percent(n: number): string {
  return `${n}%`;
}

export function describeContract(c: Contract): string {
  const kind = c.category ? `${c.category} contract` : 'contract';
  const comp = c.competitive === false ? 'non-competitive ' : '';
  return `${formatPounds(c.value)} ${comp}${kind}`;
}

/** "an £80,000 contract", "a £75,000 contract": the article follows how the figure is said. */
export function withArticle(c: Contract): string {
  const digits = String(Math.trunc(c.value));
  const leadGroup = digits.slice(0, digits.length % 3 || 3);
  const an = leadGroup.startsWith('8') || leadGroup === '11' || leadGroup === '18';
  return `${an ? 'an' : 'a'} ${describeContract(c)}`;
}

export function weightingFigures(rule: Pick<WeightingRule, 'min' | 'target' | 'standard'>): string {
  const parts: string[] = [];
  if (rule.min !== null) parts.push(`a minimum of ${percent(rule.min)}`);
  if (rule.target !== null) parts.push(`an overall target of ${percent(rule.target)}`);
  if (rule.standard !== null) parts.push(`a standard weighting of ${percent(rule.standard)}`);
  return parts.join(' with ');
}

export function weightingFacts(rule: WeightingRule): Fact[] {
  const facts: Fact[] = [];
  if (rule.min !== null) facts.push({ title: 'Minimum weighting', value: percent(rule.min) });
  if (rule.target !== null) facts.push({ title: 'Target weighting', value: percent(rule.target) });
  if (rule.standard !== null) facts.push({ title: 'Standard weighting', value: percent(rule.standard) });
  facts.push({ title: 'Applies to', value: rule.when.wording });
  if (rule.variable) facts.push({ title: 'Can be varied', value: 'Yes, case by case' });
  return facts;
}


export function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** The rule as the document words it, for the line under an answer. */
export function ruleLine(quote: string | undefined): string | undefined {
  return quote ? `The rule: “${quote.replace(/\s+/g, ' ').trim()}”` : undefined;
}
