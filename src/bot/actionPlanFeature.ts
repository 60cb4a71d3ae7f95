/**
 * The steering group's action plan in Teams: typed commands and `plan.` card verbs. Thin on purpose:
 * it reads who is asking and which council, calls src/actionPlan and renders the answer. Commands are
 * claimed only when they read as commands; questions about the documents go on to Q&A.
 */
import {
  CardFactory,
  MessageFactory,
  TeamsInfo,
  UserState,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type StatePropertyAccessor,
  type TeamsChannelAccount,
  type TurnContext,
} from 'botbuilder';
import { addCard, digestCard, helpCard, itemCard, listCard, noticeCard, summaryCard, updateCard, type UpdateValues, type ViewContext } from '../actionPlan/cards.js';
import type { Command, Filter, Target } from '../understand/planCommands.js';
import type { Request } from '../understand/route.js';
import { formatDay, formatInstant, parseDate, ukDay, ukMidnight } from '../actionPlan/dates.js';
import { buildDigest, describeChanges, digestCsv, digestMarkdown } from '../actionPlan/digest.js';
import { digestDocx, digestTitle } from '../actionPlan/word.js';
import { DOCX_CONTENT_TYPE, safeFilename } from '../downloads/downloads.js';
import { STATUSES, isOpen, isOverdue, type ActionItem, type Change, type Person, type Plan, type Status } from '../actionPlan/model.js';
import { STEERING_GROUP_SETTINGS, contactOf, isConfigured, isLeadOf, refusal, roleIn, type Identity } from '../actionPlan/permissions.js';
import { seedStore } from '../actionPlan/seed.js';
import { ActionPlanService, NOTE_MAX, type Patch } from '../actionPlan/service.js';
import { loadActionPlanSettings, normaliseId, type ActionPlanSettings } from '../actionPlan/settings.js';
import type { CardJson } from '../cards/render.js';
import type { FeatureDeps } from '../features.js';
import type { CouncilId, Source } from '../policy/schema.js';
import { PLAN_DATA, parseCardData } from './cardData.js';
import { cardResponse, errorResponse, type Feature } from './feature.js';
import type { UserProfile } from './socialValueBot.js';

const MEMBER_CACHE_MS = 5 * 60_000;
const FIELD_MAX = 200;

/** A plan card's data as parsed at the boundary (PLAN_DATA): text trimmed, `seen` a whole number. */
type CardFields = Partial<Record<'council' | 'ref' | 'back' | 'status' | 'note' | 'due' | 'lead' | 'contact' | 'theme' | 'action', string>> & { seen?: number };


export function createActionPlanFeature(deps: FeatureDeps): Feature {
  return new ActionPlanFeature(deps);
}

class ActionPlanFeature implements Feature {
  readonly verbPrefix = 'plan.';
  readonly feature = 'action-plan' as const;
  private readonly settings: ActionPlanSettings;
  private readonly service: ActionPlanService;
  private readonly ready: Promise<unknown>;
  private readonly profile: StatePropertyAccessor<UserProfile>;
  private readonly prefixes = new Map<string, CouncilId>();
  /** member lists and UPNs from Teams, briefly, so a meeting's worth of commands makes few calls */
  private readonly cache = new Map<string, { at: number; value: unknown }>();

  constructor(private readonly deps: FeatureDeps) {
    // Both throw at start-up: a bad setting or seed file stops the bot with its exact fault.
    this.settings = loadActionPlanSettings(deps.env, [...deps.library.packs.keys()]);
    const seeds = deps.seeds;
    for (const s of seeds) this.prefixes.set(s.prefix, s.council);
    this.service = new ActionPlanService(deps.storage);
    this.ready = seedStore(deps.storage, seeds).then(
      (seeded) => {
        if (seeded.length) deps.logger.info('action plans seeded', { councils: seeded });
      },
      (err: Error) => {
        deps.logger.error('could not seed the action plans', { error: err.message });
        throw err;
      },
    );
    // Awaited by every handler; a failure is reported there, not as an unhandled rejection.
    this.ready.catch(() => undefined);
    // Read-only view of the profile SocialValueBot keeps (the same storage key); never saved here.
    this.profile = new UserState(deps.storage).createProperty<UserProfile>('profile');
  }

