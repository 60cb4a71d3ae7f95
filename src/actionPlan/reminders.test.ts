/** Reminders: who is due what, once a week, from one instance, on a Monday morning UK time. */
import { describe, expect, it } from '@jest/globals';
import { MemoryRecordStore } from '../../test/support/memoryRecords.js';
import type { CouncilId } from '../policy/schema.js';
import type { ActionItem, Plan, Status } from './model.js';
import {
  DEFAULT_REMINDERS_CRON,
  REMINDERS_LEASE_KEY,
  addDays,
  chairSummary,
  cronProblem,
  dueSoon,
  isoWeekOfDay,
  nextFire,
  reminderKey,
  remindersByLead,
  releaseLease,
  runReminders,
  scheduleReminders,
  takeLease,
  ukWeek,
  type LeadReminder,
  type PlanWithItems,
  type ReminderDeps,
  type ReminderRecord,
  type SendOutcome,
} from './reminders.js';
import { FakeClock } from '../../test/support/fakeClock.js';

const TODAY = '2026-12-07'; // a Monday
const MONDAY_9 = new Date('2026-12-07T09:00:00Z'); // 09:00 GMT

function item(ref: string, due: string | null, o: { status?: Status; lead?: string | null; contact?: string | null; council?: CouncilId } = {}): ActionItem {
  const [prefix, n] = ref.split('-');
  return {
    ref,
    council: o.council ?? (prefix === 'TRF' ? 'trafford' : 'stockport'),
    number: Number(n),
    theme: 'Procurement',
    action: `Action ${ref}`,
    lead: o.lead === undefined ? 'Procurement Manager' : o.lead,
    contact: o.contact === undefined ? 'sam@trafford.gov.uk' : o.contact,
    due,
    timeline: null,
    status: o.status ?? 'On track',
    source: null,
    history: [],
  };
}

function plan(council: CouncilId, items: ActionItem[]): PlanWithItems {
  const p: Plan = { council, prefix: items[0]?.ref.split('-')[0] ?? 'X', title: `${council} plan`, themes: [{ name: 'Procurement', maturity: null }], overall: null, notes: [], sources: [], refs: items.map((i) => i.ref), nextNumber: items.length + 1, lastDigest: null, events: [] };
  return { plan: p, items };
}

const contactOf = (i: ActionItem) => i.contact;

describe('who is due what', () => {
  const items = [
    item('TRF-1', addDays(TODAY, -30)),
    item('TRF-2', TODAY),
    item('TRF-3', addDays(TODAY, 14)),
    item('TRF-4', addDays(TODAY, 15)),
    item('TRF-5', addDays(TODAY, 3), { status: 'Complete' }),
    item('TRF-6', null),
    item('TRF-7', addDays(TODAY, 1), { status: 'Off track' }),
  ];

  it('takes open actions due within 14 days or overdue, soonest first', () => {
    expect(dueSoon(items, TODAY).map((d) => [d.item.ref, d.overdue])).toEqual([
      ['TRF-1', true],
      ['TRF-2', false],
      ['TRF-7', false],
      ['TRF-3', false],
    ]);
  });

  it('groups them by lead, per council, and lists the ones with no Teams contact', () => {
    const { reminders, noContact } = remindersByLead(
      [
        plan('trafford', [...items, item('TRF-8', TODAY, { lead: 'Head of HR', contact: 'jo@trafford.gov.uk' }), item('TRF-9', TODAY, { lead: 'Head of HR', contact: null })]),
        plan('stockport', [item('SMBC-1', TODAY, { contact: 'sam@trafford.gov.uk', council: 'stockport' })]),
      ],
      TODAY,
      contactOf,
    );
    expect(reminders.map((r) => [r.council, r.contact, r.leads, r.actions.map((a) => a.item.ref)])).toEqual([
      ['trafford', 'sam@trafford.gov.uk', ['Procurement Manager'], ['TRF-1', 'TRF-2', 'TRF-7', 'TRF-3']],
      ['trafford', 'jo@trafford.gov.uk', ['Head of HR'], ['TRF-8']],
      ['stockport', 'sam@trafford.gov.uk', ['Procurement Manager'], ['SMBC-1']],
    ]);
    expect(noContact.map((d) => d.item.ref)).toEqual(['TRF-9']);
  });
});

