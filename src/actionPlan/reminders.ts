/**
 * Weekly reminders to the leads of actions that are due soon or overdue, without Teams: who is due
 * what, the week a reminder belongs to, a lease so that of several instances only one sends, a
 * record per lead per week so a restart or a second run never sends the same reminder twice, the
 * schedule, and the chair's summary. Sending is passed in (the Teams layer does it).
 *
 * A reminder is claimed in the store before it is sent and marked afterwards: if the process dies
 * between the two, that reminder is taken as sent, because a lead reminded twice in a week is the
 * fault officers notice, and a missed one is caught by next week's run.
 */
import { Cron } from 'croner';
import type { CouncilId } from '../policy/schema.js';
import { CREATE_ONLY_ETAG } from '../storage/contract.js';
import { isConflict } from '../storage/errors.js';
import { readRecord, updateRecord, type RecordStore } from '../storage/records.js';
import { ukDay } from '../text/dates.js';
import { DEFAULT_WINDOW_DAYS, isOpen, type ActionItem, type Plan } from './model.js';

export const DEFAULT_REMINDERS_CRON = '0 9 * * 1';
export const REMINDERS_TIMEZONE = 'Europe/London';
export const REMINDERS_LEASE_KEY = 'reminders-lease';
/** Longer than a run takes; a holder that dies frees the lease when it runs out. */
export const DEFAULT_LEASE_MS = 15 * 60_000;

const DAY_MS = 86_400_000;

// ---- who is due what ---------------------------------------------------------------------------------

export interface DueAction {
  item: ActionItem;
  overdue: boolean;
}

export interface LeadReminder {
  council: CouncilId;
  /** the lead's AAD object id or UPN, normalised */
  contact: string;
  /** the lead titles on the actions ("Procurement Manager") */
  leads: string[];
  actions: DueAction[];
}

export interface PlanWithItems {
  plan: Plan;
  items: readonly ActionItem[];
}

/** YYYY-MM-DD plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Open actions with a due date no later than `windowDays` from `today`, overdue ones included. */
export function dueSoon(items: readonly ActionItem[], today: string, windowDays = DEFAULT_WINDOW_DAYS): DueAction[] {
  const last = addDays(today, windowDays);
  return items
    .filter((i) => isOpen(i) && i.due !== null && i.due <= last)
    .sort((a, b) => a.due!.localeCompare(b.due!) || a.number - b.number)
    .map((item) => ({ item, overdue: item.due! < today }));
}

/**
 * One reminder per lead per council, and the due actions nobody can be reminded of because no Teams
 * contact is linked to their lead. `contactOf` says who leads an action in Teams (the action's own
 * contact, else the configured lead titles), normalised.
 */
export function remindersByLead(
  plans: readonly PlanWithItems[],
  today: string,
  contactOf: (item: ActionItem) => string | null,
  windowDays = DEFAULT_WINDOW_DAYS,
): { reminders: LeadReminder[]; noContact: DueAction[] } {
  const reminders = new Map<string, LeadReminder>();
  const noContact: DueAction[] = [];
  for (const { plan, items } of plans) {
    for (const due of dueSoon(items, today, windowDays)) {
      const contact = contactOf(due.item);
      if (!contact) {
        noContact.push(due);
        continue;
      }
      const key = `${plan.council}\u0000${contact}`;
      const r = reminders.get(key) ?? { council: plan.council, contact, leads: [], actions: [] };
      if (due.item.lead && !r.leads.includes(due.item.lead)) r.leads.push(due.item.lead);
      r.actions.push(due);
      reminders.set(key, r);
    }
  }
  return { reminders: [...reminders.values()], noContact };
}

// ---- the week ----------------------------------------------------------------------------------------

