/**
 * Who is in each council's steering group (members, chairs) and who approves its exemptions, kept in
 * the record store so a change made in Teams takes effect at once on every instance, with who changed
 * what and when. The environment (STEERING_GROUP_MEMBERS, STEERING_GROUP_CHAIRS,
 * CHECKLIST_APPROVERS_<COUNCIL>) gives the starting values: until the first change for a council its
 * roster is exactly those settings; after it, the stored roster is the council's.
 *
 * Administrators (BOT_ADMINS) may change everything; a chair may add and remove members of their own
 * council's group; nobody else may change anything. People are named by UPN or AAD object id.
 */
import type { CouncilId } from '../policy/schema.js';
import type { ActionPlanSettings } from '../settings/actionPlan.js';
import type { ChecklistSettings } from '../settings/checklist.js';
import { updateRecord, readRecord, type RecordStore } from '../storage/records.js';
import { formatInstant } from '../text/dates.js';
import type { Person } from './model.js';
import { idProblem, readPersonId } from './personId.js';

export const ROSTER_ROLES = ['member', 'chair', 'approver'] as const;
export type RosterRole = (typeof ROSTER_ROLES)[number];

export interface RosterPerson {
  /** a UPN or AAD object id, lower case */
  id: string;
  name?: string;
}

export interface CouncilRoster {
  council: CouncilId;
  members: RosterPerson[];
  chairs: RosterPerson[];
  approvers: RosterPerson[];
}

export interface RosterChange {
  at: string;
  by: Person;
  action: 'add' | 'remove';
  role: RosterRole;
  person: RosterPerson;
}

export interface RosterRecord extends CouncilRoster {
  /** oldest first, never rewritten */
  changes: RosterChange[];
}

/** Who is asking: their ids (AAD object id, UPN) lower case, and the name Teams gives them. */
export interface Actor {
  ids: readonly string[];
  name?: string;
}

export const rosterKey = (council: CouncilId) => `roster/${council}`;

const LIST: Record<RosterRole, 'members' | 'chairs' | 'approvers'> = { member: 'members', chair: 'chairs', approver: 'approvers' };

/** The people a roster lists in a role. */
export const listedAs = (roster: CouncilRoster, role: RosterRole): RosterPerson[] => roster[LIST[role]];
const ROLE_WORDS: Record<RosterRole, { one: string; many: string }> = {
  member: { one: 'a member of the steering group', many: 'steering group members' },
  chair: { one: 'a chair of the steering group', many: 'steering group chairs' },
  approver: { one: 'an exemption approver', many: 'exemption approvers' },
};

// ---- people ------------------------------------------------------------------------------------------

/**
 * "sam@council.gov.uk", an AAD object id, or either as "Sam Smith <id>": the person, or what could not
 * be read. Teams' own "29:" ids are refused here: a roster entry must match how people sign in.
 */
export function parseRosterPerson(text: string, name?: string): { person: RosterPerson } | { problem: string } {
  const t = text.trim();
  const named = /^(.*?)\s*<([^<>]*)>$/.exec(t);
  const raw = named ? named[2]! : t;
  const id = readPersonId(raw);
  if (!id || id.kind === 'teams') return { problem: idProblem(raw) };
  const given = (name ?? named?.[1] ?? '').trim();
  return { person: { id: id.id, ...(given ? { name: given } : {}) } };
}