describe('the week a reminder belongs to', () => {
  it.each([
    ['2026-12-07', '2026-W50'],
    ['2026-12-13', '2026-W50'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'],
    ['2026-01-01', '2026-W01'],
  ])('%s is in %s', (day, week) => expect(isoWeekOfDay(day)).toBe(week));

  it('is the week in London: 00:30 BST on a Monday is already the new week', () => {
    // Sunday 29 March 2026 23:30 UTC is Monday 30 March 00:30 BST.
    expect(ukWeek(new Date('2026-03-29T23:30:00Z'))).toBe('2026-W14');
    expect(ukWeek(new Date('2026-03-29T22:30:00Z'))).toBe('2026-W13');
  });
});

describe('the lease', () => {
  const now = new Date('2026-12-07T09:00:00Z');
  const later = (ms: number) => new Date(now.getTime() + ms);

  it('goes to one holder until it runs out or is released', async () => {
    const store = new MemoryRecordStore();
    expect(await takeLease(store, REMINDERS_LEASE_KEY, 'a', now, 60_000)).toBe(true);
    expect(await takeLease(store, REMINDERS_LEASE_KEY, 'b', later(1_000), 60_000)).toBe(false);
    expect(await takeLease(store, REMINDERS_LEASE_KEY, 'a', later(2_000), 60_000)).toBe(true); // renewed
    expect(await takeLease(store, REMINDERS_LEASE_KEY, 'b', later(63_000), 60_000)).toBe(true); // ran out
    await releaseLease(store, REMINDERS_LEASE_KEY, 'a', later(64_000)); // not a's any more: no effect
    expect(await takeLease(store, REMINDERS_LEASE_KEY, 'a', later(65_000), 60_000)).toBe(false);
    await releaseLease(store, REMINDERS_LEASE_KEY, 'b', later(66_000));
    expect(await takeLease(store, REMINDERS_LEASE_KEY, 'a', later(67_000), 60_000)).toBe(true);
  });

  it('goes to exactly one of two instances racing for it', async () => {
    for (let round = 0; round < 20; round += 1) {
      const store = new MemoryRecordStore(true);
      const got = await Promise.all(['a', 'b', 'c'].map((h) => takeLease(store, REMINDERS_LEASE_KEY, h, now)));
      expect(got.filter(Boolean)).toHaveLength(1);
    }
  });
});

/** A sender that records what reached its lead, answering from `outcomes` by contact (reached by default). */
function recorder(outcomes: Record<string, SendOutcome | Error> = {}) {
  const sent: Array<{ contact: string; refs: string[] }> = [];
  const send = async (r: LeadReminder): Promise<SendOutcome> => {
    const o = outcomes[r.contact] ?? { reached: true };
    if (o instanceof Error) throw o;
    if (o.reached) sent.push({ contact: r.contact, refs: r.actions.map((a) => a.item.ref) });
    return o;
  };
  return { sent, send };
}

const PLANS: PlanWithItems[] = [
  plan('trafford', [
    item('TRF-1', addDays(TODAY, -10)),
    item('TRF-2', addDays(TODAY, 5), { lead: 'Head of HR', contact: 'jo@trafford.gov.uk' }),
    item('TRF-3', addDays(TODAY, 7), { lead: 'Inclusive Economy Manager', contact: '00000000-0000-0000-0000-0000000000aa' }),
    item('TRF-4', addDays(TODAY, 2), { lead: 'Policy Officer', contact: null }),
    item('TRF-5', addDays(TODAY, 40)),
  ]),
];

function deps(store: MemoryRecordStore, send: ReminderDeps['send'], o: Partial<ReminderDeps> = {}): ReminderDeps {
  let t = o.now?.() ?? MONDAY_9;
  return { store, instance: 'one', now: () => (t = new Date(t.getTime() + 1)), plans: async () => PLANS, contactOf, send, ...o };
}

describe('a run', () => {
  it('sends each lead one reminder, records it, and tells the chair who was and was not reached', async () => {
    const store = new MemoryRecordStore();
    const { sent, send } = recorder({ '00000000-0000-0000-0000-0000000000aa': { reached: false, reason: 'not installed' } });
    const run = await runReminders(deps(store, send));
    expect(run).toMatchObject({ week: '2026-W50', today: TODAY, ran: true });
    expect(sent).toEqual([
      { contact: 'sam@trafford.gov.uk', refs: ['TRF-1'] },
      { contact: 'jo@trafford.gov.uk', refs: ['TRF-2'] },
    ]);
    const [s] = run.councils;
    expect(s).toEqual({
      council: 'trafford',
      reminded: [
        { contact: 'sam@trafford.gov.uk', leads: ['Procurement Manager'], refs: ['TRF-1'] },
        { contact: 'jo@trafford.gov.uk', leads: ['Head of HR'], refs: ['TRF-2'] },
      ],
      notReached: [{ contact: '00000000-0000-0000-0000-0000000000aa', leads: ['Inclusive Economy Manager'], refs: ['TRF-3'], reason: 'not installed' }],
      alreadyReminded: [],
      noContact: ['TRF-4'],
    });
    expect(chairSummary(s!, 'Trafford')).toBe(
      'Trafford action plan reminders: Reminded Procurement Manager (sam@trafford.gov.uk): TRF-1; Head of HR (jo@trafford.gov.uk): TRF-2. ' +
        'Could not reach Inclusive Economy Manager (00000000-0000-0000-0000-0000000000aa), not installed: TRF-3. No lead linked in Teams for TRF-4.',
    );
    const record = (await store.read([reminderKey('2026-W50', 'trafford', 'sam@trafford.gov.uk')]))[reminderKey('2026-W50', 'trafford', 'sam@trafford.gov.uk')] as ReminderRecord;
    expect(record.actions['TRF-1']).toMatchObject({ state: 'sent' });
  });

  it('sends nothing on a second run in the same week (a restart on Wednesday), and again the next Monday', async () => {
    const store = new MemoryRecordStore();
    const first = recorder();
    await runReminders(deps(store, first.send));
    const again = recorder();
    const run = await runReminders(deps(store, again.send, { now: () => new Date('2026-12-09T15:00:00Z') }));
    expect(again.sent).toEqual([]);
    expect(run.councils[0]!.alreadyReminded.map((o) => o.contact)).toEqual(['sam@trafford.gov.uk', 'jo@trafford.gov.uk', '00000000-0000-0000-0000-0000000000aa']);
    expect(chairSummary(run.councils[0]!, 'Trafford')).toMatch(/^Trafford action plan reminders: Already reminded this week: Procurement Manager/);
    const nextWeek = recorder();
    await runReminders(deps(store, nextWeek.send, { now: () => new Date('2026-12-14T09:00:00Z') }));
    expect(nextWeek.sent.map((s) => s.contact)).toEqual(['sam@trafford.gov.uk', 'jo@trafford.gov.uk', '00000000-0000-0000-0000-0000000000aa']);
  });

  it('tries a lead not reached again later in the week, and only them', async () => {
    const store = new MemoryRecordStore();
    await runReminders(deps(store, recorder({ 'jo@trafford.gov.uk': { reached: false, reason: 'no conversation yet' } }).send));
    const again = recorder();
    await runReminders(deps(store, again.send, { now: () => new Date('2026-12-08T09:00:00Z') }));
    expect(again.sent).toEqual([{ contact: 'jo@trafford.gov.uk', refs: ['TRF-2'] }]);
  });

  it('counts a send that throws as not reached, with the reason', async () => {
    const store = new MemoryRecordStore();
    const run = await runReminders(deps(store, recorder({ 'jo@trafford.gov.uk': new Error('Service Unavailable') }).send));
    expect(run.councils[0]!.notReached).toContainEqual({ contact: 'jo@trafford.gov.uk', leads: ['Head of HR'], refs: ['TRF-2'], reason: 'could not be sent (Service Unavailable)' });
  });

  it('never sends twice after dying between claiming and recording a send', async () => {
    const store = new MemoryRecordStore();
    const key = reminderKey('2026-W50', 'trafford', 'sam@trafford.gov.uk');
    // What a process that died mid-send leaves behind.
    await store.write({ [key]: { week: '2026-W50', council: 'trafford', contact: 'sam@trafford.gov.uk', actions: { 'TRF-1': { at: MONDAY_9.toISOString(), state: 'sending' } } } });
    const { sent, send } = recorder();
    await runReminders(deps(store, send));
    expect(sent.map((s) => s.contact)).not.toContain('sam@trafford.gov.uk');
  });

  it('adds an action that fell due since, without repeating the others', async () => {
    const store = new MemoryRecordStore();
    await runReminders(deps(store, recorder().send));
    const more = [plan('trafford', [...PLANS[0]!.items, item('TRF-6', addDays(TODAY, 3))])];
    const again = recorder();
    await runReminders(deps(store, again.send, { plans: async () => more, now: () => new Date('2026-12-08T09:00:00Z') }));
    expect(again.sent).toEqual([{ contact: 'sam@trafford.gov.uk', refs: ['TRF-6'] }]);
  });

  it('with two instances on one store, sends each reminder once', async () => {
    for (let round = 0; round < 10; round += 1) {
      const store = new MemoryRecordStore(true);
      const { sent, send } = recorder();
      const runs = await Promise.all(['host-a', 'host-b'].map((instance) => runReminders(deps(store, send, { instance }))));
      expect(runs.filter((r) => r.ran)).toHaveLength(1);
      expect(sent.map((s) => s.contact).sort()).toEqual(['00000000-0000-0000-0000-0000000000aa', 'jo@trafford.gov.uk', 'sam@trafford.gov.uk']);
    }
  });

  it('sends each reminder once even if both instances got past the lease (each claims before sending)', async () => {
    for (let round = 0; round < 10; round += 1) {
      const store = new MemoryRecordStore(true);
      const { sent, send } = recorder();
      // Different lease keys: as if the first instance's lease had run out mid-run.
      await Promise.all(['a', 'b'].map((instance) => runReminders(deps(store, send, { instance, leaseKey: `lease-${instance}` }))));
      expect(sent.map((s) => s.contact).sort()).toEqual(['00000000-0000-0000-0000-0000000000aa', 'jo@trafford.gov.uk', 'sam@trafford.gov.uk']);
    }
  });

  it('does nothing while another instance holds the lease', async () => {
    const store = new MemoryRecordStore();
    await takeLease(store, REMINDERS_LEASE_KEY, 'other', MONDAY_9);
    const { sent, send } = recorder();
    expect(await runReminders(deps(store, send))).toMatchObject({ ran: false, councils: [] });
    expect(sent).toEqual([]);
  });

  it('says nothing to the chair when nothing was due', () => {
    expect(chairSummary({ council: 'trafford', reminded: [], notReached: [], alreadyReminded: [], noContact: [] }, 'Trafford')).toBeUndefined();
  });
});


describe('the schedule', () => {
  it('reads the default as Mondays at 09:00 and refuses what croner cannot read', () => {
    expect(DEFAULT_REMINDERS_CRON).toBe('0 9 * * 1');
    expect(cronProblem(DEFAULT_REMINDERS_CRON)).toBeUndefined();
    expect(cronProblem('every monday')).toEqual(expect.any(String));
    expect(cronProblem('0 25 * * 1')).toEqual(expect.any(String));
  });

  it('fires on Mondays at 09:00 UK time, in GMT and in BST', async () => {
    const clock = new FakeClock('2026-03-15T12:00:00Z'); // a Sunday, GMT; BST starts on 29 March
    const fired: string[] = [];
    const schedule = scheduleReminders({ clock, run: async (at) => void fired.push(`${at.toISOString()} ${clock.now().toISOString()}`) });
    await clock.advanceTo('2026-04-07T00:00:00Z');
    schedule.stop();
    expect(fired.map((f) => f.split(' ')[0])).toEqual(['2026-03-16T09:00:00.000Z', '2026-03-23T09:00:00.000Z', '2026-03-30T08:00:00.000Z', '2026-04-06T08:00:00.000Z']);
    // each run starts when it is due, not before
    for (const f of fired) expect(f.split(' ')[1]).toBe(f.split(' ')[0]);
  });

  it('follows the clocks going back in October', () => {
    // BST ends on 25 October 2026
    expect(nextFire(DEFAULT_REMINDERS_CRON, new Date('2026-10-19T00:00:00Z'))!.toISOString()).toBe('2026-10-19T08:00:00.000Z');
    expect(nextFire(DEFAULT_REMINDERS_CRON, new Date('2026-10-20T00:00:00Z'))!.toISOString()).toBe('2026-10-26T09:00:00.000Z');
  });

  it('skips a run that would overlap one still going, keeps going after a failed run, and stops', async () => {
    const clock = new FakeClock('2026-12-06T12:00:00Z');
    const errors: unknown[] = [];
    let calls = 0;
    let finish: () => void = () => {};
    const schedule = scheduleReminders({
      clock,
      cron: '0 * * * *',
      onError: (e) => errors.push(e),
      run: () => {
        calls += 1;
        if (calls === 1) return new Promise<void>((r) => (finish = r)); // still going an hour later
        if (calls === 2) return Promise.reject(new Error('store unreachable'));
        return Promise.resolve();
      },
    });
    await clock.advanceTo('2026-12-06T14:30:00Z'); // 13:00 runs and hangs, 14:00 is skipped
    expect(calls).toBe(1);
    finish();
    await new Promise((r) => setImmediate(r)); // the hung run finishes before 15:00
    await clock.advanceTo('2026-12-06T16:30:00Z'); // 15:00 fails, 16:00 runs
    expect(calls).toBe(3);
    expect(errors).toEqual([new Error('store unreachable')]);
    expect(schedule.next()!.toISOString()).toBe('2026-12-06T17:00:00.000Z');
    schedule.stop();
    await clock.advanceTo('2026-12-06T20:00:00Z');
    expect(calls).toBe(3);
    expect(schedule.next()).toBeNull();
  });

  it('waits more than the longest Node timer in steps', async () => {
    const clock = new FakeClock('2026-01-02T00:00:00Z');
    const fired: string[] = [];
    const schedule = scheduleReminders({ clock, cron: '0 9 1 3 *', run: async (at) => void fired.push(at.toISOString()) }); // 1 March: 58 days on
    await clock.advanceTo('2026-03-02T00:00:00Z');
    schedule.stop();
    expect(fired).toEqual(['2026-03-01T09:00:00.000Z']);
  });
});
