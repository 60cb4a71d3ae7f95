/**
 * A hostile but signed-in officer, over HTTP against the real app:
 *   - what they type (a contract title, a display name, an approver's comment) reaches other people
 *     as text, never as live Markdown in the messages the bot sends on its own;
 *   - crafted card data (objects, arrays, numbers, prototype keys such as "constructor") gets a 4xx
 *     or the same card with a message, never a 5xx, and nothing is written before it is known good;
 *   - a client that never finishes its headers or body does not hold a connection open;
 *   - officers are told who to ask, never the names of environment variables.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActivityHandler } from 'botbuilder';
import { createLogger } from '../src/logger.js';
import { createServer, DEFAULT_HEADERS_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS, type ServerDeps } from '../src/teams/server.js';
import { childEnv, PROJECT_ROOT } from './support/botProcess.js';
import { startConnectorStub, type ConnectorStub } from './support/connectorStub.js';
import { ADAPTIVE_CARD, cardText, startTestBot, type InvokeReply, type TestBot } from './support/testBot.js';

type Card = Record<string, unknown>;

const HOSTILE_TITLE = '[click](https://evil.example) **bold** <b>x</b>';
const HOSTILE_NAME = 'Olive [Boss](https://evil.example/login)';
const HOSTILE_COMMENT = 'Agreed. **Urgent**: [re-enter your password](https://evil.example/phish) <img src=x onerror=alert(1)>';

/** Markdown or HTML that would render as something other than the typed characters. */
const LIVE_MARKUP = [/(?<!\\)\[[^\]]*(?<!\\)\]\(/, /(?<!\\)\*\*/, /(?<!\\)<[a-z/]/i];

/** Every Action.Execute on a card, as { verb, data }. */
function executes(card: unknown): Array<{ verb: string; title: string; data: Record<string, unknown> }> {
  const out: Array<{ verb: string; title: string; data: Record<string, unknown> }> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'Action.Execute' && typeof o.verb === 'string') out.push({ verb: o.verb, title: String(o.title ?? ''), data: (o.data ?? {}) as Record<string, unknown> });
    Object.values(o).forEach(walk);
  };
  walk(card);
  return out;
}

/** An officer pressing buttons: the action's own data with the inputs merged in, as Teams sends it. */
class Officer {
  card: Card = {};
  constructor(
    readonly bot: TestBot,
    readonly user: string,
    readonly serviceUrl: string,
    readonly name: string = user,
  ) {}

  private get from() {
    return { id: `29:${this.user}`, name: this.name, aadObjectId: this.user };
  }

  async say(text: string) {
    const reply = await this.bot.ask(text, { user: this.user, serviceUrl: this.serviceUrl, activity: { from: this.from } });
    const last = reply.cards.at(-1);
    if (last) this.card = last;
    return reply;
  }

  async press(verb: string, inputs: Record<string, unknown> = {}, card: Card = this.card): Promise<InvokeReply> {
    const action = executes(card).find((a) => a.verb === verb);
    if (!action) throw new Error(`no ${verb} on the card; it has ${executes(card).map((a) => a.verb).join(', ')}`);
    const reply = await this.invoke(verb, { ...action.data, ...inputs });
    if (reply.body?.type === ADAPTIVE_CARD) this.card = reply.body.value;
    return reply;
  }

  invoke(verb: string, data: Record<string, unknown>): Promise<InvokeReply> {
    return this.bot.invoke(verb, data, { user: this.user, serviceUrl: this.serviceUrl, activity: { from: this.from } });
  }

  get text(): string {
    return cardText(this.card);
  }
}

