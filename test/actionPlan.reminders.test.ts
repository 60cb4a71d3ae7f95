/**
 * Scheduled reminders end to end: two bot instances on one Azure Blob container (Azurite), one clock
 * that the test moves to Monday 09:00 UK time. Each lead with actions due within 14 days or overdue
 * gets one message, with update buttons, however many instances fire; the chair gets one line
 * saying who was reminded and who could not be reached and why; a throttled send is retried.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createLogger } from '../src/logger.js';
import { startAzurite, type Azurite } from './support/azurite.js';
import { startConnectorStub, type ConnectorStub } from './support/connectorStub.js';
import { FakeClock } from './support/fakeClock.js';
import { cardText, startTestBot, type TestBot } from './support/testBot.js';

const id = (n: string) => `00000000-0000-4000-8000-0000000000${n}`;
const CHAIR = id('c1');
const LEE = id('e1'); // a lead who has used the bot
const NEV = id('e2'); // a lead who never has

describe('weekly reminders across two instances', () => {
  let azurite: Azurite;
  let connector: ConnectorStub;
  let clock: FakeClock;
  const bots: TestBot[] = [];
  const logs: string[] = [];

  beforeAll(async () => {
    [azurite, connector] = await Promise.all([startAzurite(), startConnectorStub()]);
    // Sunday 6 December 2026, midday: the next run is Monday at 09:00 UK time (GMT in December).
    clock = new FakeClock('2026-12-06T12:00:00Z');
    const env = {
      STORAGE: 'azure-blob',
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      AZURE_STORAGE_CONTAINER: `reminders-${randomUUID()}`,
      STEERING_GROUP_CHAIRS: `trafford:${CHAIR}`,
    };
    const logger = createLogger('info', (line) => logs.push(line));
    // One after the other: the first seeds the plans, the second finds them.
    bots.push(await startTestBot(env, { clock, instance: 'instance-a', logger }));
    bots.push(await startTestBot(env, { clock, instance: 'instance-b', logger }));
    const [a, b] = bots as [TestBot, TestBot];
    const ask = (bot: TestBot, text: string, user: string) => bot.ask(text, { user, serviceUrl: connector.url });
    await ask(a, 'hi', CHAIR);
    await ask(b, 'hi', LEE);
    await ask(a, `assign TRF-1 to Events Officer <${LEE}>`, CHAIR);
    await ask(b, 'due TRF-1 15/12/2026', CHAIR); // within 14 days of Monday
    await ask(a, `assign TRF-2 to Policy Officer <${NEV}>`, CHAIR);
    await ask(b, 'due TRF-2 30/11/2026', CHAIR); // overdue
    await ask(a, `assign TRF-3 to Events Officer <${LEE}>`, CHAIR);
    await ask(b, 'due TRF-3 01/03/2027', CHAIR); // not due yet: not in the reminder
  }, 60_000);

  afterAll(async () => {
    await Promise.all(bots.map((b) => b.close()));
    await connector?.close();
    await azurite?.stop();
  });

  it('is scheduled for Monday 09:00 UK time on both instances', () => {
    for (const bot of bots) expect(bot.app.services.reminders?.next()?.toISOString()).toBe('2026-12-07T09:00:00.000Z');
  });

  it('sends each lead one reminder and the chair one summary, though both instances fire, retrying a throttled send', async () => {
    const before = connector.sent.length;
    connector.failNext(1, 429);
    await clock.advanceTo('2026-12-07T09:00:01Z');
    const sent = (await connector.waitFor(before + 2, 20_000)).slice(before);
    // Give a second sender every chance to show itself.
    await new Promise((r) => setTimeout(r, 1500));
    expect(connector.sent.length - before).toBe(2);

    const toLee = sent.find((s) => s.conversationId.endsWith(LEE))!;
    expect(toLee).toBeDefined();
    expect(toLee.activity.text).toContain('Reminder: 1 of your Trafford Social Value Action Plan actions is due within 14 days.');
    const card = (toLee.activity.attachments as Array<{ content: Record<string, unknown> }>)[0]!.content;
    const seen = cardText(card);
    expect(seen).toContain('Reminder: Trafford Social Value Action Plan');
    expect(seen).toMatch(/TRF-1 · Not started/);
    expect(seen).not.toContain('TRF-3');
    expect(JSON.stringify(card)).toContain('"verb":"plan.edit"');

    const toChair = sent.find((s) => s.conversationId.endsWith(CHAIR))!;
    expect(toChair.activity.text).toBe(
      `Trafford action plan reminders: Reminded Events Officer (${LEE}): TRF-1. Could not reach Policy Officer (${NEV}), no conversation with the bot yet: TRF-2.`,
    );
    // The first send was throttled (429) and retried, and still reached Lee once.
    expect(sent.filter((s) => s.conversationId.endsWith(LEE))).toHaveLength(1);
  }, 30_000);

  it('sends nothing again the same week, on either instance (as after a restart)', async () => {
    const before = connector.sent.length;
    const runs = await Promise.all(bots.map((b) => b.app.services.remind()));
    expect(connector.sent.slice(before).map((s) => s.activity.text)).toEqual([]);
    const trafford = runs.filter((r) => r.ran).flatMap((r) => r.councils.filter((c) => c.council === 'trafford'));
    for (const c of trafford) {
      expect(c.reminded).toEqual([]);
      expect(c.alreadyReminded.map((o) => o.contact)).toEqual([LEE]);
    }
  });
});
