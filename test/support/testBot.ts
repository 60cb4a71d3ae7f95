/**
 * Starts the real application in-process on 127.0.0.1 with a temporary store, and talks to it over
 * HTTP the way Teams does, with deliveryMode "expectReplies" so replies come back in the response.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createApp, type App, type AppOptions } from '../../src/app.js';
import { loadConfig } from '../../src/settings/index.js';
import { createLogger, type Logger } from '../../src/logger.js';

export interface Reply {
  activities: Array<Record<string, unknown>>;
  /** every visible string of every reply, one per line (card fallbackText excluded) */
  text: string;
  cards: Array<Record<string, unknown>>;
  /** the `data.ask` of every Action.Submit / Action.Execute on the reply's cards, in card order */
  buttons: string[];
  /** the one-line answer of the first reply: its card's `summary`, else its `text` ('' when it has neither) */
  messageText: string;
}

export interface AskOptions {
  user?: string;
  conversationType?: 'personal' | 'channel' | 'groupChat';
  /** where the bot should send proactive messages (a connector stand-in) */
  serviceUrl?: string;
  /** a conversation id of the test's own (default: one per user, or one per chat type) */
  conversationId?: string;
  /** extra activity fields, e.g. entities for an @mention */
  activity?: Record<string, unknown>;
}

export interface TestBot {
  url: string;
  app: App;
  dbFile: string;
  ask(text: string, opts?: AskOptions): Promise<Reply>;
  /** presses an Action.Execute button: the adaptiveCard/action invoke Teams sends, inputs merged into data */
  invoke(verb: string, data: Record<string, unknown>, opts?: AskOptions): Promise<InvokeReply>;
  send(activity: Record<string, unknown>): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

export const BOT_ID = '28:social-value-assistant';
export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** The invoke response botbuilder returns: Universal Actions' { statusCode, type, value }. */
export interface InvokeBody {
  statusCode: number;
  type: string;
  value: Record<string, unknown>;
}

export interface InvokeReply {
  /** the HTTP status (botbuilder mirrors the response's statusCode) */
  status: number;
  body: InvokeBody;
  /** what a person reads on the returned card ('' when no card came back) */
  text: string;
}

/** Collects what a person would read on a card: TextBlocks, RichTextBlocks, FactSets, input labels. */
export function visibleText(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const n of node) visibleText(n, out);
    return out;
  }
  if (!node || typeof node !== 'object') return out;
  const o = node as Record<string, unknown>;
  if (o.type === 'TextBlock' && typeof o.text === 'string') out.push(o.text);
  if (o.type === 'TextRun' && typeof o.text === 'string') out.push(o.text);
  if (typeof o.type === 'string' && o.type.startsWith('Input.') && typeof o.label === 'string') out.push(o.label);
  if (o.type === 'FactSet' && Array.isArray(o.facts)) {
    for (const f of o.facts as Array<{ title?: string; value?: string }>) out.push(`${f.title ?? ''}: ${f.value ?? ''}`);
    return out;
  }
  for (const [key, value] of Object.entries(o)) {
    if (key === 'fallbackText' || key === 'text' || key === 'data') continue;
    visibleText(value, out);
  }
  return out;
}

/** The `data.ask` of every Action.Submit / Action.Execute button on the cards (ShowCard sub-cards included). */
export function cardAsks(cards: ReadonlyArray<Record<string, unknown>>): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if ((o.type === 'Action.Submit' || o.type === 'Action.Execute') && o.data && typeof o.data === 'object') {
      const ask = (o.data as Record<string, unknown>).ask;
      if (typeof ask === 'string') out.push(ask);
    }
    Object.values(o).forEach(walk);
  };
  walk(cards);
  return out;
}

export function flatten(activities: Array<Record<string, unknown>>): {
  text: string;
  cards: Array<Record<string, unknown>>;
  buttons: string[];
  messageText: string;
} {
  const lines: string[] = [];
  const cards: Array<Record<string, unknown>> = [];
  for (const a of activities) {
    if (typeof a.text === 'string' && a.text) lines.push(a.text);
    for (const att of (a.attachments as Array<{ contentType: string; content: Record<string, unknown> }> | undefined) ?? []) {
      if (att.contentType === 'application/vnd.microsoft.card.adaptive') {
        cards.push(att.content);
        visibleText(att.content, lines);
      }
    }
  }
  // Cards escape Markdown and link their sources; tests read what a person sees (a link shows its label).
  const first = activities[0];
  return {
    text: lines
      .join('\n')
      .replace(/(?<!\\)\[((?:\\.|[^\]\\\n])*)\]\([^()\s]+\)/g, '$1')
      .replace(/\\([\\*_[\]`~#<>+.-])/g, '$1'),
    cards,
    buttons: cardAsks(cards),
    // The one line a notification shows: the summary of a card, else the message text.
    messageText: first && typeof first.summary === 'string' ? first.summary : first && typeof first.text === 'string' ? first.text : '',
  };
}

/** What a person reads on one card. */
export function cardText(card: Record<string, unknown>): string {
  return flatten([{ attachments: [{ contentType: ADAPTIVE_CARD, content: card }] }]).text;
}

/** `options`: the reminders' clock and the instance's name, for tests of the schedule. */
export async function startTestBot(env: Record<string, string> = {}, options: AppOptions & { logger?: Logger } = {}): Promise<TestBot> {
  const dir = mkdtempSync(join(tmpdir(), 'sva-test-'));
  const dbFile = join(dir, 'db.json');
  const fullEnv = { DB_FILE: dbFile, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env };
  const config = loadConfig(fullEnv);
  const { logger = createLogger('silent'), ...appOptions } = options;
  const app = await createApp(config, logger, fullEnv, appOptions);
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const conversationId = `test-${randomUUID()}`;

  /** What every activity from Teams carries: who, where, which tenant. */
  const teamsActivity = (opts: AskOptions) => {
    const user = opts.user ?? 'officer-1';
    const type = opts.conversationType ?? 'personal';
    return {
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: opts.serviceUrl ?? 'http://127.0.0.1:9/unused',
      from: { id: `29:${user}`, name: user, aadObjectId: user },
      recipient: { id: BOT_ID, name: 'Social Value Assistant' },
      conversation: {
        id: opts.conversationId ?? (type === 'personal' ? `${conversationId}-${user}` : `${conversationId}-${type}`),
        conversationType: type,
        tenantId: 'tenant-1',
      },
      channelData: { tenant: { id: 'tenant-1' } },
      locale: 'en-GB',
    };
  };

  const send = async (activity: Record<string, unknown>) => {
    const res = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const raw = await res.text();
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      // leave as text
    }
    return { status: res.status, body };
  };

  return {
    url,
    app,
    dbFile,
    send,
    async ask(text, opts = {}) {
      const { status, body } = await send({
        ...teamsActivity(opts),
        type: 'message',
        timestamp: new Date().toISOString(),
        deliveryMode: 'expectReplies',
        text,
        ...opts.activity,
      });
      if (status !== 200) throw new Error(`POST /api/messages answered ${status}: ${JSON.stringify(body)}`);
      const activities = ((body as { activities?: Array<Record<string, unknown>> })?.activities ?? []).filter((a) => a.type === 'message');
      return { activities, ...flatten(activities) };
    },
    async invoke(verb, data, opts = {}) {
      const res = await send({
        ...teamsActivity(opts),
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
        ...opts.activity,
      });
      const body = (res.body ?? {}) as InvokeBody;
      const isCard = body.type === ADAPTIVE_CARD;
      return { status: res.status, body, text: isCard ? cardText(body.value) : '' };
    },
    async close() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