const contract = (over: Record<string, unknown> = {}) => ({
  council: 'stockport',
  title: 'Home care framework',
  reference: 'HC-1',
  service: 'Adult Social Care',
  category: 'services',
  value: '120000',
  competitive: 'yes',
  start: '2027-09-01',
  ...over,
});
const approach = (over: Record<string, unknown> = {}) => ({
  needsAnalysis: 'yes',
  marketEngagement: 'yes',
  included: 'yes',
  weighting: '10',
  toms: 'NT1',
  otherToms: '',
  evaluation: 'both',
  reason: 'Only two suppliers can deliver this specialist service',
  ...over,
});
const commitments = (over: Record<string, unknown> = {}) => ({
  minimumStandards: 'yes',
  livingWage: 'yes',
  carbonPlan: 'yes',
  portal: 'yes',
  paymentDeductions: 'yes',
  contractManagement: 'Quarterly reports through the Social Value Portal',
  ...over,
});

/** Walks a checklist to an exemption request (10% against Stockport's 15%). */
async function toExemption(o: Officer, title: string): Promise<string> {
  await o.say('new PID checklist');
  await o.press('checklist.saveContract', contract({ title }));
  await o.press('checklist.acknowledge');
  await o.press('checklist.saveApproach', approach());
  await o.press('checklist.saveCommitments', commitments());
  const confirmed = await o.press('checklist.confirm');
  expect(confirmed.status).toBe(200);
  expect(o.text).toContain('Status: Awaiting senior officer approval');
  return String(executes(o.card)[0]!.data.checklistId);
}

async function waitForText(connector: ConnectorStub, pattern: RegExp): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const hit = connector.sent.find((s) => typeof s.activity.text === 'string' && pattern.test(s.activity.text));
    if (hit) return hit.activity;
    if (Date.now() > deadline) throw new Error(`no proactive message matching ${pattern}; got ${connector.sent.map((s) => JSON.stringify(s.activity.text)).join(', ')}`);
    await connector.waitFor(connector.sent.length + 1, 300).catch(() => undefined);
  }
}

function expectNoLiveMarkup(text: string): void {
  for (const pattern of LIVE_MARKUP) expect(text).not.toMatch(pattern);
}

// -------------------------------------------------------------------------------------------------

