/**
 * The PID checklist end to end over POST /api/messages: typed commands and real `adaptiveCard/action`
 * invokes, for each council under, at and above every threshold; invalid inputs; resume; stale and
 * double presses sent in parallel; downloads; exemptions approved and rejected through a local Bot
 * Connector stand-in (the line manager from Graph is in checklist.graph.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { startConnectorStub, type CapturedActivity, type ConnectorStub } from './support/connectorStub.js';
import { cardText, startTestBot, type TestBot } from './support/testBot.js';
import { documentText } from './support/docx.js';

type Card = Record<string, any>;
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js');

/** Every card the bot draws must parse cleanly, keep under the size limit and label every input. */
function checkCard(card: Card): void {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  const events = [...Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i)), ...parsed.validateProperties().validationEvents];
  expect(events.map((ev: { message: string }) => ev.message)).toEqual([]);
  expect(card.version).toBe('1.5');
  expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28 * 1024);
  for (const input of inputsOf(card)) expect(typeof input.label === 'string' && input.label.length > 3).toBe(true);
  expect(JSON.stringify(card)).not.toMatch(/\$\{|#[0-9a-f]{6}\b/i);
}

function walk(node: unknown, visit: (o: Card) => void): void {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  if (!node || typeof node !== 'object') return;
  visit(node as Card);
  for (const v of Object.values(node)) walk(v, visit);
}

const inputsOf = (card: Card) => {
  const out: Card[] = [];
  walk(card.body, (o) => typeof o.type === 'string' && o.type.startsWith('Input.') && out.push(o));
  return out;
};

const actionsOf = (card: Card) => {
  const out: Card[] = [];
  walk([card.body, card.actions], (o) => typeof o.type === 'string' && o.type.startsWith('Action.') && out.push(o));
  return out;
};

/** What a person reads on the card, Markdown escapes removed. */
const textOf = (card: Card) => cardText(card);

const contractInputs = (over: Record<string, string> = {}) => ({
  council: 'stockport',
  title: 'Home care framework',
  reference: 'HC-2025-01',
  service: 'Adult Social Care',
  category: 'services',
  value: '120000',
  competitive: 'yes',
  start: '2025-09-01',
  ...over,
});
const approachInputs = (over: Record<string, string> = {}) => ({
  needsAnalysis: 'yes',
  marketEngagement: 'yes',
  included: 'yes',
  weighting: '20',
  toms: 'NT1',
  otherToms: '',
  evaluation: 'both',
  reason: '',
  ...over,
});
const commitmentInputs = (over: Record<string, string> = {}) => ({
  minimumStandards: 'yes',
  livingWage: 'yes',
  carbonPlan: 'yes',
  portal: 'yes',
  paymentDeductions: 'yes',
  contractManagement: 'Quarterly social value reports through the Social Value Portal, reviewed at contract meetings',
  ...over,
});

interface InvokeReply {
  status: number;
  body: { statusCode: number; type: string; value: any };
}

/** An officer (or approver) in Teams: types messages and presses buttons on the card in front of them. */
class Person {
  card: Card = {};
  readonly conversation: string;
  constructor(
    readonly bot: TestBot,
    readonly user: string,
    readonly serviceUrl = 'http://127.0.0.1:9/unused',
  ) {
    this.conversation = `conv-${user}-${randomUUID()}`;
  }

  async say(text: string) {
    const reply = await this.bot.ask(text, { user: this.user, serviceUrl: this.serviceUrl, activity: { conversation: { id: this.conversation, conversationType: 'personal', tenantId: 'tenant-1' } } });
    const last = reply.cards.at(-1);
    if (last) {
      checkCard(last);
      this.card = last;
    }
    return reply;
  }

  /** Sends the invoke Teams sends for an Action.Execute: the action's data with the inputs merged in. */
  invoke(verb: string, data: Record<string, unknown>): Promise<InvokeReply> {
    return this.bot.invoke(verb, data, { user: this.user, serviceUrl: this.serviceUrl, conversationId: this.conversation }) as Promise<InvokeReply>;
  }

  action(title: string | RegExp, card: Card = this.card): Card {
    const found = actionsOf(card).find((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
    if (!found) throw new Error(`no button "${title}" on the card; buttons: ${actionsOf(card).map((a) => a.title).join(' | ')}`);
    return found;
  }

  /** Presses a button on a card (by default the current one); a card in reply replaces it. */
  async press(title: string | RegExp, inputs: Record<string, string> = {}, card: Card = this.card): Promise<InvokeReply> {
    const a = this.action(title, card);
    const reply = await this.invoke(a.verb, { ...a.data, ...inputs });
    if (reply.body?.type === 'application/vnd.microsoft.card.adaptive') {
      checkCard(reply.body.value);
      this.card = reply.body.value;
    }
    return reply;
  }

  get text(): string {
    return textOf(this.card);
  }

  /** The values the card's inputs show, by input id. */
  get shown(): Record<string, unknown> {
    return Object.fromEntries(inputsOf(this.card).map((i) => [i.id, i.value]));
  }

  get id(): string {
    return this.action(/.*/).data?.checklistId;
  }
}

/** The whole walkthrough with the given answers; returns the card seen at each step. */
async function journey(p: Person, c: Record<string, string>, a: Record<string, string>, cm: Record<string, string>) {
  await p.say('new PID checklist');
  expect(p.text).toContain('Step 1 of 5: The contract');
  await p.press('Save and continue', c);
  const requirements = p.card;
  expect(p.text).toContain('Step 2 of 5: What applies');
  await p.press('Continue');
  const approach = p.card;
  expect(p.text).toContain('Step 3 of 5: Your approach');
  await p.press('Save and continue', a);
  expect(p.text).toContain('Step 4 of 5: Commitments');
  const commitments = p.card;
  await p.press('Save and continue', cm);
  expect(p.text).toContain('Step 5 of 5: Review and sign-off');
  const review = p.card;
  const confirmed = await p.press(/^Confirm/);
  expect(confirmed.status).toBe(200);
  return { requirements, approach, commitments, review, summary: p.card };
}

describe('PID checklist walkthrough', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ DEFAULT_COUNCIL: 'stockport' });
  });
  afterAll(async () => bot.close());

  it('starts from "new PID checklist", "checklist" or "PID", with the default council preselected and nothing stored yet', async () => {
    for (const command of ['new PID checklist', 'checklist', 'PID', 'start a PID checklist']) {
      const p = new Person(bot, `starter-${command.length}`);
      await p.say(command);
      expect(p.text).toContain('Step 1 of 5: The contract');
      expect(p.shown.council).toBe('stockport');
      const labels = inputsOf(p.card).map((i) => i.label);
      expect(labels).toEqual(
        expect.arrayContaining(['Council', 'Contract title', 'Contract reference (optional)', 'Service or directorate', 'Total contract value (£) including extensions', 'Expected contract start date']),
      );
      await p.say('my checklists');
      expect(p.text).toContain('You have no PID checklists yet');
    }
  });

  it('starts from what the officer said: "new PID checklist for a £120k works contract in Trafford"', async () => {
    const p = new Person(bot, 'prefill');
    await p.say('new PID checklist for a £120k works contract in Trafford');
    expect(p.shown).toMatchObject({ council: 'trafford', value: '£120,000', category: 'works' });
  });

  it('walks a Stockport £120,000 services contract to "Ready for PID sign-off", showing what applies before any commitment', async () => {
    const p = new Person(bot, 'ann');
    const cards = await journey(p, contractInputs(), approachInputs({ weighting: '20', toms: 'NT1,NT4a' }), commitmentInputs());
    const req = textOf(cards.requirements);
    expect(req).toContain('Minimum weighting: 15%');
    expect(req).toContain('Target weighting: 20%');
    expect(req).toMatch(/Social Value Portal/);
    expect(req).toMatch(/National TOMs/);
    expect(req).toMatch(/Carbon reduction plan/);
    expect(req).toMatch(/Minimum standards for all bidders/);
    expect(req).toMatch(/Source: Stockport's Social Value Charter \(2019\), section 4\. Social Value through Procurement/);
    expect(inputsOf(cards.requirements)).toHaveLength(0);
    const approachLabels = inputsOf(cards.approach).map((i) => i.label);
    expect(approachLabels).toContain('Proposed social value weighting (%)');
    expect(approachLabels).toContain("TOMs measures to use (suggested from Stockport's priorities)");
    // Suggestions come from Stockport's priority cohorts and themes (care leavers -> NT4a).
    const toms = inputsOf(cards.approach).find((i) => i.id === 'toms')!;
    expect(toms.choices.map((c: { value: string }) => c.value)).toContain('NT4a');
    expect(textOf(cards.review)).toMatch(/Social value weighting\*\*: 20% \(Met: meets the minimum of 15%\)/);
    expect(p.text).toContain('Status: Ready for PID sign-off');
    expect(p.text).toMatch(/Shortfalls\nNone\./);
    expect(p.text).toContain('Total contract value (including extensions): £120,000');
  });

  it('can be completed by a generic card client that fills each input by its label and presses the first button', async () => {
    // What an officer would answer to each label, as a client reading only the card would: text, or a choice title.
    const answers: Array<[RegExp, string | RegExp]> = [
      [/^Council$/, /^Trafford$/],
      [/^Contract title$/, 'Leisure centre management'],
      [/reference/i, ''],
      [/service or directorate/i, 'Leisure and Culture'],
      [/^Category/, /^Services$/],
      [/^Total contract value \(£\)/, '£180,000'],
      [/competitive\?$/, /^Yes/],
      [/start date/i, '2026-01-05'],
      [/needs analysis/, /^Yes$/],
      [/market engagement/, /^Yes$/],
      [/Will social value be included/, /^Yes/],
      [/^Proposed social value weighting \(%\)$/, '10'],
      [/^TOMs measures to use/, /./],
      [/^Other National TOMs/, ''],
      [/evaluated/, /^Quantitative and qualitative$/],
      [/^Reason for leaving social value out/, ''],
      [/minimum standards\?$/, /^Yes$/],
      [/Real Living Wage/, /^Yes$/],
      [/carbon reduction plan\?$/, /^Yes$/],
      [/Social Value Portal\?$/, /^Yes$/],
      [/monitored in contract management\?$/, 'Quarterly reports through the Social Value Portal'],
    ];
    const p = new Person(bot, 'generic-client');
    await p.say('new PID checklist');
    for (let turn = 0; turn < 8 && !/^Status: /m.test(p.text); turn += 1) {
      const filled: Record<string, string> = {};
      for (const input of inputsOf(p.card)) {
        const rule = answers.find(([label]) => label.test(input.label));
        if (!rule) throw new Error(`the client cannot tell what "${input.label}" asks for`);
        const answer = rule[1];
        if (input.type === 'Input.ChoiceSet') {
          const choice = (input.choices as Array<{ title: string; value: string }>).find((c) => (typeof answer === 'string' ? c.title === answer : answer.test(c.title)));
          if (!choice) throw new Error(`no choice for "${input.label}"`);
          filled[input.id] = choice.value;
        } else filled[input.id] = String(answer);
      }
      const primary = actionsOf(p.card).find((a) => a.type === 'Action.Execute')!;
      const reply = await p.press(primary.title, filled);
      expect(reply.status).toBe(200);
      expect(p.text).not.toMatch(/Please correct/);
    }
    expect(p.text).toContain('Status: Ready for PID sign-off');
    expect(p.text).toContain('Council: Trafford');
    expect(p.text).toContain('Total contract value (including extensions): £180,000');
  });

  it('names every shortfall on the review and still lets the officer confirm', async () => {
    const p = new Person(bot, 'shorty');
    await journey(p, contractInputs(), approachInputs({ marketEngagement: 'no' }), commitmentInputs({ carbonPlan: 'no', portal: 'no' }));
    expect(p.text).toContain('Status: Ready for PID sign-off');
    expect(p.text).toContain('Considered in market engagement: social value was not considered in market engagement');
    expect(p.text).toContain('Carbon reduction plan: bidders are not asked about a carbon reduction plan');
    expect(p.text).toContain('Social Value Portal: the supplier is not asked to register on the Social Value Portal');
  });

  // A heading on the card, not a line under "Not required for this contract".
  const DEDUCTIONS = /\nPayment deductions for undelivered social value\n/;
  // Each council's own figures, under, at and above every threshold (values in pounds, including extensions).
  const cases: Array<{ name: string; contract: Record<string, string>; approach: Record<string, string>; status: RegExp; requirements: RegExp[]; absent?: RegExp[] }> = [
    { name: 'Stockport £25,000: no weighting yet ("in excess of £25k")', contract: { value: '25000' }, approach: { weighting: '' }, status: /Ready for PID sign-off/, requirements: [/sets no weighting for this contract/], absent: [/Minimum weighting/, /Social Value Portal\n/] },
    { name: 'Stockport £25,000.01 at exactly 15%', contract: { value: '25000.01' }, approach: { weighting: '15' }, status: /Ready for PID sign-off/, requirements: [/Minimum weighting: 15%/], absent: [/Social Value Portal\n/] },
    { name: 'Stockport £25,000.01 at 14.9% needs approval', contract: { value: '25000.01' }, approach: { weighting: '14.9', reason: 'Specialist market with two suppliers' }, status: /Awaiting senior officer approval/, requirements: [/Minimum weighting: 15%/] },
    { name: 'Stockport £50,000: no Portal yet', contract: { value: '50000' }, approach: {}, status: /Ready for PID sign-off/, requirements: [/Minimum weighting: 15%/], absent: [/Social Value Portal\n/] },
    { name: 'Stockport £50,000.01: Portal applies', contract: { value: '£50,000.01' }, approach: {}, status: /Ready for PID sign-off/, requirements: [/Social Value Portal\n/] },
    { name: 'Stockport £120k not competitive: no weighting', contract: { competitive: 'no' }, approach: { weighting: '' }, status: /Ready for PID sign-off/, requirements: [/sets no weighting for this contract/] },
    { name: 'CWaC £49,999.99: no weighting', contract: { council: 'cheshire-west-and-chester', value: '49999.99' }, approach: { weighting: '' }, status: /Ready for PID sign-off/, requirements: [/sets no weighting for this contract/], absent: [/Standard weighting/] },
    { name: 'CWaC £50,000 at the standard 5%', contract: { council: 'cheshire-west-and-chester', value: '50000' }, approach: { weighting: '5' }, status: /Ready for PID sign-off/, requirements: [/Standard weighting: 5% \(may be varied case by case\)/], absent: [DEDUCTIONS] },
    { name: 'CWaC £50,000 at 4% needs approval (varied case by case)', contract: { council: 'cheshire-west-and-chester', value: '50000' }, approach: { weighting: '4', reason: 'Low-risk supplies framework, agreed with procurement' }, status: /Awaiting senior officer approval/, requirements: [/Standard weighting: 5%/] },
    { name: 'CWaC £100,000 still 5%', contract: { council: 'cheshire-west-and-chester', value: '100000' }, approach: { weighting: '5' }, status: /Ready for PID sign-off/, requirements: [/Standard weighting: 5%/], absent: [DEDUCTIONS] },
    { name: 'CWaC £100,000.01 at 5% needs approval (10% applies)', contract: { council: 'cheshire-west-and-chester', value: '100000.01' }, approach: { weighting: '5', reason: 'Single-supplier software licence renewal' }, status: /Awaiting senior officer approval/, requirements: [/Standard weighting: 10%/, DEDUCTIONS] },
    { name: 'CWaC £250k at 10%', contract: { council: 'cheshire-west-and-chester', value: '£250k', category: 'works' }, approach: { weighting: '10' }, status: /Ready for PID sign-off/, requirements: [/Standard weighting: 10%/, DEDUCTIONS] },
    { name: 'Trafford £50,000: no weighting, TOMs not yet', contract: { council: 'trafford', value: '50000' }, approach: { weighting: '', toms: '' }, status: /Ready for PID sign-off/, requirements: [/Trafford's documents do not set a social value weighting/], absent: [/National TOMs\n/] },
    { name: 'Trafford £50,000.01: TOMs and Portal', contract: { council: 'trafford', value: '50000.01' }, approach: { weighting: '' }, status: /Ready for PID sign-off/, requirements: [/National TOMs\n/, /Social Value Portal\n/] },
    { name: 'Trafford £2m with social value left out needs approval', contract: { council: 'trafford', value: '2m' }, approach: { included: 'no', weighting: '', reason: 'Emergency works after a structural failure' }, status: /Awaiting senior officer approval/, requirements: [/National TOMs/] },
  ];

  it.each(cases)('$name', async ({ contract, approach, status, requirements, absent }) => {
    const p = new Person(bot, `case-${randomUUID()}`);
    const cards = await journey(p, contractInputs(contract), approachInputs(approach), commitmentInputs());
    const req = textOf(cards.requirements);
    for (const r of requirements) expect(req).toMatch(r);
    for (const r of absent ?? []) expect(req).not.toMatch(r);
    expect(p.text).toMatch(new RegExp(`Status: ${status.source}`));
    const deductions = inputsOf(cards.commitments).some((i) => i.id === 'paymentDeductions');
    expect(deductions).toBe(DEDUCTIONS.test(req));
    if (/Awaiting/.test(status.source)) {
      // Nobody is configured in this bot: it says who must be asked and how, and keeps the record waiting.
      expect(p.text).toContain('There is no approver I can send this to');
      expect(p.text).toMatch(/ask your IT team to set up exemption approvers for (Stockport|Trafford|Cheshire West and Chester)/);
      // Who to ask, not which setting: environment variable names are for the log and the README.
      expect(p.text).not.toMatch(/CHECKLIST_APPROVERS_|GRAPH_/);
    }
  });

  it('returns the same card with the error beside each field and every typed value kept', async () => {
    const p = new Person(bot, 'typo');
    await p.say('new PID checklist');
    const first = p.card;
    const reply = await p.press('Save and continue', contractInputs({ title: '', value: 'lots of money', start: 'next spring' }));
    expect(reply.body.statusCode).toBe(200);
    expect(p.text).toContain('Step 1 of 5: The contract');
    expect(p.text).toContain('Please correct the 3 fields marked below.');
    expect(p.text).toContain('Enter the contract title.');
    expect(p.text).toContain('Enter the value as an amount in pounds');
    expect(p.text).toContain('"next spring" is not a date');
    expect(p.shown).toMatchObject({ value: 'lots of money', service: 'Adult Social Care', reference: 'HC-2025-01', category: 'services', competitive: 'yes' });
    // The error sits right after its own input.
    const body = p.card.body as Card[];
    const at = body.findIndex((el) => el.id === 'value');
    expect(body[at + 1]!.text).toMatch(/amount in pounds/);
    // Nothing was stored for an invalid first save.
    expect(p.id).toBe(first.actions[0].data.checklistId);
    await p.say('my checklists');
    expect(p.text).toContain('You have no PID checklists yet');

    await p.say('new PID checklist');
    await p.press('Save and continue', contractInputs({ value: '-5' }));
    expect(p.text).toContain('cannot be negative');
    await p.press('Save and continue', contractInputs());
    await p.press('Continue');
    await p.press('Save and continue', approachInputs({ weighting: '150' }));
    expect(p.text).toContain('Step 3 of 5');
    expect(p.text).toMatch(/cannot be more than 100%/);
    await p.press('Save and continue', approachInputs({ weighting: 'fifteen', toms: 'NT1', otherToms: 'NT999, NT4a' }));
    expect(p.text).toMatch(/Enter the weighting as a number/);
    expect(p.text).toMatch(/Not in the National TOMs catalogue: NT999/);
    expect(p.shown).toMatchObject({ otherToms: 'NT999, NT4a', needsAnalysis: 'yes', evaluation: 'both' });
    await p.press('Save and continue', approachInputs({ weighting: '10', reason: '' }));
    expect(p.text).toMatch(/Give the reason for proposing 10%, below Stockport's minimum of 15%/);
    await p.press('Save and continue', approachInputs({ included: 'no', reason: '' }));
    expect(p.text).toMatch(/Give the reason for leaving social value out/);
    await p.press('Save and continue', approachInputs({ toms: '', otherToms: '' }));
    expect(p.text).toMatch(/Choose at least one TOMs measure/);
    await p.press('Save and continue', approachInputs());
    await p.press('Save and continue', commitmentInputs({ contractManagement: '', portal: 'maybe' }));
    expect(p.text).toContain('Step 4 of 5');
    expect(p.text).toContain('Please correct the 2 fields marked below.');
  });

  it('resumes a draft at the step where it was left, from another device', async () => {
    const p = new Person(bot, 'resumer');
    await p.say('new PID checklist');
    await p.press('Save and continue', contractInputs({ title: 'Library books' }));
    await p.press('Continue');
    const id = p.id;
    // Another device: same officer, another conversation.
    const other = new Person(bot, 'resumer');
    await other.say('my checklists');
    expect(other.text).toContain('Library books');
    expect(other.text).toContain(id);
    expect(other.text).toMatch(/Draft · at "Your approach"/);
    await other.press('Resume');
    expect(other.text).toContain('Step 3 of 5: Your approach');
    await other.say('resume');
    expect(other.text).toContain('Step 3 of 5');
    await other.say(`resume ${id.toLowerCase()}`);
    expect(other.text).toContain('Step 3 of 5');
    await other.press('Save and continue', approachInputs());
    expect(other.text).toContain('Step 4 of 5');
    // The first device's card is now out of date: it says so and shows the current step.
    await p.press('Save and continue', approachInputs({ weighting: '30' }));
    expect(p.text).toContain('That card was out of date');
    expect(p.text).toContain('Step 4 of 5');
    // Someone else cannot open it.
    const stranger = new Person(bot, 'stranger');
    await stranger.say(`resume ${id}`);
    expect(stranger.text).toContain('cannot find');
  });

  it('takes two parallel presses of the same button as one: no duplicate, no corruption', async () => {
    const p = new Person(bot, 'double');
    await p.say('new PID checklist');
    const fresh = p.card;
    const [a, b] = await Promise.all([p.press('Save and continue', contractInputs(), fresh), p.press('Save and continue', contractInputs(), fresh)]);
    const texts = [a, b].map((r) => textOf(r.body.value));
    expect(texts.every((t) => t.includes('Step 2 of 5: What applies'))).toBe(true);
    expect(texts.filter((t) => t.includes('That card was out of date'))).toHaveLength(1);
    const id = a.body.value.actions[0].data.checklistId;
    let rec = await checklistRecord(bot, id);
    expect(rec.version).toBe(1);
    expect(rec.history.map((h: { event: string }) => h.event)).toEqual(['saved-contract']);

    const step2 = a.body.value;
    const presses = await Promise.all([1, 2, 3].map(() => p.press('Continue', {}, step2)));
    expect(presses.filter((r) => textOf(r.body.value).includes('That card was out of date'))).toHaveLength(2);
    rec = await checklistRecord(bot, id);
    expect(rec.version).toBe(2);
    expect(rec.history.map((h: { event: string }) => h.event)).toEqual(['saved-contract', 'read-requirements']);
    await p.say('my checklists');
    expect(p.text.match(new RegExp(id, 'g'))).toHaveLength(1);

    // An older step pressed again changes nothing and shows where the checklist is.
    const before = JSON.stringify(await checklistRecord(bot, id));
    const old = await p.press('Save and continue', contractInputs({ value: '999999' }), fresh);
    expect(textOf(old.body.value)).toContain('Step 3 of 5');
    expect(textOf(old.body.value)).toContain('That card was out of date');
    expect(JSON.stringify(await checklistRecord(bot, id))).toBe(before);
  });

  it('keeps an append-only record of every step and change with who and when', async () => {
    const p = new Person(bot, 'auditor');
    await journey(p, contractInputs(), approachInputs(), commitmentInputs());
    const id = p.id;
    await p.press('Reopen to edit');
    expect(p.text).toContain('Step 5 of 5');
    await p.press('Edit the contract');
    await p.press('Save and continue', contractInputs({ value: '150000' }));
    const rec = await checklistRecord(bot, id);
    const events = rec.history.map((h: { event: string }) => h.event);
    expect(events).toEqual(['saved-contract', 'read-requirements', 'saved-approach', 'saved-commitments', 'confirmed', 'reopened', 'opened-step', 'saved-contract']);
    expect(rec.history.at(-1).detail).toBe('Total contract value (including extensions): £120,000 → £150,000');
    expect(rec.history.every((h: { by: { id: string }; at: string }) => h.by.id === 'auditor' && !Number.isNaN(Date.parse(h.at)))).toBe(true);
    expect(rec.history.map((h: { version: number }) => h.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('gives the summary as Markdown text and as Word, CSV, JSON and Markdown downloads through unguessable, expiring links', async () => {
    const p = new Person(bot, 'exporter');
    await journey(p, contractInputs({ title: 'Parks *grounds* | maintenance', reference: '=HYPERLINK("x")' }), approachInputs(), commitmentInputs());
    const id = p.id;
    // Officer text is shown as typed: escaped in the card, kept raw in inputs.
    expect(JSON.stringify(p.card)).toContain('Parks \\\\*grounds\\\\*');
    await p.press('Download (Word, CSV, JSON, Markdown)');
    const links = actionsOf(p.card).filter((a) => a.type === 'Action.OpenUrl');
    expect(links.map((l) => l.title)).toEqual(['Download Word (.docx)', 'Download CSV', 'Download JSON', 'Download Markdown']);
    expect(p.text).toMatch(/Download links \(they expire/);
    const local = (url: string) => url.replace(/^https?:\/\/[^/]+/, bot.url);
    for (const l of links) expect(l.url).toMatch(/\/downloads\/[A-Za-z0-9_-]{43}$/);
    const word = await fetch(local(links[0]!.url));
    expect(word.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    // The file name is the reference and the title, in safe characters only.
    expect(word.headers.get('content-disposition')).toBe(`attachment; filename="${id}-Parks-grounds-maintenance-social-value.docx"`);
    expect(documentText(Buffer.from(await word.arrayBuffer()))).toContain('Parks *grounds* | maintenance');
    const csv = await (await fetch(local(links[1]!.url))).text();
    expect(csv).toMatch(/^Section,Item,Answer,Outcome,Note,Source\r\n/);
    expect(csv).toContain('Checklist,Status,Ready for PID sign-off');
    expect(csv).toContain(`'=HYPERLINK(""x"")`);
    const json = JSON.parse(await (await fetch(local(links[2]!.url))).text());
    expect(json.record.id).toBe(id);
    expect(json.record.history).toHaveLength(5);
    expect(json.summary.checks.length).toBeGreaterThan(5);
    const markdown = await (await fetch(local(links[3]!.url))).text();
    expect(markdown).toContain('# PID social value summary: Parks \\*grounds\\* \\| maintenance');

    const reply = await p.say(`${id} as text`);
    expect(reply.activities[0]!.text).toContain("## Against the council's requirements");
    expect(reply.activities[0]!.text).toContain('**Status:** Ready for PID sign-off');

    const stranger = new Person(bot, 'nosy');
    const denied = await stranger.invoke('checklist.download', { checklistId: id, version: 0 });
    expect(denied.status).toBe(403);
    expect((await stranger.say(`${id} as text`)).activities[0]!.text ?? '').not.toContain('Against the council');
  });

  it('offers the Word document from "my checklists" for a finished record, keeping the list', async () => {
    const p = new Person(bot, 'lister');
    await journey(p, contractInputs({ title: 'Library <books> & 📚' }), approachInputs(), commitmentInputs());
    const id = p.id;
    await p.say('new PID checklist');
    await p.press('Save and continue', contractInputs({ title: 'A draft' }));
    await p.say('my checklists');
    expect(p.text).toContain('A draft');
    // The draft has no Word button; the finished record has.
    expect(actionsOf(p.card).filter((a) => a.title === 'Word (.docx)').map((a) => a.data.checklistId)).toEqual([id]);
    await p.press('Word (.docx)');
    expect(p.text).toContain('Your PID checklists');
    expect(p.text).toMatch(new RegExp(`${id}, Library <books> & 📚: the link works until`));
    const link = p.action('Download Word (.docx)');
    const res = await fetch(link.url.replace(/^https?:\/\/[^/]+/, bot.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${id}-Library-books-social-value.docx"`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(documentText(Buffer.from(await res.arrayBuffer()))).toContain('PID social value section: Library <books> & 📚');
    const stranger = new Person(bot, 'nosy-lister');
    expect((await stranger.invoke('checklist.word', { checklistId: id })).status).toBe(403);
  });

  it('refuses another user changing an officer\'s checklist', async () => {
    const p = new Person(bot, 'owner-x');
    await p.say('new PID checklist');
    await p.press('Save and continue', contractInputs());
    const stranger = new Person(bot, 'intruder');
    const r = await stranger.press('Continue', {}, p.card);
    expect(r.status).toBe(403);
    expect(r.body.value.message).toMatch(/belongs to owner-x/);
  });

  it('leaves questions to Q&A and answers approvers with nothing waiting', async () => {
    const p = new Person(bot, 'asker');
    const reply = await p.say('payments');
    expect(reply.text).not.toMatch(/checklist not found|PID social value checklist/i);
    const weighting = await p.say('what weighting for a £75k services contract?');
    expect(weighting.text).toMatch(/15%/);
    const none = await p.say('my approvals');
    expect(none.activities[0]!.text).toBe('No exemption requests are waiting for your decision.');
  });

  it('answers a card from nowhere plainly', async () => {
    const p = new Person(bot, 'lost');
    const r = await p.invoke('checklist.acknowledge', { checklistId: 'PID-00000000', version: 3 });
    expect(r.body.statusCode).toBe(200);
    expect(textOf(r.body.value)).toContain('cannot find that checklist');
    const bad = await p.invoke('checklist.acknowledge', { version: 3 });
    expect(bad.status).toBe(400);
  });
});

/** The stored record, read as another instance would. */
async function checklistRecord(bot: TestBot, id: string): Promise<any> {
  const key = `checklists/${id}`;
  const items = await bot.app.services.storage.read([key]);
  return items[key];
}

/** The next proactive message to `person`'s chat after `from` captured ones. */
async function proactiveTo(connector: ConnectorStub, person: Person, from: number): Promise<CapturedActivity> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const hit = connector.sent.slice(from).find((s) => s.conversationId === person.conversation);
    if (hit) return hit;
    if (Date.now() > deadline) throw new Error(`no proactive message reached ${person.user}`);
    await connector.waitFor(connector.sent.length + 1, 500).catch(() => undefined);
  }
}

const cardIn = (a: CapturedActivity): Card => {
  const att = (a.activity.attachments as Array<{ contentType: string; content: Card }> | undefined)?.find((x) => x.contentType === 'application/vnd.microsoft.card.adaptive');
  if (!att) throw new Error('no card in the proactive message');
  checkCard(att.content);
  return att.content;
};

describe('exemptions: senior officer approval', () => {
  let bot: TestBot;
  let connector: ConnectorStub;
  beforeAll(async () => {
    connector = await startConnectorStub();
    bot = await startTestBot({
      DEFAULT_COUNCIL: 'stockport',
      // Olive is an approver too, but never for her own exemption.
      CHECKLIST_APPROVERS_STOCKPORT: 'Sam Senior <sam>, Olive Officer <olive>',
      CHECKLIST_APPROVERS_TRAFFORD: 'Tia Head <tia>',
      CHECKLIST_APPROVERS_CHESHIRE_WEST_AND_CHESTER: 'Ursula Unmet <ursula>',
    });
  });
  afterAll(async () => {
    await bot.close();
    await connector.close();
  });

  // One chat per person for the whole block: proactive messages go to the chat the bot last saw.
  const people = new Map<string, Person>();
  const person = (user: string) => {
    if (!people.has(user)) people.set(user, new Person(bot, user, connector.url));
    return people.get(user)!;
  };

  it('sends the approval card to the named approver; only they can decide; the officer is told; the record shows who, when and why', async () => {
    const sam = person('sam');
    await sam.say('hi');
    const olive = person('olive');
    const mark = connector.sent.length;
    await journey(olive, contractInputs(), approachInputs({ weighting: '10', reason: 'Only two suppliers can deliver this specialist service' }), commitmentInputs());
    expect(olive.text).toContain('Status: Awaiting senior officer approval');
    expect(olive.text).toContain('Approver: Sam Senior');
    expect(olive.text).toContain('Request sent to: Sam Senior');
    expect(olive.text).toContain('Proposed against required: 10% against 15%');
    const id = olive.id;

    const request = await proactiveTo(connector, sam, mark);
    expect(request.activity.text).toBe('olive asks you to approve a social value exemption for "Home care framework".');
    const approval = cardIn(request);
    expect(textOf(approval)).toContain('Reason given: Only two suppliers can deliver this specialist service');
    expect(textOf(approval)).toMatch(/Stockport's rule: Social value must be included before the Procurement Initiation Document \(PID\) is signed off/);
    expect(inputsOf(approval).map((i) => i.label)).toEqual(['Your comment (why you approve or reject)']);

    // Nobody else decides: not a stranger, not the officer who asked.
    const mallory = person('mallory');
    const stranger = await mallory.press('Approve the exemption', { comment: 'Looks fine to me' }, approval);
    expect(stranger.status).toBe(403);
    expect(stranger.body.value.message).toBe('Only Sam Senior can decide this exemption.');
    const own = await olive.press('Approve the exemption', { comment: 'I approve my own' }, approval);
    expect(own.status).toBe(403);
    expect(own.body.value.message).toMatch(/cannot decide your own exemption/);

    // A decision needs a comment: the same card comes back with the error.
    await sam.press('Approve the exemption', { comment: '' }, approval);
    expect(sam.text).toContain('Exemption: senior officer approval needed');
    expect(sam.text).toMatch(/Enter a comment saying why/);

    // A double press decides once.
    const beforeDecision = connector.sent.length;
    const [a, b] = await Promise.all([
      sam.press('Approve the exemption', { comment: 'Agreed: the market is too thin for 15%' }, approval),
      sam.press('Approve the exemption', { comment: 'Agreed: the market is too thin for 15%' }, approval),
    ]);
    const texts = [a, b].map((r) => textOf(r.body.value));
    expect(texts.filter((t) => t.includes('You approved this exemption.'))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('This exemption was already approved by Sam Senior'))).toHaveLength(1);

    const told = await proactiveTo(connector, olive, beforeDecision);
    expect(told.activity.text).toBe('Your social value exemption for "Home care framework" was approved by Sam Senior: Agreed: the market is too thin for 15%');
    const outcome = textOf(cardIn(told));
    expect(outcome).toContain('Status: Ready for PID sign-off (exemption approved)');
    expect(outcome).toContain('Decided by: Sam Senior');
    expect(outcome).toContain('Comment: Agreed: the market is too thin for 15%');
    expect(outcome).toContain('Social value weighting: below the minimum of 15% (exemption approved by Sam Senior)');

    const rec = await checklistRecord(bot, id);
    expect(rec.status).toBe('approved');
    expect(rec.exemption.decision).toMatchObject({ outcome: 'approved', by: { id: 'sam' }, comment: 'Agreed: the market is too thin for 15%' });
    expect(Date.parse(rec.exemption.decision.at)).not.toBeNaN();
    const events = rec.history.map((h: { event: string }) => h.event);
    expect(events.slice(4)).toEqual(['exemption-requested', 'approvers-named', 'approval-request-delivered', 'exemption-approved', 'officer-told']);
    expect(rec.exemption.approvers.map((p: { id: string }) => p.id)).toEqual(['sam']);
  });

  it('on rejection tells the officer, who revises the checklist; the rejected request stays on the record', async () => {
    const tia = person('tia');
    await tia.say('hello');
    const owen = person('owen');
    const mark = connector.sent.length;
    await journey(owen, contractInputs({ council: 'trafford', value: '2m', title: 'Highways resurfacing' }), approachInputs({ included: 'no', reason: 'Emergency works after a structural failure' }), commitmentInputs());
    expect(owen.text).toContain('Status: Awaiting senior officer approval');
    expect(owen.text).toContain('Exemption: Social value left out of the procurement');
    const approval = cardIn(await proactiveTo(connector, tia, mark));
    const afterRequest = connector.sent.length;
    await tia.press('Reject the exemption', { comment: 'Emergency works still include local labour: include social value' }, approval);
    expect(tia.text).toContain('You rejected this exemption.');
    const told = await proactiveTo(connector, owen, afterRequest);
    expect(told.activity.text).toMatch(/was rejected by Tia Head: Emergency works still include local labour/);
    const outcomeCard = cardIn(told);
    expect(textOf(outcomeCard)).toContain('Status: Exemption rejected: not ready for PID sign-off');

    // The card Owen confirmed from is now out of date; the one he was sent is current.
    const stale = await owen.press('Withdraw the request and edit', {}, owen.card);
    expect(textOf(stale.body.value)).toContain('That card was out of date');
    await owen.press('Revise the checklist', {}, outcomeCard);
    expect(owen.text).toContain('Step 3 of 5: Your approach');
    expect(owen.shown).toMatchObject({ included: 'no', reason: 'Emergency works after a structural failure' });
    await owen.press('Save and continue', approachInputs({ included: 'yes', weighting: '10', toms: 'NT1' }));
    await owen.press('Save and continue', commitmentInputs());
    await owen.press('Confirm: ready for PID sign-off');
    expect(owen.text).toContain('Status: Ready for PID sign-off');
    expect(owen.text).toContain('Earlier exemption request, rejected');
    expect(owen.text).toContain('Decided by: Tia Head');
    // An old approval card cannot decide anything now.
    const late = await tia.press('Approve the exemption', { comment: 'Changed my mind' }, approval);
    expect(textOf(late.body.value)).toContain('This exemption was already rejected by Tia Head');
  });

  it('says who must be asked and how when the approver has never used the bot, and sends again once they have', async () => {
    const cora = person('cora');
    await journey(cora, contractInputs({ council: 'cheshire-west-and-chester', value: '50000' }), approachInputs({ weighting: '3', reason: 'Commodity purchase through a national framework' }), commitmentInputs());
    expect(cora.text).toContain('Status: Awaiting senior officer approval');
    expect(cora.text).toMatch(/Teams could not deliver the request to Ursula Unmet: the bot has not yet been in a conversation with this person/);
    expect(cora.text).toMatch(/type "my approvals"/);
    const id = cora.id;

    // Ursula opens the bot and finds the request waiting.
    const ursula = person('ursula');
    const waiting = await ursula.say('my approvals');
    expect(waiting.text).toContain('1 exemption request is waiting for your decision');
    expect(ursula.text).toContain('Exemption: senior officer approval needed');
    expect(ursula.text).toContain(id);

    // Now she is known, "Send the request again" reaches her; a second press of it does nothing.
    const mark = connector.sent.length;
    const summaryCard = cora.card;
    const [first, second] = await Promise.all([cora.press('Send the request again', {}, summaryCard), cora.press('Send the request again', {}, summaryCard)]);
    const texts = [first, second].map((r) => textOf(r.body.value));
    expect(texts.filter((t) => t.includes('That card was out of date'))).toHaveLength(1);
    expect(texts.find((t) => !t.includes('That card was out of date'))).toContain('Request sent to: Ursula Unmet');
    const request = await proactiveTo(connector, ursula, mark);
    await new Promise((r) => setTimeout(r, 200));
    expect(connector.sent.slice(mark).filter((s) => s.conversationId === ursula.conversation)).toHaveLength(1);
    await ursula.press('Approve the exemption', { comment: 'National framework price is fixed; 3% is proportionate' }, cardIn(request));
    expect(ursula.text).toContain('You approved this exemption.');
    const rec = await checklistRecord(bot, id);
    expect(rec.status).toBe('approved');
    expect(rec.exemption.deliveries.map((d: { delivered: boolean }) => d.delivered)).toEqual([false, true]);
  });

  it('lets the officer withdraw a pending request; the approver\'s card then decides nothing', async () => {
    const sam = person('sam');
    const pia = person('pia');
    const mark = connector.sent.length;
    await journey(pia, contractInputs({ title: 'Print services' }), approachInputs({ weighting: '12', reason: 'Low-value print run through a framework' }), commitmentInputs());
    const approval = cardIn(await proactiveTo(connector, sam, mark));
    await pia.press('Withdraw the request and edit');
    expect(pia.text).toContain('Step 5 of 5: Review and sign-off');
    const r = await sam.press('Approve the exemption', { comment: 'ok' }, approval);
    expect(r.body.statusCode).toBe(200);
    expect(textOf(r.body.value)).toContain('withdrew this request');
    const rec = await checklistRecord(bot, pia.id);
    expect(rec.status).toBe('draft');
    expect(rec.pastExemptions[0].withdrawnAt).toBeDefined();
    expect(rec.pastExemptions[0].decision).toBeUndefined();
  });
});