  // ---------------------------------------------------------------------------------------------
  // Messages

  async onRequest(context: TurnContext, request: Request): Promise<void> {
    if (request.feature !== 'action-plan') return;
    const command = request.command;
    await this.ready;
    const card = await this.run(context, command);
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }

  private async run(context: TurnContext, c: Command): Promise<CardJson> {
    switch (c.kind) {
      case 'help':
        return helpCard();
      case 'invalid':
        return noticeCard("I couldn't do that", c.message, { suggestions: c.examples });
      case 'show':
        return this.withItem(c.target, (item) => itemCard(item, this.view()));
      case 'edit':
        return this.withItem(c.target, async (item) => {
          const why = await this.refusalFor(context, item.council, 'member', 'update actions', item);
          return why ? itemCard(item, this.view(), { warning: why }) : updateCard(item, this.view());
        });
      case 'update':
        return this.textUpdate(context, c.target, { ...(c.status ? { status: c.status } : {}), ...(c.note ? { note: c.note } : {}) });
      case 'complete':
        return this.textUpdate(context, c.target, { status: 'Complete', ...(c.note ? { note: c.note } : {}) });
      case 'assign':
        return this.textUpdate(context, c.target, { ...(c.lead ? { lead: c.lead } : {}), ...(c.contact ? { contact: c.contact } : {}) });
      case 'due':
        return this.textUpdate(context, c.target, { due: c.due });
      case 'view':
        return this.viewCommand(context, c.filter, c.council);
      case 'add':
        return this.addCommand(context, c);
      case 'digest':
        return this.digest(context, c.council, c.since);
      case 'request':
        return this.requestUpdates(context, c.council);
      case 'maturity':
        return this.maturity(context, c);
    }
  }

  private async withItem(t: Target, render: (item: ActionItem, plan: Plan) => CardJson | Promise<CardJson>): Promise<CardJson> {
    const plan = await this.service.plan(t.council);
    const item = plan?.refs.includes(t.ref) ? await this.service.item(t.council, t.ref) : undefined;
    if (!plan || !item) return this.missing(t, plan);
    return render(item, plan);
  }

  private missing(t: Target, plan: Plan | undefined): CardJson {
    const name = this.councilName(t.council);
    const range = plan && plan.refs.length ? ` It has ${plan.refs[0]} to ${plan.refs.at(-1)}.` : '';
    return noticeCard(`No action ${t.ref}`, `${t.ref} is not in ${name}'s action plan.${range}`, { suggestions: [`${name} action plan`] });
  }

  private async textUpdate(context: TurnContext, t: Target, patch: Patch): Promise<CardJson> {
    if (patch.note && patch.note.length > NOTE_MAX) return noticeCard('That note is too long', `Keep a progress note under ${NOTE_MAX} characters.`);
    const plan = await this.service.plan(t.council);
    if (!plan?.refs.includes(t.ref)) return this.missing(t, plan);
    const who = await this.identity(context, t.council);
    const outcome = await this.service.update(t.council, t.ref, this.person(context), patch, 'text', (current, changes) => this.authorise(t.council, who, current, changes));
    switch (outcome.kind) {
      case 'missing':
        return this.missing(t, plan);
      case 'refused':
        return noticeCard(`${t.ref} was not changed`, outcome.reason, { suggestions: [`action ${t.ref}`] });
      case 'unchanged':
        return noticeCard(
          `Nothing to change on ${t.ref}`,
          `${t.ref} already reads that way (${outcome.item.status}). To record progress, add a note after a colon, e.g. "update ${t.ref}: met the college".`,
          { suggestions: [`action ${t.ref}`] },
        );
      case 'updated':
        return itemCard(outcome.item, this.view(), { notice: this.confirmation(outcome.item.ref, outcome.entry.changes, outcome.entry.note) });
    }
  }

