/**
 * Administration in Teams: who is in each council's steering group (members, chairs) and who
 * approves its exemptions. An administrator (BOT_ADMINS) sees and changes every council and role; a
 * chair sees their own council's group and adds and removes its members; anyone else is told who the
 * administrators are and who they themselves are. Changes go through the roster (roster.ts), decided
 * against it as written and in force at once; the card lists the recent ones with who, what and when.
 */
import { expandCard, type CardJson } from '../cards/render.js';
import { cardReply, type CardReply } from '../cards/reply.js';
import { bulletList, escapeMarkdown as e } from '../cards/escape.js';
import type { Logger } from '../logger.js';
import type { CouncilId, PolicyPack } from '../policy/schema.js';
import type { Caller } from './caller.js';
import { readPersonId } from './personId.js';
import {
  ROSTER_ROLES,
  describeRosterChange,
  describeRosterPerson,
  isAdmin,
  listedAs,
  notAdminMessage,
  parseRosterPerson,
  roleWords,
  type Actor,
  type RosterPerson,
  type RosterRecord,
  type RosterRole,
} from './roster.js';
import type { RosterBook } from './rosterBook.js';

/** The card's fields as read at the boundary (src/teams/cardData.ts): text, trimmed. */
export type AdminCardFields = Partial<Record<'council' | 'role' | 'person' | 'personText', string>>;

const CHANGES_SHOWN = 5;
const ROLE_TITLES: Record<RosterRole, string> = { member: 'Members', chair: 'Chairs', approver: 'Exemption approvers' };
const ROLE_CHOICES: Record<RosterRole, string> = { member: 'Steering group member', chair: 'Steering group chair', approver: 'Exemption approver' };

export interface AdminDeskDeps {
  rosters: RosterBook;
  packs: ReadonlyMap<CouncilId, PolicyPack>;
  logger: Logger;
}

/** What the person may change: every council and role (an administrator), or members of the councils they chair. */
type Scope = { admin: true; councils: CouncilId[]; roles: readonly RosterRole[] } | { admin: false; councils: CouncilId[]; roles: readonly RosterRole[] };

export class AdminDesk {
  constructor(private readonly deps: AdminDeskDeps) {}

  /** "admin": the card, or who the administrators are. */
  async open(caller: Caller): Promise<CardJson> {
    const actor = await this.actor(caller);
    const scope = await this.scope(actor);
    if (!scope) return notice('Administration', notAdminMessage(actor, this.deps.rosters.admins));
    return this.card(scope, {});
  }

  openFromCard(caller: Caller): Promise<CardReply> {
    return this.open(caller).then(cardReply);
  }

