/** The HTTP protocol end to end: what Teams and an operator see of the running server. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOT_ID, startTestBot, type TestBot } from './support/testBot.js';

const activity = (extra: Record<string, unknown> = {}) => ({
  type: 'message',
  id: 'a1',
  channelId: 'msteams',
  serviceUrl: 'http://127.0.0.1:9/unused',
  deliveryMode: 'expectReplies',
  from: { id: '29:officer', name: 'Officer' },
  recipient: { id: BOT_ID, name: 'Social Value Assistant' },
  conversation: { id: 'conv-1', conversationType: 'personal' },
  text: 'hi',
  ...extra,
});

describe('POST /api/messages and GET /healthz', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ DEFAULT_COUNCIL: 'stockport' });
  });
  afterAll(async () => bot.close());

  it('reports health', async () => {
    const res = await fetch(`${bot.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers a weighting question in the HTTP response with an adaptive card citing its source', async () => {
    const reply = await bot.ask('what weighting do I need for a £75k services contract in Stockport?');
    expect(reply.cards).toHaveLength(1);
    expect(reply.cards[0]!.version).toBe('1.5');
    expect(reply.text).toMatch(/15%/);
    expect(reply.text).toMatch(/20%/);
    expect(reply.text).toMatch(/Source: Stockport's Social Value Charter \(2019\), section 4\. Social Value through Procurement/);
  });

  it('refuses malformed JSON with 400 and keeps serving', async () => {
    const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":' });
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(body).not.toMatch(/at .*\.js:\d+/);
    expect((await bot.ask('hi')).cards).toHaveLength(1);
  });

  it('refuses a non-JSON content type with 415', async () => {
    const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(res.status).toBe(415);
  });

  it('refuses a body over 1 MB with 413', async () => {
    const big = JSON.stringify(activity({ text: 'x'.repeat(1_100_000) }));
    const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(res.status).toBe(413);
  });

  it('refuses JSON that is not an activity with 400', async () => {
    const res = await bot.send({ hello: 'world' });
    expect(res.status).toBe(400);
    const arr = await bot.send([1, 2, 3] as unknown as Record<string, unknown>);
    expect(arr.status).toBeGreaterThanOrEqual(400);
    expect(arr.status).toBeLessThan(500);
  });

  it('welcomes with the help card when the bot is added', async () => {
    const res = await bot.send(
      activity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: BOT_ID }], conversation: { id: 'conv-welcome', conversationType: 'personal' } }),
    );
    expect(res.status).toBe(200);
    const acts = (res.body as { activities: Array<{ attachments: Array<{ content: { body: Array<{ text?: string }> } }> }> }).activities;
    expect(JSON.stringify(acts)).toContain('Social Value Assistant');
    expect(JSON.stringify(acts)).toContain('PID social value checklist');
  });

  it('starts a PID checklist from the help card button', async () => {
    const help = await bot.ask('help', { user: 'hana' });
    const buttons = (help.cards[0]!.actions as Array<{ title: string; data: { ask: string } }>) ?? [];
    const start = buttons.find((b) => b.title === 'Start a PID checklist');
    expect(start).toBeDefined();
    const pressed = await bot.ask('', { user: 'hana', activity: { text: undefined, value: start!.data } });
    expect(pressed.text).toMatch(/Total contract value \(£\)/);
  });

  it('strips the @mention in a channel before reading the question', async () => {
    const reply = await bot.ask('<at>Social Value Assistant</at> what weighting for £120k in CWaC?', {
      conversationType: 'channel',
      activity: {
        entities: [{ type: 'mention', mentioned: { id: BOT_ID, name: 'Social Value Assistant' }, text: '<at>Social Value Assistant</at>' }],
      },
    });
    expect(reply.text).toMatch(/10%/);
    expect(reply.text).toMatch(/Cheshire West and Chester Council Social Value Policy 2021-25/);
  });

  it('answers a suggestion button (Action.Submit with { ask }) like a typed question', async () => {
    const first = await bot.ask('what weighting for £75k in stockport');
    const actions = (first.cards[0]!.actions as Array<{ type: string; title: string; data: { ask: string } }>) ?? [];
    const compare = actions.find((a) => /^Compare/.test(a.title));
    expect(compare?.type).toBe('Action.Submit');
    const pressed = await bot.ask('', { activity: { text: undefined, value: compare!.data } });
    expect(pressed.text).toMatch(/by council/);
    expect(pressed.text).toMatch(/Trafford/);
  });

  it('escapes Markdown in text echoed back to the officer', async () => {
    const reply = await bot.ask('my council is **Manchester**');
    const card = JSON.stringify(reply.cards[0]);
    expect(card).toContain('\\\\*\\\\*Manchester\\\\*\\\\*');
  });

  it('keeps each user\'s council and says which council an answer is for', async () => {
    await bot.ask('my council is Trafford', { user: 'amy' });
    const amy = await bot.ask('what weighting for a 60k contract?', { user: 'amy' });
    expect(amy.text).toMatch(/For Trafford, your council/);
    expect(amy.text).not.toMatch(/\d+%/);
    const ben = await bot.ask('what weighting for a 60k contract?', { user: 'ben' });
    expect(ben.text).toMatch(/For Stockport, the default council/);
    expect(ben.text).toMatch(/15%/);
  });
});

describe('persistence', () => {
  it("remembers the user's council across a restart on the same store", async () => {
    const dbFile = join(mkdtempSync(join(tmpdir(), 'sva-restart-')), 'db.json');
    const first = await startTestBot({ DB_FILE: dbFile });
    await first.ask('I work for CWaC', { user: 'cara' });
    await first.close();
    expect(JSON.parse(readFileSync(dbFile, 'utf8')).format).toBe('sva-store');
    const second = await startTestBot({ DB_FILE: dbFile });
    try {
      const reply = await second.ask('what weighting for £120,000?', { user: 'cara' });
      expect(reply.text).toMatch(/For Cheshire West and Chester, your council/);
      expect(reply.text).toMatch(/10%/);
    } finally {
      await second.close();
    }
  });
});

describe('follow-ups', () => {
  it("keep the conversation's last question across a restart on the same store", async () => {
    const dbFile = join(mkdtempSync(join(tmpdir(), 'sva-restart-')), 'db.json');
    const where = { user: 'dan', conversationId: 'conversation-dan' };
    const first = await startTestBot({ DB_FILE: dbFile });
    expect((await first.ask('£200k services contract in Stockport, what weighting?', where)).messageText).toMatch(/^For a £200,000 services contract, Stockport's minimum social value weighting is 15%/);
    await first.close();
    const second = await startTestBot({ DB_FILE: dbFile });
    try {
      const reply = await second.ask('and what about Trafford?', where);
      expect(reply.text).toContain('For the same £200,000 services contract, in Trafford.');
      expect(reply.messageText).toMatch(/^Trafford's documents do not set a social value weighting/);
      // Another conversation of the same officer starts afresh.
      const elsewhere = await second.ask('and what about Trafford?', { user: 'dan', conversationId: 'another-chat' });
      expect(elsewhere.text).not.toContain('£200,000');
    } finally {
      await second.close();
    }
  });
});

describe('authentication', () => {
  it('refuses unauthenticated requests when MicrosoftAppId is set', async () => {
    const bot = await startTestBot({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret' });
    try {
      const none = await bot.send(activity());
      expect(none.status).toBe(401);
      const res = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer garbage.token.value' },
        body: JSON.stringify(activity()),
      });
      expect(res.status).toBe(401);
    } finally {
      await bot.close();
    }
  });
});

describe('npm start', () => {
  it('starts with PORT and DB_FILE, answers, and stops on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sva-start-'));
    const port = 39000 + Math.floor(Math.random() * 1000);
    const child = spawn(process.execPath, ['--no-deprecation', '--import', 'tsx', 'src/index.ts'], {
      env: { ...process.env, PORT: String(port), DB_FILE: join(dir, 'db.json'), NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stderr.on('data', (d) => (log += d));
    try {
      for (let i = 0; i < 100 && !log.includes('listening'); i += 1) await new Promise((r) => setTimeout(r, 100));
      expect(log).toContain('listening');
      const res = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity({ text: 'trafford maturity index' })),
      });
      expect(res.status).toBe(200);
      expect(JSON.stringify(await res.json())).toContain('Innovator');
    } finally {
      const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });

  it('refuses to start on a bad configuration value, naming the variable', async () => {
    const child = spawn(process.execPath, ['--no-deprecation', '--import', 'tsx', 'src/index.ts'], {
      env: { ...process.env, PORT: 'eighty', NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(1);
    expect(err).toMatch(/PORT: must be a whole number between 0 and 65535 \(got "eighty"\)/);
  });
});