  private confirmation(ref: string, changes: Change[], note?: string): string {
    const what = changes.length ? describeChanges(changes) : 'no fields changed';
    return `Updated ${ref}: ${what}${note ? '; note recorded' : ''}.`;
  }

  /** The permission rule for a change, decided against the action as it is when written. */
  private authorise(council: CouncilId, who: Identity, current: ActionItem, changes: Change[]): string | undefined {
    const name = this.councilName(council);
    const chairOnly = changes.find((c) => c.field !== 'status') ?? changes.find((c) => c.field === 'status' && (c.to === 'Complete' || c.from === 'Complete'));
    if (chairOnly) {
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
      return this.logged(council, refusal(this.settings, council, name, who, 'chair', what, current));
    }
    return this.logged(council, refusal(this.settings, council, name, who, 'member', 'update actions', current));
  }

  private async viewCommand(context: TurnContext, filter: Filter | undefined, named: CouncilId | undefined): Promise<CardJson> {
    if (filter?.kind === 'mine') return this.mine(context);
    const council = await this.councilFor(context, named);
    if (!council) return this.askCouncil();
    const plan = await this.service.plan(council);
    if (!plan) return noticeCard('No action plan', `There is no action plan for ${this.councilName(council)} in the store.`);
    const items = await this.service.items(plan);
    const view = this.view();
    const name = this.councilName(council);
    const suggestions = [`${name} action plan`, `${name} digest`, 'My actions'];
    if (!filter) return summaryCard(plan, items, view);
    switch (filter.kind) {
      case 'overdue':
        return listCard(items.filter((i) => isOverdue(i, view.today)), view, { title: `${name}: overdue actions`, subtitle: `Open actions whose due date has passed, as of ${formatDay(view.today)}.`, empty: 'Nothing is overdue.', suggestions });
      case 'status':
        return listCard(items.filter((i) => i.status === filter.value), view, { title: `${name}: ${filter.value} actions`, empty: `No actions are ${filter.value}.`, suggestions });
      case 'theme': {
        const wanted = filter.value.toLowerCase();
        const theme =
          plan.themes.find((t) => t.name.toLowerCase() === wanted) ??
          plan.themes.find((t) => t.name.toLowerCase().startsWith(wanted)) ??
          plan.themes.find((t) => t.name.toLowerCase().includes(wanted));
        if (!theme) return noticeCard(`No theme "${filter.value}"`, `${name}'s plan has these themes:`, { list: plan.themes.map((t) => t.name), suggestions });
        return listCard(items.filter((i) => i.theme === theme.name), view, { title: `${name}: ${theme.name}`, empty: `No actions under ${theme.name} yet.`, suggestions });
      }
      case 'lead': {
        const wanted = filter.value.toLowerCase();
        const found = items.filter((i) => i.lead?.toLowerCase().includes(wanted) || i.contact?.toLowerCase().includes(wanted));
        if (found.length === 0) {
          const leads = [...new Set(items.map((i) => i.lead).filter((l): l is string => !!l))];
          const text = leads.length ? `No ${name} actions are led by "${filter.value}". The leads in the plan are:` : `No ${name} actions have a lead yet; the chair assigns them.`;
          return noticeCard(`No actions for "${filter.value}"`, text, { list: leads, suggestions });
        }
        return listCard(found, view, { title: `${name}: actions for ${filter.value}`, empty: '', suggestions });
      }
    }
  }

  private async mine(context: TurnContext): Promise<CardJson> {
    const mine: ActionItem[] = [];
    for (const council of this.deps.library.packs.keys()) {
      const plan = await this.service.plan(council);
      if (!plan) continue;
      const items = (await this.service.items(plan)).filter(isOpen);
      const needsUpn = items.some((i) => contactOf(i, this.settings)?.includes('@'));
      const who = await this.identity(context, council, needsUpn);
      mine.push(...items.filter((i) => isLeadOf(i, who, this.settings)));
    }
    return listCard(mine, this.view(), {
      title: 'My open actions',
      empty: "No open actions have you as their lead. The chair links an action to you with \"assign TRF-3 to <your Teams sign-in email>\".",
      back: 'mine',
      suggestions: ['Action plan', 'Digest'],
    });
  }