describe('typed text in the messages the bot sends on its own', () => {
  let bot: TestBot;
  let connector: ConnectorStub;
  beforeAll(async () => {
    connector = await startConnectorStub();
    bot = await startTestBot({ DEFAULT_COUNCIL: 'stockport', CHECKLIST_APPROVERS_STOCKPORT: 'Sam Senior <sam>' });
  });
  afterAll(async () => {
    await bot.close();
    await connector.close();
  });

  it('escapes the title and the officer\'s name in the approval request, and the comment in the decision notice', async () => {
    const sam = new Officer(bot, 'sam', connector.url, 'Sam Senior');
    await sam.say('hi');
    const olive = new Officer(bot, 'olive', connector.url, HOSTILE_NAME);
    await olive.say('hi');
    await toExemption(olive, HOSTILE_TITLE);

    const request = await waitForText(connector, /asks you to approve/);
    const requestText = String(request.text);
    expectNoLiveMarkup(requestText);
    expect(requestText).toBe('Olive \\[Boss\\](https://evil.example/login) asks you to approve a social value exemption for "\\[click\\](https://evil.example) \\*\\*bold\\*\\* \\<b>x\\</b>".');
    expect(request.textFormat).toBe('markdown');

    const approval = (request.attachments as Array<{ content: Card }>)[0]!.content;
    const decided = await sam.press('checklist.approve', { comment: HOSTILE_COMMENT }, approval);
    expect(decided.status).toBe(200);
    const notice = await waitForText(connector, /was approved by/);
    const noticeText = String(notice.text);
    expectNoLiveMarkup(noticeText);
    expect(noticeText).toContain('\\*\\*Urgent\\*\\*: \\[re-enter your password\\](https://evil.example/phish) \\<img src=x onerror=alert(1)>');
    expect(noticeText).toContain('"\\[click\\](https://evil.example) \\*\\*bold\\*\\* \\<b>x\\</b>"');
    // The card beside it shows the words as typed (cards were already escaped).
    const outcome = cardText((notice.attachments as Array<{ content: Card }>)[0]!.content);
    expect(outcome).toContain(`Comment: ${HOSTILE_COMMENT}`);
    expect(outcome).not.toMatch(/\\\\/);
  });

  it('escapes table cells in "PID-… as text" (a title in the contract table was a live link)', async () => {
    const ann = new Officer(bot, 'ann', connector.url);
    await ann.say('new PID checklist');
    await ann.press('checklist.saveContract', contract({ title: HOSTILE_TITLE, reference: '[ref](https://evil.example)' }));
    const id = String(executes(ann.card)[0]!.data.checklistId);
    const reply = await ann.say(`${id} as text`);
    const markdown = String(reply.activities[0]!.text);
    expect(markdown).toContain('| Contract title | \\[click\\](https://evil.example) \\*\\*bold\\*\\* \\<b\\>x\\</b\\> |');
    // The summary's own headings and bold labels are Markdown; every line with the officer's words is not.
    const typed = markdown.split('\n').filter((line) => line.includes('evil.example'));
    expect(typed.length).toBeGreaterThanOrEqual(3);
    for (const line of typed) expectNoLiveMarkup(line.replace(/^# |^- /, ''));
  });
});

// -------------------------------------------------------------------------------------------------

/** Values no card of ours sends: objects, arrays, numbers where text is, prototype keys, huge text. */
const CRAFTED: Array<[string, unknown]> = [
  ['an object', { a: 1 }],
  ['an object that cannot become text', { toString: 1, valueOf: 1 }],
  ['an array', ['a', 'b']],
  ['an array holding such an object', [{ toString: 1, valueOf: 1 }]],
  ['a number', 42],
  ['a boolean', true],
  ['null', null],
  ['"constructor"', 'constructor'],
  ['"__proto__"', '__proto__'],
  ['"toString"', 'toString'],
  ['"hasOwnProperty"', 'hasOwnProperty'],
  ['a hex number', '0x10'],
  ['200,000 characters', 'x'.repeat(200_000)],
];

const CHAIR = 'chair-cy';
const APPROVER = 'sam';
const OFFICER = 'olga';

/** What each verb reads from its data, for the probes. */
const CHECKLIST_FIELDS: Record<string, string[]> = {
  'checklist.start': [],
  'checklist.list': [],
  'checklist.open': ['checklistId'],
  'checklist.download': ['checklistId'],
  'checklist.word': ['checklistId'],
  'checklist.saveContract': ['checklistId', 'version', ...Object.keys(contract())],
  'checklist.acknowledge': ['checklistId', 'version'],
  'checklist.saveApproach': ['checklistId', 'version', ...Object.keys(approach())],
  'checklist.saveCommitments': ['checklistId', 'version', ...Object.keys(commitments())],
  'checklist.goto': ['checklistId', 'version', 'step'],
  'checklist.confirm': ['checklistId', 'version'],
  'checklist.resend': ['checklistId', 'version'],
  'checklist.reopen': ['checklistId', 'version'],
  'checklist.approve': ['checklistId', 'requestId', 'comment'],
  'checklist.reject': ['checklistId', 'requestId', 'comment'],
};
const PLAN_FIELDS: Record<string, string[]> = {
  'plan.mine': [],
  'plan.show': ['council', 'ref', 'back'],
  'plan.edit': ['council', 'ref', 'back'],
  'plan.update': ['council', 'ref', 'back', 'seen', 'status', 'note', 'due', 'lead', 'contact'],
  'plan.add': ['council', 'theme', 'action', 'lead', 'contact', 'due'],
};

function expectFriendly(reply: InvokeReply): void {
  expect(reply.status).toBeLessThan(500);
  expect(reply.body.type).toMatch(/^application\/vnd\.microsoft\.(error|card\.adaptive|activity\.message)$/);
  const shown = reply.body.type === ADAPTIVE_CARD ? reply.text : String((reply.body.value as { message?: unknown }).message ?? '');
  expect(shown).toMatch(/\w/);
  expect(shown).not.toMatch(/TypeError|ReferenceError|undefined|NaN|\[object Object\]|function |node_modules|\bat .+:\d+:\d+/);
  expect(shown.length).toBeLessThan(20_000);
}

describe('crafted card data', () => {
  let bot: TestBot;
  let connector: ConnectorStub;
  let officer: Officer;
  let approver: Officer;
  let chair: Officer;

  beforeAll(async () => {
    connector = await startConnectorStub();
    bot = await startTestBot({ DEFAULT_COUNCIL: 'stockport', CHECKLIST_APPROVERS_STOCKPORT: `Sam Senior <${APPROVER}>`, STEERING_GROUP_CHAIRS: `trafford:${CHAIR}` });
    officer = new Officer(bot, OFFICER, connector.url);
    approver = new Officer(bot, APPROVER, connector.url, 'Sam Senior');
    chair = new Officer(bot, CHAIR, connector.url);
    await approver.say('hi');
  });
  afterAll(async () => {
    await bot.close();
    await connector.close();
  });

  const dataOf = (verb: string, card: Card = officer.card) => {
    const found = executes(card).find((a) => a.verb === verb) ?? executes(card).find((a) => a.data.checklistId !== undefined);
    if (!found) throw new Error(`no ${verb} on the card`);
    return { ...found.data };
  };
  const saved = async () => {
    await officer.say('new PID checklist');
    await officer.press('checklist.saveContract', contract());
  };
  const approached = async () => {
    await saved();
    await officer.press('checklist.acknowledge');
    await officer.press('checklist.saveApproach', approach());
  };
  const reviewed = async () => {
    await approached();
    await officer.press('checklist.saveCommitments', commitments());
  };
  const pendingRequest = async () => {
    const from = connector.sent.length;
    await reviewed();
    await officer.press('checklist.confirm');
    const deadline = Date.now() + 10_000;
    while (!connector.sent.slice(from).some((s) => /asks you to approve/.test(String(s.activity.text)))) {
      if (Date.now() > deadline) throw new Error('no approval request');
      await connector.waitFor(connector.sent.length + 1, 300).catch(() => undefined);
    }
    const request = connector.sent.slice(from).find((s) => /asks you to approve/.test(String(s.activity.text)))!;
    return { ...dataOf('checklist.approve', (request.activity.attachments as Array<{ content: Card }>)[0]!.content), comment: 'A comment long enough' };
  };

  /** Fresh data for each verb, from a checklist (or action) at the step where the verb does real work. */
  const setups: Record<string, () => Promise<Record<string, unknown>>> = {
    'checklist.start': async () => ({}),
    'checklist.list': async () => ({}),
    'checklist.open': async () => (await saved(), dataOf('checklist.acknowledge')),
    'checklist.download': async () => (await saved(), dataOf('checklist.acknowledge')),
    'checklist.word': async () => (await saved(), dataOf('checklist.acknowledge')),
    'checklist.saveContract': async () => (await officer.say('new PID checklist'), { ...dataOf('checklist.saveContract'), ...contract() }),
    'checklist.acknowledge': async () => (await saved(), dataOf('checklist.acknowledge')),
    'checklist.saveApproach': async () => (await saved(), await officer.press('checklist.acknowledge'), { ...dataOf('checklist.saveApproach'), ...approach() }),
    'checklist.saveCommitments': async () => (await approached(), { ...dataOf('checklist.saveCommitments'), ...commitments() }),
    'checklist.goto': async () => (await saved(), { ...dataOf('checklist.acknowledge'), step: 'contract' }),
    'checklist.confirm': async () => (await reviewed(), dataOf('checklist.confirm')),
    'checklist.resend': async () => (await pendingRequest(), dataOf('checklist.resend')),
    'checklist.reopen': async () => (await pendingRequest(), dataOf('checklist.reopen')),
    'checklist.approve': pendingRequest,
    'checklist.reject': pendingRequest,
    'plan.mine': async () => ({}),
    'plan.show': async () => ({ council: 'trafford', ref: 'TRF-1', back: '' }),
    'plan.edit': async () => ({ council: 'trafford', ref: 'TRF-1', back: '' }),
    'plan.update': async () => ({ council: 'trafford', ref: 'TRF-1', back: '', seen: '1', status: 'On track', note: 'probe', due: '', lead: '', contact: '' }),
    'plan.add': async () => ({ council: 'trafford', theme: 'no such theme', action: 'Probe action', lead: '', contact: '', due: '' }),
  };

  const probes = (fields: Record<string, string[]>) =>
    Object.entries(fields).flatMap(([verb, names]) => [...names, '(the whole data)'].map((field): [string, string] => [verb, field]));

  it.each([...probes(CHECKLIST_FIELDS), ...probes(PLAN_FIELDS)])('%s with crafted %s: a 4xx or a card with a message, never a 5xx', async (verb, field) => {
    const who = verb.startsWith('plan.') ? chair : verb === 'checklist.approve' || verb === 'checklist.reject' ? approver : officer;
    const failures: string[] = [];
    let base = await setups[verb]!();
    for (const [what, value] of CRAFTED) {
      const data = field === '(the whole data)' ? value : { ...base, [field]: value };
      const before = connector.sent.length;
      const reply = await who.invoke(verb, data as Record<string, unknown>);
      try {
        expectFriendly(reply);
        const apologies = connector.sent.slice(before).filter((s) => /something went wrong/i.test(JSON.stringify(s.activity)));
        expect(apologies).toEqual([]);
      } catch {
        failures.push(`${what}: HTTP ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`);
      }
      // A probe that was accepted may have moved the record on: the next one starts afresh.
      if (reply.status === 200 && !verb.startsWith('plan.')) base = await setups[verb]!();
    }
    expect(failures).toEqual([]);
  });

  it('answers "constructor" and "__proto__" in a choice with the same card and the field\'s error, and stores nothing', async () => {
    for (const [field, error] of [
      ['council', 'Choose the council this contract is for.'],
      ['category', 'Choose goods, services or works.'],
      ['competitive', 'Say whether the procurement is competitive (Yes or No).'],
    ] as const) {
      for (const value of ['constructor', '__proto__', 'toString', 'valueOf']) {
        await officer.say('new PID checklist');
        const fresh = executes(officer.card).find((a) => a.verb === 'checklist.saveContract')!.data;
        const reply = await officer.press('checklist.saveContract', contract({ [field]: value }));
        expect(reply.status).toBe(200);
        expect(officer.text).toContain('Step 1 of 5: The contract');
        expect(officer.text).toContain(error);
        const key = `checklists/${String(fresh.checklistId)}`;
        expect(await bot.app.services.storage.read([key])).toEqual({});
      }
    }
  });

  it('answers a choice of "constructor" on the approach step with the field\'s error', async () => {
    await officer.say('new PID checklist');
    await officer.press('checklist.saveContract', contract());
    await officer.press('checklist.acknowledge');
    for (const [field, error] of [
      ['evaluation', 'Choose how social value bids will be evaluated.'],
      ['needsAnalysis', 'Say whether social value was considered at the needs analysis (Yes or No).'],
      ['marketEngagement', 'Say whether social value was considered in market engagement (Yes, Planned or No).'],
    ] as const) {
      const reply = await officer.press('checklist.saveApproach', approach({ [field]: 'constructor' }));
      expect(reply.status).toBe(200);
      expect(officer.text).toContain('Step 3 of 5');
      expect(officer.text).toContain(error);
    }
  });

  it('refuses a version or text field that is not a string or number with a 400 that says so, changing nothing', async () => {
    await officer.say('new PID checklist');
    await officer.press('checklist.saveContract', contract());
    const draft = executes(officer.card).find((a) => a.verb === 'checklist.acknowledge')!.data;
    const key = `checklists/${String(draft.checklistId)}`;
    const before = (await bot.app.services.storage.read([key]))[key];
    for (const data of [
      { ...draft, version: { toString: 1, valueOf: 1 } },
      { ...draft, version: [1] },
      { ...draft, version: true },
      { ...draft, version: '0x1' },
      { ...draft, checklistId: { id: 1 } },
    ]) {
      const reply = await officer.invoke('checklist.acknowledge', data);
      expect(reply.status).toBe(400);
      expect(reply.body.type).toBe('application/vnd.microsoft.error');
      expect(String((reply.body.value as { message: string }).message)).toMatch(/^This card (sent something I cannot read|does not say)/);
    }
    const title = await officer.invoke('checklist.saveContract', { ...executes(officer.card).find((a) => a.verb === 'checklist.goto')!.data, ...contract({ title: [{ toString: 1 }] }) });
    expect(title.status).toBeLessThan(500);
    expect((await bot.app.services.storage.read([key]))[key]).toEqual(before);
  });

  it('writes nothing for a plan update whose "seen" is crafted, so a retry cannot add a duplicate', async () => {
    const KEY = 'actionPlan/trafford/items/TRF-2';
    const history = async () => ((await bot.app.services.storage.read([KEY]))[KEY] as { history: unknown[] } | undefined)?.history.length;
    expect(await history()).toBeGreaterThan(0);
    const before = await history();
    for (const seen of [{ toString: 1, valueOf: 1 }, [{ toString: 1 }], { a: 1 }, 'abc', -1, 1.5]) {
      const reply = await chair.invoke('plan.update', { council: 'trafford', ref: 'TRF-2', back: '', seen, status: 'At risk', note: `crafted seen ${JSON.stringify(seen)}`, due: '', lead: '', contact: '' });
      expectFriendly(reply);
      expect(reply.status).toBe(400);
    }
    expect(await history()).toBe(before);
    // The same update with a good "seen" lands once.
    const good = await chair.invoke('plan.update', { council: 'trafford', ref: 'TRF-2', back: '', seen: String(before), status: 'At risk', note: 'a real update', due: '', lead: '', contact: '' });
    expect(good.status).toBe(200);
    expect(await history()).toBe(before! + 1);
  });
});

// -------------------------------------------------------------------------------------------------

describe('officers are told who to ask, not which setting to change', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ DEFAULT_COUNCIL: 'stockport' });
  });
  afterAll(async () => bot.close());

  const SETTING = /\b(GRAPH_[A-Z_]+|CHECKLIST_APPROVERS\w*|STEERING_GROUP_\w+|ACTION_PLAN_LEADS|BOT_ADMINS|MicrosoftApp\w*|DB_FILE|[A-Z]{2,}_[A-Z_]{2,})\b/;

  it('with no exemption approvers set up, tells the officer to ask their IT team for Stockport\'s', async () => {
    const o = new Officer(bot, 'nadia', 'http://127.0.0.1:9/unused');
    await toExemption(o, 'Day centre catering');
    expect(o.text).not.toMatch(SETTING);
    expect(o.text).toContain('There is no approver I can send this to.');
    expect(o.text).toMatch(/ask your IT team to set up exemption approvers for Stockport/);
    const id = String(executes(o.card)[0]!.data.checklistId);
    const markdown = String((await o.say(`${id} as text`)).activities[0]!.text);
    expect(markdown).not.toMatch(SETTING);
  });

  it('with no steering group set up, tells an officer to ask their IT team, for a typed update and a card', async () => {
    const o = new Officer(bot, 'anyone', 'http://127.0.0.1:9/unused');
    const typed = await o.say('update TRF-3 at risk: x');
    expect(typed.text).not.toMatch(SETTING);
    expect(typed.text).toMatch(/Nobody can change Trafford's action plan yet/);
    expect(typed.text).toMatch(/Ask your IT team to set up Trafford's steering group/);
    const edit = await o.invoke('plan.edit', { council: 'trafford', ref: 'TRF-3', back: '' });
    expect(edit.text).not.toMatch(SETTING);
  });
});

