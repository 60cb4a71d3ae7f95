/**
 * What the council's policy asks of a contract (from requirementsFor, the single source), and how a
 * checklist's answers measure up: each requirement met, short, or needing a senior officer's exemption.
 */
import { formatPounds } from '../text/money.js';
import { applicableOf, judgeWeighting, type AppliedRule, type Requirements } from '../policy/requirements.js';
import type { RuleKind } from '../policy/schema.js';
import { weightingFloor } from './fields.js';
import type { ApproachAnswers, CommitmentAnswers, ContractAnswers, ExemptionKind } from './model.js';

export const KIND_LABELS: Record<RuleKind, string> = {
  'social-value-applies': 'Social value in the procurement',
  weighting: 'Social value weighting',
  portal: 'Social Value Portal',
  toms: 'National TOMs',
  'minimum-standards': 'Minimum standards for all bidders',
  'payment-deductions': 'Payment deductions for undelivered social value',
  'carbon-reduction-plan': 'Carbon reduction plan',
  'pid-sign-off': 'Social value before PID sign-off',
  'living-wage': 'Real Living Wage and good employment',
  evaluation: 'Evaluation of social value bids',
  'contract-management': 'Contract management',
  'prompt-payment': 'Prompt payment of local suppliers',
};

export interface Figure {
  title: string;
  value: string;
}

export interface RequirementLine {
  ruleId: string;
  kind: RuleKind | 'no-weighting';
  label: string;
  statement: string;
  figures: Figure[];
  items: string[];
  citation: string;
  /** the cited words, highlighted when the citation's link is opened */
  quote?: string;
  /** described by the document as proposed, not yet in force */
  proposed: boolean;
}

export interface RequirementsView {
  councilName: string;
  /** "£120,000 services contract, competitive" */
  contractLine: string;
  /** one line on the weighting, for headings and hints */
  weightingLine: string;
  lines: RequirementLine[];
  notApplicable: { label: string; reason: string; citation: string }[];
}

export function describeContract(c: Pick<ContractAnswers, 'value' | 'category' | 'competitive'>): string {
  return `${formatPounds(c.value)} ${c.category} contract (${c.competitive ? 'competitive' : 'not competitive'})`;
}

export function weightingLine(req: Requirements): string {
  const w = req.weighting;
  const name = req.council.shortName;
  if (w.status === 'required') {
    if (w.min !== null) return `${name}: a minimum weighting of ${w.min}%${w.target !== null ? ` with a target of ${w.target}%` : ''}.`;
    return `${name}: a standard weighting of ${w.expected}%${w.variable ? ', which the policy allows to be varied case by case (a lower figure needs a reason and senior officer approval)' : ''}.`;
  }
  if (w.status === 'not-at-this-value') return `${name} sets no weighting for this contract: ${w.reasons[0]?.reason ?? 'not at this value'}.`;
  return `${name} sets no social value weighting.`;
}

function weightingFigures(a: AppliedRule): Figure[] {
  if (a.rule.kind !== 'weighting') return [];
  const r = a.rule;
  const out: Figure[] = [];
  if (r.min !== null) out.push({ title: 'Minimum weighting', value: `${r.min}%` });
  if (r.target !== null) out.push({ title: 'Target weighting', value: `${r.target}%` });
  if (r.standard !== null) out.push({ title: 'Standard weighting', value: `${r.standard}%${r.variable ? ' (may be varied case by case)' : ''}` });
  return out;
}

export function describeRequirements(req: Requirements): RequirementsView {
  const lines: RequirementLine[] = req.applicable.map((a) => ({
    ruleId: a.rule.id,
    kind: a.rule.kind,
    label: KIND_LABELS[a.rule.kind],
    statement: a.rule.statement,
    figures: weightingFigures(a),
    items: a.rule.items ?? [],
    citation: a.citation.text,
    ...(a.citation.quote ? { quote: a.citation.quote } : {}),
    proposed: a.rule.status === 'proposed',
  }));
  if (req.weighting.status === 'not-set') {
    lines.unshift({
      ruleId: 'no-weighting',
      kind: 'no-weighting',
      label: KIND_LABELS.weighting,
      statement: req.weighting.statement,
      figures: [],
      items: [],
      citation: req.weighting.citation.text,
      ...(req.weighting.citation.quote ? { quote: req.weighting.citation.quote } : {}),
      proposed: false,
    });
  }
  return {
    councilName: req.council.shortName,
    contractLine: describeContract({ value: req.contract.value, category: req.contract.category ?? 'services', competitive: req.contract.competitive ?? true }),
    weightingLine: weightingLine(req),
    lines,
    notApplicable: req.uncovered.map((s) => ({ label: KIND_LABELS[s.rule.kind], reason: s.reason, citation: s.citation.text })),
  };
}

