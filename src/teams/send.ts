/** A card as a message: the one way the handlers send one in reply. */
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { CardJson } from '../cards/render.js';

export async function sendCard(context: TurnContext, card: CardJson, summary?: string): Promise<void> {
  const message = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  if (summary !== undefined) message.summary = summary;
  await context.sendActivity(message);
}
