/**
 * How the domain reaches a person on its own (approval requests, decisions, update requests,
 * reminders) without knowing the channel: src/teams/notifier.ts implements it.
 */
import type { CardJson } from './cards/render.js';

/**
 * `cause`: 'no-conversation' when the person has never been in a conversation with the bot (so there
 * is nowhere to send to), 'not-installed' when Teams refused because the app is not installed for them.
 */
export type Delivery = { delivered: true } | { delivered: false; reason: string; cause?: 'no-conversation' | 'not-installed' | 'other' };

export interface Messenger {
  /**
   * Sends a card (or text) to a person by AAD object id or channel id; never throws, says why it could
   * not. `text` is plain text, shown as typed.
   */
  sendToUser(userId: string, message: { card?: CardJson; text?: string }): Promise<Delivery>;
}
