/**
 * Who may change each council's plan, from the environment:
 *   STEERING_GROUP_MEMBERS  council:idOrUpn,...   may update actions
 *   STEERING_GROUP_CHAIRS   council:idOrUpn,...   may also add, reassign, close, set dates and maturity
 *                           (a member or chair may be given as "Name <idOrUpn>", so cards can name them)
 *   STEERING_GROUP_TEAMS    council:teamId,...    members of that Teams team count as members (optional)
 *   ACTION_PLAN_LEADS       council:Lead title=idOrUpn,...  who a lead officer is in Teams (optional)
 * An id is an AAD object id or a UPN. A bad value stops start-up with the same message format as
 * loadConfig: `NAME: what is wrong (got "...")`.
 */
import { ConfigError } from './errors.js';
import type { CouncilId } from '../policy/schema.js';

export interface ActionPlanSettings {
  members: Map<CouncilId, Set<string>>;
  chairs: Map<CouncilId, Set<string>>;
  teams: Map<CouncilId, string[]>;
  /** council -> lead title (lower case) -> id or UPN */
  leads: Map<CouncilId, Map<string, string>>;
  /** display names given as "Name <id>" in STEERING_GROUP_MEMBERS and _CHAIRS, by normalised id */
  names?: Map<string, string>;
}

export const SETTING_NAMES = ['STEERING_GROUP_MEMBERS', 'STEERING_GROUP_CHAIRS', 'STEERING_GROUP_TEAMS', 'ACTION_PLAN_LEADS'] as const;
type Name = (typeof SETTING_NAMES)[number];

const EXAMPLE: Record<Name, string> = {
  STEERING_GROUP_MEMBERS: 'trafford:jo.bloggs@trafford.gov.uk',
  STEERING_GROUP_CHAIRS: 'trafford:jo.bloggs@trafford.gov.uk',
  STEERING_GROUP_TEAMS: 'trafford:19:abc123@thread.tacv2',
  ACTION_PLAN_LEADS: 'cheshire-west-and-chester:Procurement Manager=sam@cheshirewestandchester.gov.uk',
};

type Entry = { council: CouncilId; value: string; personName?: string };

/** Ids compare case-insensitively: UPNs and GUIDs are both case-insensitive in Entra ID. */
export const normaliseId = (id: string) => id.trim().toLowerCase();

function entries(name: Name, raw: string | undefined, councils: readonly CouncilId[], problems: string[]): Entry[] {
  if (raw === undefined || raw.trim() === '') return [];
  const out: Entry[] = [];
  const parts = raw.split(',').map((p) => p.trim());
  parts.forEach((part, i) => {
    const where = parts.length > 1 ? `entry ${i + 1} ` : '';
    const colon = part.indexOf(':');
    const problem = (what: string) => problems.push(`${name}: ${where}${what} (got "${raw}")`);
    if (part === '') return problem('is empty; separate entries with single commas');
    if (colon <= 0) return problem(`has no council prefix; write council:value, e.g. ${EXAMPLE[name]}`);
    const council = part.slice(0, colon).trim().toLowerCase();
    const value = part.slice(colon + 1).trim();
    if (!councils.includes(council)) return problem(`starts with an unknown council "${part.slice(0, colon)}"; use one of ${councils.join(', ')}`);
    if (value === '') return problem('has nothing after the council');
    // A member or chair may be given with their name, as "Name <id>", so cards can say who they are.
    const named = name === 'STEERING_GROUP_MEMBERS' || name === 'STEERING_GROUP_CHAIRS' ? /^(.+?)\s*<([^<>\s]+)>$/.exec(value) : null;
    if (named) return out.push({ council, value: named[2]!, personName: named[1]!.trim() });
    if (name !== 'ACTION_PLAN_LEADS' && /\s/.test(value)) {
      const hint = name === 'STEERING_GROUP_MEMBERS' || name === 'STEERING_GROUP_CHAIRS' ? ', optionally as "Name <id>"' : '';
      return problem(`"${value}" contains a space; expected an AAD object id or a UPN${hint}`);
    }
    out.push({ council, value });
  });
  return out;
}

/** `councils`: the ids of the councils the policy packs cover, the only prefixes a setting may use. */
export function loadActionPlanSettings(env: NodeJS.ProcessEnv, councils: readonly CouncilId[]): ActionPlanSettings {
  const problems: string[] = [];
  const names = new Map<string, string>();
  const people = (name: Name) => {
    const map = new Map<CouncilId, Set<string>>();
    for (const e of entries(name, env[name], councils, problems)) {
      map.set(e.council, (map.get(e.council) ?? new Set()).add(normaliseId(e.value)));
      if (e.personName) names.set(normaliseId(e.value), e.personName);
    }
    return map;
  };
  const members = people('STEERING_GROUP_MEMBERS');
  const chairs = people('STEERING_GROUP_CHAIRS');
  const teams = new Map<CouncilId, string[]>();
  for (const e of entries('STEERING_GROUP_TEAMS', env.STEERING_GROUP_TEAMS, councils, problems)) teams.set(e.council, [...(teams.get(e.council) ?? []), e.value]);
  const leads = new Map<CouncilId, Map<string, string>>();
  for (const e of entries('ACTION_PLAN_LEADS', env.ACTION_PLAN_LEADS, councils, problems)) {
    const eq = e.value.lastIndexOf('=');
    const title = e.value.slice(0, eq).trim();
    const id = e.value.slice(eq + 1).trim();
    if (eq <= 0 || !title || !id || /\s/.test(id)) {
      problems.push(`ACTION_PLAN_LEADS: "${e.council}:${e.value}" should read council:Lead title=idOrUpn, e.g. ${EXAMPLE.ACTION_PLAN_LEADS} (got "${env.ACTION_PLAN_LEADS}")`);
      continue;
    }
    const map = leads.get(e.council) ?? new Map<string, string>();
    leads.set(e.council, map.set(title.toLowerCase(), normaliseId(id)));
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return { members, chairs, teams, leads, ...(names.size ? { names } : {}) };
}
