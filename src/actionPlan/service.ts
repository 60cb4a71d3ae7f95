/**
 * Reading and changing plans. Every change is a read-modify-write with the eTag read (updateRecord),
 * computed afresh on each retry, so concurrent updates all land and each history entry records the
 * old value its writer actually replaced. History is only ever appended to.
 *
 * An action's record keeps its latest history entries; once there are 2 × HISTORY_PAGE of them, the
 * oldest full pages move to records of their own (`<item key>/history/<n>`, HISTORY_PAGE entries
 * each, never changed again), so an update writes the same few kilobytes however long the action's
 * history has grown. What an update returns carries the latest entries and the count of the earlier
 * ones (`earlier`), so an update neither reads nor copies the action's past, however long; every read
 * carries the whole history, pages read back in. A page never changes once written, so the pages read
 * lately are kept, parsed and frozen.
 */
import type { CouncilId } from '../policy/schema.js';
import { BoundedMap } from '../boundedMap.js';
import { updateRecord, type RecordStore } from '../storage/records.js';
import { STATUSES, historyLength, itemKey, planKey, type ActionItem, type Change, type HistoryEntry, type MaturityLevel, type Person, type Plan, type PlanEvent, type Status } from './model.js';
import { deepFreeze } from '../deepFreeze.js';

/** A meeting's worth of people saving the same action at once must all land (issue #4: 50). */
const ITEM_WRITE_ATTEMPTS = 200;

export interface Patch {
  status?: Status;
  note?: string;
  due?: string | null;
  lead?: string | null;
  contact?: string | null;
  theme?: string;
}

export type UpdateOutcome =
  | { kind: 'updated'; item: ActionItem; entry: HistoryEntry }
  | { kind: 'unchanged'; item: ActionItem }
  | { kind: 'refused'; item: ActionItem; reason: string }
  | { kind: 'missing' };

/** Decides, against the current item and the changes it would get, whether the writer may; a reason refuses. */
export type Authorise = (current: ActionItem, changes: Change[]) => string | undefined;

export const NOTE_MAX = 1000;

/** How many history entries a page holds. */
export const HISTORY_PAGE = 25;

/**
 * An action as stored: `history` holds the latest entries, after those in its `pages` history pages
 * (0 to pages - 1), which hold `archived` entries in all. The counts are stored, not worked out from
 * HISTORY_PAGE, so pages written with another size still read back. (An action archived before
 * `archived` was stored has its pages read to count them, once, at its next archiving.)
 */
type StoredItem = ActionItem & { pages?: number; archived?: number; eTag?: string };

export const historyPageKey = (council: CouncilId, ref: string, page: number) => `${itemKey(council, ref)}/history/${page}`;

/** How many history entries the kept pages hold in all (a few hundred kilobytes). */
const KEPT_PAGE_ENTRIES = 5000;

export class ActionPlanService {
  readonly #pages = new BoundedMap<string, readonly HistoryEntry[]>(KEPT_PAGE_ENTRIES, (entries) => entries.length);

