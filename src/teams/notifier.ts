/**
 * Sends proactive messages (approval requests, outcomes, reminders). Uses the user's 1:1 chat when
 * the bot has one, else creates it from their Teams id and tenant. Throttling and transient faults
 * (429, 412, 502, 503, 504, network errors) are retried with exponential backoff and jitter.
 */
import {
  MessageFactory,
  CardFactory,
  type CloudAdapter,
  type ConversationParameters,
  type ConversationReference,
  type TurnContext,
  type Activity,
} from 'botbuilder';
import { escapeMarkdown } from '../cards/escape.js';
import type { Messenger } from '../delivery.js';
import type { Logger } from '../logger.js';
import type { ConversationDirectory } from './conversations.js';

export interface NotifierOptions {
  adapter: CloudAdapter;
  appId: string;
  directory: ConversationDirectory;
  logger: Logger;
  /** retries after the first attempt */
  retries?: number;
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export type DeliveryResult = { delivered: true; reference: Partial<ConversationReference> } | { delivered: false; reason: string };

const RETRYABLE = new Set([412, 429, 502, 503, 504]);

function statusOf(err: unknown): number | undefined {
  const e = err as { statusCode?: number; response?: { status?: number } };
  return e?.statusCode ?? e?.response?.status;
}

function isTransient(err: unknown): boolean {
  const status = statusOf(err);
  if (status !== undefined) return RETRYABLE.has(status) || status >= 500;
  const code = (err as { code?: string })?.code;
  return code === 'ECONNRESET' || code === 'ECONNREFUSED' || code === 'ETIMEDOUT' || code === 'EAI_AGAIN';
}

export class Notifier implements Messenger {
  private readonly retries: number;
  private readonly baseDelayMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: NotifierOptions) {
    this.retries = options.retries ?? 5;
    this.baseDelayMs = options.baseDelayMs ?? 500;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  /** Runs `attempt` until it succeeds, a non-transient error occurs, or retries run out. */
  async withRetry<T>(what: string, attempt: () => Promise<T>): Promise<T> {
    for (let i = 0; ; i += 1) {
      try {
        return await attempt();
      } catch (err) {
        if (i >= this.retries || !isTransient(err)) throw err;
        const delay = this.baseDelayMs * 2 ** i;
        const jittered = delay / 2 + Math.random() * delay;
        this.options.logger.warn('proactive send failed, retrying', { what, status: statusOf(err), attempt: i + 1, delayMs: Math.round(jittered) });
        await this.sleep(jittered);
      }
    }
  }

  /**
   * The adapter runs proactive logic through its middleware, which hands errors to onTurnError
   * instead of the caller; capture them here so a failed send is seen and retried.
   */
  private async deliver(run: (logic: (ctx: TurnContext) => Promise<void>) => Promise<void>, activity: Partial<Activity>, onContext?: (ctx: TurnContext) => void): Promise<void> {
    let failure: unknown;
    await run(async (ctx) => {
      onContext?.(ctx);
      try {
        await ctx.sendActivity(activity);
      } catch (err) {
        failure = err;
      }
    });
    if (failure) throw failure;
  }

  /**
   * Sends a card (or text) to a user by AAD object id or Teams id. Never throws: says why it could not.
   * `text` is plain text, usually with someone's words in it (a contract title, a comment): it is sent
   * Markdown-escaped, so Teams shows it as typed and a "[link](…)" in it never becomes a live link
   * from the bot. (Cards escape their own text.)
   */
  async sendToUser(userId: string, message: { card?: Record<string, unknown>; text?: string }): Promise<DeliveryResult> {
    const user = await this.options.directory.find(userId);
    if (!user) return { delivered: false, reason: 'the bot has not yet been in a conversation with this person, so Teams has no way to reach them' };
    const text = message.text === undefined ? undefined : escapeMarkdown(message.text);
    const activity: Partial<Activity> = message.card ? MessageFactory.attachment(CardFactory.adaptiveCard(message.card), text) : MessageFactory.text(text ?? '');
    if (text !== undefined) activity.textFormat = 'markdown';
    try {
      if (user.personal?.conversation) {
        const reference = user.personal;
        await this.withRetry('continueConversation', () =>
          this.deliver((logic) => this.options.adapter.continueConversationAsync(this.options.appId, reference, logic), activity),
        );
        return { delivered: true, reference };
      }
      const params: ConversationParameters = {
        isGroup: false,
        bot: { id: this.options.appId || 'bot', name: 'Social Value Assistant' },
        members: [{ id: user.teamsId, name: user.name ?? '' }],
        ...(user.tenantId ? { tenantId: user.tenantId, channelData: { tenant: { id: user.tenantId } } } : {}),
      } as ConversationParameters;
      let reference: Partial<ConversationReference> | undefined;
      await this.withRetry('createConversation', () =>
        this.deliver(
          (logic) => this.options.adapter.createConversationAsync(this.options.appId, 'msteams', user.serviceUrl, 'https://api.botframework.com', params, logic),
          activity,
          (ctx) => {
            reference = { conversation: ctx.activity.conversation, serviceUrl: user.serviceUrl, channelId: 'msteams', bot: params.bot, user: { id: user.teamsId, name: user.name ?? '' } };
          },
        ),
      );
      return { delivered: true, reference: reference ?? {} };
    } catch (err) {
      this.options.logger.error('proactive send failed', { status: statusOf(err), error: (err as Error).message });
      return { delivered: false, reason: `Teams did not accept the message (${statusOf(err) ?? (err as Error).message})` };
    }
  }
}