// -------------------------------------------------------------------------------------------------

describe('slow clients', () => {
  it('the app sets the HTTP server\'s header and request timeouts (10 s and 30 s)', async () => {
    const bot = await startTestBot({});
    try {
      const server = bot.app.server.server;
      expect(server.headersTimeout).toBe(DEFAULT_HEADERS_TIMEOUT_MS);
      expect(server.requestTimeout).toBe(DEFAULT_REQUEST_TIMEOUT_MS);
      expect([DEFAULT_HEADERS_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS]).toEqual([10_000, 30_000]);
    } finally {
      await bot.close();
    }
  });

  /** Opens a raw connection, sends `payload` and never the rest: when, and with what, the server hangs up. */
  const holdOpen = (port: number, payload: string) =>
    new Promise<{ ms: number; answer: string }>((resolve, reject) => {
      const started = Date.now();
      let answer = '';
      const socket = connect(port, '127.0.0.1', () => socket.write(payload));
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('error', reject);
      socket.on('close', () => resolve({ ms: Date.now() - started, answer }));
      setTimeout(() => {
        socket.destroy();
        reject(new Error(`the server kept the connection open for 5 s (sent ${JSON.stringify(answer)})`));
      }, 5_000).unref();
    });

  it('closes a connection whose headers, or whose body, never finish (timeouts shortened to 300 ms and 600 ms)', async () => {
    const http = createServer({
      adapter: {} as ServerDeps['adapter'],
      auth: { authenticateRequest: async () => ({}) } as unknown as ServerDeps['auth'],
      bot: {} as ActivityHandler,
      logger: createLogger('silent'),
      downloads: {} as ServerDeps['downloads'],
      timeouts: { headersMs: 300, requestMs: 600 },
    });
    await new Promise<void>((resolve) => http.server.listen(0, '127.0.0.1', () => resolve()));
    const port = (http.server.address() as AddressInfo).port;
    try {
      const headers = await holdOpen(port, 'POST /api/messages HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\n');
      expect(headers.ms).toBeGreaterThanOrEqual(250);
      expect(headers.ms).toBeLessThan(2_000);
      expect(headers.answer).toMatch(/^HTTP\/1\.1 408 /);
      const body = await holdOpen(port, 'POST /api/messages HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"type":');
      expect(body.ms).toBeGreaterThanOrEqual(550);
      expect(body.ms).toBeLessThan(2_500);
      expect(body.answer).toMatch(/^HTTP\/1\.1 408 /);
      // A client that finishes in time is answered as usual.
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      await http.stop(100);
    }
  });
});

