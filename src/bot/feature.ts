/**
 * A feature plugs into the bot without the bot knowing its rules: it answers the requests that
 * src/understand routes to it, and the Action.Execute verbs that start with its prefix ("checklist.", "plan.").
 */
import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TurnContext } from 'botbuilder';
import type { Request } from '../understand/route.js';

export interface Feature {
  /** e.g. "checklist." — card verbs starting with this are routed here */
  readonly verbPrefix: string;
  /** which requests it answers (see src/understand/route.ts) */
  readonly feature: Exclude<Request['feature'], 'qa'>;
  /** answers a request routed to it */
  onRequest(context: TurnContext, request: Request): Promise<void>;
  onCardAction(context: TurnContext, action: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse>;
}

/** Universal Actions answer with the card that replaces the pressed one. */
export function cardResponse(card: Record<string, unknown>): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
}

/** A short message shown in place of the card (Teams shows it as a toast). */
export function messageResponse(message: string): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: message as unknown as AdaptiveCardInvokeResponse['value'] };
}

export function errorResponse(statusCode: 400 | 403 | 404 | 409 | 500, message: string): AdaptiveCardInvokeResponse {
  return {
    statusCode,
    type: 'application/vnd.microsoft.error',
    value: { code: String(statusCode), message } as unknown as AdaptiveCardInvokeResponse['value'],
  };
}
