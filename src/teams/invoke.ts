/**
 * Universal Actions (Action.Execute) answer on the invoke: with the card that replaces the pressed one,
 * or an error the client shows in its place.
 */
import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { CardJson } from '../cards/render.js';
import type { CardReply } from '../cards/reply.js';

export function cardResponse(card: CardJson): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
}

export function errorResponse(statusCode: 400 | 403 | 404 | 409 | 500, message: string): AdaptiveCardInvokeResponse {
  return {
    statusCode,
    type: 'application/vnd.microsoft.error',
    value: { code: String(statusCode), message } as unknown as AdaptiveCardInvokeResponse['value'],
  };
}

export function invokeResponse(reply: CardReply): AdaptiveCardInvokeResponse {
  return reply.kind === 'card' ? cardResponse(reply.card) : errorResponse(reply.status, reply.message);
}
