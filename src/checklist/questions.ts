/**
 * What the checklist asks: each question's label and choices as its card shows them, defined once. The
 * cards (cards/checklist-approach.json, cards/checklist-commitments.json, through cards.ts) bind these,
 * and the answer to "what does the PID checklist ask about TOMs?" (src/qa/pointer.ts) quotes them with
 * the step they are on, so a label changed here changes both.
 */
import { APPROACH_FIELDS, COMMITMENT_FIELDS } from './fields.js';
import { STEPS, STEP_TITLES, type StepId } from './model.js';

export type ApproachField = (typeof APPROACH_FIELDS)[number];
export type CommitmentField = (typeof COMMITMENT_FIELDS)[number];
export type AskedField = ApproachField | CommitmentField;

export interface Choice {
  title: string;
  value: string;
}

/**
 * What a label depends on. `council`: the council's short name ("Stockport"), or undefined where no
 * contract is in view ("the council"). `below`: the figure a lower weighting needs a reason for ("15%"),
 * or undefined where the council sets none for the contract.
 */
export interface LabelContext {
  council?: string;
  below?: string;
}

export function approachLabels(c: LabelContext = {}): Record<ApproachField, string> {
  const council = c.council ?? 'the council';
  return {
    needsAnalysis: 'Was social value considered at the needs analysis stage?',
    marketEngagement: 'Was social value considered in market engagement?',
    included: 'Will social value be included in this procurement?',
    weighting: 'Proposed social value weighting (%)',
    toms: `TOMs measures to use (suggested from ${council}'s priorities)`,
    otherToms: 'Other National TOMs measures (refs, e.g. NT1, NT4a; optional)',
    evaluation: 'How will social value bids be evaluated?',
    reason:
      c.below !== undefined
        ? `Reason for leaving social value out, or for a weighting below ${c.below} (only if either applies)`
        : 'Reason for leaving social value out (only if you leave it out)',
  };
}

export const COMMITMENT_LABELS: Readonly<Record<CommitmentField, string>> = {
  minimumStandards: "Will every bidder be held to the council's minimum standards?",
  livingWage: 'Will the supplier be asked to pay the Real Living Wage and follow good employment practice?',
  carbonPlan: 'Will bidders be asked for a carbon reduction plan?',
  portal: 'Will the supplier register on the Social Value Portal?',
  paymentDeductions: 'Will the contract allow payment deductions if social value is not delivered?',
  contractManagement: 'How will social value be monitored in contract management?',
};

/** The choices of the questions that are not a plain Yes or No (or free text). */
export const CHOICES = {
  marketEngagement: [
    { title: 'Yes', value: 'yes' },
    { title: 'Planned (market engagement is still to come)', value: 'planned' },
    { title: 'No', value: 'no' },
  ],
  included: [
    { title: 'Yes, include social value', value: 'yes' },
    { title: 'No, leave social value out (needs a reason and senior officer approval)', value: 'no' },
  ],
  evaluation: [
    { title: 'Quantitative and qualitative', value: 'both' },
    { title: 'Quantitative only', value: 'quantitative' },
    { title: 'Qualitative only', value: 'qualitative' },
  ],
} as const satisfies Partial<Record<AskedField, readonly Choice[]>>;

export interface AskedQuestion {
  field: AskedField;
  label: string;
  choices?: readonly Choice[];
}

export interface StepQuestions {
  step: StepId;
  /** 1-based, as the card's step line counts ("Step 3 of 5") */
  number: number;
  of: number;
  title: string;
  questions: AskedQuestion[];
}

const stepOf = (field: AskedField): StepId => ((APPROACH_FIELDS as readonly string[]).includes(field) ? 'approach' : 'commitments');

/** The questions asked for `fields`, as the cards word them, grouped by the step that asks them, in step order. */
export function questionsFor(fields: readonly AskedField[], c: LabelContext = {}): StepQuestions[] {
  const labels: Record<AskedField, string> = { ...approachLabels(c), ...COMMITMENT_LABELS };
  const choices: Partial<Record<AskedField, readonly Choice[]>> = CHOICES;
  const order = [...APPROACH_FIELDS, ...COMMITMENT_FIELDS] as readonly AskedField[];
  const wanted = order.filter((f) => fields.includes(f));
  const steps = [...new Set(wanted.map(stepOf))].sort((a, b) => STEPS.indexOf(a) - STEPS.indexOf(b));
  return steps.map((step) => ({
    step,
    number: STEPS.indexOf(step) + 1,
    of: STEPS.length,
    title: STEP_TITLES[step],
    questions: wanted.filter((f) => stepOf(f) === step).map((field) => ({ field, label: labels[field], ...(choices[field] ? { choices: choices[field] } : {}) })),
  }));
}