  private async addCommand(context: TurnContext, c: Extract<Command, { kind: 'add' }>): Promise<CardJson> {
    const council = await this.councilFor(context, c.council);
    if (!council) return this.askCouncil();
    const plan = await this.service.plan(council);
    if (!plan) return noticeCard('No action plan', `There is no action plan for ${this.councilName(council)} in the store.`);
    const why = await this.refusalFor(context, council, 'chair', 'add actions');
    if (why) return noticeCard('Only the chair can add actions', why);
    const theme = c.theme ? plan.themes.find((t) => t.name.toLowerCase() === c.theme!.toLowerCase() || t.name.toLowerCase().startsWith(c.theme!.toLowerCase())) : undefined;
    if (c.theme && !theme) return addCard(plan, { error: `"${c.theme}" is not one of the plan's themes; choose one below.`, values: { ...(c.action ? { action: c.action } : {}) } });
    if (!theme || !c.action) return addCard(plan, { values: { ...(theme ? { theme: theme.name } : {}), ...(c.action ? { action: c.action } : {}) } });
    const item = await this.service.add(council, this.person(context), { theme: theme.name, action: c.action, lead: null, contact: null, due: null }, 'text');
    return item ? itemCard(item, this.view(), { notice: `Added ${item.ref} under ${item.theme}. Set its lead and due date with "update ${item.ref}".` }) : noticeCard('Not added', 'The plan could not be found.');
  }

  private async digest(context: TurnContext, named: CouncilId | undefined, sinceDay: string | undefined): Promise<CardJson> {
    const council = await this.councilFor(context, named);
    if (!council) return this.askCouncil();
    const plan = await this.service.plan(council);
    if (!plan) return noticeCard('No action plan', `There is no action plan for ${this.councilName(council)} in the store.`);
    const items = await this.service.items(plan);
    const now = new Date();
    const since = sinceDay ? ukMidnight(sinceDay).toISOString() : (plan.lastDigest?.at ?? null);
    const sinceLabel = sinceDay
      ? `since ${formatDay(sinceDay)}`
      : plan.lastDigest
        ? `since the last digest (${formatInstant(plan.lastDigest.at)}, ${plan.lastDigest.by.name ?? plan.lastDigest.by.id})`
        : 'since the plan was loaded';
    const digest = buildDigest(plan, items, this.councilName(council), since, sinceLabel, ukDay(now), now);
    const stem = `${plan.prefix.toLowerCase()}-action-plan-digest-${ukDay(now)}`;
    const word = await this.deps.downloads.create({ filename: safeFilename([plan.prefix, digestTitle(digest), ukDay(now)], 'docx'), contentType: DOCX_CONTENT_TYPE, body: await digestDocx(digest) });
    const md = await this.deps.downloads.create({ filename: `${stem}.md`, contentType: 'text/markdown; charset=utf-8', body: digestMarkdown(digest) });
    const csv = await this.deps.downloads.create({ filename: `${stem}.csv`, contentType: 'text/csv; charset=utf-8', body: digestCsv(digest) });
    // Only the group moves "since the last digest"; anyone else may look without changing it.
    const who = await this.identity(context, council);
    if (roleIn(this.settings, council, who) !== 'reader') {
      await this.service.recordDigest(council, this.person(context), `Digest: ${digest.changes.length} ${digest.changes.length === 1 ? 'action' : 'actions'} changed ${sinceLabel}, ${digest.overdue.length} overdue.`);
    }
    return digestCard(digest, { word: word.url, markdown: md.url, csv: csv.url, expires: md.expires });
  }