/** The ISO week (Monday to Sunday) of a calendar day: "2026-W49". The year is the week's Thursday's. */
export function isoWeekOfDay(day: string): string {
  const date = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(date).getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(date + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The ISO week it is in London at `now`: a run at 00:30 BST on a Monday belongs to the new week. */
export function ukWeek(now: Date): string {
  return isoWeekOfDay(ukDay(now));
}

// ---- the lease ---------------------------------------------------------------------------------------

export interface Lease {
  holder: string;
  /** ISO instant it runs out */
  until: string;
  takenAt: string;
}

/**
 * Takes the lease at `key` for `holder` if it is free, run out, or already theirs. The write carries
 * the eTag read (or create-only), so of two instances racing for it exactly one wins.
 */
export async function takeLease(store: RecordStore, key: string, holder: string, now: Date, ttlMs = DEFAULT_LEASE_MS): Promise<boolean> {
  const current = await readRecord<Lease>(store, key);
  if (current && current.holder !== holder && Date.parse(current.until) > now.getTime()) return false;
  const lease: Lease & { eTag: string } = { holder, until: new Date(now.getTime() + ttlMs).toISOString(), takenAt: now.toISOString(), eTag: current?.eTag ?? CREATE_ONLY_ETAG };
  try {
    await store.write({ [key]: lease });
    return true;
  } catch (err) {
    if (isConflict(err)) return false;
    throw err;
  }
}

/** Gives the lease up early (only the holder can), so a later run need not wait for it to run out. */
export async function releaseLease(store: RecordStore, key: string, holder: string, now: Date): Promise<void> {
  const current = await readRecord<Lease>(store, key);
  if (!current || current.holder !== holder) return;
  try {
    await store.write({ [key]: { ...current, until: now.toISOString() } });
  } catch (err) {
    // Someone took it after it ran out: it is theirs now.
    if (!isConflict(err)) throw err;
  }
}

// ---- what was sent -----------------------------------------------------------------------------------

export type ReminderState = 'sending' | 'sent' | 'not reached';

/** What one lead was sent in one week, action by action. */
export interface ReminderRecord {
  week: string;
  council: CouncilId;
  contact: string;
  actions: Record<string, { at: string; state: ReminderState; reason?: string }>;
}

export const reminderKey = (week: string, council: CouncilId, contact: string) => `reminders/${week}/${council}/${contact}`;

// ---- a run -------------------------------------------------------------------------------------------

/** What the sender reports: reached, or not and why ("not installed", "no conversation yet"). */
export type SendOutcome = { reached: true } | { reached: false; reason: string };

export interface LeadOutcome {
  contact: string;
  leads: string[];
  refs: string[];
}

export interface CouncilReminderSummary {
  council: CouncilId;
  reminded: LeadOutcome[];
  notReached: Array<LeadOutcome & { reason: string }>;
  /** reminded earlier this week; nothing sent now */
  alreadyReminded: LeadOutcome[];
  /** due actions whose lead has no Teams contact */
  noContact: string[];
}

export interface ReminderRun {
  week: string;
  today: string;
  /** false when another instance holds the lease: it sends, this one does nothing */
  ran: boolean;
  councils: CouncilReminderSummary[];
}

export interface ReminderDeps {
  store: RecordStore;
  /** who this process is, for the lease (e.g. host name and process id) */
  instance: string;
  now: () => Date;
  /** every council's plan with its actions */
  plans: () => Promise<PlanWithItems[]>;
  contactOf: (item: ActionItem) => string | null;
  /** sends one lead their reminder; throwing counts as not reached */
  send: (reminder: LeadReminder) => Promise<SendOutcome>;
  windowDays?: number;
  leaseMs?: number;
  leaseKey?: string;
}

/** One scheduled run: takes the lease, reminds each lead of what they have not yet been reminded of this week. */
export async function runReminders(deps: ReminderDeps): Promise<ReminderRun> {
  const started = deps.now();
  const today = ukDay(started);
  const week = isoWeekOfDay(today);
  const leaseKey = deps.leaseKey ?? REMINDERS_LEASE_KEY;
  if (!(await takeLease(deps.store, leaseKey, deps.instance, started, deps.leaseMs))) return { week, today, ran: false, councils: [] };
  try {
    const plans = await deps.plans();
    const { reminders, noContact } = remindersByLead(plans, today, deps.contactOf, deps.windowDays);
    const summaries = new Map<CouncilId, CouncilReminderSummary>(
      plans.map(({ plan }) => [plan.council, { council: plan.council, reminded: [], notReached: [], alreadyReminded: [], noContact: [] }]),
    );
    for (const d of noContact) summaries.get(d.item.council)?.noContact.push(d.item.ref);
    for (const reminder of reminders) {
      const summary = summaries.get(reminder.council)!;
      const outcome = await remindOne(deps, week, reminder);
      const who = { contact: reminder.contact, leads: reminder.leads };
      if (outcome.kind === 'already') summary.alreadyReminded.push({ ...who, refs: reminder.actions.map((a) => a.item.ref) });
      else if (outcome.kind === 'reached') summary.reminded.push({ ...who, refs: outcome.refs });
      else summary.notReached.push({ ...who, refs: outcome.refs, reason: outcome.reason });
    }
    return { week, today, ran: true, councils: [...summaries.values()] };
  } finally {
    await releaseLease(deps.store, leaseKey, deps.instance, deps.now());
  }
}

type OneOutcome = { kind: 'already' } | { kind: 'reached'; refs: string[] } | { kind: 'not reached'; refs: string[]; reason: string };

async function remindOne(deps: ReminderDeps, week: string, reminder: LeadReminder): Promise<OneOutcome> {
  const key = reminderKey(week, reminder.council, reminder.contact);
  const at = deps.now().toISOString();
  // Claim first: what is claimed here is never sent again this week, by this instance or another.
  // One not reached earlier in the week may be tried again (the lead may have installed the app since).
  const { result: claimed } = await updateRecord<ReminderRecord, string[]>(deps.store, key, (current) => {
    const record = current ?? { week, council: reminder.council, contact: reminder.contact, actions: {} };
    const refs = reminder.actions.map((a) => a.item.ref).filter((ref) => !record.actions[ref] || record.actions[ref].state === 'not reached');
    if (refs.length === 0) return undefined;
    const actions = { ...record.actions };
    for (const ref of refs) actions[ref] = { at, state: 'sending' };
    return { next: { ...record, actions }, result: refs };
  });
  if (!claimed) return { kind: 'already' };

  let outcome: SendOutcome;
  try {
    outcome = await deps.send({ ...reminder, actions: reminder.actions.filter((a) => claimed.includes(a.item.ref)) });
  } catch (err) {
    outcome = { reached: false, reason: `could not be sent (${(err as { message?: unknown })?.message ?? String(err)})` };
  }
  const done = deps.now().toISOString();
  await updateRecord<ReminderRecord>(deps.store, key, (current) => {
    if (!current) return undefined;
    const actions = { ...current.actions };
    for (const ref of claimed) actions[ref] = outcome.reached ? { at: done, state: 'sent' } : { at: done, state: 'not reached', reason: outcome.reason };
    return { next: { ...current, actions }, result: undefined };
  });
  return outcome.reached ? { kind: 'reached', refs: claimed } : { kind: 'not reached', refs: claimed, reason: outcome.reason };
}

// ---- the chair's summary -----------------------------------------------------------------------------

const person = (o: LeadOutcome) => (o.leads.length ? `${o.leads.join(' and ')} (${o.contact})` : o.contact);

/**
 * One line for the chair, or undefined when nothing was due: who was reminded of what, who could not
 * be reached and why, and which due actions have no one to remind.
 */
export function chairSummary(s: CouncilReminderSummary, councilName: string): string | undefined {
  const parts: string[] = [];
  if (s.reminded.length) parts.push(`Reminded ${s.reminded.map((o) => `${person(o)}: ${o.refs.join(', ')}`).join('; ')}.`);
  if (s.notReached.length) parts.push(`Could not reach ${s.notReached.map((o) => `${person(o)}, ${o.reason}: ${o.refs.join(', ')}`).join('; ')}.`);
  if (s.alreadyReminded.length) parts.push(`Already reminded this week: ${s.alreadyReminded.map(person).join('; ')}.`);
  if (s.noContact.length) parts.push(`No lead linked in Teams for ${s.noContact.join(', ')}.`);
  if (parts.length === 0) return undefined;
  return `${councilName} action plan reminders: ${parts.join(' ')}`;
}

// ---- the schedule ------------------------------------------------------------------------------------

/** Time and timers, injectable so tests can move the clock. */
export interface Clock {
  now(): Date;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => new Date(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** What is wrong with a cron expression, or undefined when croner can read it (for the settings check). */
export function cronProblem(expression: string, timezone = REMINDERS_TIMEZONE): string | undefined {
  try {
    if (new Cron(expression, { timezone, paused: true }).nextRun() === null) return 'never fires';
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

/** The first time after `after` that `expression` fires, in `timezone` (daylight saving included). */
export function nextFire(expression: string, after: Date, timezone = REMINDERS_TIMEZONE): Date | null {
  return new Cron(expression, { timezone, paused: true }).nextRun(after);
}

// Node's timers cannot wait longer than this; a longer wait is made of several.
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface Schedule {
  stop(): void;
  /** when it fires next; null once stopped */
  next(): Date | null;
}

/**
 * Calls `run` each time the cron expression fires. Croner reads the expression and works out the
 * times; the waiting is done with the injected clock. A run still going when the next is due makes
 * that one be skipped, not overlap. `run` errors go to `onError` and do not stop the schedule.
 */
export function scheduleReminders(o: {
  run: (firedAt: Date) => Promise<unknown>;
  cron?: string;
  timezone?: string;
  clock?: Clock;
  onError?: (err: unknown) => void;
}): Schedule {
  const cron = new Cron(o.cron ?? DEFAULT_REMINDERS_CRON, { timezone: o.timezone ?? REMINDERS_TIMEZONE, paused: true });
  const clock = o.clock ?? systemClock;
  let handle: unknown;
  let due: Date | null = null;
  let running = false;
  let stopped = false;

  const arm = (after: Date) => {
    if (stopped) return;
    due = cron.nextRun(after);
    if (!due) return;
    wait();
  };
  const wait = () => {
    const ms = Math.max(0, due!.getTime() - clock.now().getTime());
    handle = clock.setTimeout(fire, Math.min(ms, MAX_TIMER_MS));
  };
  const fire = () => {
    if (stopped || !due) return;
    const now = clock.now();
    if (now < due) return wait(); // a long wait in parts, or a timer that woke early
    const firedAt = due;
    if (running) return arm(now);
    running = true;
    o.run(firedAt)
      .catch((err: unknown) => o.onError?.(err))
      .finally(() => {
        running = false;
      });
    arm(firedAt);
  };

  arm(clock.now());
  return {
    stop() {
      stopped = true;
      due = null;
      if (handle !== undefined) clock.clearTimeout(handle);
    },
    next: () => due,
  };
}