// ---------------------------------------------------------------------------------------------------
// Assessment

/** 'exemption': needs a senior officer's approval; 'exempted': a senior officer approved it */
export type Outcome = 'met' | 'shortfall' | 'exemption' | 'exempted' | 'info';

export interface Check {
  label: string;
  /** what the officer answered */
  answer: string;
  outcome: Outcome;
  /** why it is short, or a note beside a met requirement */
  note?: string;
  citation?: string;
  /** the words of the document the requirement rests on, highlighted when the citation's link is opened */
  quote?: string;
}

export interface ExemptionNeed {
  kind: ExemptionKind;
  /** the council's figure, for a weighting below it */
  required?: number;
  proposed?: number | null;
  variable?: boolean;
  /** one sentence on why approval is needed */
  why: string;
}

export interface Assessment {
  checks: Check[];
  /** every check that is not met, named */
  shortfalls: string[];
  exemption?: ExemptionNeed;
}

export function exemptionNeed(req: Requirements, a: ApproachAnswers): ExemptionNeed | undefined {
  if (!a.included) {
    return { kind: 'omitted', why: 'Social value is left out of this procurement: a senior officer must approve the reason.' };
  }
  const floor = weightingFloor(req);
  if (floor && judgeWeighting(req, a.weighting).outcome === 'below') {
    return {
      kind: 'below-minimum',
      required: floor.figure,
      proposed: a.weighting,
      variable: floor.variable,
      why:
        `The proposed weighting (${a.weighting === null ? 'none' : `${a.weighting}%`}) is below ${req.council.shortName}'s ${floor.words}` +
        (floor.variable ? '; the policy allows the figure to be varied case by case, so a senior officer must approve the reason.' : ': a senior officer must approve the reason.'),
    };
  }
  return undefined;
}

const yes = (v: string | null | undefined) => v === 'yes';
const yesNo = (v: string | null | undefined) => (v === 'yes' ? 'Yes' : v === 'no' ? 'No' : 'Not asked');

export const EVALUATION_LABELS = { both: 'Quantitative and qualitative', quantitative: 'Quantitative only', qualitative: 'Qualitative only' } as const;
export const MARKET_LABELS = { yes: 'Yes', planned: 'Planned (market engagement still to come)', no: 'No' } as const;