  async change(caller: Caller, action: 'add' | 'remove', data: AdminCardFields): Promise<CardReply> {
    const actor = await this.actor(caller);
    const scope = await this.scope(actor);
    if (!scope) return cardReply(notice('Administration', notAdminMessage(actor, this.deps.rosters.admins)));
    const values = { council: data.council ?? '', role: data.role ?? '', personText: data.personText ?? '' };
    const fail = async (error: string) => cardReply(await this.card(scope, { error, values }));
    const council = scope.councils.find((c) => c === values.council);
    if (!council) return fail(scope.admin ? 'Choose a council.' : 'Choose a council whose steering group you chair.');
    const role = ROSTER_ROLES.find((r) => r === values.role);
    if (!role) return fail('Choose a role.');
    // The picker gives an object id where the client has it; what is typed wins, as the person can see it.
    const typed = values.personText || data.person || '';
    if (!typed) return fail('Choose someone, or type their sign-in email or Microsoft Entra object id.');
    const read = parseRosterPerson(typed);
    if ('problem' in read) return fail(read.problem);
    let person: RosterPerson = read.person;
    // Someone who may not make this change is told so first, not sent looking for the person in Teams.
    if (scope.roles.includes(role)) {
      // Approval requests are sent to an object id; a sign-in email is looked up once, here.
      if (role === 'approver' && readPersonId(person.id)?.kind === 'upn') {
        const found = await caller.resolveUpn(person.id);
        if ('reason' in found) {
          return fail(
            `I couldn't find ${person.id} in Teams from here, and an exemption approver must be someone Teams can message. Choose them with the search, or give their Microsoft Entra object id.`,
          );
        }
        person = { id: found.id.toLowerCase(), name: person.name ?? person.id };
      }
      person = await this.asListed(caller, council, role, person);
    }
    const outcome = await this.deps.rosters.change({ council, councilName: this.name(council), by: { ...actor, person: caller.person }, action, role, person });
    switch (outcome.kind) {
      case 'refused':
        return fail(outcome.message);
      case 'unchanged':
        return cardReply(await this.card(scope, { notice: outcome.message }));
      case 'changed': {
        const who = describeRosterPerson(outcome.change.person);
        const what = `${action === 'add' ? 'Added' : 'Removed'} ${who} as ${roleWords(role).one} for ${this.name(council)}.`;
        const effect = role === 'approver' ? '' : action === 'add' ? (role === 'chair' ? ' They can add, reassign and close actions now.' : ' They can update the plan now.') : ' That takes effect now.';
        this.deps.logger.info('roster changed', { council, role, action });
        return cardReply(await this.card(scope, { notice: `${what}${effect}` }));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * One person, one entry: a sign-in Teams can resolve is kept as the object id (what the people
   * picker sends, and what Teams gives with every message), and someone listed by sign-in is found
   * again when they are given by object id, so adding twice or removing by the other id works.
   */
  private async asListed(caller: Caller, council: CouncilId, role: RosterRole, given: RosterPerson): Promise<RosterPerson> {
    let person = given;
    // Teams also gives the person's name, so the card can say who they are, not only their id.
    const kind = readPersonId(person.id)?.kind;
    if (kind === 'upn' || (!person.name && kind === 'aad')) {
      const found = await caller.resolveUpn(person.id);
      if (!('reason' in found)) person = { id: found.id.toLowerCase(), name: person.name ?? found.name ?? person.id };
    }
    const roster = (await this.deps.rosters.all()).get(council);
    const listed = roster ? listedAs(roster, role) : [];
    if (listed.some((p) => p.id === person.id)) return person;
    for (const entry of listed.filter((p) => readPersonId(p.id)?.kind === 'upn')) {
      const found = await caller.resolveUpn(entry.id);
      if (!('reason' in found) && found.id.toLowerCase() === person.id) return entry;
    }
    return person;
  }

  /** The caller's ids as the roster names people; the sign-in is asked for only when someone is listed by one. */
  private async actor(caller: Caller): Promise<Actor> {
    const ids = caller.aadObjectId ? [caller.aadObjectId.toLowerCase()] : [];
    const rosters = await this.deps.rosters.all();
    const everyone = [...this.deps.rosters.admins, ...[...rosters.values()].flatMap((r) => r.chairs)];
    if (everyone.some((p) => p.id.includes('@'))) {
      const upn = await caller.upn();
      if (upn) ids.push(upn.toLowerCase());
    }
    if (ids.length === 0 && caller.channelId) ids.push(caller.channelId);
    return { ids, ...(caller.person.name ? { name: caller.person.name } : {}) };
  }

  private async scope(actor: Actor): Promise<Scope | undefined> {
    const all = [...this.deps.packs.keys()];
    if (isAdmin(this.deps.rosters.admins, actor)) return { admin: true, councils: all, roles: ROSTER_ROLES };
    const rosters = await this.deps.rosters.all();
    const chaired = all.filter((c) => rosters.get(c)?.chairs.some((p) => actor.ids.includes(p.id)));
    return chaired.length ? { admin: false, councils: chaired, roles: ['member'] } : undefined;
  }

  private async card(scope: Scope, o: { notice?: string; error?: string; values?: Partial<Record<'council' | 'role' | 'personText', string>> }): Promise<CardJson> {
    const rosters = await this.deps.rosters.all();
    return adminCard(scope, scope.councils.map((c) => rosters.get(c)!).filter(Boolean), (c) => this.name(c), o);
  }

  private name(council: CouncilId): string {
    return this.deps.packs.get(council)?.council.shortName ?? council;
  }

}

/** The administration card: each council's group and approvers with their recent changes, and the form. */
export function adminCard(
  scope: Scope,
  rosters: readonly RosterRecord[],
  name: (c: CouncilId) => string,
  o: { notice?: string; error?: string; values?: Partial<Record<'council' | 'role' | 'personText', string>> } = {},
): CardJson {
  // Semicolons between people: a name may have a comma in it ("Smith, Jo").
  const people = (list: readonly RosterPerson[]) => (list.length ? list.map(describeRosterPerson).join('; ') : 'Nobody yet');
  const shownRoles: readonly RosterRole[] = scope.admin ? ['chair', 'member', 'approver'] : ['chair', 'member'];
  const councils = rosters.map((r) => ({
    name: e(`${name(r.council)}`),
    facts: shownRoles.map((role) => ({ title: e(ROLE_TITLES[role]), value: e(people(listedAs(r, role))) })),
    changes: r.changes.length ? bulletList(r.changes.slice(-CHANGES_SHOWN).reverse().map(describeRosterChange)) : '',
  }));
  const title = scope.admin ? 'Steering groups and exemption approvers' : `${scope.councils.map(name).join(' and ')} steering group`;
  const intro = scope.admin
    ? 'Add or remove, for each council, steering group members and chairs and exemption approvers. Changes take effect at once.'
    : "As a chair you can add and remove your own group's members. Chairs and exemption approvers are changed by the administrators.";
  const only = scope.councils.length === 1 ? scope.councils[0] : undefined;
  return expandCard('admin', {
    fallback: [title, intro, o.notice, o.error].filter(Boolean).join('\n'),
    title: e(title),
    intro: e(intro),
    notice: e(o.notice ?? ''),
    error: e(o.error ?? ''),
    councils,
    formTitle: e(scope.admin ? 'Add or remove someone' : 'Add or remove a member'),
    council: o.values?.council ?? only ?? '',
    councilChoices: scope.councils.map((c) => ({ title: e(name(c)), value: c })),
    role: o.values?.role ?? (scope.roles.length === 1 ? scope.roles[0] : ''),
    roleChoices: scope.roles.map((r) => ({ title: ROLE_CHOICES[r], value: r })),
    // An input's value is shown as typed, not as Markdown.
    personText: o.values?.personText ?? '',
  });
}

function notice(title: string, text: string): CardJson {
  return expandCard('plan-notice', { fallback: `${title}\n${text}`, title: e(title), text: e(text), list: '', suggestions: ['plan help'] });
}
