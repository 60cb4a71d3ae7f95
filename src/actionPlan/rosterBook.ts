/**
 * The live steering groups and exemption approvers, as every request sees them: the stored rosters
 * (roster.ts) over the environment's starting values, read from the store for each request (all
 * councils in one read) and kept for at most a second, so a change made on one instance is in force
 * on every other almost at once, and on the instance that made it at once.
 */
import type { CouncilId } from '../policy/schema.js';
import type { ActionPlanSettings } from '../settings/actionPlan.js';
import type { ChecklistSettings } from '../settings/checklist.js';
import type { RecordStore } from '../storage/records.js';
import type { Person } from './model.js';
import { approversOf, changeRoster, initialRoster, rosterKey, withRosters, type Actor, type CouncilRoster, type RosterOutcome, type RosterPerson, type RosterRecord, type RosterRole } from './roster.js';

export const ROSTER_CACHE_MS = 1000;

export interface RosterBookDeps {
  store: RecordStore;
  councils: readonly CouncilId[];
  actionPlan: ActionPlanSettings;
  checklist: ChecklistSettings;
  admins: readonly RosterPerson[];
  now?: () => Date;
  cacheMs?: number;
}

export class RosterBook {
  private cached: { at: number; rosters: Map<CouncilId, RosterRecord> } | undefined;
  private readonly now: () => Date;

  constructor(private readonly deps: RosterBookDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  get admins(): readonly RosterPerson[] {
    return this.deps.admins;
  }

  get councils(): readonly CouncilId[] {
    return this.deps.councils;
  }

  initial(council: CouncilId): CouncilRoster {
    return initialRoster(council, this.deps.actionPlan, this.deps.checklist);
  }

  /** Every council's roster now. */
  async all(): Promise<Map<CouncilId, RosterRecord>> {
    const at = Date.now();
    if (this.cached && at - this.cached.at < (this.deps.cacheMs ?? ROSTER_CACHE_MS)) return this.cached.rosters;
    const found = await this.deps.store.read(this.deps.councils.map(rosterKey));
    const rosters = new Map<CouncilId, RosterRecord>();
    for (const council of this.deps.councils) {
      const stored = found[rosterKey(council)] as (RosterRecord & { eTag?: string }) | undefined;
      if (stored) {
        const { eTag: _eTag, ...record } = stored;
        rosters.set(council, record);
      } else rosters.set(council, { ...this.initial(council), changes: [] });
    }
    this.cached = { at, rosters };
    return rosters;
  }

  async roster(council: CouncilId): Promise<RosterRecord> {
    return (await this.all()).get(council) ?? { ...this.initial(council), changes: [] };
  }

  /** The action plan's settings with the live members and chairs, for the permission rules. */
  async settings(): Promise<ActionPlanSettings> {
    return withRosters(this.deps.actionPlan, (await this.all()).values());
  }

  /** The council's exemption approvers now. */
  async approvers(council: CouncilId): Promise<Person[]> {
    return approversOf(await this.roster(council));
  }

  /** Adds or removes one person in one role (roster.ts decides who may); the change is in force at once. */
  async change(o: { council: CouncilId; councilName: string; by: Actor & { person: Person }; action: 'add' | 'remove'; role: RosterRole; person: RosterPerson }): Promise<RosterOutcome> {
    const outcome = await changeRoster(this.deps.store, { ...o, initial: this.initial(o.council), admins: this.deps.admins, now: this.now() });
    this.cached = undefined;
    return outcome;
  }
}