// -------------------------------------------------------------------------------------------------

describe('a disk the store cannot write at start-up', () => {
  /** `npm start` with the file system failing under `dir` as `code` does; resolves with the exit code and stderr. */
  const start = (dir: string, code: string) =>
    new Promise<{ exit: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['--no-deprecation', '--import', 'tsx', '--import', './test/support/failingFs.mjs', 'src/index.ts'], {
        cwd: PROJECT_ROOT,
        env: childEnv({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DB_FILE: join(dir, 'store', 'db.json'), SVA_FAIL_FS_UNDER: dir, SVA_FAIL_FS_CODE: code }),
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.once('exit', (exit) => resolve({ exit, stderr }));
    });

  it.each<[string, RegExp]>([
    // A new store: the manifest is the first file written, the store's folder the first one created.
    ['ENOSPC', /^\/.*\/store\/db\.json: cannot write: disk full \(ENOSPC\)\. Free space on that disk, then start the bot again\.$/],
    ['EACCES', /^\/.*\/store\/db\.store: not writable: permission denied \(EACCES\)\. .*DB_FILE.*\.$/],
    ['EROFS', /^\/.*\/store\/db\.store: not writable: the file system is read-only \(EROFS\)\. Set DB_FILE to a writable disk\.$/],
  ])('%s stops start-up with one line naming the file, and no stack trace', async (code, line) => {
    const dir = mkdtempSync(join(tmpdir(), 'sva-disk-'));
    try {
      const { exit, stderr } = await start(dir, code);
      expect(exit).toBe(1);
      const lines = stderr.trimEnd().split('\n');
      expect(lines).toEqual(['Social Value Assistant cannot start.', expect.stringMatching(line)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
