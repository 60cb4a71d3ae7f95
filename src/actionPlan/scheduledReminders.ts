/**
 * One scheduled run of the weekly reminders, as the steering group meets it: reminders.ts takes the
 * lease and keeps what was sent; this sends each lead with open actions due within 14 days or overdue
 * one message listing them, with Update buttons, and tells each council's chairs in one line who was
 * reminded and who could not be reached, and why (once a week, however often it runs).
 */
import type { Delivery } from '../delivery.js';
import type { CardJson } from '../cards/render.js';
import type { Logger } from '../logger.js';
import type { CouncilId } from '../policy/schema.js';
import type { ActionPlanSettings } from '../settings/actionPlan.js';
import { updateRecord, type RecordStore } from '../storage/records.js';
import { listCard, type ViewContext } from './cards.js';
import { contactOf } from './permissions.js';
import { readPersonId } from './personId.js';
import { chairSummary, runReminders, type ReminderRun, type SendOutcome } from './reminders.js';
import type { RosterBook } from './rosterBook.js';
import type { ActionPlanService } from './service.js';

export interface ScheduledRemindersDeps {
  /** where the lease and the records are kept, and who this instance is */
  job: { store: RecordStore; instance: string };
  service: ActionPlanService;
  councils: readonly CouncilId[];
  councilName(id: CouncilId): string;
  /** the live settings (the roster's members and chairs over the environment's) */
  settings(): Promise<ActionPlanSettings>;
  rosters?: RosterBook;
  send(userId: string, message: { card?: CardJson; text: string }): Promise<Delivery>;
  logger: Logger;
  view(): ViewContext;
  now: () => Date;
}

export async function sendScheduledReminders(d: ScheduledRemindersDeps): Promise<ReminderRun> {
  const { job } = d;
  const settings = await d.settings();
  // The plans as this run read them: each reminder names its plan from here, not by reading it again.
  const titles = new Map<CouncilId, string>();
  const run = await runReminders({
    store: job.store,
    instance: job.instance,
    now: d.now,
    plans: async () => {
      const out = [];
      for (const council of d.councils) {
        const plan = await d.service.plan(council);
        if (!plan) continue;
        titles.set(council, plan.title);
        out.push({ plan, items: await d.service.items(plan) });
      }
      return out;
    },
    contactOf: (item) => contactOf(item, settings),
    send: async (reminder): Promise<SendOutcome> => {
      // A sign-in email can be turned into a Teams account only from a conversation; a schedule has none.
      if (readPersonId(reminder.contact)?.kind === 'upn') return { reached: false, reason: 'linked by sign-in email only, which cannot be looked up on a schedule (link them by Microsoft Entra object id)' };
      const title = titles.get(reminder.council);
      const n = reminder.actions.length;
      const overdue = reminder.actions.filter((a) => a.overdue).length;
      const what = `${n} of your ${title ?? `${d.councilName(reminder.council)} action plan`} actions ${n === 1 ? 'is' : 'are'} due within 14 days${overdue ? ` or overdue (${overdue} overdue)` : ''}`;
      const card = listCard(
        reminder.actions.map((a) => a.item),
        d.view(),
        { title: `Reminder: ${title ?? 'action plan'}`, intro: `${what}. Press Update on each to record progress or a new date; it goes straight into the plan's history.`, empty: '', back: 'mine', suggestions: [] },
      );
      const result = await d.send(reminder.contact, { card, text: `Reminder: ${what}.` });
      if (result.delivered) return { reached: true };
      const reason = result.cause === 'no-conversation' ? 'no conversation with the bot yet' : result.cause === 'not-installed' ? 'the app is not installed for them' : result.reason;
      return { reached: false, reason };
    },
  });
  if (!run.ran) {
    d.logger.info('reminders: another instance holds the lease', { week: run.week });
    return run;
  }
  for (const summary of run.councils) {
    const line = chairSummary(summary, d.councilName(summary.council));
    if (!line || (summary.reminded.length === 0 && summary.notReached.length === 0)) continue;
    // A re-run in the same week (a restart, a second instance) that would say the same again says nothing.
    const outcomes = [...summary.reminded.map((o) => ({ ...o, state: 'reached' })), ...summary.notReached.map((o) => ({ ...o, state: `not reached: ${o.reason}` }))];
    const news = outcomes.flatMap((o) => o.refs.map((ref) => `${o.contact} ${ref} ${o.state}`));
    const { changed } = await updateRecord<{ reported: string[] }>(job.store, `reminders/${run.week}/${summary.council}/chair-summary`, (current) => {
      const reported = current?.reported ?? [];
      return news.every((n) => reported.includes(n)) ? undefined : { next: { reported: [...new Set([...reported, ...news])] }, result: undefined };
    });
    if (!changed) continue;
    d.logger.info('reminders sent', { council: summary.council, week: run.week, reminded: summary.reminded.length, notReached: summary.notReached.length });
    await d.service.recordEvent(summary.council, { by: { id: 'reminders', name: 'Weekly reminders' }, kind: 'request', what: line });
    const chairs = d.rosters ? (await d.rosters.roster(summary.council)).chairs.map((p) => p.id) : [...(settings.chairs.get(summary.council) ?? [])];
    for (const chair of chairs) {
      if (readPersonId(chair)?.kind === 'upn') {
        d.logger.warn('reminders: a chair named by sign-in email cannot be sent the summary on a schedule', { council: summary.council });
        continue;
      }
      const sent = await d.send(chair, { text: line });
      if (!sent.delivered) d.logger.warn("reminders: the chair's summary was not delivered", { council: summary.council, reason: sent.reason });
    }
  }
  return run;
}
