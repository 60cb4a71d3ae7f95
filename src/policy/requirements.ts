/**
 * requirementsFor(pack, contract): the single place that turns a contract into the council's
 * requirements, each with its citation. The Q&A answers, the checklist's required weighting and the
 * exemption trigger all ask this.
 */
import { cite, type Citation } from './citations.js';
import { formatPounds } from '../text/money.js';
import type { Category, Condition, CouncilId, PolicyPack, Rule, RuleKind, WeightingRule } from './schema.js';

export interface Contract {
  /** total agreement value including extensions, in pounds */
  value: number;
  category?: Category;
  /** undefined when the officer has not said */
  competitive?: boolean;
}

export type ConditionMatch = { applies: true; ifCompetitive: boolean } | { applies: false; reason: string };

export interface AppliedRule {
  rule: Rule;
  /** the rule applies only if the procurement is competitive (the officer has not said) */
  ifCompetitive: boolean;
  citation: Citation;
}

export interface SkippedRule {
  rule: Rule;
  reason: string;
  citation: Citation;
}

export type WeightingOutcome =
  | {
      status: 'required';
      rule: WeightingRule;
      citation: Citation;
      ifCompetitive: boolean;
      min: number | null;
      target: number | null;
      standard: number | null;
      variable: boolean;
      /** the figure a proposed weighting is measured against (the minimum, else the standard figure) */
      expected: number;
    }
  | { status: 'not-at-this-value'; reasons: SkippedRule[] }
  | { status: 'not-set'; statement: string; citation: Citation };

export interface Requirements {
  council: { id: CouncilId; name: string; shortName: string };
  contract: Contract;
  weighting: WeightingOutcome;
  applicable: AppliedRule[];
  notApplicable: SkippedRule[];
  /**
   * The rules that do not cover this contract, leaving out any kind that another rule does cover
   * (Stockport's "TOMs below £50k" rule is not a reason to say TOMs are not needed above it).
   */
  uncovered: SkippedRule[];
}

function describeBound(amount: number, inclusive: boolean, side: 'above' | 'upTo'): string {
  if (side === 'above') return `${inclusive ? 'at least' : 'more than'} ${formatPounds(amount)}`;
  return `${inclusive ? 'at most' : 'less than'} ${formatPounds(amount)}`;
}

export function matchCondition(when: Condition, contract: Contract): ConditionMatch {
  const { value } = contract;
  const outside = (side: 'above' | 'upTo', amount: number, inclusive: boolean) => ({
    applies: false as const,
    reason: `${formatPounds(value)} is not ${describeBound(amount, inclusive, side)} (${when.wording})`,
  });
  if (when.above) {
    const { amount, inclusive } = when.above;
    if (inclusive ? value < amount : value <= amount) return outside('above', amount, inclusive);
  }
  if (when.upTo) {
    const { amount, inclusive } = when.upTo;
    if (inclusive ? value > amount : value >= amount) return outside('upTo', amount, inclusive);
  }
  if (when.categories && contract.category && !when.categories.includes(contract.category)) {
    return { applies: false, reason: `it covers ${when.categories.join(', ')} only, not ${contract.category}` };
  }
  if (when.competitiveOnly && contract.competitive === false) {
    return { applies: false, reason: `it covers competitive procurement only (${when.wording})` };
  }
  return { applies: true, ifCompetitive: when.competitiveOnly && contract.competitive === undefined };
}

export function requirementsFor(pack: PolicyPack, contract: Contract): Requirements {
  if (!Number.isFinite(contract.value) || contract.value < 0) {
    throw new RangeError(`contract value must be a non-negative number of pounds, got ${contract.value}`);
  }
  const applicable: AppliedRule[] = [];
  const notApplicable: SkippedRule[] = [];
  for (const rule of pack.rules) {
    const citation = cite(pack.documents, rule.source);
    const match = matchCondition(rule.when, contract);
    if (match.applies) applicable.push({ rule, ifCompetitive: match.ifCompetitive, citation });
    else notApplicable.push({ rule, reason: match.reason, citation });
  }
  const covered = new Set(applicable.flatMap((a) => [a.rule.kind, ...(a.rule.alsoCovers ?? [])]));
  return {
    council: { id: pack.council.id, name: pack.council.name, shortName: pack.council.shortName },
    contract,
    weighting: weightingOutcome(pack, applicable, notApplicable),
    applicable,
    notApplicable,
    uncovered: notApplicable.filter((s) => !covered.has(s.rule.kind)),
  };
}

