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
import type { Delivery, Messenger } from '../delivery.js';
import type { Logger } from '../logger.js';
import { statusOf, withRetries } from '../net/retry.js';
import type { ConversationDirectory } from './conversations.js';

export interface NotifierOptions {
  adapter: CloudAdapter;
  appId: string;
  directory: ConversationDirectory;
  logger: Logger;
  /** retries after the first attempt */
  retries?: number;
  /** the first backoff; each retry waits about twice as long, with jitter */
  baseDelayMs?: number;
}

export type DeliveryResult = { delivered: true; reference: Partial<ConversationReference> } | Extract<Delivery, { delivered: false }>;

/** Why Teams refused a message, in words a chair can act on (the status kept for IT). */
function refusalReason(err: unknown): string {
  const status = statusOf(err);
  if (status === 403) return 'the Social Value Assistant is not installed for them in Teams (Teams refused the message, 403)';
  if (status === 404) return 'Teams no longer has their chat with the bot (404)';
  return `Teams did not accept the message (${status ?? (err as Error).message})`;
}

export class Notifier implements Messenger {
  constructor(private readonly options: NotifierOptions) {}

  /** Runs `attempt`, retrying throttling and transient faults with backoff (src/net/retry.ts). */
  withRetry<T>(what: string, attempt: () => Promise<T>): Promise<T> {
    return withRetries(attempt, {
      retries: this.options.retries ?? 5,
      minDelayMs: this.options.baseDelayMs ?? 500,
      onRetry: ({ attempt: n, status }) => this.options.logger.warn('proactive send failed, retrying', { what, status, attempt: n }),
    });
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
    if (!user) return { delivered: false, reason: 'the bot has not yet been in a conversation with this person, so Teams has no way to reach them', cause: 'no-conversation' };
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
      return { delivered: false, reason: refusalReason(err), cause: statusOf(err) === 403 ? 'not-installed' : 'other' };
    }
  }
}
