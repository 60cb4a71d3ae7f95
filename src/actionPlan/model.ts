/**
 * The steering group's action plan as stored: one record per plan (themes, maturity, the list of
 * references) and one record per action, holding that action's whole history. Splitting them keeps
 * each write small and lets updates to different actions proceed without contending.
 */
import type { CouncilId, Source } from '../policy/schema.js';

export const STATUSES = ['Not started', 'On track', 'At risk', 'Off track', 'Complete'] as const;
export type Status = (typeof STATUSES)[number];

/** The Social Value Maturity Index scale; the index is the level (Trafford report 2.2). */
export const MATURITY_LEVELS = ['Minimum', 'Developing', 'Mature', 'Leader', 'Innovator'] as const;
export type MaturityLevel = 0 | 1 | 2 | 3 | 4;

export interface Person {
  /** AAD object id where Teams gave one, else the channel user id */
  id: string;
  name?: string;
}

export type Field = 'status' | 'due' | 'lead' | 'contact' | 'theme' | 'action';

export interface Change {
  field: Field;
  from: string | null;
  to: string | null;
}

export interface HistoryEntry {
  at: string;
  by: Person;
  /** how it arrived: loaded from the documents, typed, or through a card */
  via: 'seed' | 'text' | 'card';
  changes: Change[];
  note?: string;
}

export interface ActionItem {
  ref: string;
  council: CouncilId;
  number: number;
  theme: string;
  action: string;
  /** the lead officer as the plan names them (a role or a name) */
  lead: string | null;
  /** how to reach the lead in Teams: an AAD object id or a UPN, set by the chair */
  contact: string | null;
  /** YYYY-MM-DD */
  due: string | null;
  /** the document's own wording of the timeline ("July 2021"), kept while the due date is the seeded one */
  timeline: string | null;
  status: Status;
  source: Source | null;
  history: HistoryEntry[];
  /**
   * How many older entries `history` leaves out (they are in the action's history pages): set on what
   * an update returns, which carries only the latest entries; absent when `history` is whole.
   */
  earlier?: number;
}

/** How many history entries the action has, the ones `history` leaves out included. */
export const historyLength = (item: ActionItem): number => (item.earlier ?? 0) + item.history.length;

export interface Maturity {
  current: MaturityLevel | null;
  target: MaturityLevel | null;
  source?: Source;
}

export interface Theme {
  name: string;
  maturity: Maturity | null;
}

export interface PlanNote {
  text: string;
  source?: Source;
}

/** A change to the plan itself (maturity, a digest posted, updates requested): never overwritten either. */
export interface PlanEvent {
  at: string;
  by: Person;
  what: string;
  kind: 'seed' | 'maturity' | 'digest' | 'request' | 'add';
}

export interface Plan {
  council: CouncilId;
  prefix: string;
  title: string;
  themes: Theme[];
  overall: Maturity | null;
  /** what the reader should know about where the plan came from */
  notes: PlanNote[];
  sources: Source[];
  /** references in order; an action is its own record */
  refs: string[];
  nextNumber: number;
  lastDigest: { at: string; by: Person } | null;
  events: PlanEvent[];
}

export const planKey = (council: CouncilId) => `actionPlan/${council}`;
export const itemKey = (council: CouncilId, ref: string) => `actionPlan/${council}/items/${ref.toUpperCase()}`;

/** How far ahead an action counts as due soon: what the reminders look at, and "due soon" on the plan. */
export const DEFAULT_WINDOW_DAYS = 14;

export function isOpen(item: ActionItem): boolean {
  return item.status !== 'Complete';
}

export function isOverdue(item: ActionItem, today: string): boolean {
  return isOpen(item) && item.due !== null && item.due < today;
}

export function maturityLabel(level: MaturityLevel | null): string {
  return level === null ? 'not recorded' : `${MATURITY_LEVELS[level]} (${level})`;
}
