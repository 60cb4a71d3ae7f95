/**
 * The PID social value checklist record: what an officer answered, where the walkthrough stands, any
 * exemption and its decision, and an append-only history of who did what and when.
 */
import type { Category, CouncilId } from '../policy/schema.js';

export const STEPS = ['contract', 'requirements', 'approach', 'commitments', 'review'] as const;
export type StepId = (typeof STEPS)[number];

export const STEP_TITLES: Record<StepId, string> = {
  contract: 'The contract',
  requirements: 'What applies',
  approach: 'Your approach',
  commitments: 'Commitments',
  review: 'Review and sign-off',
};

export type Status = 'draft' | 'ready' | 'awaiting-approval' | 'approved' | 'rejected';

export const STATUS_LABELS: Record<Status, string> = {
  draft: 'Draft',
  ready: 'Ready for PID sign-off',
  'awaiting-approval': 'Awaiting senior officer approval',
  approved: 'Ready for PID sign-off (exemption approved)',
  rejected: 'Exemption rejected: not ready for PID sign-off',
};

export interface Person {
  /** AAD object id where Teams gives one, else the Teams user id */
  id: string;
  name?: string;
  email?: string;
}

export type YesNo = 'yes' | 'no';
export type MarketEngagement = 'yes' | 'planned' | 'no';
export type Evaluation = 'both' | 'quantitative' | 'qualitative';

export interface ContractAnswers {
  council: CouncilId;
  title: string;
  reference?: string;
  service: string;
  category: Category;
  /** total agreement value including extensions, in pounds */
  value: number;
  competitive: boolean;
  /** YYYY-MM-DD */
  start: string;
}

export interface ApproachAnswers {
  needsAnalysis: YesNo;
  marketEngagement: MarketEngagement;
  /** false: social value is left out of this procurement (needs a reason and approval) */
  included: boolean;
  /** the proposed weighting in percent; null when none is proposed */
  weighting: number | null;
  /** National TOMs refs, canonical (NT4a) */
  toms: string[];
  evaluation: Evaluation | null;
  /** why social value is left out or the weighting is below the minimum; kept only when one applies */
  reason?: string;
}

export interface CommitmentAnswers {
  minimumStandards: YesNo;
  livingWage: YesNo;
  carbonPlan: YesNo;
  portal: YesNo;
  /** asked only where the council reserves payment deductions (null otherwise) */
  paymentDeductions: YesNo | null;
  contractManagement: string;
}

export type ExemptionKind = 'omitted' | 'below-minimum';

export interface Delivery {
  to: Person;
  at: string;
  delivered: boolean;
  /** why Teams could not deliver it */
  reason?: string;
}

export interface Decision {
  outcome: 'approved' | 'rejected';
  by: Person;
  at: string;
  comment: string;
}

export interface Exemption {
  /** identifies this request, so a card for an earlier (withdrawn or decided) request cannot decide this one */
  requestId: string;
  kind: ExemptionKind;
  reason: string;
  /** the council's figure and the proposal, for a below-minimum request */
  required?: number;
  proposed?: number | null;
  requestedAt: string;
  /** how the approvers were found */
  approverSource: 'line-manager' | 'council-list' | 'none';
  /** notes on the look-up, e.g. why the line manager could not be used */
  lookupNote?: string;
  /** who may decide (never the officer who asked) */
  approvers: Person[];
  deliveries: Delivery[];
  /** how many times the request has been sent out (a repeated "send again" press is detected by it) */
  rounds: number;
  /** what the officer must do when nobody can be reached through the bot */
  howToAsk?: string;
  decision?: Decision;
  /** set when the officer withdrew the request by reopening the checklist */
  withdrawnAt?: string;
}

export interface HistoryEntry {
  at: string;
  by: Person;
  /** short, stable event name: created, saved-contract, confirmed, exemption-requested, approved… */
  event: string;
  /** what changed or was decided, in plain words */
  detail?: string;
  /**
   * the record version after this entry. The bot's own notes (deliveries) do not change the version,
   * so a card the officer holds stays current while the bot records what it sent.
   */
  version: number;
}

export interface ChecklistRecord {
  kind: 'pid-checklist';
  id: string;
  /** incremented by every change; cards carry it so a stale or repeated press is detected */
  version: number;
  owner: Person;
  status: Status;
  /** where a draft resumes; a confirmed record shows its summary */
  step: StepId;
  contract?: ContractAnswers;
  approach?: ApproachAnswers;
  commitments?: CommitmentAnswers;
  exemption?: Exemption;
  /** earlier exemption requests, withdrawn or decided, kept for the record */
  pastExemptions: Exemption[];
  history: HistoryEntry[];
  created: string;
  updated: string;
}

export function sameId(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

export function samePerson(a: Person | undefined, b: Person | undefined): boolean {
  return sameId(a?.id, b?.id);
}

/** "Sam Smith (sam.smith@council.gov.uk)", or the id when nothing better is known. */
export function describePerson(p: Person): string {
  const name = p.name ?? p.email ?? p.id;
  return p.email && p.name ? `${name} (${p.email})` : name;
}

export function isFinal(status: Status): boolean {
  return status !== 'draft';
}
