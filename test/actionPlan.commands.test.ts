/**
 * The steering group action plan over POST /api/messages, as Teams drives it: typed commands with
 * expectReplies, card actions as `adaptiveCard/action` invokes (the HTTP response body carries the
 * card that replaces the pressed one), permissions from the environment and a real store.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../src/policy/loader.js';
import { ADAPTIVE_CARD, startTestBot, type TestBot } from './support/testBot.js';
import { documentText } from './support/docx.js';

const require = createRequire(import.meta.url);
// The UMD bundle is the part of the SDK that loads in Node (see DESIGN.md).
const AC = require('adaptivecards/dist/adaptivecards.js') as {
  AdaptiveCard: new () => { parse(json: unknown, ctx: unknown): void; validateProperties(): { validationEvents: Array<{ message: string }> } };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): { message: string } };
};

const CHAIR = 'chair-tom';
const MEMBER = 'member-mo';
const MEMBER_2 = 'member-meg';
const READER = 'reader-rita';
const ENV = {
  STEERING_GROUP_CHAIRS: `trafford:${CHAIR},cheshire-west-and-chester:${CHAIR}`,
  STEERING_GROUP_MEMBERS: `trafford:${MEMBER},trafford:${MEMBER_2},cheshire-west-and-chester:${MEMBER}`,
};

/** What Teams needs of every card the plan sends: schema 1.5, labelled inputs, no colours of our own, valid for the SDK. */
function expectGoodCard(card: Record<string, unknown>): void {
  expect(card.version).toBe('1.5');
  const json = JSON.stringify(card);
  expect(json.length).toBeLessThan(40_000);
  expect(json).not.toMatch(/"color":"#|\$\{|undefined|\[object Object\]/);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.type === 'string' && o.type.startsWith('Input.')) expect(o.label).toEqual(expect.stringMatching(/\S/));
    if (o.type === 'Action.Execute') expect(o.verb).toEqual(expect.stringMatching(/^plan\./));
    Object.values(o).forEach(walk);
  };
  walk(card);
  const ctx = new AC.SerializationContext();
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, ctx);
  const problems = Array.from({ length: ctx.eventCount }, (_, i) => ctx.getEventAt(i).message);
  expect([...problems, ...parsed.validateProperties().validationEvents.map((e) => e.message)]).toEqual([]);
}

/** The card's download buttons, title -> URL on this test bot. */
function downloadLinks(bot: TestBot, card: Record<string, unknown>): Record<string, string> {
  const actions = (card.actions ?? []) as Array<{ type: string; title: string; url?: string }>;
  return Object.fromEntries(actions.filter((a) => a.type === 'Action.OpenUrl').map((a) => [a.title, a.url!.replace(/^https?:\/\/[^/]+/, bot.url)]));
}

async function ask(bot: TestBot, text: string, user: string) {
  const reply = await bot.ask(text, { user });
  reply.cards.forEach(expectGoodCard);
  return reply;
}

/** Presses an Action.Execute button: the invoke Teams sends, and the card (or error) that comes back. */
async function press(bot: TestBot, user: string, verb: string, data: Record<string, unknown>) {
  const res = await bot.invoke(verb, data, { user, conversationId: `cards-${user}` });
  // botbuilder answers the invoke with the card response's own status code.
  expect(res.status).toBe(res.body.statusCode);
  if (res.body.type === ADAPTIVE_CARD) expectGoodCard(res.body.value);
  return { ...res.body, text: res.text };
}

/** The Action.Execute buttons on a card, by title. */
function executeActions(card: Record<string, unknown>): Map<string, { verb: string; data: Record<string, unknown> }> {
  const found = new Map<string, { verb: string; data: Record<string, unknown> }>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'Action.Execute') found.set(String(o.title), { verb: String(o.verb), data: o.data as Record<string, unknown> });
    Object.values(o).forEach(walk);
  };
  walk(card);
  return found;
}

const historyCount = (text: string) => Number(/History \((\d+)\)/.exec(text)?.[1]);