  private async requestUpdates(context: TurnContext, named: CouncilId | undefined): Promise<CardJson> {
    const council = await this.councilFor(context, named);
    if (!council) return this.askCouncil();
    const plan = await this.service.plan(council);
    if (!plan) return noticeCard('No action plan', `There is no action plan for ${this.councilName(council)} in the store.`);
    const why = await this.refusalFor(context, council, 'chair', 'request updates from leads');
    if (why) return noticeCard('Only the chair can request updates', why);
    const name = this.councilName(council);
    const open = (await this.service.items(plan)).filter(isOpen);
    const byContact = new Map<string, ActionItem[]>();
    const noContact: ActionItem[] = [];
    for (const item of open) {
      const contact = contactOf(item, this.settings);
      if (contact) byContact.set(contact, [...(byContact.get(contact) ?? []), item]);
      else noContact.push(item);
    }
    const lines: string[] = [];
    let sent = 0;
    for (const [contact, items] of byContact) {
      const refs = items.map((i) => i.ref).join(', ');
      const who = `${items[0]!.lead ?? contact} (${contact})`;
      const aad = contact.includes('@') ? await this.aadOfUpn(context, contact) : { id: contact };
      if ('reason' in aad) {
        lines.push(`Not sent to ${who} for ${refs}: ${aad.reason}.`);
        continue;
      }
      const card = listCard(items, this.view(), {
        title: `Update request: ${plan.title}`,
        intro: `The chair of ${name}'s steering group asks for an update on your open actions before the next meeting. Press Update on each; your update goes straight into the plan's history.`,
        empty: '',
        back: 'mine',
        suggestions: [],
      });
      const result = await this.deps.notifier.sendToUser(aad.id, { card, text: `Update request: ${plan.title}` });
      if (result.delivered) {
        sent += 1;
        lines.push(`Sent to ${who} for ${refs}.`);
      } else {
        lines.push(`Not sent to ${who} for ${refs}: ${result.reason}.`);
      }
    }
    if (noContact.length) {
      lines.push(`No one to ask for ${noContact.map((i) => i.ref).join(', ')}: these actions have no lead linked to a Teams account. The chair links one with "assign ${noContact[0]!.ref} to <their Teams sign-in email>" (or your IT team can link a lead's title to a person for every action).`);
      this.deps.logger.info('request updates: actions with no lead linked to a Teams account', { council, refs: noContact.map((i) => i.ref).join(', '), setting: 'ACTION_PLAN_LEADS' });
    }
    await this.service.recordEvent(council, { by: this.person(context), kind: 'request', what: `Requested updates: sent to ${sent} of ${byContact.size} leads; ${noContact.length} actions with no one to ask.` });
    const title = `Asked ${sent} of ${byContact.size} ${byContact.size === 1 ? 'lead' : 'leads'} for updates`;
    const text = byContact.size === 0 ? `None of ${name}'s ${open.length} open actions has a lead linked to a Teams account, so there was no one to message.` : `${name}'s open actions, by lead:`;
    return noticeCard(title, text, { list: lines, suggestions: [`${name} digest`, `${name} action plan`] });
  }

  private async maturity(context: TurnContext, c: Extract<Command, { kind: 'maturity' }>): Promise<CardJson> {
    const council = await this.councilFor(context, c.council);
    if (!council) return this.askCouncil();
    const plan = await this.service.plan(council);
    if (!plan) return noticeCard('No action plan', `There is no action plan for ${this.councilName(council)} in the store.`);
    const why = await this.refusalFor(context, council, 'chair', 'set maturity levels');
    if (why) return noticeCard('Only the chair can set maturity levels', why);
    const theme = plan.themes.find((t) => t.name.toLowerCase() === c.theme.toLowerCase()) ?? plan.themes.find((t) => t.name.toLowerCase().startsWith(c.theme.toLowerCase()));
    if (!theme) return noticeCard(`No theme "${c.theme}"`, `${this.councilName(council)}'s plan has these themes:`, { list: plan.themes.map((t) => t.name) });
    const updated = await this.service.setMaturity(council, this.person(context), theme.name, c.current, c.target);
    return updated ? summaryCard(updated, await this.service.items(updated), this.view()) : noticeCard('Not changed', 'The plan could not be found.');
  }

  // ---------------------------------------------------------------------------------------------
  // Card actions

