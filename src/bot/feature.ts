/**
 * A feature plugs into the bot without the bot knowing its rules: it may claim a typed message, and
 * it answers the Action.Execute verbs that start with its prefix ("checklist.", "plan.").
 */
import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TurnContext } from 'botbuilder';

export interface Feature {
  /** e.g. "checklist." — card verbs starting with this are routed here */
  readonly verbPrefix: string;
  /** handles the message and returns true, or returns false to let others (and Q&A) answer */
  onMessage(context: TurnContext, text: string): Promise<boolean>;
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
