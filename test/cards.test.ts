/**
 * Every card the bot can send, checked the way a Teams client would read it:
 *
 *  - each template in cards/ expanded with sample data from test/fixtures/cards/<template>.json by the
 *    project's own expandCard(), and
 *  - the cards the running bot really sends for a set of officers' messages and card actions,
 *
 * are parsed by the Adaptive Cards SDK (its UMD bundle, the one build that loads in Node) and must
 * have: no parse or validation errors; schema version 1.5 or lower (Teams renders up to 1.5) and no
 * element newer than the card's version; well under Teams' 28 KB message size; no unresolved `${`
 * bindings; a label on every input; a title on every Action.Execute / Action.Submit (and a verb on
 * every Action.Execute); only the semantic colours Teams themes (no hex or rgb values, no
 * backgroundImage), so cards read in light, dark and high-contrast themes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { CARDS_DIR, expandCard } from '../src/cards/render.js';
import { BOT_ID, startTestBot, type TestBot } from './support/testBot.js';

type Json = Record<string, unknown>;

const FIXTURES_DIR = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'fixtures', 'cards');
const MAX_VERSION = 1.5;
const MAX_BYTES = 28 * 1024;
const SEMANTIC_COLORS = new Set(['default', 'dark', 'light', 'accent', 'good', 'warning', 'attention']);

// ---- the Adaptive Cards SDK --------------------------------------------------------------------------------

interface SdkEvent {
  phase: number;
  event: number;
  message: string;
  source?: { getJsonTypeName?: () => string };
}
interface SdkRegistration {
  schemaVersion: { major: number; minor: number };
}
interface AdaptiveCardsSdk {
  AdaptiveCard: new () => { parse(json: unknown, context: unknown): void; validateProperties(): { validationEvents: SdkEvent[] } };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): SdkEvent };
  ValidationEvent: Record<number, string>;
  GlobalRegistry: { elements: { findByName(n: string): SdkRegistration | undefined }; actions: { findByName(n: string): SdkRegistration | undefined } };
}
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsSdk;

const versionNumber = (v: { major: number; minor: number }) => v.major + v.minor / 10;

/** Every problem with one card, as readable lines; [] when it is fine. */
export function cardProblems(card: Json): string[] {
  const problems: string[] = [];
  const json = JSON.stringify(card);

  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > MAX_BYTES) problems.push(`is ${bytes} bytes; Teams refuses messages over 28 KB`);
  if (json.includes('${')) problems.push(`has an unresolved binding: ${json.slice(Math.max(0, json.indexOf('${') - 40), json.indexOf('${') + 40)}`);
  if (card.type !== 'AdaptiveCard') problems.push(`type is ${String(card.type)}, not AdaptiveCard`);
  const version = Number.parseFloat(String(card.version));
  if (!(version > 0 && version <= MAX_VERSION)) problems.push(`version is ${String(card.version)}; Teams renders Adaptive Cards up to ${MAX_VERSION}`);

  // the SDK: parse events, then validation
  const sdkCard = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  sdkCard.parse(card, context);
  const events = [...Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i)), ...sdkCard.validateProperties().validationEvents];
  // Teams' people picker is documented as `"choices": []` with `choices.data` (Data.Query on
  // graph.microsoft.com/users): the SDK reads choices.data but still asks for a static choice.
  const pickers = new Set([...json.matchAll(/"id":"([^"]+)"[^{}]*"choices":\[\],"choices\.data":\{"type":"Data\.Query","dataset":"graph\.microsoft\.com\/users"\}/g)].map((m) => m[1]));
  for (const e of events) {
    const id = (e.source as { id?: string } | undefined)?.id;
    if (id && pickers.has(id) && /must have at least one choice/.test(e.message)) continue;
    problems.push(`SDK ${AC.ValidationEvent[e.event] ?? e.event}${e.source?.getJsonTypeName ? ` in ${e.source.getJsonTypeName()}` : ''}: ${e.message}`);
  }

  // our own walk over the JSON (action payloads under `data` are the bot's, not the renderer's)
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      node.forEach((n, i) => walk(n, `${path}[${i}]`));
      return;
    }
    if (!node || typeof node !== 'object') return;
    const o = node as Json;
    const type = typeof o.type === 'string' ? o.type : undefined;
    const at = `${path}${type ? ` (${type}${typeof o.id === 'string' ? ` "${o.id}"` : ''})` : ''}`;

    if (type) {
      if (key(o, '$data') || key(o, '$when')) problems.push(`${at}: template keys left after expansion`);
      const registered = AC.GlobalRegistry.elements.findByName(type) ?? AC.GlobalRegistry.actions.findByName(type);
      if (registered && Number.isFinite(version) && versionNumber(registered.schemaVersion) > version + 1e-9) {
        problems.push(`${at}: needs schema ${versionNumber(registered.schemaVersion)}, the card declares ${String(card.version)}`);
      }
      if (type.startsWith('Input.')) {
        if (!nonEmpty(o.id)) problems.push(`${at}: input has no id`);
        if (!nonEmpty(o.label)) problems.push(`${at}: input has no label (screen readers and Teams mobile need one)`);
      }
      if (type === 'Action.Execute' || type === 'Action.Submit') {
        if (!nonEmpty(o.title)) problems.push(`${at}: action has no title`);
        if (type === 'Action.Execute' && !nonEmpty(o.verb)) problems.push(`${at}: Action.Execute has no verb to route it`);
      }
      if (type === 'Action.OpenUrl' && !/^https?:\/\//.test(String(o.url ?? ''))) problems.push(`${at}: Action.OpenUrl url ${String(o.url)} is not http(s)`);
      if (type === 'Image' && !nonEmpty(o.altText)) problems.push(`${at}: image has no altText`);
    }
    for (const [k, v] of Object.entries(o)) {
      if (k === 'data') continue;
      if (k === 'backgroundImage') problems.push(`${at}: backgroundImage (Teams themes cannot restyle it)`);
      if (k === 'color' && (typeof v !== 'string' || !SEMANTIC_COLORS.has(v.toLowerCase()))) {
        problems.push(`${at}: color ${JSON.stringify(v)} is not one of Teams' semantic colours (${[...SEMANTIC_COLORS].join(', ')})`);
      }
      if (typeof v === 'string' && /^(#[0-9a-f]{3,8}|rgba?\s*\()/i.test(v.trim())) problems.push(`${at}: ${k} is a hard-coded colour ${v}`);
      walk(v, `${path}.${k}`);
    }
  };
  walk(card, '$');
  return problems;
}

const key = (o: Json, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim() !== '';

/** Fails with every problem listed, labelled with where the card came from. */
function expectValidCard(card: Json, label: string) {
  expect({ card: label, problems: cardProblems(card) }).toEqual({ card: label, problems: [] });
}

// ---- the checker itself ------------------------------------------------------------------------------------

describe('the card checks', () => {
  it('find the faults they are meant to find', () => {
    const bad = {
      type: 'AdaptiveCard',
      version: '1.6',
      body: [
        { type: 'TextBlock', text: 'Hello ${name}', color: '#FF0000' },
        { type: 'Container', backgroundImage: 'https://example.org/x.png', items: [{ type: 'Input.Text', id: 'note' }] },
        { type: 'Input.Text', id: 'note' },
      ],
      actions: [{ type: 'Action.Submit', data: { color: '#123456' } }, { type: 'Action.Execute', title: 'Save' }],
    };
    const problems = cardProblems(bad).join('\n');
    for (const expected of [
      /version is 1\.6/,
      /unresolved binding/,
      /color "#FF0000" is not one of Teams' semantic colours/,
      /backgroundImage/,
      /Input\.Text "note"\): input has no label/,
      /Duplicate Id "note"/,
      /Action\.Submit\): action has no title/,
      /Action\.Execute\): Action\.Execute has no verb/,
    ]) {
      expect(problems).toMatch(expected);
    }
    expect(problems).not.toMatch(/#123456/); // action data is the bot's payload, not styling
    const tooNew = { type: 'AdaptiveCard', version: '1.2', body: [{ type: 'Table', columns: [{ width: 1 }], rows: [] }] };
    expect(cardProblems(tooNew).join('\n')).toMatch(/Table\): needs schema 1\.5, the card declares 1\.2/);
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'ok', color: 'Attention' }] })).toEqual([]);
  });
});