  async onCardAction(context: TurnContext, action: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const verb = action.action.verb;
    // Parsed before anything is read or written: a card can be replayed or crafted.
    const parsed = parseCardData(PLAN_DATA, verb, action.action.data, 'Type "action plan" for a fresh card.');
    if ('unknownVerb' in parsed) return errorResponse(400, `This card action ("${verb}") is not one I know. Type "action plan" for a fresh card.`);
    if (!parsed.ok) return errorResponse(400, parsed.message);
    const data = parsed.data as CardFields;
    try {
      return await this.cardAction(context, verb, data);
    } catch (err) {
      this.deps.logger.error('action plan card action failed', { verb, error: (err as Error).message });
      return errorResponse(500, 'Something went wrong on my side. Please press the button again in a moment: the action\'s history shows whether your update landed.');
    }
  }

  private async cardAction(context: TurnContext, verb: string, data: CardFields): Promise<AdaptiveCardInvokeResponse> {
    await this.ready;
    if (verb === 'plan.mine') return cardResponse(await this.mine(context));
    const council = data.council;
    if (verb === 'plan.add') {
      if (!this.isCouncil(council)) return errorResponse(400, 'This card does not say which council it is for. Type "add action" for a fresh one.');
      return cardResponse(await this.addFromCard(context, council, data));
    }
    const ref = (data.ref ?? '').toUpperCase();
    if (!this.isCouncil(council) || this.prefixes.get(ref.split('-')[0] ?? '') !== council) {
      return errorResponse(400, 'This card does not name an action I know. Type "action plan" for a fresh one.');
    }
    const t: Target = { council, ref };
    const back = data.back === 'mine' ? 'mine' : '';
    switch (verb) {
      case 'plan.show':
        return cardResponse(await this.withItem(t, (item) => itemCard(item, this.view(), { back })));
      case 'plan.edit':
        return cardResponse(
          await this.withItem(t, async (item) => {
            const why = await this.refusalFor(context, council, 'member', 'update actions', item);
            return why ? itemCard(item, this.view(), { warning: why, back }) : updateCard(item, this.view(), { back });
          }),
        );
      case 'plan.update':
        return cardResponse(await this.updateFromCard(context, t, data, back));
      default:
        return errorResponse(400, `This card action ("${verb}") is not one I know. Type "action plan" for a fresh card.`);
    }
  }

  private async updateFromCard(context: TurnContext, t: Target, data: CardFields, back: string): Promise<CardJson> {
    const values: UpdateValues = { status: data.status ?? '', note: data.note ?? '', due: data.due ?? '', lead: data.lead ?? '', contact: data.contact ?? '' };
    return this.withItem(t, async (item) => {
      const fail = (error: string) => updateCard(item, this.view(), { error, values, back });
      // Validated here, whatever the client checked: a card can be replayed or crafted.
      const status = STATUSES.find((s) => s === values.status) as Status | undefined;
      if (!status) return fail(`Choose a status: ${STATUSES.join(', ')}.`);
      if (values.note.length > NOTE_MAX) return fail(`Keep the progress note under ${NOTE_MAX} characters (it has ${values.note.length}).`);
      const due = values.due === '' ? null : parseDate(values.due, new Date());
      if (due === undefined) return fail(`"${values.due}" is not a date; use the date picker or YYYY-MM-DD.`);
      if (values.lead.length > FIELD_MAX || values.contact.length > FIELD_MAX) return fail(`Keep the lead and the Teams sign-in under ${FIELD_MAX} characters.`);
      if (/\s/.test(values.contact)) return fail(`The lead's Teams sign-in is an email-style address or an AAD object id, without spaces.`);
      const patch: Patch = { status, due, lead: values.lead || null, contact: values.contact || null, ...(values.note ? { note: values.note } : {}) };
      const who = await this.identity(context, t.council);
      const outcome = await this.service.update(t.council, t.ref, this.person(context), patch, 'card', (current, changes) => this.authorise(t.council, who, current, changes));
      switch (outcome.kind) {
        case 'missing':
          return this.missing(t, undefined);
        case 'refused':
          return fail(outcome.reason);
        case 'unchanged':
          return fail('Nothing changed: choose a different status, add a progress note, or change the date or lead.');
        case 'updated': {
          // `seen` was read at the boundary (a whole number or absent), so nothing here can fail after the write.
          const others = data.seen !== undefined ? outcome.item.history.length - 1 - data.seen : 0;
          const warning = others > 0 ? `${others} other ${others === 1 ? 'update' : 'updates'} landed while you had the card open; all are in the history below.` : '';
          return itemCard(outcome.item, this.view(), { notice: this.confirmation(t.ref, outcome.entry.changes, outcome.entry.note), warning, back });
        }
      }
    });
  }