describe('the action plan over HTTP', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot(ENV);
  });
  afterAll(async () => bot.close());

  describe('seeded from the council documents', () => {
    it("shows Trafford's plan by theme with status counts, maturity and its source", async () => {
      const { text, cards } = await ask(bot, 'trafford action plan', READER);
      expect(cards).toHaveLength(1);
      for (const theme of ['Internal Management', 'Engagement', 'Policy and Scope', 'Outcomes and Measures', 'Commissioning', 'Procurement', 'Governance']) {
        expect(text).toContain(`\n${theme}\n`);
      }
      expect(text).toMatch(/Maturity overall: Developing \(1\), target Innovator \(4\)/);
      expect(text).toMatch(/Not started: 10\nOn track: 0\nAt risk: 0\nOff track: 0\nComplete: 1/);
      expect(text).toContain('TRF-4 · Complete: Create a Social Value Steering Group');
      expect(text).toMatch(/TRF-1 · Not started: [^\n]*\. Lead and due date not set\./);
      expect(text).not.toMatch(/Lead: not set|Due: not set|->/);
      expect(text).toMatch(/Source: Report to the Executive: Trafford Social Value Charter and Draft Social Value Action Plan, sections /);
      expect(text).toContain('chaired by the Inclusive Economy and Communities Manager');
    });

    it("says which plan it is in the notification, not only that a card came", async () => {
      const reply = await bot.ask('can u show me the cwac action plan', { user: READER });
      expect(reply.cards).toHaveLength(1);
      expect(reply.messageText).toMatch(/^Cheshire West and Chester\b.*Action Plan/);
    });

    it("shows Cheshire West's Appendix C with lead officers and the policy's own timelines", async () => {
      const { text } = await ask(bot, 'cwac action plan', READER);
      expect(text).toContain('CWAC-1 · Not started · overdue: Adopt a social value measurement tool. Lead: Procurement Manager. Due: July 2021 (31 July 2021).');
      expect(text).toContain('CWAC-8 · Not started · overdue: Deliver a Supported Internship programme');
      expect(text).toMatch(/Sources?: Cheshire West and Chester Council Social Value Policy 2021-25, section Appendix C/);
      expect(text).toMatch(/\nOverdue\n/);
    });

    it("lists the plan's sources in each document's order, each section once", async () => {
      const { text } = await ask(bot, 'trafford action plan', READER);
      const line = text.split('\n').find((l) => /^Sources?: .*sections /.test(l)) ?? '';
      const lists = [...line.matchAll(/sections ([^|]+)/g)].map((m) => m[1]!.split(';').map((x) => x.trim()).filter(Boolean));
      expect(lists.length).toBeGreaterThan(0);
      for (const sections of lists) {
        expect(sections).toEqual([...new Set(sections)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
      }
    });

    it("shows Stockport's priorities under its Maturity Index areas, with no levels invented", async () => {
      const { text } = await ask(bot, "stockport's action plan", READER);
      expect(text).toContain('Stockport Social Value Action Plan');
      expect(text).toContain('Governance and Accountability');
      expect(text).toContain('SMBC-1 · Not started: Review and refresh the Stockport Social Value Charter');
      // Said once, not under each of its themes.
      expect(text.match(/Maturity by theme: not recorded\./g)).toHaveLength(1);
      expect(text).not.toMatch(/Maturity: not recorded/);
      expect(text).not.toMatch(/Maturity overall/);
    });

    it('asks which council when none is named, set or defaulted', async () => {
      const { text } = await ask(bot, 'action plan', 'newcomer');
      expect(text).toMatch(/Which council\?/);
    });

    it("uses the officer's own council when they have set one", async () => {
      await bot.ask('my council is Stockport', { user: 'stella' });
      const { text } = await ask(bot, 'action plan', 'stella');
      expect(text).toContain('Stockport Social Value Action Plan');
    });
  });

  describe('views', () => {
    it('shows one action with its history and the sentence it comes from', async () => {
      const { text, cards } = await ask(bot, 'action TRF-6', READER);
      expect(text).toContain('TRF-6 · Trafford');
      expect(text).toContain('Theme: Engagement');
      expect(text).toMatch(/History \(1\)\n.*Seeded from the council documents: status set to Not started/);
      expect(text).toContain('Source: Report to the Executive: Trafford Social Value Charter and Draft Social Value Action Plan, 2.7: "It is intended that this information will be collected on a regular basis');
      expect(executeActions(cards[0]!).get('Update TRF-6')).toEqual({ verb: 'plan.edit', data: { council: 'trafford', ref: 'TRF-6', back: '' } });
    });

    it('filters by theme, by lead and by overdue', async () => {
      const theme = await ask(bot, 'trafford action plan theme engagement', READER);
      expect(theme.text).toMatch(/Trafford: Engagement/);
      expect(theme.text.match(/^TRF-\d+ · /gm)).toEqual(['TRF-6 · ', 'TRF-10 · ', 'TRF-11 · ']);
      // One council's list does not end every line with the council's name.
      expect(theme.text).not.toMatch(/\. Trafford\.$/m);

      const lead = await ask(bot, 'cwac actions for skills and employment', READER);
      expect(lead.text.match(/^CWAC-\d+/gm)).toEqual(['CWAC-8']);

      const overdue = await ask(bot, 'overdue actions in cwac', READER);
      // All 12 Appendix C actions are overdue; a list card shows 10 (each has a button) and says so.
      expect(overdue.text.match(/^CWAC-\d+/gm)).toHaveLength(10);
      expect(overdue.text).toMatch(/… and 2 more/);
      const none = await ask(bot, 'trafford overdue', READER);
      // Trafford's report gives no dates, so nothing can be overdue yet: the card says why.
      expect(none.text).toMatch(/Nothing is overdue, but none of the \d+ open actions has a due date yet: the chair sets them\./);
    });

    it('says what exists when a theme or lead is not found', async () => {
      const theme = await ask(bot, 'trafford action plan theme Finance', READER);
      expect(theme.text).toMatch(/No theme "Finance"/);
      expect(theme.text).toContain('Outcomes and Measures');
      const lead = await ask(bot, 'cwac actions for Chief Executive', READER);
      expect(lead.text).toMatch(/No Cheshire West and Chester actions are led by "Chief Executive"\. The leads in the plan are:/);
      expect(lead.text).toContain('Strategy and Innovation Manager');
    });
  });

  describe('typed updates', () => {
    it('records a status change with a note and confirms what changed', async () => {
      const { text } = await ask(bot, 'update TRF-3 at risk: waiting for HR sign-off', MEMBER);
      expect(text).toContain('Updated TRF-3: status from Not started to At risk; note recorded.');
      expect(text).toContain('Status: At risk');
      expect(historyCount(text)).toBe(2);
      expect(text).toMatch(/member-mo: status from Not started to At risk\. "waiting for HR sign-off"/);
    });

    it('takes a note without a status, and a status without a note', async () => {
      const note = await ask(bot, 'update TRF-3: met the college', MEMBER_2);
      expect(note.text).toContain('Updated TRF-3: note recorded.');
      expect(note.text).toContain('Status: At risk');
      const status = await ask(bot, 'update TRF-3 on track', MEMBER);
      expect(status.text).toContain('Updated TRF-3: status from At risk to On track.');
      expect(historyCount(status.text)).toBe(4);
      // Nothing is overwritten: the first note is still there, oldest last.
      expect(status.text).toMatch(/member-mo: status from At risk to On track\n.*member-meg: "met the college"\n.*member-mo: status from Not started to At risk\. "waiting for HR sign-off"/);
    });

    it('says so when an update would change nothing', async () => {
      const { text } = await ask(bot, 'update TRF-3 on track', MEMBER);
      expect(text).toMatch(/Nothing to change on TRF-3/);
      expect(text).toMatch(/TRF-3 already reads that way \(status On track\)/);
      expect(historyCount((await ask(bot, 'action TRF-3', READER)).text)).toBe(4);
    });

    it.each([
      ['update ZZZ-3: hello', /I don't know the reference "ZZZ-3"\. References start with CWAC \(Cheshire West and Chester\), SMBC \(Stockport\), TRF \(Trafford\)/],
      ['update TRF-99: hello', /TRF-99 is not in Trafford's action plan\. It has TRF-1 to TRF-11\./],
      ['update TRF-3 sideways: hello', /"sideways" is not a status\. Use one of Not started, On track, At risk, Off track, Complete\./],
      ['update TRF-3 at risk:', /The note after the colon is empty/],
      ['update TRF-3 waiting for HR', /To add a note, put it after a colon: "update TRF-3: waiting for HR"/],
    ])('explains the malformed command "%s"', async (command, message) => {
      const { text } = await ask(bot, command, MEMBER);
      expect(text).toMatch(message);
    });

    it.each(['assign TRF-9 to Head of Procurement <sam.smith@@trafford>', 'due TRF-6 31/02/2027', 'update TRF-3 at risk:'])(
      'shows the examples for "%s" to be typed, never as a button that would save made-up values',
      async (command) => {
        const reply = await ask(bot, command, CHAIR);
        expect(reply.text).toMatch(/For example: "/);
        expect(reply.buttons).toEqual(['plan help']);
        const year = new Date().getUTCFullYear();
        // A date in an example is never one already past.
        for (const [, y] of reply.text.matchAll(/\b\d{2}\/\d{2}\/(\d{4})\b/g)) expect(Number(y)).toBeGreaterThan(year);
      },
    );
  });

  describe('text as Teams sends it', () => {
    it('reads HTML entities as the characters the officer typed', async () => {
      const note = await ask(bot, 'update CWAC-8: met HR &amp; Legal about the &quot;pilot&quot;', CHAIR);
      expect(note.text).toContain('"met HR & Legal about the "pilot""');
      expect(note.text).not.toContain('&amp;');
      const lead = await ask(bot, 'assign CWAC-7 to Jo Bloggs &lt;jo.bloggs@cheshirewestandchester.gov.uk&gt;', CHAIR);
      expect(lead.text).toMatch(/lead from .* to Jo Bloggs; Teams contact set to jo\.bloggs@cheshirewestandchester\.gov\.uk/);
    });
  });

  describe('due dates', () => {
    it('takes a date already past, and says the action now shows as overdue', async () => {
      const { text } = await ask(bot, 'due CWAC-6 01/01/2020', CHAIR);
      expect(text).toContain('Updated CWAC-6: due date');
      expect(text).toContain('1 January 2020 has already passed, so the action shows as overdue');
      const later = await ask(bot, `due CWAC-6 31/03/${new Date().getUTCFullYear() + 1}`, CHAIR);
      expect(later.text).not.toMatch(/has already passed/);
    });
  });

  describe('assigning twice', () => {
    it('says what the action already reads, in the field that was asked for', async () => {
      await ask(bot, 'assign CWAC-9 to Head of Procurement', CHAIR);
      const again = await ask(bot, 'assign CWAC-9 to Head of Procurement', CHAIR);
      expect(again.text).toMatch(/CWAC-9 already reads that way \(lead Head of Procurement\)/);
    });
  });

  describe('which council, when none is named or set', () => {
    it("reads a look at the plan that names no council as the conversation's council", async () => {
      await ask(bot, 'who chairs the trafford steering group?', 'reader-ros');
      const plan = await ask(bot, 'show the action plan', 'reader-ros');
      expect(plan.text.split('\n')[0]).toMatch(/^Trafford Social Value Action Plan/);
      const overdue = await ask(bot, 'whats overdue', 'reader-ros');
      expect(overdue.text.split('\n')[0]).toBe('Trafford: overdue actions');
    });

    it("reads a one-council member's plan commands as their council's", async () => {
      const { text } = await ask(bot, 'action plan', MEMBER_2);
      expect(text.split('\n')[0]).toMatch(/^Trafford/);
      expect(text).not.toMatch(/Which council/);
    });

    it('asks someone in two groups, or in none, with buttons that ask the same thing for each council', async () => {
      for (const [user, command, button] of [
        [MEMBER, 'digest', 'Stockport digest'],
        [READER, 'request updates', 'request updates for Stockport'],
        // Someone in no group whose chat has not been about a council yet (READER's has: CWaC's plan above).
        ['reader-rob', 'action plan', 'Stockport action plan'],
      ] as const) {
        const reply = await ask(bot, command, user);
        expect(reply.text).toMatch(/Which council\?/);
        expect(reply.buttons).toContain(button);
      }
    });
  });

  describe('permissions', () => {
    it('lets anyone read but not update, and says why', async () => {
      const { text } = await ask(bot, 'update TRF-7: I think this is done', READER);
      expect(text).toMatch(/TRF-7 was not changed\nOnly members of Trafford's steering group, and an action's lead, can update actions\./);
      expect(historyCount((await ask(bot, 'action TRF-7', READER)).text)).toBe(1);
    });

    it('keeps closing, re-dating and reassigning for the chair', async () => {
      const close = await ask(bot, 'complete TRF-7', MEMBER);
      expect(close.text).toMatch(/Only the chair of Trafford's steering group can close an action \(mark it Complete\)\. You can change the status \(other than Complete\) and add progress notes\./);
      const due = await ask(bot, 'due TRF-7 31/03/2027', MEMBER);
      expect(due.text).toMatch(/Only the chair .* can set or change due dates/);
      const assign = await ask(bot, 'assign TRF-7 to Inclusive Economy Officer', MEMBER);
      expect(assign.text).toMatch(/Only the chair .* can reassign actions/);
      const add = await ask(bot, 'add action in Trafford under Procurement: publish a supplier guide', MEMBER);
      expect(add.text).toMatch(/Only the chair can add actions/);
      expect(historyCount((await ask(bot, 'action TRF-7', READER)).text)).toBe(1);
    });

    it('lets the chair close, re-date, reassign, add and set maturity', async () => {
      const due = await ask(bot, 'due TRF-7 31/03/2027', CHAIR);
      expect(due.text).toContain('Updated TRF-7: due date set to 31 March 2027.');
      const assign = await ask(bot, 'assign TRF-7 to Inclusive Economy Officer', CHAIR);
      expect(assign.text).toContain('Updated TRF-7: lead set to Inclusive Economy Officer.');
      const close = await ask(bot, 'complete TRF-7: mapping finished', CHAIR);
      expect(close.text).toContain('Updated TRF-7: status from Not started to Complete; note recorded.');
      const reopen = await ask(bot, 'update TRF-7 on track: not finished after all', MEMBER);
      expect(reopen.text).toMatch(/Only the chair .* can reopen a completed action/);

      const add = await ask(bot, 'add action in Trafford under Procurement: publish a supplier guide', CHAIR);
      expect(add.text).toContain('Added TRF-12 under Procurement.');
      expect((await ask(bot, 'action TRF-12', READER)).text).toContain('publish a supplier guide');

      const maturity = await ask(bot, 'trafford maturity procurement 1 -> 3', CHAIR);
      expect(maturity.text).toMatch(/Procurement\n2 actions: 2 Not started\. Maturity: Developing \(1\), target Leader \(3\)\./);
      expect((await ask(bot, 'trafford maturity procurement 1 -> 4', MEMBER)).text).toMatch(/Only the chair can set maturity levels/);
    });

    it('lets an action\'s lead update that action, and only that one', async () => {
      await ask(bot, `assign TRF-5 to Procurement Lead <00000000-0000-4000-8000-00000000aaaa>`, CHAIR);
      const leadId = '00000000-0000-4000-8000-00000000aaaa';
      expect((await ask(bot, 'update TRF-5 on track: first assessment booked', leadId)).text).toContain('Updated TRF-5: status from Not started to On track; note recorded.');
      expect((await ask(bot, 'update TRF-6 on track: not mine', leadId)).text).toMatch(/TRF-6 was not changed/);
      const mine = await ask(bot, 'my actions', leadId);
      expect(mine.text.match(/^TRF-\d+ · /gm)).toEqual(['TRF-5 · ']);
      expect((await ask(bot, 'my actions', MEMBER)).text).toMatch(/No open actions have you as their lead/);
    });

    it('with no steering group configured, nobody can change the plan and the bot says who to ask', async () => {
      const open = await startTestBot();
      try {
        const { text } = await ask(open, 'update TRF-3 at risk: x', 'anyone');
        expect(text).toMatch(/Nobody can change Trafford's action plan yet: no steering group is set up for it/);
        expect(text).toMatch(/Ask your IT team to set up Trafford's steering group/);
        expect(text).not.toMatch(/STEERING_GROUP_/);
        expect((await ask(open, 'trafford action plan', 'anyone')).text).toContain('Trafford Social Value Action Plan');
      } finally {
        await open.close();
      }
    });
  });

  describe('update cards (Action.Execute)', () => {
    it('opens an update card with labelled inputs for a member, and saves it into the history', async () => {
      const edit = await press(bot, MEMBER, 'plan.edit', { council: 'trafford', ref: 'TRF-2', back: '' });
      expect(edit).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
      expect(edit.text).toContain('Update TRF-2');
      const save = executeActions(edit.value).get('Save update')!;
      expect(save).toEqual({ verb: 'plan.update', data: { council: 'trafford', ref: 'TRF-2', seen: '1', back: '' } });

      // Teams sends the inputs merged into the action's data.
      const saved = await press(bot, MEMBER, save.verb, { ...save.data, status: 'At risk', note: 'Supplier workshop *postponed*', due: '', lead: '', contact: '' });
      expect(saved.text).toContain('Updated TRF-2: status from Not started to At risk; note recorded.');
      expect(saved.text).toMatch(/member-mo: status from Not started to At risk\. "Supplier workshop \*postponed\*"/);
      expect(JSON.stringify(saved.value)).toContain('Supplier workshop \\\\*postponed\\\\*');
    });

    it('shows a mistake on the card and keeps what the officer typed', async () => {
      const bad = await press(bot, MEMBER, 'plan.update', { council: 'trafford', ref: 'TRF-2', seen: '2', status: 'Amber', note: 'keep me', due: '', lead: '', contact: '' });
      expect(bad.text).toMatch(/Choose a status: Not started, On track, At risk, Off track, Complete\./);
      expect(JSON.stringify(bad.value)).toContain('"value":"keep me"');
      const refused = await press(bot, MEMBER, 'plan.update', { council: 'trafford', ref: 'TRF-2', seen: '2', status: 'At risk', note: 'new date agreed', due: '2027-01-31', lead: '', contact: '' });
      expect(refused.text).toMatch(/Only the chair of Trafford's steering group can set or change due dates/);
      expect(JSON.stringify(refused.value)).toContain('"value":"2027-01-31"');
      const nothing = await press(bot, MEMBER, 'plan.update', { council: 'trafford', ref: 'TRF-2', seen: '2', status: 'At risk', note: '', due: '', lead: '', contact: '' });
      expect(nothing.text).toMatch(/Nothing changed/);
      expect(historyCount((await ask(bot, 'action TRF-2', READER)).text)).toBe(2);
    });

    it('lets the chair change the due date and lead by card, and says when others updated meanwhile', async () => {
      await ask(bot, 'update TRF-2: another member got there first', MEMBER_2);
      const saved = await press(bot, CHAIR, 'plan.update', { council: 'trafford', ref: 'TRF-2', seen: '2', status: 'On track', note: '', due: '2027-01-31', lead: 'Policy Officer', contact: '' });
      expect(saved.text).toContain('Updated TRF-2: status from At risk to On track; due date set to 31 January 2027; lead set to Policy Officer.');
      expect(saved.text).toContain('1 other update landed while you had the card open');
    });

    it('shows a reader the action and why they cannot update it, instead of a form', async () => {
      const edit = await press(bot, READER, 'plan.edit', { council: 'trafford', ref: 'TRF-2' });
      expect(edit.text).toMatch(/Only members of Trafford's steering group/);
      expect(JSON.stringify(edit.value)).not.toContain('Input.');
    });

    it('adds an action from the chair\'s card', async () => {
      const form = await ask(bot, 'add action to cwac', CHAIR);
      const add = executeActions(form.cards[0]!).get('Add action')!;
      expect(add).toEqual({ verb: 'plan.add', data: { council: 'cheshire-west-and-chester' } });
      const missing = await press(bot, CHAIR, add.verb, { ...add.data, theme: 'Reporting', action: '', lead: '', contact: '', due: '' });
      expect(missing.text).toContain('Say what the action is.');
      const added = await press(bot, CHAIR, add.verb, { ...add.data, theme: 'Reporting', action: 'Publish the annual social value report', lead: 'Strategy and Innovation Manager', contact: '', due: '2027-06-30' });
      expect(added.text).toContain('Added CWAC-13 under Reporting.');
      expect(added.text).toContain('Due: 30 June 2027');
    });

    it('refuses a card for an action or verb it does not know', async () => {
      const unknown = await press(bot, MEMBER, 'plan.edit', { council: 'trafford', ref: 'CWAC-1' });
      expect(unknown).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
      const verb = await press(bot, MEMBER, 'plan.launch', { council: 'trafford', ref: 'TRF-1' });
      expect(verb).toMatchObject({ statusCode: 400 });
    });
  });

  describe('the digest for the standing agenda item', () => {
    it('posts changes, overdue and at-risk actions and decisions, with Markdown and CSV downloads', async () => {
      await ask(bot, 'update TRF-9 off track: funding bid rejected', MEMBER);
      const { text, cards } = await ask(bot, 'trafford digest', CHAIR);
      expect(text).toContain('Trafford Social Value Action Plan: digest');
      expect(text).toContain('Changes since the plan was loaded');
      expect(text).toMatch(/TRF-3 · On track · Apply Social Value/);
      expect(text).toContain('member-mo: status from Not started to At risk. "waiting for HR sign-off"');
      expect(text).toMatch(/At risk or off track\n- TRF-9 · Off track:/);
      expect(text).toMatch(/Decisions needed\n- Off track: agree how to recover or re-plan: TRF-9/);
      expect(text).toMatch(/No due date: the chair to set one: TRF-1, TRF-3/);

      const links = downloadLinks(bot, cards[0]!);
      expect(Object.keys(links)).toEqual(['Minutes (Word)', 'Minutes (Markdown)', 'Spreadsheet (CSV)']);
      const word = await fetch(links['Minutes (Word)']!);
      expect(word.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(word.headers.get('content-disposition')).toMatch(/^attachment; filename="TRF-Trafford-Social-Value-Action-Plan-digest-\d{4}-\d{2}-\d{2}\.docx"$/);
      const agenda = documentText(Buffer.from(await word.arrayBuffer()));
      expect(agenda).toContain('Trafford Social Value Action Plan: digest');
      expect(agenda).toContain('Decisions needed');
      expect(agenda).toContain('Off track: agree how to recover or re-plan: TRF-9');
      expect(agenda).toContain('member-mo: status from Not started to At risk. "waiting for HR sign-off"');
      const md = await fetch(links['Minutes (Markdown)']!);
      expect(md.headers.get('content-type')).toContain('text/markdown');
      const minutes = await md.text();
      expect(minutes).toMatch(/^# Trafford Social Value Action Plan: digest/);
      expect(minutes).toContain('## Decisions needed');
      expect(minutes).toMatch(/- .*member-mo: status from Not started to At risk\. "waiting for HR sign-off"/);
      const csv = await (await fetch(links['Spreadsheet (CSV)']!)).text();
      const rows = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(rows[0]).toMatch(/^Reference,Theme,Action,Lead,Due,Timeline \(document\),Status,Overdue,Changes since the plan was loaded,Latest note/);
      expect(rows.find((r) => r.startsWith('TRF-9,'))).toMatch(/,Off track,no,1,funding bid rejected,/);
      const refs = rows.slice(1).map((r) => r.split(',')[0]);
      expect(refs.slice(0, 11)).toEqual(Array.from({ length: 11 }, (_, i) => `TRF-${i + 1}`));
      expect(refs.every((r) => /^TRF-\d+$/.test(r!))).toBe(true);
    });

    it('counts from the last digest the group posted; a date given overrides it; a reader does not move it', async () => {
      const next = await ask(bot, 'trafford agenda', CHAIR);
      expect(next.text).toMatch(/Changes since the last digest \(.*chair-tom\)\nNo changes\./);
      expect(next.text).toContain('The next digest counts its changes from this one.');
      // A member looking ahead of the meeting leaves the chair's list of changes as it is.
      await ask(bot, 'update TRF-11: draft circulated', MEMBER);
      const preview = await ask(bot, 'trafford digest', MEMBER_2);
      expect(preview.text).toContain("A preview: the next digest still counts its changes from the chair's last one.");
      const chairs = await ask(bot, 'trafford digest', CHAIR);
      expect(chairs.text).toMatch(/Changes since the last digest \(.*chair-tom\)\n.*TRF-11/);
      await ask(bot, 'update TRF-10: circulated to partners', MEMBER);
      const reader = await ask(bot, 'trafford digest', READER);
      expect(reader.text).toContain('TRF-10 · Not started');
      const again = await ask(bot, 'trafford digest', READER);
      expect(again.text).toContain('TRF-10 · Not started');
      const dated = await ask(bot, 'trafford digest since 01/01/2020', CHAIR);
      expect(dated.text).toContain('Changes since 1 January 2020');
      expect(dated.text).toContain('waiting for HR sign-off');
    });
  });

  describe('many members updating one action at once', () => {
    it('lands all 50 concurrent updates as 50 history entries', async () => {
      const before = historyCount((await ask(bot, 'action TRF-8', READER)).text);
      const replies = await Promise.all(
        Array.from({ length: 50 }, (_, i) => bot.ask(`update TRF-8: note ${i + 1}`, { user: i % 2 ? MEMBER : MEMBER_2 })),
      );
      expect(replies.every((r) => r.text.includes('Updated TRF-8: note recorded.'))).toBe(true);
      const after = await ask(bot, 'action TRF-8', READER);
      expect(historyCount(after.text)).toBe(before + 50);
      const digest = await ask(bot, 'trafford digest since 01/01/2020', READER);
      const md = await (await fetch(downloadLinks(bot, digest.cards[0]!)['Minutes (Markdown)']!)).text();
      const notes = new Set([...md.matchAll(/"note (\d+)"/g)].map((m) => m[1]));
      expect(notes.size).toBe(50);
    });
  });

  describe('the split with Q&A', () => {
    it('leaves questions about what the documents say to Q&A', async () => {
      const { text } = await ask(bot, "what does Stockport's action plan say?", READER);
      expect(text).toContain("Stockport's social value action plan");
      expect(text).toContain('Source: Stockport Social Value Annual Statement 2022-2023, section 9. Actions and next steps for delivery');
      expect(text).not.toContain('SMBC-1');
      expect((await bot.ask('trafford maturity index', { user: READER })).text).toContain('Innovator');
    });

    it('answers plan commands itself, never with "not available yet"', async () => {
      for (const command of ['digest', 'my actions', 'overdue', 'request updates', 'action plan frobnicate']) {
        const { text } = await ask(bot, command, READER);
        expect(text).not.toMatch(/isn't available in this version/);
      }
    });
  });
});

describe('restarts', () => {
  it('loads the seeds once and keeps what the group recorded across a restart', async () => {
    const dbFile = join(mkdtempSync(join(tmpdir(), 'sva-plan-restart-')), 'db.json');
    const first = await startTestBot({ ...ENV, DB_FILE: dbFile });
    await ask(first, 'complete CWAC-1: tool adopted', CHAIR);
    await first.close();
    const second = await startTestBot({ ...ENV, DB_FILE: dbFile });
    try {
      const { text } = await ask(second, 'action CWAC-1', READER);
      expect(text).toContain('Status: Complete');
      expect(text).toContain('"tool adopted"');
      expect(historyCount(text)).toBe(2);
    } finally {
      await second.close();
    }
  });

  it('refuses to start on a damaged seed file, naming the file and the path inside it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sva-plan-data-'));
    cpSync(DEFAULT_DATA_DIR, dataDir, { recursive: true });
    const file = join(dataDir, 'action-plans', 'cheshire-west-and-chester.json');
    const seed = JSON.parse(readFileSync(file, 'utf8'));
    seed.items[3].due = '30/09/2021';
    writeFileSync(file, JSON.stringify(seed));
    await expect(startTestBot({ DATA_DIR: dataDir })).rejects.toThrow(`${file}: items[3].due: expected a date as YYYY-MM-DD`);
  });

  it('refuses to start on a bad steering group setting, naming it', async () => {
    await expect(startTestBot({ STEERING_GROUP_CHAIRS: 'jo@trafford.gov.uk' })).rejects.toThrow(
      /STEERING_GROUP_CHAIRS: has no council prefix; write council:value, e\.g\. trafford:jo\.bloggs@trafford\.gov\.uk \(got "jo@trafford\.gov\.uk"\)/,
    );
  });
});
