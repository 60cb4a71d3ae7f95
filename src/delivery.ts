/**
 * How the domain reaches a person on its own (approval requests, decisions, update requests,
 * reminders) without knowing the channel: src/teams/notifier.ts implements it.
 */
import type { CardJson } from './cards/render.js';

export type Delivery = { delivered: true } | { delivered: false; reason: string };

export interface Messenger {
  /**
   * Sends a card (or text) to a person by AAD object id or channel id; never throws, says why it could
   * not. `text` is plain text, shown as typed.
   */
  sendToUser(userId: string, message: { card?: CardJson; text?: string }): Promise<Delivery>;
}
