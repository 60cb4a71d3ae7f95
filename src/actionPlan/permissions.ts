/**
 * Who may do what to a council's plan. Members of the steering group update progress; the chair also
 * adds, reassigns, closes and re-dates actions and sets maturity; an action's own lead may update
 * that action (they are who "request updates" asks); everyone else reads. Every refusal says why and
 * who to ask; the settings behind it (STEERING_GROUP_CHAIRS, _MEMBERS, _TEAMS) are named only in the
 * log and the README, never to an officer.
 */
import type { CouncilId } from '../policy/schema.js';
import { normaliseId, type ActionPlanSettings } from '../settings/actionPlan.js';
import type { Caller } from './caller.js';
import type { ActionItem, Change } from './model.js';

export type Role = 'chair' | 'member' | 'reader';

export interface Identity {
  /** the person's AAD object id and UPN where known, normalised */
  ids: string[];
  /** councils whose configured steering-group team this person belongs to */
  teamCouncils: ReadonlySet<CouncilId>;
}

export function isConfigured(settings: ActionPlanSettings, council: CouncilId): boolean {
  return (settings.chairs.get(council)?.size ?? 0) + (settings.members.get(council)?.size ?? 0) + (settings.teams.get(council)?.length ?? 0) > 0;
}

export function roleIn(settings: ActionPlanSettings, council: CouncilId, who: Identity): Role {
  const has = (set: Set<string> | undefined) => who.ids.some((id) => set?.has(id));
  if (has(settings.chairs.get(council))) return 'chair';
  if (has(settings.members.get(council)) || who.teamCouncils.has(council)) return 'member';
  return 'reader';
}

/** How to reach an action's lead in Teams: set on the action by the chair, else ACTION_PLAN_LEADS. */
export function contactOf(item: ActionItem, settings: ActionPlanSettings): string | null {
  if (item.contact) return normaliseId(item.contact);
  if (!item.lead) return null;
  return settings.leads.get(item.council)?.get(item.lead.toLowerCase()) ?? null;
}

export function isLeadOf(item: ActionItem, who: Identity, settings: ActionPlanSettings): boolean {
  const contact = contactOf(item, settings);
  return contact !== null && who.ids.includes(contact);
}

/**
 * The caller's ids and team memberships for `council`. The channel is asked for a UPN only when some
 * setting names people by UPN (or `needUpn`), and for team members only when a team is configured and
 * the caller is not already listed: both cost a round trip.
 */
export async function identify(settings: ActionPlanSettings, council: CouncilId, caller: Caller, needUpn = false): Promise<Identity> {
  const ids = caller.aadObjectId ? [normaliseId(caller.aadObjectId)] : [];
  const listed = [...(settings.chairs.get(council) ?? []), ...(settings.members.get(council) ?? [])];
  const listedByUpn = listed.some((id) => id.includes('@'));
  if (!ids.some((id) => settings.chairs.get(council)?.has(id)) && (needUpn || listedByUpn)) {
    const upn = await caller.upn();
    if (upn) ids.push(normaliseId(upn));
  }
  const teamCouncils = new Set<CouncilId>();
  const teams = settings.teams.get(council) ?? [];
  if (teams.length && !ids.some((id) => listed.includes(id))) {
    for (const teamId of teams) {
      const members = await caller.teamMembers(teamId);
      if (members.has(normaliseId(caller.channelId ?? '')) || ids.some((id) => members.has(id))) teamCouncils.add(council);
    }
  }
  return { ids, teamCouncils };
}

/**
 * What a change needs, decided against the action as it is when written: the chair alone re-dates,
 * reassigns, moves, closes and reopens; progress (any other status, notes) is for members and the lead.
 */
function chairOnlyChange(changes: readonly Change[]): Change | undefined {
  return changes.find((c) => c.field !== 'status') ?? changes.find((c) => c.field === 'status' && (c.to === 'Complete' || c.from === 'Complete'));
}

/** The least role that may make these changes. */
export function roleNeeded(changes: readonly Change[]): 'member' | 'chair' {
  return chairOnlyChange(changes) ? 'chair' : 'member';
}

export function changeRefusal(settings: ActionPlanSettings, council: CouncilId, name: string, who: Identity, current: ActionItem, changes: readonly Change[]): string | undefined {
  const chairOnly = chairOnlyChange(changes);
  if (!chairOnly) return refusal(settings, council, name, who, 'member', 'update actions', current);
  const what =
    chairOnly.field === 'status'
      ? chairOnly.to === 'Complete'
        ? 'close an action (mark it Complete)'
        : 'reopen a completed action'
      : chairOnly.field === 'due'
        ? 'set or change due dates'
        : chairOnly.field === 'theme'
          ? 'move an action to another theme'
          : 'reassign actions (change the lead)';
  return refusal(settings, council, name, who, 'chair', what, current);
}

/** The settings that make a council's steering group, for the log line that goes with notConfiguredMessage. */
export const STEERING_GROUP_SETTINGS = ['STEERING_GROUP_CHAIRS', 'STEERING_GROUP_MEMBERS', 'STEERING_GROUP_TEAMS'] as const;

export function notConfiguredMessage(name: string): string {
  return (
    `Nobody can change ${name}'s action plan yet: no steering group is set up for it, so the plan is read-only. ` +
    `Ask your IT team to set up ${name}'s steering group (its chair and members, or its Teams team) in the Social Value Assistant.`
  );
}

/**
 * Why `who` may not do `what`, or undefined when they may. `needs` is the least role that may; a
 * lead counts as a member for their own action.
 */
export function refusal(
  settings: ActionPlanSettings,
  council: CouncilId,
  name: string,
  who: Identity,
  needs: 'member' | 'chair',
  what: string,
  item?: ActionItem,
): string | undefined {
  if (!isConfigured(settings, council)) return notConfiguredMessage(name);
  const role = roleIn(settings, council, who);
  if (role === 'chair') return undefined;
  if (needs === 'member' && (role === 'member' || (item && isLeadOf(item, who, settings)))) return undefined;
  if (needs === 'chair') {
    const can = role === 'member' || (item && isLeadOf(item, who, settings)) ? ' You can change the status (other than Complete) and add progress notes.' : '';
    return `Only the chair of ${name}'s steering group can ${what}.${can} Ask the chair.`;
  }
  return `Only members of ${name}'s steering group, and an action's lead, can ${what}. You can read the plan; if you should be able to update it, ask the chair.`;
}
