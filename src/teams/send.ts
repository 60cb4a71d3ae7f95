/**
 * A card as a message: the one way the handlers send one in reply. `summary` is the line a
 * notification shows (an answer's one-line answer); by default the card's own title, so Teams never
 * shows only "sent a card".
 */
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { cardSummary, type CardJson } from '../cards/render.js';

export async function sendCard(context: TurnContext, card: CardJson, summary = cardSummary(card)): Promise<void> {
  const message = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  if (summary !== undefined) message.summary = summary;
  await context.sendActivity(message);
}