/** BOT_ADMINS: comma-separated UPNs or AAD object ids (each optionally "Name <id>"), and what could not be read. */
export function parseBotAdmins(raw: string | undefined): { admins: RosterPerson[]; problems: string[] } {
  const admins: RosterPerson[] = [];
  const problems: string[] = [];
  for (const entry of (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const read = parseRosterPerson(entry);
    if ('problem' in read) problems.push(`BOT_ADMINS: "${entry}" is not a UPN or an AAD object id (got "${raw}")`);
    else if (!admins.some((a) => a.id === read.person.id)) admins.push(read.person);
  }
  return { admins, problems };
}

const has = (list: readonly RosterPerson[], ids: readonly string[]) => list.some((p) => ids.includes(p.id));
const shown = (p: RosterPerson) => (p.name ? `${p.name} (${p.id})` : p.id);

export function isAdmin(admins: readonly RosterPerson[], who: Actor): boolean {
  return has(admins, who.ids);
}

// ---- the roster --------------------------------------------------------------------------------------

/** The council's roster as the environment gives it. */
export function initialRoster(council: CouncilId, actionPlan: ActionPlanSettings, checklist: ChecklistSettings): CouncilRoster {
  const ids = (set: ReadonlySet<string> | undefined) =>
    [...(set ?? [])].map((id) => {
      const name = actionPlan.names?.get(id);
      return { id, ...(name ? { name } : {}) };
    });
  return {
    council,
    members: ids(actionPlan.members.get(council)),
    chairs: ids(actionPlan.chairs.get(council)),
    // Approvers' Teams ids ("29:…") are case-sensitive: only UPNs and GUIDs are lower-cased.
    approvers: (checklist.approvers[council] ?? []).map((p) => ({ id: readPersonId(p.id)?.id ?? p.id, ...(p.name ? { name: p.name } : {}) })),
  };
}

/** The council's roster now: the stored one once anything has been changed, else the initial settings. */
export async function readRoster(store: RecordStore, initial: CouncilRoster): Promise<RosterRecord> {
  const stored = await readRecord<RosterRecord>(store, rosterKey(initial.council));
  if (!stored) return { ...initial, changes: [] };
  const { eTag: _eTag, ...record } = stored;
  return record;
}

/**
 * The action plan's settings with each stored roster's members and chairs in place of the
 * environment's, so the permission rules (permissions.ts) read the live group. Teams and leads are
 * unchanged.
 */
export function withRosters(settings: ActionPlanSettings, rosters: Iterable<CouncilRoster>): ActionPlanSettings {
  const members = new Map(settings.members);
  const chairs = new Map(settings.chairs);
  for (const r of rosters) {
    members.set(r.council, new Set(r.members.map((p) => p.id)));
    chairs.set(r.council, new Set(r.chairs.map((p) => p.id)));
  }
  return { ...settings, members, chairs };
}

/** The council's exemption approvers, as the checklist names them. */
export function approversOf(roster: CouncilRoster): Person[] {
  return roster.approvers.map((p) => ({ id: p.id, ...(p.name ? { name: p.name } : {}) }));
}

// ---- who may change what -----------------------------------------------------------------------------

/** Undefined when `who` may make the change; else who may ('admin' only, or a chair as well). */
export function mayChange(admins: readonly RosterPerson[], roster: CouncilRoster, who: Actor, role: RosterRole): undefined | 'admin' | 'chair' {
  if (isAdmin(admins, who)) return undefined;
  if (role === 'member') return has(roster.chairs, who.ids) ? undefined : 'chair';
  return 'admin';
}

/** "You are Jo Bloggs (jo@…, 1234…)": what a person needs to pass on to be added. */
export function yourself(who: Actor): string {
  const ids = who.ids.length ? who.ids.join(', ') : 'no id Teams gave me';
  return `You are ${who.name ?? 'signed in'} (${ids}).`;
}

/** Who can give someone `role` in the council's group: its chairs (members only) or the administrators. */
function adders(role: RosterRole, councilName: string, roster: CouncilRoster, admins: readonly RosterPerson[]): string {
  // Names after a colon, not in brackets: a person is already "Name (id)".
  const adminList = admins.length ? `the Social Value Assistant's administrators: ${admins.map(shown).join(', ')}` : 'your IT team (no administrators are named yet)';
  const chairs = roster.chairs.length ? `${councilName}'s steering group chairs: ${roster.chairs.map(shown).join(', ')}` : undefined;
  return role === 'member' && chairs ? `${chairs}; or ${adminList}` : adminList;
}

/**
 * For anyone refused a change to the plan: their own name and ids, and who can add them, so the
 * message can be forwarded as it is.
 */
export function askToBeAdded(o: { who: Actor; role: RosterRole; councilName: string; roster: CouncilRoster; admins: readonly RosterPerson[] }): string {
  const by = adders(o.role, o.councilName, o.roster, o.admins);
  return `${yourself(o.who)} To be added as ${ROLE_WORDS[o.role].one} for ${o.councilName}, ask ${by}. Send them this message.`;
}

/**
 * Why `who` may not make the change, telling them their own name and ids to pass on, and who can
 * make it for them.
 */
export function refusalMessage(o: { who: Actor; councilName: string; role: RosterRole; action: 'add' | 'remove'; roster: CouncilRoster; admins: readonly RosterPerson[] }): string {
  const doing = o.action === 'add' ? 'Adding' : 'Removing';
  return `${doing} ${ROLE_WORDS[o.role].many} for ${o.councilName} is for ${adders(o.role, o.councilName, o.roster, o.admins)}. ${yourself(o.who)} Ask them to make the change.`;
}

/** For someone who types "admin" and is not an administrator. */
export function notAdminMessage(who: Actor, admins: readonly RosterPerson[]): string {
  const list = admins.length ? `The administrators are ${admins.map(shown).join(', ')}.` : 'No administrators are named yet: ask your IT team.';
  return `Only the Social Value Assistant's administrators can change who is in the steering groups and who approves exemptions; a steering group chair can add and remove their own group's members. ${list} ${yourself(who)}`;
}

export const describeRosterPerson = shown;
export const roleWords = (role: RosterRole) => ROLE_WORDS[role];

// ---- changing it -------------------------------------------------------------------------------------

export type RosterOutcome =
  | { kind: 'changed'; roster: RosterRecord; change: RosterChange }
  | { kind: 'unchanged'; roster: RosterRecord; message: string }
  | { kind: 'refused'; message: string };

/**
 * Adds or removes one person in one role. Decided against the roster as it is when written (a chair
 * removed a moment ago can no longer add anyone), and written with the eTag read so concurrent
 * changes all land. The first change for a council stores its initial roster with it.
 */
export async function changeRoster(
  store: RecordStore,
  o: { initial: CouncilRoster; councilName: string; admins: readonly RosterPerson[]; by: Actor & { person: Person }; action: 'add' | 'remove'; role: RosterRole; person: RosterPerson; now: Date },
): Promise<RosterOutcome> {
  let outcome: RosterOutcome | undefined;
  const list = LIST[o.role];
  const { record, result, changed } = await updateRecord<RosterRecord, RosterChange>(store, rosterKey(o.initial.council), (current) => {
    const roster: RosterRecord = current ?? { ...o.initial, changes: [] };
    outcome = undefined;
    if (mayChange(o.admins, roster, o.by, o.role)) {
      outcome = { kind: 'refused', message: refusalMessage({ who: o.by, councilName: o.councilName, role: o.role, action: o.action, roster, admins: o.admins }) };
      return undefined;
    }
    const present = roster[list].some((p) => p.id === o.person.id);
    if (present === (o.action === 'add')) {
      const message = `${shown(o.person)} is ${present ? 'already' : 'not'} ${ROLE_WORDS[o.role].one} for ${o.councilName}.`;
      outcome = { kind: 'unchanged', roster, message };
      return undefined;
    }
    const change: RosterChange = { at: o.now.toISOString(), by: o.by.person, action: o.action, role: o.role, person: o.person };
    const people = o.action === 'add' ? [...roster[list], o.person] : roster[list].filter((p) => p.id !== o.person.id);
    return { next: { ...roster, [list]: people, changes: [...roster.changes, change] }, result: change };
  });
  if (changed && record && result) return { kind: 'changed', roster: record, change: result };
  return outcome ?? { kind: 'refused', message: 'The roster could not be changed.' };
}

/** "1 Dec 2026, 10:00, Jo Bloggs added sam@… as a member" */
export function describeRosterChange(c: RosterChange): string {
  const what = c.action === 'add' ? `added ${shown(c.person)} as ${ROLE_WORDS[c.role].one}` : `removed ${shown(c.person)} as ${ROLE_WORDS[c.role].one}`;
  return `${formatInstant(c.at)}, ${c.by.name ?? c.by.id}: ${what}`;
}