// ---- every template, with sample data -----------------------------------------------------------------------

const templates = readdirSync(CARDS_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => basename(f, '.json'))
  .sort();

describe('card templates in cards/, expanded with test/fixtures/cards/<template>.json', () => {
  it('there are templates to check', () => {
    expect(templates).toEqual(expect.arrayContaining(['answer', 'help']));
  });

  it.each(templates)('%s', (name) => {
    const template = JSON.parse(readFileSync(join(CARDS_DIR, `${name}.json`), 'utf8')) as Json;
    expect(Number.parseFloat(String(template.version))).toBeLessThanOrEqual(MAX_VERSION);
    const fixture = join(FIXTURES_DIR, `${name}.json`);
    if (!existsSync(fixture)) {
      throw new Error(
        `cards/${name}.json has no sample data. Add test/fixtures/cards/${name}.json: the view data its renderer passes to ` +
          `expandCard('${name}', data), as one object or an array of variants (cover the optional parts), so this test can expand the template and check the card.`,
      );
    }
    const samples = JSON.parse(readFileSync(fixture, 'utf8')) as Json | Json[];
    const variants = Array.isArray(samples) ? samples : [samples];
    expect(variants.length).toBeGreaterThan(0);
    variants.forEach((data, i) => expectValidCard(expandCard(name, data), `cards/${name}.json with sample ${i + 1} of ${variants.length}`));
  });

  it('every sample belongs to a template', () => {
    const orphans = readdirSync(FIXTURES_DIR)
      .filter((f) => f.endsWith('.json') && !templates.includes(basename(f, '.json')))
      .map((f) => `test/fixtures/cards/${f}`);
    expect(orphans).toEqual([]);
  });
});