  private async addFromCard(context: TurnContext, council: CouncilId, data: CardFields): Promise<CardJson> {
    const plan = await this.service.plan(council);
    if (!plan) return noticeCard('No action plan', `There is no action plan for ${this.councilName(council)} in the store.`);
    const values = { theme: data.theme ?? '', action: data.action ?? '', lead: data.lead ?? '', contact: data.contact ?? '', due: data.due ?? '' };
    const fail = (error: string) => addCard(plan, { error, values });
    const why = await this.refusalFor(context, council, 'chair', 'add actions');
    if (why) return fail(why);
    if (!plan.themes.some((t) => t.name === values.theme)) return fail('Choose one of the themes.');
    if (values.action === '') return fail('Say what the action is.');
    if (values.action.length > 500 || values.lead.length > FIELD_MAX || values.contact.length > FIELD_MAX) return fail('That is too long: keep the action under 500 characters and the lead under 200.');
    if (/\s/.test(values.contact)) return fail(`The lead's Teams sign-in is an email-style address or an AAD object id, without spaces.`);
    const due = values.due === '' ? null : parseDate(values.due, new Date());
    if (due === undefined) return fail(`"${values.due}" is not a date; use the date picker or YYYY-MM-DD.`);
    const item = await this.service.add(council, this.person(context), { theme: values.theme, action: values.action, lead: values.lead || null, contact: values.contact || null, due }, 'card');
    return item ? itemCard(item, this.view(), { notice: `Added ${item.ref} under ${item.theme}.` }) : fail('The plan could not be found.');
  }

  // ---------------------------------------------------------------------------------------------
  // Who and which council

  private person(context: TurnContext): Person {
    const from = context.activity.from;
    return { id: from?.aadObjectId ?? from?.id ?? 'unknown', ...(from?.name ? { name: from.name } : {}) };
  }

  /**
   * The caller's ids and team memberships for `council`. Teams is asked for a UPN only when some
   * setting names people by UPN, and for team members only when a team is configured and the caller
   * is not already listed: both calls cost a round trip to Teams.
   */
  private async identity(context: TurnContext, council: CouncilId, needUpn = false): Promise<Identity> {
    const from = context.activity.from;
    const ids = from?.aadObjectId ? [normaliseId(from.aadObjectId)] : [];
    const listed = [...(this.settings.chairs.get(council) ?? []), ...(this.settings.members.get(council) ?? [])];
    const listedByUpn = listed.some((id) => id.includes('@'));
    if (!ids.some((id) => this.settings.chairs.get(council)?.has(id)) && (needUpn || listedByUpn)) {
      const upn = await this.upnOf(context);
      if (upn) ids.push(upn);
    }
    const teamCouncils = new Set<CouncilId>();
    const teams = this.settings.teams.get(council) ?? [];
    if (teams.length && !ids.some((id) => listed.includes(id))) {
      for (const teamId of teams) {
        const members = await this.teamMembers(context, teamId);
        if (members.has(normaliseId(from?.id ?? '')) || ids.some((id) => members.has(id))) teamCouncils.add(council);
      }
    }
    return { ids, teamCouncils };
  }

  private async refusalFor(context: TurnContext, council: CouncilId, needs: 'member' | 'chair', what: string, item?: ActionItem): Promise<string | undefined> {
    const needUpn = item ? (contactOf(item, this.settings)?.includes('@') ?? false) : false;
    return this.logged(council, refusal(this.settings, council, this.councilName(council), await this.identity(context, council, needUpn), needs, what, item));
  }

