/**
 * A feature as the bot sees it: the requests src/understand routes to it, and a table of its card
 * verbs, each with the shape its data must have (src/teams/cardData.ts) and the handler that calls one
 * use case. The bot parses, looks the verb up by its own keys, runs it and answers; no switches.
 */
import type { TurnContext } from 'botbuilder';
import type { z } from 'zod';
import type { CardReply } from '../cards/reply.js';
import type { Request } from '../understand/route.js';

export type VerbHandler = (context: TurnContext, data: Record<string, unknown>) => Promise<CardReply> | CardReply;

export interface TeamsFeature {
  readonly feature: Exclude<Request['feature'], 'qa'>;
  /** card verbs starting with this are this feature's, e.g. "plan." */
  readonly verbPrefix: string;
  /** what each verb's data must be, checked before its handler runs */
  readonly schemas: ReadonlyMap<string, z.ZodType>;
  readonly verbs: Readonly<Record<string, VerbHandler>>;
  /** how an officer gets a fresh card, told when a card is stale, unknown or crafted */
  readonly freshCard: string;
  /** told when a handler fails for a reason of ours */
  readonly failed: string;
  onRequest(context: TurnContext, request: Request): Promise<void>;
}