// ---- the cards the bot really sends ---------------------------------------------------------------------------

describe('cards the running bot sends', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ DEFAULT_COUNCIL: 'stockport' });
  });
  afterAll(async () => bot.close());

  const questions = [
    'help',
    'what weighting for a £75k services contract in Stockport?',
    'weighting for £100,000 in CWaC',
    'Trafford weighting',
    'compare weightings for an £80k contract',
    'does the portal apply to £40k in Stockport?',
    'what is NT4a?',
    'TOMs for veterans',
    'Stockport priority cohorts',
    'my council is **Manchester**',
    'blorp wibble fizzle',
    'new PID checklist',
    'my checklists',
    'action plan',
    'digest',
    'my actions',
    'update TRF-3 at risk: supplier delayed',
  ];

  it.each(questions)('"%s"', async (question) => {
    const reply = await bot.ask(question);
    expect(reply.cards.length).toBeGreaterThan(0);
    reply.cards.forEach((card, i) => expectValidCard(card, `reply ${i + 1} to "${question}"`));
  });

  it('an answer\'s plain-text fallback says what its first view says, the answer, rule and source, not the details behind "More"', async () => {
    const reply = await bot.ask('what weighting for a £75k services contract in Stockport?');
    const card = reply.cards[0] as { fallbackText: string };
    expect(card.fallbackText).toMatch(/15%/);
    expect(card.fallbackText).toMatch(/The rule: /);
    expect(card.fallbackText).toMatch(/Source: Stockport's Social Value Charter/);
    // The details are on the card ("More for this contract"), not repeated in the fallback.
    expect(reply.text).toMatch(/Social Value Portal/);
    expect(card.fallbackText).not.toMatch(/Social Value Portal|How current/);
  });

  it('the welcome card when the bot is installed', async () => {
    const res = await bot.send({
      type: 'conversationUpdate',
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/unused',
      deliveryMode: 'expectReplies',
      from: { id: '29:officer', name: 'Officer' },
      recipient: { id: BOT_ID, name: 'Social Value Assistant' },
      conversation: { id: `welcome-${randomUUID()}`, conversationType: 'personal', tenantId: 'tenant-1' },
      membersAdded: [{ id: BOT_ID }],
    });
    expect(res.status).toBe(200);
    const cards = ((res.body as { activities?: Json[] }).activities ?? []).flatMap((a) =>
      ((a.attachments as Array<{ contentType: string; content: Json }> | undefined) ?? []).filter((att) => att.contentType === 'application/vnd.microsoft.card.adaptive').map((att) => att.content),
    );
    expect(cards.length).toBeGreaterThan(0);
    cards.forEach((card, i) => expectValidCard(card, `welcome card ${i + 1}`));
  });

  it('the cards that come back when an officer presses their buttons', async () => {
    // From a checklist, the action plan and the officer's lists, press every button the way Teams
    // does (Action.Execute: invoke adaptiveCard/action; Action.Submit: a message carrying its data),
    // inputs left as they are, then the buttons on the cards that come back: up to 40 presses.
    const pressed = new Set<string>();
    const checked: string[] = [];
    const queue: Array<{ card: Json; from: string }> = [];
    for (const question of ['new PID checklist', 'my checklists', 'action plan', 'my actions', 'digest']) {
      for (const card of (await bot.ask(question, { user: 'explorer' })).cards) queue.push({ card, from: `"${question}"` });
    }
    while (queue.length > 0 && pressed.size < 40) {
      const { card, from } = queue.shift()!;
      for (const action of buttons(card)) {
        const id = `${action.type} ${action.verb ?? ''} ${JSON.stringify(action.data ?? null)}`;
        if (pressed.has(id) || pressed.size >= 40) continue;
        pressed.add(id);
        const label = `"${action.title}" (${action.verb ?? action.type}) on the card from ${from}`;
        const cards = await press(action);
        cards.forEach((c, i) => {
          expectValidCard(c, `${label}, card ${i + 1}`);
          queue.push({ card: c, from: label });
        });
        checked.push(...cards.map(() => label));
      }
    }
    expect(checked.length).toBeGreaterThan(5);
  });

  type Button = { type: string; title: string; verb?: string; data?: unknown };

  async function press(action: Button): Promise<Json[]> {
    const common = {
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/unused',
      from: { id: '29:explorer', name: 'explorer', aadObjectId: 'explorer' },
      recipient: { id: BOT_ID, name: 'Social Value Assistant' },
      conversation: { id: 'explorer-conversation', conversationType: 'personal', tenantId: 'tenant-1' },
      channelData: { tenant: { id: 'tenant-1' } },
      locale: 'en-GB',
    };
    if (action.type === 'Action.Execute') {
      const res = await bot.send({ ...common, type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: action.verb, data: action.data ?? {} }, trigger: 'manual' } });
      expect(res.status).toBe(200);
      const body = res.body as { statusCode?: number; type?: string; value?: unknown };
      // a card, or a message saying what is wrong (e.g. a required input left empty)
      expect([200, 400, 403, 404, 409, 412]).toContain(body.statusCode);
      return body.type === 'application/vnd.microsoft.card.adaptive' ? [body.value as Json] : [];
    }
    const data = (action.data ?? {}) as { msteams?: { type?: string; value?: string } } & Json;
    const text = data.msteams?.type === 'imBack' ? String(data.msteams.value ?? '') : undefined;
    const res = await bot.send({ ...common, type: 'message', deliveryMode: 'expectReplies', ...(text !== undefined ? { text } : { value: data }) });
    expect(res.status).toBe(200);
    return ((res.body as { activities?: Json[] }).activities ?? []).flatMap((a) =>
      ((a.attachments as Array<{ contentType: string; content: Json }> | undefined) ?? []).filter((att) => att.contentType === 'application/vnd.microsoft.card.adaptive').map((att) => att.content),
    );
  }
});

/** Action.Execute and Action.Submit buttons anywhere on a card (not inside action payloads). */
function buttons(card: Json): Array<{ type: string; title: string; verb?: string; data?: unknown }> {
  const found: Array<{ type: string; title: string; verb?: string; data?: unknown }> = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Json;
    if (o.type === 'Action.Execute' || o.type === 'Action.Submit') {
      found.push({ type: o.type, title: String(o.title ?? ''), ...(typeof o.verb === 'string' ? { verb: o.verb } : {}), data: o.data });
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'data') walk(v);
  };
  walk(card);
  return found;
}
