/**
 * The action plan's use cases: each takes who is asking (a Caller) and what they asked, applies the
 * permission rules and the input checks, changes the plan through ActionPlanService and returns the
 * card to show. Nothing here knows the channel: src/teams parses the activity, calls one of these
 * and sends the card.
 */
import { type CardJson } from '../cards/render.js';
import { cardReply, refused, type CardReply } from '../cards/reply.js';
import type { Delivery } from '../delivery.js';
import { DOCX_CONTENT_TYPE, safeFilename, type Downloads } from '../downloads/downloads.js';
import type { Logger } from '../logger.js';
import type { PolicyPack } from '../policy/schema.js';
import type { CouncilId, Source } from '../policy/schema.js';
import type { Command, Filter, Target } from '../understand/planCommands.js';
import { formatDay, formatInstant, parseDate, ukDay, ukMidnight } from '../text/dates.js';
import { normaliseLead } from '../text/leads.js';
import type { Caller } from './caller.js';
import { addCard, digestCard, helpCard, itemCard, listCard, noticeCard, summaryCard, updateCard, type UpdateValues, type ViewContext } from './cards.js';
import { buildDigest, describeChanges, digestCsv, digestMarkdown, type Digest } from './digest.js';
import { STATUSES, historyLength, isOpen, isOverdue, type ActionItem, type Change, type Plan, type Status } from './model.js';
import { STEERING_GROUP_SETTINGS, changeRefusal, contactOf, identify, isConfigured, isLeadOf, refusal, roleIn, roleNeeded, type Identity } from './permissions.js';
import { askToBeAdded } from './roster.js';
import type { RosterBook } from './rosterBook.js';
import { addDays, type ReminderRun } from './reminders.js';
import { sendScheduledReminders } from './scheduledReminders.js';
import type { RecordStore } from '../storage/records.js';
import { ActionPlanService, NOTE_MAX, type Patch, type UpdateOutcome } from './service.js';
import type { ActionPlanSettings } from '../settings/actionPlan.js';

const FIELD_MAX = 200;
const ACTION_MAX = 500;

/** A plan card's fields as read at the boundary: text trimmed, `seen` a whole number. */
export type PlanCardFields = Partial<Record<'council' | 'ref' | 'back' | 'status' | 'note' | 'due' | 'lead' | 'contact' | 'theme' | 'action', string>> & { seen?: number };

export interface ActionPlanDeskDeps {
  service: ActionPlanService;
  /** the environment's settings; the live members and chairs come from `rosters` when given */
  settings: ActionPlanSettings;
  /** the steering groups as changed in Teams (read for every request) */
  rosters?: RosterBook;
  packs: ReadonlyMap<CouncilId, PolicyPack>;
  /** action reference prefix -> council, from the plans' seeds */
  prefixes: ReadonlyMap<string, CouncilId>;
  downloads: Downloads;
  /** sends an update request to a lead */
  send(userId: string, message: { card?: CardJson; text: string }): Promise<Delivery>;
  logger: Logger;
  /** where scheduled reminders keep their lease and records, and who this instance is (for the lease) */
  reminders?: { store: RecordStore; instance: string };
  /** the link to a citation's source page, when the bot serves them */
  sourceUrl?(source: Source): string | undefined;
  now?: () => Date;
}

export class ActionPlanDesk {
  private readonly now: () => Date;

