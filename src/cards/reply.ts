/**
 * What a use case answers a card action with: the card that replaces the pressed one, or a refusal the
 * client shows in its place (a crafted or stale card, a person who may not). The channel maps it to
 * its own wire format (src/teams/invoke.ts).
 */
import type { CardJson } from './render.js';

export type CardReply = { kind: 'card'; card: CardJson } | { kind: 'refused'; status: 400 | 403 | 404; message: string };

export const cardReply = (card: CardJson): CardReply => ({ kind: 'card', card });
export const refused = (status: 400 | 403 | 404, message: string): CardReply => ({ kind: 'refused', status, message });

/** What a typed command answers: cards, or a message in Markdown (the exports "as text"). */
export type Output = { card: CardJson } | { markdown: string } | { text: string };