/** `approvedBy`: the senior officer who approved the exemption, once they have. */
export function assess(req: Requirements, a: ApproachAnswers, c: CommitmentAnswers, approvedBy?: string): Assessment {
  const checks: Check[] = [];
  const need = exemptionNeed(req, a);
  const omitted = !a.included;
  const exempt: Outcome = approvedBy ? 'exempted' : 'exemption';

  checks.push(
    a.needsAnalysis === 'yes'
      ? { label: 'Considered at needs analysis', answer: 'Yes', outcome: 'met' }
      : { label: 'Considered at needs analysis', answer: 'No', outcome: 'shortfall', note: 'social value was not considered at the needs analysis' },
  );
  checks.push(
    a.marketEngagement === 'no'
      ? { label: 'Considered in market engagement', answer: 'No', outcome: 'shortfall', note: 'social value was not considered in market engagement' }
      : { label: 'Considered in market engagement', answer: MARKET_LABELS[a.marketEngagement], outcome: 'met' },
  );
  // Leaving social value out always needs a documented reason and approval, whatever the council's rules.
  checks.push(
    omitted
      ? { label: 'Social value included', answer: 'No', outcome: exempt, note: 'social value is left out' }
      : { label: 'Social value included', answer: 'Yes', outcome: 'met' },
  );

  for (const applied of req.applicable) {
    const rule = applied.rule;
    const label = KIND_LABELS[rule.kind];
    const cited = { citation: applied.citation.text, ...(applied.citation.quote ? { quote: applied.citation.quote } : {}) };
    if (rule.status === 'proposed') {
      checks.push({ label: `${label} (proposed)`, answer: rule.kind === 'carbon-reduction-plan' ? yesNo(c.carbonPlan) : '-', outcome: 'info', note: 'proposed in the policy, not yet a requirement', ...cited });
      continue;
    }
    const check = (ok: boolean, answer: string, shortNote: string, metNote?: string): Check =>
      ok ? { label, answer, outcome: 'met', ...(metNote ? { note: metNote } : {}), ...cited } : omitted ? { label, answer, outcome: exempt, note: 'social value is left out', ...cited } : { label, answer, outcome: 'shortfall', note: shortNote, ...cited };
    switch (rule.kind) {
      case 'social-value-applies':
      case 'pid-sign-off':
        checks.push(
          omitted
            ? { label, answer: 'Social value left out', outcome: exempt, note: 'social value is left out', ...cited }
            : need
              ? { label, answer: 'Included, below the council figure', outcome: exempt, note: 'the weighting is below the council figure', ...cited }
              : { label, answer: 'Included', outcome: 'met', ...cited },
        );
        break;
      case 'weighting': {
        const w = req.weighting;
        if (w.status !== 'required') break;
        const proposed = a.weighting === null ? 'None' : `${a.weighting}%`;
        if (need) {
          checks.push({ label, answer: omitted ? 'Social value left out' : proposed, outcome: exempt, note: `below the ${w.min !== null ? 'minimum' : 'standard'} of ${w.expected}%`, ...cited });
        } else {
          const judged = judgeWeighting(req, a.weighting);
          const belowTarget = judged.outcome === 'meets' ? judged.belowTarget : undefined;
          checks.push({ label, answer: proposed, outcome: 'met', note: `meets the ${w.min !== null ? 'minimum' : 'standard'} of ${w.expected}%${belowTarget !== undefined ? `; the target is ${belowTarget}%` : ''}`, ...cited });
        }
        break;
      }
      case 'toms':
        checks.push(check(a.toms.length > 0, a.toms.length > 0 ? a.toms.join(', ') : 'None chosen', 'no TOMs measures chosen'));
        break;
      case 'evaluation':
        checks.push(check(a.evaluation === 'both', a.evaluation ? EVALUATION_LABELS[a.evaluation] : 'Not set', 'the policy evaluates social value on both quantitative and qualitative requirements'));
        break;
      case 'portal':
        checks.push(check(yes(c.portal), yesNo(c.portal), 'the supplier is not asked to register on the Social Value Portal'));
        break;
      case 'minimum-standards':
        checks.push(check(yes(c.minimumStandards), yesNo(c.minimumStandards), 'bidders are not held to the minimum standards'));
        break;
      case 'payment-deductions':
        checks.push(check(yes(c.paymentDeductions), yesNo(c.paymentDeductions), 'the contract does not reserve payment deductions for undelivered social value'));
        break;
      case 'carbon-reduction-plan':
        checks.push(check(yes(c.carbonPlan), yesNo(c.carbonPlan), 'bidders are not asked about a carbon reduction plan'));
        break;
      case 'living-wage':
        checks.push(check(yes(c.livingWage), yesNo(c.livingWage), 'the supply chain is not asked about the Real Living Wage'));
        break;
      case 'contract-management':
        checks.push({ label, answer: c.contractManagement, outcome: 'met', ...cited });
        break;
      case 'prompt-payment':
        checks.push({ label, answer: '-', outcome: 'info', note: "the council's own commitment; nothing to answer in the PID", ...cited });
        break;
    }
  }
  // The council sets no TOMs rule here, but measures chosen are still part of the record.
  if (applicableOf(req, 'toms').length === 0 && a.toms.length > 0) checks.push({ label: KIND_LABELS.toms, answer: a.toms.join(', '), outcome: 'info', note: 'chosen, though not required at this value' });

  const shortfalls = checks
    .filter((ch) => ch.outcome === 'shortfall' || ch.outcome === 'exemption' || ch.outcome === 'exempted')
    .map((ch) => {
      const what = `${ch.label}: ${ch.note ?? ch.answer}`;
      if (ch.outcome === 'exemption') return `${what} (needs senior officer approval)`;
      if (ch.outcome === 'exempted') return `${what} (exemption approved by ${approvedBy})`;
      return what;
    });
  return { checks, shortfalls, ...(need ? { exemption: need } : {}) };
}