  constructor(private readonly deps: ActionPlanDeskDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  // ---------------------------------------------------------------------------------------------
  // Typed commands

  command(caller: Caller, c: Command): Promise<CardJson> | CardJson {
    switch (c.kind) {
      case 'help':
        return helpCard(ukDay(this.now()));
      case 'invalid':
        // The examples are shown to be typed, not offered as buttons: most of them change the plan, with
        // made-up values ("assign … to Procurement Manager <sam@…>"), which a press would save.
        return noticeCard("I couldn't do that", c.message, { list: c.examples.map((x) => `For example: "${x}"`), suggestions: ['plan help'] });
      case 'show':
        return this.withItem(c.target, (item) => itemCard(item, this.view()));
      case 'edit':
        return this.editCard(caller, c.target, '');
      case 'update':
        return this.textUpdate(caller, c.target, { ...(c.status ? { status: c.status } : {}), ...(c.note ? { note: c.note } : {}) });
      case 'complete':
        return this.textUpdate(caller, c.target, { status: 'Complete', ...(c.note ? { note: c.note } : {}) });
      case 'assign':
        return this.assign(caller, c);
      case 'due':
        return this.textUpdate(caller, c.target, { due: c.due });
      case 'view':
        return this.viewPlan(caller, c.filter, c.council);
      case 'add':
        return this.addTyped(caller, c);
      case 'digest':
        return this.digest(caller, c.council, c.since);
      case 'request':
        return this.requestUpdates(caller, c.council);
      case 'maturity':
        return this.maturity(caller, c);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Card actions (the fields were parsed at the boundary; they are still checked against the store here)

  async mine(caller: Caller): Promise<CardJson> {
    const mine: ActionItem[] = [];
    for (const council of this.deps.packs.keys()) {
      const plan = await this.deps.service.plan(council);
      if (!plan) continue;
      const items = (await this.deps.service.items(plan)).filter(isOpen);
      const settings = await this.settings();
      const needsUpn = items.some((i) => contactOf(i, settings)?.includes('@'));
      const who = await identify(settings, council, caller, needsUpn);
      mine.push(...items.filter((i) => isLeadOf(i, who, settings)));
    }
    return listCard(mine, this.view(), {
      title: 'My open actions',
      empty: 'No open actions have you as their lead. The chair links an action to you by @mentioning you: "assign TRF-3 to @your name".',
      back: 'mine',
      suggestions: ['Action plan', 'Digest'],
    });
  }

  showFromCard(data: PlanCardFields): Promise<CardReply> {
    return this.onTarget(data, (t, back) => this.withItem(t, (item) => itemCard(item, this.view(), { back })));
  }

  editFromCard(caller: Caller, data: PlanCardFields): Promise<CardReply> {
    return this.onTarget(data, (t, back) => this.editCard(caller, t, back));
  }

  updateFromCard(caller: Caller, data: PlanCardFields): Promise<CardReply> {
    return this.onTarget(data, (t, back) => this.cardUpdate(caller, t, data, back));
  }

  async addFromCard(caller: Caller, data: PlanCardFields): Promise<CardReply> {
    const council = data.council;
    if (!this.isCouncil(council)) return refused(400, 'This card does not say which council it is for. Type "add action" for a fresh one.');
    const plan = await this.deps.service.plan(council);
    if (!plan) return cardReply(this.noPlan(council));
    const values = { theme: data.theme ?? '', action: data.action ?? '', lead: data.lead ?? '', contact: data.contact ?? '', due: data.due ?? '' };
    const fail = (error: string) => cardReply(addCard(plan, { error, values }));
    const why = await this.refusalFor(caller, council, 'chair', 'add actions');
    if (why) return fail(why);
    if (!plan.themes.some((t) => t.name === values.theme)) return fail('Choose one of the themes.');
    if (values.action === '') return fail('Say what the action is.');
    if (values.action.length > ACTION_MAX || values.lead.length > FIELD_MAX || values.contact.length > FIELD_MAX) {
      return fail(`That is too long: keep the action under ${ACTION_MAX} characters and the lead under ${FIELD_MAX}.`);
    }
    const contactProblem = contactFault(values.contact);
    if (contactProblem) return fail(contactProblem);
    const due = values.due === '' ? null : parseDate(values.due, this.now());
    if (due === undefined) return fail(`"${values.due}" is not a date; use the date picker or YYYY-MM-DD.`);
    const item = await this.deps.service.add(council, caller.person, { theme: values.theme, action: values.action, lead: values.lead || null, contact: values.contact || null, due }, 'card');
    return item ? cardReply(itemCard(item, this.view(), { notice: `Added ${item.ref} under ${item.theme}.` })) : fail('The plan could not be found.');
  }

  // ---------------------------------------------------------------------------------------------

  /** A card names an action by council and reference; both must agree with the plans, whatever the card says. */
  private async onTarget(data: PlanCardFields, run: (t: Target, back: string) => Promise<CardJson>): Promise<CardReply> {
    const council = data.council;
    const ref = (data.ref ?? '').toUpperCase();
    if (!this.isCouncil(council) || this.deps.prefixes.get(ref.split('-')[0] ?? '') !== council) {
      return refused(400, 'This card does not name an action I know. Type "action plan" for a fresh one.');
    }
    return cardReply(await run({ council, ref }, data.back === 'mine' ? 'mine' : ''));
  }

  private async withItem(t: Target, render: (item: ActionItem, plan: Plan) => CardJson | Promise<CardJson>): Promise<CardJson> {
    const plan = await this.deps.service.plan(t.council);
    const item = plan?.refs.includes(t.ref) ? await this.deps.service.item(t.council, t.ref) : undefined;
    if (!plan || !item) return this.missing(t, plan);
    return render(item, plan);
  }

  private editCard(caller: Caller, t: Target, back: string): Promise<CardJson> {
    return this.withItem(t, async (item) => {
      const why = await this.refusalFor(caller, t.council, 'member', 'update actions', item);
      return why ? itemCard(item, this.view(), { warning: why, back }) : updateCard(item, this.view(), { back });
    });
  }

  private missing(t: Target, plan: Plan | undefined): CardJson {
    const name = this.councilName(t.council);
    const range = plan && plan.refs.length ? ` It has ${plan.refs[0]} to ${plan.refs.at(-1)}.` : '';
    return noticeCard(`No action ${t.ref}`, `${t.ref} is not in ${name}'s action plan.${range}`, { suggestions: [`${name} action plan`] });
  }

  private noPlan(council: CouncilId): CardJson {
    return noticeCard('No action plan', `There is no action plan for ${this.councilName(council)} in the store.`);
  }

  private async textUpdate(caller: Caller, t: Target, patch: Patch): Promise<CardJson> {
    if (patch.note && patch.note.length > NOTE_MAX) return noticeCard('That note is too long', `Keep a progress note under ${NOTE_MAX} characters.`);
    const plan = await this.deps.service.plan(t.council);
    if (!plan?.refs.includes(t.ref)) return this.missing(t, plan);
    const outcome = await this.applyPatch(caller, t, patch, 'text');
    switch (outcome.kind) {
      case 'missing':
        return this.missing(t, plan);
      case 'refused':
        return noticeCard(`${t.ref} was not changed`, outcome.reason, { suggestions: [`action ${t.ref}`] });
      case 'unchanged':
        return noticeCard(
          `Nothing to change on ${t.ref}`,
          `${t.ref} already reads that way (${alreadyAs(outcome.item, patch)}). To record progress, add a note after a colon, e.g. "update ${t.ref}: met the college".`,
          { suggestions: [`action ${t.ref}`] },
        );
      case 'updated':
        return itemCard(outcome.item, this.view(), { notice: confirmation(outcome.item.ref, outcome.entry.changes, outcome.entry.note), warning: datePassed(outcome.item, outcome.entry.changes, ukDay(this.now())), updated: true });
    }
  }

  private cardUpdate(caller: Caller, t: Target, data: PlanCardFields, back: string): Promise<CardJson> {
    const values: UpdateValues = { status: data.status ?? '', note: data.note ?? '', due: data.due ?? '', lead: data.lead ?? '', contact: data.contact ?? '' };
    return this.withItem(t, async (item) => {
      const fail = (error: string) => updateCard(item, this.view(), { error, values, back });
      // Checked here, whatever the client checked: a card can be replayed or crafted.
      const status = STATUSES.find((s) => s === values.status) as Status | undefined;
      if (!status) return fail(`Choose a status: ${STATUSES.join(', ')}.`);
      if (values.note.length > NOTE_MAX) return fail(`Keep the progress note under ${NOTE_MAX} characters (it has ${values.note.length}).`);
      const due = values.due === '' ? null : parseDate(values.due, this.now());
      if (due === undefined) return fail(`"${values.due}" is not a date; use the date picker or YYYY-MM-DD.`);
      if (values.lead.length > FIELD_MAX || values.contact.length > FIELD_MAX) return fail(`Keep the lead and the Teams sign-in under ${FIELD_MAX} characters.`);
      const contactProblem = contactFault(values.contact);
      if (contactProblem) return fail(contactProblem);
      const patch: Patch = { status, due, lead: values.lead || null, contact: values.contact || null, ...(values.note ? { note: values.note } : {}) };
      const outcome = await this.applyPatch(caller, t, patch, 'card');
      switch (outcome.kind) {
        case 'missing':
          return this.missing(t, undefined);
        case 'refused':
          return fail(outcome.reason);
        case 'unchanged':
          return fail('Nothing changed: choose a different status, add a progress note, or change the date or lead.');
        case 'updated': {
          // `seen` was read at the boundary (a whole number or absent), so nothing here can fail after the write.
          const others = data.seen !== undefined ? historyLength(outcome.item) - 1 - data.seen : 0;
          const warning = others > 0 ? `${others} other ${others === 1 ? 'update' : 'updates'} landed while you had the card open; all are in the history below.` : '';
          return itemCard(outcome.item, this.view(), { notice: confirmation(t.ref, outcome.entry.changes, outcome.entry.note), warning: [warning, datePassed(outcome.item, outcome.entry.changes, ukDay(this.now()))].filter(Boolean).join(' '), back, updated: true });
        }
      }
    });
  }

  /**
   * Applies a change as the person asking may make it: the permission rule is decided against the
   * action as it is when written, and a refusal comes with who they are and who can add them.
   */
  private async applyPatch(caller: Caller, t: Target, patch: Patch, via: 'text' | 'card'): Promise<UpdateOutcome> {
    const settings = await this.settings();
    const who = await identify(settings, t.council, caller);
    let needed: 'member' | 'chair' = 'member';
    const outcome = await this.deps.service.update(t.council, t.ref, caller.person, patch, via, (current, changes) => {
      needed = roleNeeded(changes);
      return this.logged(settings, t.council, changeRefusal(settings, t.council, this.councilName(t.council), who, current, changes));
    });
    return outcome.kind === 'refused' ? { ...outcome, reason: await this.explained(outcome.reason, t.council, caller, who, needed) } : outcome;
  }

  private async viewPlan(caller: Caller, filter: Filter | undefined, named: CouncilId | undefined): Promise<CardJson> {
    if (filter?.kind === 'mine') return this.mine(caller);
    const council = await this.councilFor(caller, named);
    if (!council) return this.askCouncil((name) => `${name} action plan`);
    const plan = await this.deps.service.plan(council);
    if (!plan) return this.noPlan(council);
    const items = await this.deps.service.items(plan);
    const view = this.view();
    const name = this.councilName(council);
    const suggestions = [`${name} action plan`, `${name} digest`, 'My actions'];
    if (!filter) return summaryCard(plan, items, view);
    switch (filter.kind) {
      case 'overdue': {
        const mine = ledBy(items, filter.lead);
        return listCard(mine.filter((i) => isOverdue(i, view.today)), view, { title: `${name}: overdue actions${forLead(mine, filter.lead)}`, subtitle: `Open actions whose due date has passed, as of ${formatDay(view.today)}.`, empty: nothingOverdue(mine), suggestions });
      }
      case 'due-soon':
      {
        const mine = ledBy(items, filter.lead);
        return dueSoonCard(mine, view, filter.days, { council: name, lead: forLead(mine, filter.lead), suggestions });
      }
      case 'status':
        return listCard(items.filter((i) => i.status === filter.value), view, { title: `${name}: ${filter.value} actions`, empty: `No actions are ${filter.value}.`, suggestions });
      case 'theme': {
        const theme = themeNamed(plan, filter.value, true);
        if (!theme) return noticeCard(`No theme "${filter.value}"`, `${name}'s plan has these themes:`, { list: plan.themes.map((t) => t.name), suggestions });
        return listCard(items.filter((i) => i.theme === theme.name), view, { title: `${name}: ${theme.name}`, empty: `No actions under ${theme.name} yet.`, suggestions });
      }
      case 'named': {
        // "is the measurement tool done yet?": the actions named, with their live status.
        const named = items.filter((i) => filter.refs.includes(i.ref));
        return listCard(named, view, { title: `${name}: actions on "${filter.words}"`, subtitle: `Their status in the live plan, as of ${formatDay(view.today)}.`, empty: `No ${name} actions on "${filter.words}".`, suggestions });
      }
      case 'lead': {
        const found = ledBy(items, filter.value);
        if (found.length === 0) {
          const leads = [...new Set(items.map((i) => i.lead).filter((l): l is string => !!l))];
          const text = leads.length ? `No ${name} actions are led by "${filter.value}". The leads in the plan are:` : `No ${name} actions have a lead yet; the chair assigns them.`;
          return noticeCard(`No actions for "${filter.value}"`, text, { list: leads, suggestions });
        }
        return listCard(found, view, { title: `${name}: actions for ${leadName(found, filter.value)}`, empty: '', suggestions });
      }
    }
  }

  private async addTyped(caller: Caller, c: Extract<Command, { kind: 'add' }>): Promise<CardJson> {
    const council = await this.councilFor(caller, c.council);
    if (!council) return this.askCouncil((name) => `add action for ${name}`);
    const plan = await this.deps.service.plan(council);
    if (!plan) return this.noPlan(council);
    const why = await this.refusalFor(caller, council, 'chair', 'add actions');
    if (why) return noticeCard('Only the chair can add actions', why);
    const theme = c.theme ? themeNamed(plan, c.theme, false) : undefined;
    if (c.theme && !theme) return addCard(plan, { error: `"${c.theme}" is not one of the plan's themes; choose one below.`, values: { ...(c.action ? { action: c.action } : {}) } });
    if (!theme || !c.action) return addCard(plan, { values: { ...(theme ? { theme: theme.name } : {}), ...(c.action ? { action: c.action } : {}) } });
    const item = await this.deps.service.add(council, caller.person, { theme: theme.name, action: c.action, lead: null, contact: null, due: null }, 'text');
    return item ? itemCard(item, this.view(), { notice: `Added ${item.ref} under ${item.theme}. Set its lead and due date with "update ${item.ref}".` }) : noticeCard('Not added', 'The plan could not be found.');
  }

  private async digest(caller: Caller, named: CouncilId | undefined, sinceDay: string | undefined): Promise<CardJson> {
    const council = await this.councilFor(caller, named);
    if (!council) return this.askCouncil((name) => `${name} digest`);
    const plan = await this.deps.service.plan(council);
    if (!plan) return this.noPlan(council);
    const items = await this.deps.service.items(plan);
    const now = this.now();
    const since = sinceDay ? ukMidnight(sinceDay).toISOString() : (plan.lastDigest?.at ?? null);
    const sinceLabel = sinceDay
      ? `since ${formatDay(sinceDay)}`
      : plan.lastDigest
        ? `since the last digest (${formatInstant(plan.lastDigest.at)}, ${plan.lastDigest.by.name ?? plan.lastDigest.by.id})`
        : 'since the plan was loaded';
    const digest = buildDigest(plan, items, this.councilName(council), since, sinceLabel, ukDay(now), now);
    const stem = `${plan.prefix.toLowerCase()}-action-plan-digest-${ukDay(now)}`;
    const downloads = this.deps.downloads;
    // The Word library loads with the first digest, not at start-up (memory and start-up time).
    const { digestDocx, digestTitle } = await import('./word.js');
    const word = await downloads.create({ filename: safeFilename([plan.prefix, digestTitle(digest), ukDay(now)], 'docx'), contentType: DOCX_CONTENT_TYPE, body: await digestDocx(digest) });
    const md = await downloads.create({ filename: `${stem}.md`, contentType: 'text/markdown; charset=utf-8', body: digestMarkdown(digest) });
    const csv = await downloads.create({ filename: `${stem}.csv`, contentType: 'text/csv; charset=utf-8', body: digestCsv(digest) });
    // Only the chair's digest (the one for the meeting) moves "since the last digest": a member looking
    // ahead of the meeting must not empty the chair's list of changes.
    const settings = await this.settings();
    const marks = roleIn(settings, council, await identify(settings, council, caller)) === 'chair';
    if (marks) {
      await this.deps.service.recordDigest(council, caller.person, `Digest: ${digest.changes.length} ${digest.changes.length === 1 ? 'action' : 'actions'} changed ${sinceLabel}, ${digest.overdue.length} overdue.`);
    }
    const chart = await this.picture(digest, stem);
    return digestCard(digest, { word: word.url, markdown: md.url, csv: csv.url, expires: md.expires, marks, ...(chart ? { chart } : {}) });
  }

  /**
   * The digest's picture at an expiring link, with its alt text. The chart module (Vega, resvg) is
   * loaded the first time a digest asks for it, not at start-up. A picture that cannot be drawn
   * leaves the digest without it, never without the digest.
   */
  private async picture(digest: Digest, stem: string): Promise<{ url: string; alt: string } | undefined> {
    try {
      const { digestPicture } = await import('./chart.js');
      const pic = await digestPicture(digest);
      const link = await this.deps.downloads.create({ filename: `${stem}-progress.png`, contentType: 'image/png', body: pic.png });
      return { url: link.url, alt: pic.alt };
    } catch (err) {
      this.deps.logger.error('the digest picture could not be drawn', { council: digest.plan.council, error: (err as Error).message });
      return undefined;
    }
  }

  /** "assign TRF-3 to @Sam": the lead is the person the mention names, by their AAD object id, or nothing changes. */
  private async assign(caller: Caller, c: Extract<Command, { kind: 'assign' }>): Promise<CardJson> {
    let contact = c.contact;
    if (c.mention && !contact) {
      const found = await caller.mentioned(c.mention);
      if (!found) {
        return noticeCard(
          `${c.target.ref} was not changed`,
          `I couldn't tell who @${c.mention} is: Teams did not send their account with the message, so nothing changed. Give their sign-in instead, e.g. "assign ${c.target.ref} to ${c.mention} <sam.smith@council.gov.uk>".`,
          { suggestions: [`action ${c.target.ref}`] },
        );
      }
      contact = found.id;
    }
    return this.textUpdate(caller, c.target, { ...(c.lead ? { lead: c.lead } : {}), ...(contact ? { contact } : {}) });
  }

  private async requestUpdates(caller: Caller, named: CouncilId | undefined): Promise<CardJson> {
    const council = await this.councilFor(caller, named);
    if (!council) return this.askCouncil((name) => `request updates for ${name}`);
    const plan = await this.deps.service.plan(council);
    if (!plan) return this.noPlan(council);
    const why = await this.refusalFor(caller, council, 'chair', 'request updates from leads');
    if (why) return noticeCard('Only the chair can request updates', why);
    const settings = await this.settings();
    const name = this.councilName(council);
    const open = (await this.deps.service.items(plan)).filter(isOpen);
    const byContact = new Map<string, ActionItem[]>();
    const noContact: ActionItem[] = [];
    for (const item of open) {
      const contact = contactOf(item, settings);
      if (contact) byContact.set(contact, [...(byContact.get(contact) ?? []), item]);
      else noContact.push(item);
    }
    const lines: string[] = [];
    let sent = 0;
    for (const [contact, items] of byContact) {
      const refs = items.map((i) => i.ref).join(', ');
      const who = `${items[0]!.lead ?? contact} (${contact})`;
      const aad = contact.includes('@') ? await caller.resolveUpn(contact) : { id: contact };
      if ('reason' in aad) {
        lines.push(`Not sent to ${who} for ${refs}: ${lookupAdvice(aad, caller.where, items[0]!.ref)}`);
        continue;
      }
      const card = listCard(items, this.view(), {
        title: `Update request: ${plan.title}`,
        intro: `The chair of ${name}'s steering group asks for an update on your open actions before the next meeting. Press Update on each; your update goes straight into the plan's history.`,
        empty: '',
        back: 'mine',
        suggestions: [],
      });
      const result = await this.deps.send(aad.id, { card, text: `Update request: ${plan.title}` });
      if (result.delivered) {
        sent += 1;
        lines.push(`Sent to ${who} for ${refs}.`);
      } else {
        lines.push(`Not sent to ${who} for ${refs}: ${result.reason}.${deliveryAdvice(result)}`);
      }
    }
    if (noContact.length) {
      lines.push(`No one to ask for ${noContact.map((i) => i.ref).join(', ')}: these actions have no lead linked to a Teams account. The chair links one by @mentioning them: "assign ${noContact[0]!.ref} to @their name" (the person Teams knows, whom the weekly reminders can reach too), or your IT team can link a lead's title to a person for every action.`);
      this.deps.logger.info('request updates: actions with no lead linked to a Teams account', { council, refs: noContact.map((i) => i.ref).join(', '), setting: 'ACTION_PLAN_LEADS' });
    }
    await this.deps.service.recordEvent(council, { by: caller.person, kind: 'request', what: `Requested updates: sent to ${sent} of ${byContact.size} leads; ${noContact.length} actions with no one to ask.` });
    const leads = (n: number) => `${n} ${n === 1 ? 'lead' : 'leads'}`;
    const title =
      byContact.size === 0
        ? 'No lead to ask for updates'
        : sent === byContact.size
          ? `Asked ${byContact.size === 1 ? 'the lead' : `all ${leads(byContact.size)}`} for updates`
          : sent === 0
            ? `Could not reach ${byContact.size === 1 ? 'the lead' : `any of the ${leads(byContact.size)}`}`
            : `Asked ${sent} of ${leads(byContact.size)} for updates`;
    const text = byContact.size === 0 ? `None of ${name}'s ${open.length} open actions has a lead linked to a Teams account, so there was no one to message.` : `${name}'s open actions, by lead:`;
    return noticeCard(title, text, { list: lines, suggestions: [`${name} digest`, `${name} action plan`] });
  }

  /** One scheduled run of the weekly reminders (scheduledReminders.ts). */
  sendReminders(): Promise<ReminderRun> {
    const job = this.deps.reminders;
    if (!job) throw new Error('reminders are not set up');
    return sendScheduledReminders({
      job,
      service: this.deps.service,
      councils: [...this.deps.packs.keys()],
      councilName: (id) => this.councilName(id),
      settings: () => this.settings(),
      ...(this.deps.rosters ? { rosters: this.deps.rosters } : {}),
      send: this.deps.send,
      logger: this.deps.logger,
      view: () => this.view(),
      now: this.now,
    });
  }

  private async maturity(caller: Caller, c: Extract<Command, { kind: 'maturity' }>): Promise<CardJson> {
    const council = await this.councilFor(caller, c.council);
    if (!council) return this.askCouncil((name) => `${name} action plan`);
    const plan = await this.deps.service.plan(council);
    if (!plan) return this.noPlan(council);
    const why = await this.refusalFor(caller, council, 'chair', 'set maturity levels');
    if (why) return noticeCard('Only the chair can set maturity levels', why);
    const theme = themeNamed(plan, c.theme, false);
    if (!theme) return noticeCard(`No theme "${c.theme}"`, `${this.councilName(council)}'s plan has these themes:`, { list: plan.themes.map((t) => t.name) });
    const updated = await this.deps.service.setMaturity(council, caller.person, theme.name, c.current, c.target);
    return updated ? summaryCard(updated, await this.deps.service.items(updated), this.view()) : noticeCard('Not changed', 'The plan could not be found.');
  }

  // ---------------------------------------------------------------------------------------------

  private async refusalFor(caller: Caller, council: CouncilId, needs: 'member' | 'chair', what: string, item?: ActionItem): Promise<string | undefined> {
    const settings = await this.settings();
    const needUpn = item ? (contactOf(item, settings)?.includes('@') ?? false) : false;
    const who = await identify(settings, council, caller, needUpn);
    const why = this.logged(settings, council, refusal(settings, council, this.councilName(council), who, needs, what, item));
    return why && this.explained(why, council, caller, who, needs);
  }

  /** The steering groups now: as changed in Teams, over the environment's starting values. */
  private settings(): Promise<ActionPlanSettings> {
    return this.deps.rosters ? this.deps.rosters.settings() : Promise.resolve(this.deps.settings);
  }

  /** A refusal, with the person's own name and ids and who can add them, so they can pass it on. */
  private async explained(why: string, council: CouncilId, caller: Caller, who: Identity, needs: 'member' | 'chair'): Promise<string> {
    const rosters = this.deps.rosters;
    if (!rosters) return why;
    const actor = { ids: who.ids.length ? who.ids : [caller.channelId ?? caller.person.id], ...(caller.person.name ? { name: caller.person.name } : {}) };
    return `${why} ${askToBeAdded({ who: actor, role: needs, councilName: this.councilName(council), roster: await rosters.roster(council), admins: rosters.admins })}`;
  }

  /** Passes a refusal on; when it is because no steering group is set up, the log names the settings. */
  private logged(settings: ActionPlanSettings, council: CouncilId, why: string | undefined): string | undefined {
    if (why && !isConfigured(settings, council)) {
      this.deps.logger.warn('action plan is read-only: no steering group is configured for this council', { council, settings: STEERING_GROUP_SETTINGS.join(', ') });
    }
    return why;
  }

  /**
   * The council a command is for: named, else the person's own (or the deployment's default), else the
   * one council whose steering group they are in (a Trafford chair's "digest" is Trafford's).
   */
  private async councilFor(caller: Caller, named: CouncilId | undefined): Promise<CouncilId | undefined> {
    if (named ?? caller.council) return named ?? caller.council;
    const settings = await this.settings();
    const mine: CouncilId[] = [];
    for (const council of this.deps.packs.keys()) {
      if (roleIn(settings, council, await identify(settings, council, caller)) !== 'reader') mine.push(council);
    }
    return mine.length === 1 ? mine[0] : undefined;
  }

  /** "Which council?", with a button per council that asks the same thing for it. */
  private askCouncil(same: (name: string) => string): CardJson {
    const names = [...this.deps.packs.values()].map((p) => p.council.shortName);
    return noticeCard('Which council?', `Name the council, e.g. "${same(names[0] ?? '')}", or set yours once with "my council is ${names[0]}".`, {
      suggestions: names.map(same),
    });
  }

  private isCouncil(v: unknown): v is CouncilId {
    return typeof v === 'string' && this.deps.packs.has(v);
  }

  private councilName(id: CouncilId): string {
    return this.deps.packs.get(id)?.council.shortName ?? id;
  }

  private view(): ViewContext {
    const packs = this.deps.packs;
    return {
      councilName: (id) => this.councilName(id),
      documentTitle: (council, docId) => packs.get(council)?.documents.find((d) => d.id === docId)?.title ?? docId,
      today: ukDay(this.now()),
      ...(this.deps.sourceUrl ? { sourceUrl: this.deps.sourceUrl } : {}),
    };
  }
}

/** What an action already says, in the fields a command asked to set ("lead Head of Procurement"). */
function alreadyAs(item: ActionItem, patch: Patch): string {
  const parts = [
    ...(patch.status ? [`status ${item.status}`] : []),
    ...(patch.lead !== undefined ? [item.lead ? `lead ${item.lead}` : 'no lead'] : []),
    ...(patch.contact !== undefined && patch.contact ? [`Teams contact ${item.contact}`] : []),
    ...(patch.due !== undefined ? [item.due ? `due ${formatDay(item.due)}` : 'no due date'] : []),
  ];
  return parts.length ? parts.join(', ') : `status ${item.status}`;
}

/** Said beside the confirmation when a new due date has already passed: the action now shows as overdue. */
function datePassed(item: ActionItem, changes: readonly Change[], today: string): string {
  const due = changes.find((c) => c.field === 'due')?.to;
  return due && due < today && isOpen(item) ? `${formatDay(due)} has already passed, so the action shows as overdue; check the date if that was not meant.` : '';
}

function confirmation(ref: string, changes: Change[], note?: string): string {
  if (changes.length === 0) return `Updated ${ref}: note recorded.`;
  return `Updated ${ref}: ${describeChanges(changes)}${note ? '; note recorded' : ''}.`;
}

/** A theme by its name as typed: exact, then the start of a name, then (when `loose`) anywhere in it. */
function themeNamed(plan: Plan, typed: string, loose: boolean) {
  const wanted = typed.toLowerCase();
  return (
    plan.themes.find((t) => t.name.toLowerCase() === wanted) ??
    plan.themes.find((t) => t.name.toLowerCase().startsWith(wanted)) ??
    (loose ? plan.themes.find((t) => t.name.toLowerCase().includes(wanted)) : undefined)
  );
}

function contactFault(contact: string): string | undefined {
  return /\s/.test(contact) ? "The lead's Teams sign-in is an email-style address or an AAD object id, without spaces." : undefined;
}

/** Why a lead known by sign-in could not be looked up, with advice that fits where the chair asked. */
function lookupAdvice(failed: { reason: 'not-found' | 'failed'; detail?: string }, where: Caller['where'], ref: string): string {
  if (failed.reason === 'failed') return `Teams could not look up this sign-in just now (${failed.detail ?? 'no reason given'}); try again in a moment.`;
  const byId = `or link the lead by their Microsoft Entra object id ("assign ${ref} to Name <object id>")`;
  if (where === 'channel') return `Teams does not know this sign-in among this team's members. Check the sign-in, add them to the team, ${byId}.`;
  if (where === 'groupChat') return `Teams does not know this sign-in among this chat's members. Ask again from the steering group's team channel, ${byId}.`;
  return `Teams looks people up by sign-in only among the members of the chat or team where you ask. Ask again from the steering group's team channel, ${byId}.`;
}

/** What to do about a lead who could not be messaged. */
function deliveryAdvice(d: Extract<Delivery, { delivered: false }>): string {
  if (d.cause === 'no-conversation' || d.cause === 'not-installed') return ' They need the Social Value Assistant in Teams: ask them to open it and say hello once (or ask your IT team to install it for them), then ask again.';
  return '';
}

/** "mgr", "HR manager": how officers shorten a lead's title, read as the plan writes it. */
/** The actions a lead (title or sign-in, as typed) is down for; every action when none is given. */
function ledBy(items: readonly ActionItem[], lead: string | undefined): ActionItem[] {
  if (!lead) return [...items];
  const wanted = normaliseLead(lead);
  return items.filter((i) => (i.lead && normaliseLead(i.lead).includes(wanted)) || i.contact?.toLowerCase().includes(wanted));
}

/** The lead as the plan writes it, when the actions found share one ("strategy and innovation mgr" -> "Strategy and Innovation Manager"). */
function leadName(found: readonly ActionItem[], typed: string): string {
  const leads = new Set(found.map((i) => i.lead).filter((l): l is string => !!l));
  return leads.size === 1 ? [...leads][0]! : typed;
}

const forLead = (found: readonly ActionItem[], lead: string | undefined) => (lead ? ` for ${leadName(found, lead)}` : '');

/**
 * "Are any due in the next few weeks?": those due from today to the window's end; when none are, says
 * so and shows the ones already past their date, so an officer does not read "none due" as "on time".
 */
function dueSoonCard(items: readonly ActionItem[], view: ViewContext, days: number, o: { council: string; lead: string; suggestions: string[] }): CardJson {
  const last = addDays(view.today, days);
  const open = items.filter(isOpen);
  const soon = open.filter((i) => i.due !== null && i.due >= view.today && i.due <= last);
  const title = `${o.council}: actions${o.lead} due by ${formatDay(last)}`;
  const subtitle = `Open actions due from today, ${formatDay(view.today)}, to ${formatDay(last)}.`;
  if (soon.length > 0) return listCard(soon, view, { title, subtitle, empty: '', suggestions: o.suggestions });
  const overdue = open.filter((i) => isOverdue(i, view.today));
  return listCard(overdue, view, { title, subtitle, intro: notDueSoon(open, overdue, last), empty: '', suggestions: o.suggestions });
}

/** "No: none … is due by 30 December 2026. All 5 are already overdue: their due dates were August 2021 to June 2022." */
function notDueSoon(open: readonly ActionItem[], overdue: readonly ActionItem[], last: string): string {
  if (open.length === 0) return 'No: there are no open actions.';
  const none = `No: none of the ${open.length === 1 ? 'open action' : `${open.length} open actions`} is due by ${formatDay(last)}.`;
  const dates = overdue.map((i) => i.due!).sort();
  const span = dates.length ? `${formatMonth(dates[0]!)}${dates.length > 1 && formatMonth(dates[0]!) !== formatMonth(dates.at(-1)!) ? ` to ${formatMonth(dates.at(-1)!)}` : ''}` : '';
  const late = overdue.length === 0 ? '' : ` ${overdue.length === open.length ? (open.length === 1 ? 'It is' : open.length === 2 ? 'Both are' : `All ${open.length} are`) : `${overdue.length} are`} already overdue: due ${span}, so past their dates rather than due soon.`;
  const undated = open.filter((i) => !i.due).length;
  const noDate = undated === 0 ? '' : ` ${undated === open.length ? 'None has' : `${undated} have`} a due date yet: the chair sets them.`;
  return none + late + noDate;
}

/** "2021-08-31" -> "August 2021" */
const formatMonth = (day: string) => formatDay(day).replace(/^\d{1,2}\s+/, '');

/**
 * "Nothing is overdue", and why where it is only because no dates are set (Stockport's Statement gives
 * none): an officer should not read it as every action being on time.
 */
function nothingOverdue(items: readonly ActionItem[]): string {
  const open = items.filter(isOpen);
  const undated = open.filter((i) => !i.due).length;
  if (undated === 0) return 'Nothing is overdue.';
  const which = undated === open.length ? (open.length === 1 ? 'the open action has no due date' : `none of the ${open.length} open actions has a due date`) : `${undated} of the ${open.length} open actions have no due date`;
  return `Nothing is overdue, but ${which} yet: the chair sets them.`;
}
