/** Proactive messages through a local Bot Connector stand-in: delivery, throttling, unknown users. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startConnectorStub, type ConnectorStub } from './support/connectorStub.js';
import { startTestBot, type TestBot } from './support/testBot.js';

describe('proactive messages', () => {
  let bot: TestBot;
  let connector: ConnectorStub;
  beforeAll(async () => {
    connector = await startConnectorStub();
    bot = await startTestBot();
  });
  afterAll(async () => {
    await bot.close();
    await connector.close();
  });

  it('reaches a user in the 1:1 chat they had with the bot', async () => {
    await bot.ask('hi', { user: 'dana', serviceUrl: connector.url });
    const result = await bot.app.services.notifier.sendToUser('dana', { text: 'Your exemption was approved.' });
    expect(result.delivered).toBe(true);
    const [sent] = await connector.waitFor(1);
    expect(sent!.activity.text).toBe('Your exemption was approved.');
    expect(sent!.conversationId).toContain('dana');
  });

  it('retries through throttling (429) and a 503 and still delivers once', async () => {
    await bot.ask('hi', { user: 'eve', serviceUrl: connector.url });
    const before = connector.sent.length;
    connector.failNext(2, 429);
    const throttled = await bot.app.services.notifier.sendToUser('eve', { text: 'Reminder: your actions are due.' });
    expect(throttled.delivered).toBe(true);
    connector.failNext(1, 503);
    const unavailable = await bot.app.services.notifier.sendToUser('eve', { text: 'Second reminder.' });
    expect(unavailable.delivered).toBe(true);
    const texts = connector.sent.slice(before).map((s) => s.activity.text);
    expect(texts).toEqual(['Reminder: your actions are due.', 'Second reminder.']);
  });

  it('gives up on a request Teams refuses (403: the app is not installed for them) and says why instead of throwing', async () => {
    await bot.ask('hi', { user: 'fay', serviceUrl: connector.url });
    connector.failNext(1, 403);
    const before = connector.sent.length;
    const result = await bot.app.services.notifier.sendToUser('fay', { text: 'x' });
    expect(result).toEqual({ delivered: false, cause: 'not-installed', reason: expect.stringMatching(/not installed for them in Teams.*403/) });
    expect(connector.sent.length).toBe(before);
  });

  it('keeps retrying past the SDK\'s own retries while Teams throttles, then delivers', async () => {
    await bot.ask('hi', { user: 'gus', serviceUrl: connector.url });
    const before = connector.calls;
    // More 429s than the connector client retries on its own: only the notifier's backoff gets through.
    connector.failNext(6, 429);
    const result = await bot.app.services.notifier.sendToUser('gus', { text: 'Finally through.' });
    expect(result.delivered).toBe(true);
    expect(connector.calls - before).toBe(7);
    expect(connector.sent.at(-1)!.activity.text).toBe('Finally through.');
  });

  it('remembers where to reach someone with one write, not one per message', async () => {
    const key = 'users/directory/ivy';
    await bot.ask('hi', { user: 'ivy', serviceUrl: connector.url });
    const first = (await bot.app.services.storage.read([key]))[key] as { eTag: string };
    await bot.ask('what weighting for £75k in stockport', { user: 'ivy', serviceUrl: connector.url });
    await bot.ask('thanks', { user: 'ivy', serviceUrl: connector.url });
    const later = (await bot.app.services.storage.read([key]))[key] as { eTag: string };
    expect(later.eTag).toBe(first.eTag);
  });

  it('says plainly when it has never met the user', async () => {
    const result = await bot.app.services.notifier.sendToUser('nobody', { text: 'x' });
    expect(result.delivered).toBe(false);
    if (!result.delivered) {
      expect(result.reason).toMatch(/not yet been in a conversation/);
      expect(result.cause).toBe('no-conversation');
    }
  });
});