  constructor(
    private readonly store: RecordStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async plan(council: CouncilId): Promise<Plan | undefined> {
    const found = (await this.store.read([planKey(council)]))[planKey(council)] as (Plan & { eTag?: string }) | undefined;
    if (!found) return undefined;
    const { eTag: _eTag, ...plan } = found;
    return plan;
  }

  /** The plan's actions in reference order, in one read (and one more for older history pages). */
  async items(plan: Plan): Promise<ActionItem[]> {
    const keys = plan.refs.map((ref) => itemKey(plan.council, ref));
    const found = await this.store.read(keys);
    // An action allocated but not yet written (see add) is simply not shown.
    return this.whole(keys.map((k) => found[k] as StoredItem | undefined).filter((i): i is StoredItem => i !== undefined));
  }

  async item(council: CouncilId, ref: string): Promise<ActionItem | undefined> {
    const found = (await this.store.read([itemKey(council, ref)]))[itemKey(council, ref)] as StoredItem | undefined;
    return found && (await this.whole([found]))[0];
  }

  /** Stored actions with their earlier history read back in from its pages. */
  private async whole(stored: StoredItem[]): Promise<ActionItem[]> {
    const keys = stored.flatMap((i) => Array.from({ length: i.pages ?? 0 }, (_, n) => historyPageKey(i.council, i.ref, n)));
    const missing = keys.filter((k) => this.#pages.get(k) === undefined);
    const found = missing.length > 0 ? await this.store.read(missing) : {};
    const page = (key: string): readonly HistoryEntry[] => {
      const kept = this.#pages.get(key);
      if (kept) return kept;
      const entries = (found[key] as { entries?: HistoryEntry[] } | undefined)?.entries;
      if (!entries) throw new Error(`the history page ${key} is missing`);
      const frozen = deepFreeze(entries);
      this.#pages.set(key, frozen);
      return frozen;
    };
    return stored.map(({ pages, archived: _archived, eTag: _eTag, ...item }) => {
      if (!pages) return item;
      const earlier = Array.from({ length: pages }, (_, n) => page(historyPageKey(item.council, item.ref, n)));
      // One copy of the whole history, made at its size: a long-lived action is updated often.
      return { ...item, history: ([] as HistoryEntry[]).concat(...earlier, item.history) };
    });
  }

  /** The action with its latest history entries and the count of the earlier ones, its pages unread. */
  private async recent(stored: StoredItem): Promise<ActionItem> {
    const { pages, archived, eTag: _eTag, ...item } = stored;
    if (!pages) return item;
    if (archived === undefined) return (await this.whole([stored]))[0]!;
    return { ...item, earlier: archived };
  }

  async update(council: CouncilId, ref: string, by: Person, patch: Patch, via: HistoryEntry['via'], authorise: Authorise): Promise<UpdateOutcome> {
    let refusedWith: { item: StoredItem; reason: string } | undefined;
    let unchanged: StoredItem | undefined;
    const { record, result, changed } = await updateRecord<StoredItem, HistoryEntry>(
      this.store,
      itemKey(council, ref),
      async (current) => {
        refusedWith = undefined;
        unchanged = undefined;
        if (!current) return undefined;
        const changes = diff(current, patch);
        const note = patch.note?.trim() || undefined;
        if (changes.length === 0 && !note) {
          unchanged = current;
          return undefined;
        }
        const reason = authorise(current, changes);
        if (reason) {
          refusedWith = { item: current, reason };
          return undefined;
        }
        const entry: HistoryEntry = { at: this.now().toISOString(), by, via, changes, ...(note ? { note } : {}) };
        const next: StoredItem = { ...current, history: [...current.history, entry] };
        for (const c of changes) apply(next, c);
        // The document's wording of the timeline no longer describes a date someone has changed.
        if (changes.some((c) => c.field === 'due')) next.timeline = null;
        await this.archive(next);
        return { next, result: entry };
      },
      ITEM_WRITE_ATTEMPTS,
    );
    if (changed && record && result) return { kind: 'updated', item: await this.recent(record), entry: result };
    if (refusedWith) return { kind: 'refused', item: await this.recent(refusedWith.item), reason: refusedWith.reason };
    if (unchanged) return { kind: 'unchanged', item: await this.recent(unchanged) };
    return { kind: 'missing' };
  }

  /**
   * Moves the oldest full pages of a long history to their own records, before the action is written
   * without them. A page's entries are fixed by the history before it, so a retry after a conflict, or
   * a racing writer, writes the same page again: never a different one.
   */
  private async archive(item: StoredItem): Promise<void> {
    if (item.history.length < 2 * HISTORY_PAGE) return;
    const moving = Math.floor((item.history.length - HISTORY_PAGE) / HISTORY_PAGE);
    const first = item.pages ?? 0;
    const archived = item.archived ?? (first > 0 ? historyLength((await this.whole([item]))[0]!) - item.history.length : 0);
    const pages: Record<string, unknown> = {};
    for (let n = 0; n < moving; n++) {
      pages[historyPageKey(item.council, item.ref, first + n)] = { entries: item.history.slice(n * HISTORY_PAGE, (n + 1) * HISTORY_PAGE), eTag: '*' };
    }
    await this.store.write(pages);
    item.history = item.history.slice(moving * HISTORY_PAGE);
    item.pages = first + moving;
    item.archived = archived + moving * HISTORY_PAGE;
  }

  /** Adds an action under the next free number. */
  async add(council: CouncilId, by: Person, fields: { theme: string; action: string; lead: string | null; due: string | null; contact: string | null }, via: HistoryEntry['via']): Promise<ActionItem | undefined> {
    const at = this.now().toISOString();
    // The number is taken first so two chairs adding at once get different references; the action
    // record follows. Readers skip a listed reference whose record is not there yet.
    const { result: ref } = await updateRecord<Plan, string>(this.store, planKey(council), (plan) => {
      if (!plan) return undefined;
      const ref = `${plan.prefix}-${plan.nextNumber}`;
      const event: PlanEvent = { at, by, kind: 'add', what: `Added ${ref}: ${fields.action}` };
      return { next: { ...plan, nextNumber: plan.nextNumber + 1, refs: [...plan.refs, ref], events: [...plan.events, event] }, result: ref };
    });
    if (!ref) return undefined;
    const changes: Change[] = [
      { field: 'theme', from: null, to: fields.theme },
      { field: 'action', from: null, to: fields.action },
      { field: 'status', from: null, to: 'Not started' },
      ...(fields.lead ? [{ field: 'lead' as const, from: null, to: fields.lead }] : []),
      ...(fields.contact ? [{ field: 'contact' as const, from: null, to: fields.contact }] : []),
      ...(fields.due ? [{ field: 'due' as const, from: null, to: fields.due }] : []),
    ];
    const item: ActionItem = {
      ref,
      council,
      number: Number(ref.split('-')[1]),
      theme: fields.theme,
      action: fields.action,
      lead: fields.lead,
      contact: fields.contact,
      due: fields.due,
      timeline: null,
      status: 'Not started',
      source: null,
      history: [{ at, by, via, changes, note: 'Action added.' }],
    };
    await updateRecord<ActionItem>(this.store, itemKey(council, ref), (current) => (current ? undefined : { next: item, result: undefined }));
    return item;
  }

  async setMaturity(council: CouncilId, by: Person, theme: string, current: MaturityLevel | null, target: MaturityLevel | null): Promise<Plan | undefined> {
    const at = this.now().toISOString();
    const { record } = await updateRecord<Plan>(this.store, planKey(council), (plan) => {
      if (!plan) return undefined;
      const old = plan.themes.find((t) => t.name === theme)?.maturity ?? null;
      const themes = plan.themes.map((t) => (t.name === theme ? { ...t, maturity: { current, target } } : t));
      const what = `Maturity for ${theme}: ${level(old?.current)} -> ${level(current)}, target ${level(old?.target)} -> ${level(target)}`;
      return { next: { ...plan, themes, events: [...plan.events, { at, by, kind: 'maturity', what }] }, result: undefined };
    });
    return record;
  }

  /** Records that a digest went to the meeting, so the next one counts changes from here. */
  async recordDigest(council: CouncilId, by: Person, what: string): Promise<void> {
    const at = this.now().toISOString();
    await updateRecord<Plan>(this.store, planKey(council), (plan) =>
      plan ? { next: { ...plan, lastDigest: { at, by }, events: [...plan.events, { at, by, kind: 'digest', what }] }, result: undefined } : undefined,
    );
  }

  async recordEvent(council: CouncilId, event: Omit<PlanEvent, 'at'>): Promise<void> {
    const at = this.now().toISOString();
    await updateRecord<Plan>(this.store, planKey(council), (plan) =>
      plan ? { next: { ...plan, events: [...plan.events, { ...event, at }] }, result: undefined } : undefined,
    );
  }
}

const level = (l: MaturityLevel | null | undefined) => (l === null || l === undefined ? 'not recorded' : String(l));

function diff(item: ActionItem, patch: Patch): Change[] {
  const changes: Change[] = [];
  const check = (field: Change['field'], from: string | null, to: string | null | undefined) => {
    if (to === undefined) return;
    const clean = to === null ? null : to.trim() || null;
    if (clean !== from) changes.push({ field, from, to: clean });
  };
  if (patch.status && !STATUSES.includes(patch.status)) throw new Error(`unknown status ${patch.status}`);
  check('status', item.status, patch.status);
  check('theme', item.theme, patch.theme);
  check('due', item.due, patch.due);
  check('lead', item.lead, patch.lead);
  check('contact', item.contact, patch.contact);
  return changes;
}

function apply(item: ActionItem, change: Change): void {
  switch (change.field) {
    case 'status':
      item.status = change.to as Status;
      return;
    case 'theme':
      item.theme = change.to ?? item.theme;
      return;
    case 'action':
      item.action = change.to ?? item.action;
      return;
    case 'due':
      item.due = change.to;
      return;
    case 'lead':
      item.lead = change.to;
      return;
    case 'contact':
      item.contact = change.to;
      return;
  }
}