function weightingOutcome(pack: PolicyPack, applicable: AppliedRule[], skipped: SkippedRule[]): WeightingOutcome {
  const applied = applicable.find((a): a is AppliedRule & { rule: WeightingRule } => a.rule.kind === 'weighting');
  if (applied) {
    const { rule } = applied;
    return {
      status: 'required',
      rule,
      citation: applied.citation,
      ifCompetitive: applied.ifCompetitive,
      min: rule.min,
      target: rule.target,
      standard: rule.standard,
      variable: rule.variable,
      // The schema guarantees one of the two is set.
      expected: rule.min ?? rule.standard ?? 0,
    };
  }
  const reasons = skipped.filter((s) => s.rule.kind === 'weighting');
  if (reasons.length > 0) return { status: 'not-at-this-value', reasons };
  if (!pack.noWeighting) throw new Error(`${pack.council.id}: no weighting rule and no noWeighting statement`);
  return { status: 'not-set', statement: pack.noWeighting.statement, citation: cite(pack.documents, pack.noWeighting.source) };
}

/** The rules of one kind that apply to the contract, in pack order. */
export function applicableOf(req: Requirements, kind: RuleKind): AppliedRule[] {
  return req.applicable.filter((a) => a.rule.kind === kind);
}

/** How a proposed weighting stands against the council's figure for the contract. */
export type WeightingJudgement =
  | { outcome: 'meets'; figure: number; kind: 'minimum' | 'standard'; belowTarget?: number; variable: boolean }
  | { outcome: 'below'; figure: number; kind: 'minimum' | 'standard'; variable: boolean }
  | { outcome: 'none-required' };

/**
 * The one judgement of a proposed weighting: the checklist's review and exemption trigger and the
 * Q&A verdict ("is 12% enough?") both ask this.
 */
export function judgeWeighting(req: Requirements, proposed: number | null): WeightingJudgement {
  const w = req.weighting;
  if (w.status !== 'required') return { outcome: 'none-required' };
  const kind = w.min !== null ? 'minimum' : 'standard';
  if (proposed === null || proposed < w.expected) return { outcome: 'below', figure: w.expected, kind, variable: w.variable };
  return {
    outcome: 'meets',
    figure: w.expected,
    kind,
    variable: w.variable,
    ...(w.target !== null && proposed < w.target ? { belowTarget: w.target } : {}),
  };
}

/**
 * A range of contract values ("between £25k and £50k"): one value for each stretch of the range over
 * which the council's rules (of `kinds`, or all) stay the same, in order. One value means the same
 * rules apply across the whole range. The values are the range's ends and the documents' own
 * threshold amounts, so every figure an answer gives is the officer's or the documents'.
 */
export function valuesAcross(pack: PolicyPack, contract: Omit<Contract, 'value'>, low: number, high: number, kinds?: readonly RuleKind[]): number[] {
  const rules = pack.rules.filter((r) => !kinds || kinds.includes(r.kind));
  const signature = (value: number) => {
    const req = requirementsFor(pack, { ...contract, value });
    const applied = req.applicable.filter((a) => rules.includes(a.rule)).map((a) => pack.rules.indexOf(a.rule));
    return `${req.weighting.status}|${applied.join(',')}`;
  };
  const bounds = rules.flatMap((r) => [r.when.above?.amount, r.when.upTo?.amount]).filter((a): a is number => a !== undefined && a > low && a < high);
  const points = [...new Set([low, ...bounds, high])].sort((a, b) => a - b);
  // Each point, then the stretch just after it (a penny above: values are in pounds and pence).
  const stretches: { signature: string; value: number }[] = [];
  points.forEach((p, i) => {
    stretches.push({ signature: signature(p), value: p });
    const next = points[i + 1];
    if (next === undefined) return;
    const inside = signature(Math.round((p + 0.01) * 100) / 100);
    // The stretch is shown by whichever end shares its rules (the documents' thresholds are one-sided).
    const shown = signature(next) === inside ? next : signature(p) === inside ? p : Math.round((p + next) / 2);
    stretches.push({ signature: inside, value: shown });
  });
  const values: number[] = [];
  let last: string | undefined;
  for (const s of stretches) {
    if (s.signature !== last && !values.includes(s.value)) values.push(s.value);
    last = s.signature;
  }
  return values;
}
