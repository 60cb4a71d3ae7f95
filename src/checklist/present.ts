/**
 * The answers as plain labelled facts, in the words the cards use. The summary card, the Markdown and
 * CSV exports and the history's "what changed" all read from here, so they never disagree.
 */
import { formatDay } from '../text/dates.js';
import { formatPounds } from '../text/money.js';
import type { Figure } from './assess.js';
import { EVALUATION_LABELS, MARKET_LABELS } from './assess.js';
import type { ApproachAnswers, CommitmentAnswers, ContractAnswers } from './model.js';

const CATEGORY_LABELS = { goods: 'Goods', services: 'Services', works: 'Works' } as const;
const yesNo = (v: string | null) => (v === 'yes' ? 'Yes' : v === 'no' ? 'No' : 'Not asked');

export function contractFacts(c: ContractAnswers, councilName: string): Figure[] {
  return [
    { title: 'Council', value: councilName },
    { title: 'Contract title', value: c.title },
    { title: 'Reference', value: c.reference ?? 'None given' },
    { title: 'Service or directorate', value: c.service },
    { title: 'Category', value: CATEGORY_LABELS[c.category] },
    { title: 'Total contract value (including extensions)', value: formatPounds(c.value) },
    { title: 'Competitive procurement', value: c.competitive ? 'Yes' : 'No' },
    { title: 'Expected start', value: formatDay(c.start) },
  ];
}

export function approachFacts(a: ApproachAnswers): Figure[] {
  return [
    { title: 'Considered at needs analysis', value: yesNo(a.needsAnalysis) },
    { title: 'Considered in market engagement', value: MARKET_LABELS[a.marketEngagement] },
    { title: 'Social value included', value: a.included ? 'Yes' : 'No (left out)' },
    { title: 'Proposed weighting', value: a.weighting === null ? 'None' : `${a.weighting}%` },
    { title: 'TOMs measures', value: a.toms.length > 0 ? a.toms.join(', ') : 'None' },
    { title: 'Evaluation', value: a.evaluation ? EVALUATION_LABELS[a.evaluation] : 'Not applicable' },
    ...(a.reason ? [{ title: 'Reason for the exemption', value: a.reason }] : []),
  ];
}

export function commitmentFacts(c: CommitmentAnswers): Figure[] {
  return [
    { title: 'Minimum standards for all bidders', value: yesNo(c.minimumStandards) },
    { title: 'Real Living Wage and good employment', value: yesNo(c.livingWage) },
    { title: 'Carbon reduction plan asked for', value: yesNo(c.carbonPlan) },
    { title: 'Social Value Portal registration', value: yesNo(c.portal) },
    ...(c.paymentDeductions !== null ? [{ title: 'Payment deductions for undelivered social value', value: yesNo(c.paymentDeductions) }] : []),
    { title: 'Contract management', value: c.contractManagement },
  ];
}

/** "Total contract value: £100,000 → £120,000; Category: Services → Works", or undefined when nothing changed. */
export function describeChanges(before: Figure[] | undefined, after: Figure[]): string | undefined {
  if (!before) return after.map((f) => `${f.title}: ${f.value}`).join('; ');
  const old = new Map(before.map((f) => [f.title, f.value]));
  const changes = after.filter((f) => old.get(f.title) !== f.value).map((f) => `${f.title}: ${old.get(f.title) ?? 'none'} → ${f.value}`);
  const removed = before.filter((f) => !after.some((a) => a.title === f.title)).map((f) => `${f.title}: removed`);
  const all = [...changes, ...removed];
  return all.length > 0 ? all.join('; ') : undefined;
}
