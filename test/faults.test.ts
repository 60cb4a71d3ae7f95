/**
 * Bad input at the HTTP edge: every malformed or unexpected activity gets a 4xx or a friendly
 * answer, never a 500, a stack trace or a crash, and the bot keeps answering. Invokes are sent the
 * way Teams sends them (no expectReplies), so the HTTP status is the invoke's own status, and a
 * connector stand-in catches anything the bot would post back (e.g. onTurnError's apology).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { startConnectorStub, type ConnectorStub } from './support/connectorStub.js';
import { BOT_ID, startTestBot, type TestBot } from './support/testBot.js';

let bot: TestBot;
let connector: ConnectorStub;
beforeAll(async () => {
  connector = await startConnectorStub();
  bot = await startTestBot({ DEFAULT_COUNCIL: 'stockport' });
});
afterAll(async () => {
  await bot.close();
  await connector.close();
});

// it.each tables are built before beforeAll runs: the stand-in's address is filled in when sending.
const CONNECTOR = 'http://connector.invalid';

const activity = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'message',
  id: randomUUID(),
  channelId: 'msteams',
  serviceUrl: CONNECTOR,
  from: { id: '29:officer', name: 'Officer', aadObjectId: 'officer' },
  recipient: { id: BOT_ID, name: 'Social Value Assistant' },
  conversation: { id: 'faults-conversation', conversationType: 'personal', tenantId: 'tenant-1' },
  channelData: { tenant: { id: 'tenant-1' } },
  text: 'hi',
  ...extra,
});

const invoke = (name: string | undefined, value?: unknown) => activity({ type: 'invoke', text: undefined, name, value });
const cardAction = (action: unknown) => invoke('adaptiveCard/action', { action });

async function post(body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers, body: (typeof body === 'string' ? body : JSON.stringify(body)).replaceAll(CONNECTOR, connector.url) });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, text, json };
}

function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/\bat .+[:(]\d+:\d+\)?/);
  expect(text).not.toMatch(/node_modules|\.ts:\d+|TypeError|ReferenceError/);
}

async function expectStillServing(): Promise<void> {
  const reply = await bot.ask('what weighting for a £75k services contract?');
  expect(reply.text).toMatch(/15%/);
}

describe('activities the bot does not know', () => {
  it.each(['foo', 'handoff', 'trace', 'messageReaction', 'installationUpdate', 'typing', 'endOfConversation'])(
    'answers type "%s" with 200 and no apology',
    async (type) => {
      const before = connector.sent.length;
      const res = await post(activity({ type, text: undefined }));
      expect(res.status).toBe(200);
      expect(connector.sent.slice(before)).toEqual([]);
      await expectStillServing();
    },
  );
});

describe('activities missing fields the bot relies on, or with the wrong types', () => {
  it.each<[string, Record<string, unknown>, RegExp]>([
    ['no from', { from: undefined }, /^from: expected object/],
    ['from as a string', { from: 'officer' }, /^from: expected object/],
    ['from without an id', { from: { name: 'x' } }, /^from\.id: expected string/],
    ['no recipient', { recipient: undefined }, /^recipient: expected object/],
    ['no conversation', { conversation: undefined }, /^conversation: expected object/],
    ['conversation id a number', { conversation: { id: 7 } }, /^conversation\.id: expected string/],
    ['no channelId', { channelId: undefined }, /^channelId: expected string/],
    ['serviceUrl a number (a 500 inside the SDK otherwise)', { serviceUrl: 5 }, /^serviceUrl: expected string/],
    ['text a number', { text: 42 }, /^text: expected string/],
    ['text an object', { text: { a: 1 } }, /^text: expected string/],
    ['entities not a list', { entities: 'x' }, /^entities: expected array/],
    ['an entity that is null', { entities: [null] }, /^entities\[0\]: expected object/],
    ['a mention that names nobody', { entities: [{ type: 'mention', text: '<at>x</at>' }] }, /^entities\[0\]\.mentioned\.id: a mention must say who/],
    ['attachments not a list', { attachments: 'x' }, /^attachments: expected array/],
    ['membersAdded not a list', { type: 'conversationUpdate', membersAdded: 'x' }, /^membersAdded: expected array/],
    ['a member that is null', { type: 'conversationUpdate', membersAdded: [null] }, /^membersAdded\[0\]: expected object/],
    ['channelData a string', { channelData: 'x' }, /^channelData: expected object/],
    ['tenant a string', { channelData: { tenant: 'x' } }, /^channelData\.tenant: expected object/],
    ['deliveryMode a number', { deliveryMode: 5 }, /^deliveryMode: expected string/],
    ['an empty type', { type: '' }, /^type: must not be empty/],
  ])('refuses %s with 400 naming the field', async (_what, change, field) => {
    const res = await post(activity(change));
    expect(res.status).toBe(400);
    const error = (res.json as { error: string }).error;
    expect(error.replace(/^Not a usable Bot Framework activity: /, '')).toMatch(field);
    expectNoStackTrace(res.text);
    await expectStillServing();
  });
});

describe('invokes and card actions of the wrong shape (sent as Teams sends them)', () => {
  it.each<[string, Record<string, unknown>, RegExp]>([
    ['an invoke without a name', invoke(undefined, {}), /name: an invoke must have a name/],
    ['a card action without a value', invoke('adaptiveCard/action'), /value: an invoke must carry an object value/],
    ['a card action whose value is a string', invoke('adaptiveCard/action', 'x'), /value: an invoke must carry an object value/],
    ['a card action whose value is a list', invoke('adaptiveCard/action', [1]), /value: an invoke must carry an object value/],
    ['a card action without an action', invoke('adaptiveCard/action', {}), /value\.action: a card action must be an object/],
    ['a card action whose action is a string', cardAction('save'), /value\.action: a card action must be an object/],
    ['a card action whose action has no type', cardAction({ verb: 'x' }), /value\.action\.type: a card action must have a type/],
    ['a Teams file consent without a value (a failed turn otherwise)', invoke('fileConsent/invoke'), /value: an invoke must carry an object value/],
  ])('refuses %s with 400', async (_what, body, message) => {
    const before = connector.sent.length;
    const res = await post(body);
    expect(res.status).toBe(400);
    expect((res.json as { error: string }).error).toMatch(message);
    expectNoStackTrace(res.text);
    expect(connector.sent.slice(before)).toEqual([]);
    await expectStillServing();
  });

  it.each<[string, unknown, RegExp]>([
    ['no verb', { type: 'Action.Execute', data: {} }, /This card action has no verb/],
    ['a verb that is a number', { type: 'Action.Execute', verb: 5, data: {} }, /This card action has no verb/],
    ['a verb nobody handles', { type: 'Action.Execute', verb: 'nope.x', data: {} }, /This card action \("nope\.x"\) is not one I know/],
  ])('answers a card action with %s by a friendly 400 invoke response, not a failed turn', async (_what, action, message) => {
    const before = connector.sent.length;
    const res = await post(cardAction(action));
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ type: 'application/vnd.microsoft.error', value: { message: expect.stringMatching(message) } });
    // No "Sorry, something went wrong" posted back: the turn did not fail.
    expect(connector.sent.slice(before)).toEqual([]);
    await expectStillServing();
  });

  // The features' own verbs with data no card of theirs would send. Each feature chooses how to
  // say so (an error response, or the card again with the problem shown): any of those is fine; a
  // 5xx, a stack trace or a failed turn is not.
  const wrongData: unknown[] = ['x', [1, 2], null, 42, { inputs: 'x', id: 7, itemId: [], status: { a: 1 }, text: 5 }];
  const verbs = ['checklist.start', 'checklist.saveContract', 'checklist.saveCommitments', 'checklist.saveApproach', 'checklist.goto', 'checklist.approve', 'checklist.reject', 'checklist.download', 'plan.add', 'plan.update', 'plan.edit', 'plan.show', 'plan.mine'];
  it.each(verbs.flatMap((verb) => wrongData.map((data): [string, string, unknown] => [verb, JSON.stringify(data), data])))(
    'answers %s with card data %s without a 5xx or a failed turn',
    async (verb, _shown, data) => {
      const before = connector.sent.length;
      const res = await post(cardAction({ type: 'Action.Execute', verb, data }));
      expect(res.status).toBeLessThan(500);
      expectNoStackTrace(res.text);
      expect(res.json).toMatchObject({ type: expect.stringMatching(/^application\/vnd\.microsoft\.(error|card\.adaptive|activity\.message)$/) });
      const apologies = connector.sent.slice(before).filter((s) => /something went wrong/i.test(JSON.stringify(s.activity)));
      expect(apologies).toEqual([]);
    },
  );

  it('still answers questions after all of those', async () => {
    await expectStillServing();
  });

  it('answers a well-formed invoke the bot does not implement with 501, as the Bot Framework protocol says', async () => {
    const res = await post(invoke('composeExtension/query', { commandId: 'search', parameters: [] }));
    expect(res.status).toBe(501);
    expectNoStackTrace(res.text);
    await expectStillServing();
  });
});

describe('the request itself', () => {
  it('refuses a compressed body with 415 (a corrupt gzip body used to crash the process)', async () => {
    const res = await post('definitely not gzip', { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(res.status).toBe(415);
    await expectStillServing();
  });

  it('refuses multipart and form bodies with 415 without parsing them', async () => {
    expect((await post('--x\r\n\r\n', { 'content-type': 'multipart/form-data; boundary=x' })).status).toBe(415);
    expect((await post('a=1', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    await expectStillServing();
  });

  it('refuses a declared oversize body with 413 before reading it', async () => {
    // Announces 50 MB but sends only a few bytes: the answer must not wait for the rest.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write('{"type":');
    });
    expect(status).toBe(413);
    await expectStillServing();
  });

  it('refuses JSON that is not an object, and an empty body, with 400', async () => {
    for (const body of ['', 'null', '42', '"text"', '[1,2]', '{"type":5}']) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expectNoStackTrace(res.text);
    }
    await expectStillServing();
  });

  it('keeps "__proto__" and "constructor" in a body as plain data', async () => {
    const body = JSON.stringify(activity({ constructor: { prototype: { polluted: true } } })).replace('{', '{"__proto__":{"polluted":true},');
    expect((await post(body)).status).toBe(200);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('survives a burst of 200 malformed requests of every kind at once, then answers normally', async () => {
    const bad: Array<[unknown, Record<string, string>?]> = [
      ['{"type":'],
      ['x', { 'content-type': 'text/plain' }],
      [activity({ from: 5 })],
      [invoke('adaptiveCard/action', 'x')],
      [cardAction({ type: 'Action.Execute' })],
      ['bad gzip', { 'content-type': 'application/json', 'content-encoding': 'gzip' }],
      [activity({ type: 'foo' })],
      [activity({ serviceUrl: 1 })],
    ];
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => post(...(bad[i % bad.length] as [unknown, Record<string, string>?]))));
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    await expectStillServing();
  });
});