  /** Passes a refusal on; when it is because no steering group is set up, the log names the settings. */
  private logged(council: CouncilId, why: string | undefined): string | undefined {
    if (why && !isConfigured(this.settings, council)) {
      this.deps.logger.warn('action plan is read-only: no steering group is configured for this council', { council, settings: STEERING_GROUP_SETTINGS.join(', ') });
    }
    return why;
  }

  private cached<T>(key: string, ttl: number, load: () => Promise<T>): Promise<T> {
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < ttl) return Promise.resolve(hit.value as T);
    return load().then((value) => {
      if (this.cache.size > 5000) this.cache.clear();
      this.cache.set(key, { at: Date.now(), value });
      return value;
    });
  }

  /** One person by Teams id, AAD object id or UPN, as Teams knows them in this conversation or team. */
  private async member(context: TurnContext, idOrUpn: string): Promise<TeamsChannelAccount | undefined> {
    return TeamsInfo.getMember(context, idOrUpn);
  }

  private async upnOf(context: TurnContext): Promise<string | undefined> {
    const id = context.activity.from?.id;
    if (!id) return undefined;
    return this.cached(`upn:${id}`, MEMBER_CACHE_MS, async () => {
      try {
        const m = await this.member(context, id);
        const upn = m?.userPrincipalName ?? m?.email;
        return upn ? normaliseId(upn) : undefined;
      } catch (err) {
        this.deps.logger.warn('could not read the caller\'s UPN from Teams', { error: (err as Error).message });
        return undefined;
      }
    });
  }

  private async aadOfUpn(context: TurnContext, upn: string): Promise<{ id: string } | { reason: string }> {
    try {
      const m = await this.member(context, upn);
      if (m?.aadObjectId) return { id: m.aadObjectId };
      return { reason: 'Teams gave no AAD object id for this sign-in' };
    } catch (err) {
      const status = (err as { statusCode?: number }).statusCode;
      // Teams finds people only among the members of the conversation or team asked from.
      if (status === 404) return { reason: "Teams does not know this sign-in here; ask again from the steering group's team channel, or link the lead by AAD object id" };
      return { reason: `Teams could not look up this sign-in (${status ?? (err as Error).message})` };
    }
  }

  private async teamMembers(context: TurnContext, teamId: string): Promise<Set<string>> {
    return this.cached(`team:${teamId}`, MEMBER_CACHE_MS, async () => {
      const ids = new Set<string>();
      try {
        let token: string | undefined;
        do {
          const page = await TeamsInfo.getPagedTeamMembers(context, teamId, 500, token);
          for (const m of page.members ?? []) for (const v of [m.id, m.aadObjectId, m.userPrincipalName, m.email]) if (v) ids.add(normaliseId(v));
          token = page.continuationToken || undefined;
        } while (token);
      } catch (err) {
        this.deps.logger.warn('could not list the steering group team', { teamId, error: (err as Error).message });
      }
      return ids;
    });
  }

  private async councilFor(context: TurnContext, named: CouncilId | undefined): Promise<CouncilId | undefined> {
    if (named) return named;
    const profile = await this.profile.get(context, {});
    return profile.council ?? this.deps.config.defaultCouncil;
  }

  private askCouncil(): CardJson {
    const names = [...this.deps.library.packs.values()].map((p) => p.council.shortName);
    return noticeCard('Which council?', `Name the council, e.g. "${names[0]} action plan", or set yours once with "my council is ${names[0]}".`, {
      suggestions: names.map((n) => `${n} action plan`),
    });
  }

  private isCouncil(v: unknown): v is CouncilId {
    return typeof v === 'string' && this.deps.library.packs.has(v);
  }

  private councilName(id: CouncilId): string {
    return this.deps.library.packs.get(id)?.council.shortName ?? id;
  }

  private view(): ViewContext {
    const library = this.deps.library;
    return {
      councilName: (id) => this.councilName(id),
      documentTitle: (council, docId) => library.packs.get(council)?.documents.find((d) => d.id === docId)?.title ?? docId,
      today: ukDay(new Date()),
      ...(this.deps.sourceLinks ? { sourceUrl: (source: Source) => this.deps.sourceLinks!.forSource(source) } : {}),
    };
  }
}
