/**
 * The Teams bot: reads each message once (src/understand), hands it to the feature it is for or to the
 * assistant, and sends the card; card verbs go to their feature's table. Thin on purpose: the rules
 * live in the domain.
 */
import {
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
} from 'botbuilder';
import type { TeamsFeature } from './feature.js';
import { errorResponse, invokeResponse } from './invoke.js';
import { sendCard } from './send.js';
import { parseCardData } from './cardData.js';
import type { Profiles, UserProfile } from './profile.js';
import { TurnState } from './turnState.js';
import type { RecordStore } from '../storage/records.js';
import { helpView } from '../cards/help.js';
import { answerCard, helpCard } from '../cards/render.js';
import type { Logger } from '../logger.js';
import { answerSummary, notice, suggest, type Answer } from '../qa/answer.js';
import type { QaDesk } from '../qa/desk.js';
import type { SourceLinker } from '../policy/citations.js';
import type { CouncilId } from '../policy/schema.js';
import { contextAfterCommand, type QaContext } from '../understand/context.js';

export interface BotOptions {
  /** reads each message and answers the questions */
  qa: QaDesk;
  /** the plans' action reference prefixes, for the help card's examples */
  actionPrefixes: readonly string[];
  profiles: Profiles;
  /** where the turn's state (profile, last question, directory entry) is kept */
  store: RecordStore;
  /** one instance on its own store: the conversation's last question may land after the reply (TurnState.save) */
  saveBehind?: boolean;
  defaultCouncil?: CouncilId;
  councils: { id: CouncilId; name: string }[];
  logger: Logger;
  /** features that claim their own commands and card verbs before Q&A answers */
  features?: TeamsFeature[];
  /** links every "Source:" on an answer card to the source document's page */
  sourceLinks?: SourceLinker;
}

const MAX_TEXT = 2000;

export class SocialValueBot extends TeamsActivityHandler {
  constructor(private readonly options: BotOptions) {
    super();

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const welcomed = (context.activity.membersAdded ?? []).some((m) => m.id === botId);
      if (welcomed) await this.sendHelp(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    // One read for the turn's state, and after the handlers have finished, at most one write.
    const state = await TurnState.load(this.options.store, context);
    await super.run(context);
    await state.save(this.options.store, {
      behind: this.options.saveBehind === true,
      onError: (err) => this.options.logger.error('could not save the conversation state', { error: (err as Error).message }),
    });
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    // In channels and group chats the text starts with "<at>Bot</at>"; read what follows it.
    const stripped = TurnContext.removeRecipientMention(activity) ?? activity.text ?? '';
    // Suggestion buttons are plain Action.Submit with { ask } (imBack does not work in every client).
    const asked = (activity.value as { ask?: unknown } | undefined)?.ask;
    // Other people's @mentions stay in the text as "@Name" (features read the ids from the entities).
    // Teams sends the text of a message with mentions as HTML: its entities are what the officer typed.
    const typed = decodeEntities(stripped.replace(/<at>([^<]*)<\/at>/g, '@$1')).trim();
    const text = typed || (typeof asked === 'string' ? asked.trim() : '');
    if (!text) {
      await this.sendHelp(context);
      return;
    }
    if (text.length > MAX_TEXT) {
      await this.sendAnswer(context, notice('That message is too long', `Please ask one question at a time, in under ${MAX_TEXT} characters.`));
      return;
    }
    const profile = this.options.profiles.get(context);
    const previous = TurnState.of(context)?.lastQuestion;
    const features = this.options.features ?? [];
    const taken = this.options.qa.take(
      text,
      {
        ...(profile.council ? { userCouncil: profile.council } : {}),
        ...(this.options.defaultCouncil ? { defaultCouncil: this.options.defaultCouncil } : {}),
        ...(previous ? { previous } : {}),
      },
      (name) => features.some((f) => f.feature === name),
    );
    if (taken.kind === 'command') {
      const after = contextAfterCommand(taken.request, profile.council ?? this.options.defaultCouncil);
      if (after) this.remember(context, after);
      await features.find((f) => f.feature === taken.request.feature)!.onRequest(context, taken.request);
      return;
    }
    if (taken.kind === 'answer') {
      const { reply } = taken;
      if (reply.remember) this.remember(context, reply.remember);
      if (reply.councilChange && reply.councilChange !== profile.council) this.options.profiles.set(context, { ...profile, council: reply.councilChange as CouncilId });
      await sendCard(context, taken.card, taken.summary);
      return;
    }
    const { reply } = taken;
    switch (reply.kind) {
      case 'help':
        await this.sendHelp(context, profile);
        return;
      case 'set-council':
        this.options.profiles.set(context, { ...profile, council: reply.council as CouncilId });
        // "I've moved to Trafford" then "what about the same contract here?": here is Trafford now.
        if (previous) this.remember(context, { ...previous, council: reply.council });
        await this.sendAnswer(
          context,
          notice('Council saved', `Your council is now ${reply.name}. I'll answer for ${reply.name} unless you name another council in your question.`, [
            suggest('What weighting for a £75k contract?', 'Weighting for £75k'),
          ]),
        );
        return;
      case 'feature':
        // The features claim their own commands; this catches questions about them phrased otherwise.
        await this.sendAnswer(
          context,
          reply.feature === 'checklist'
            ? notice('PID checklist', 'Say "new PID checklist" to start one, "my checklists" to resume a draft, or "my approvals" if you approve exemptions.', [suggest('new PID checklist'), suggest('my checklists')])
            : notice('Steering group action plan', 'Say "action plan" to see the plan, "digest" for the meeting, or "plan help" for every command.', [suggest('action plan'), suggest('plan help')]),
        );
        return;
    }
  }

  private remember(context: TurnContext, question: QaContext): void {
    const state = TurnState.of(context);
    if (state) state.lastQuestion = question;
  }

  /** A card verb: its feature by prefix, its data parsed before anything is read or written, then its handler. */
  protected override async onAdaptiveCardInvoke(context: TurnContext, action: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const verb = action?.action?.verb;
    if (typeof verb !== 'string' || verb === '') return errorResponse(400, 'This card action has no verb.');
    const feature = (this.options.features ?? []).find((f) => verb.startsWith(f.verbPrefix));
    const handler = feature && Object.hasOwn(feature.verbs, verb) ? feature.verbs[verb] : undefined;
    if (!feature || !handler) {
      const fresh = feature?.freshCard ?? 'Ask again for a fresh one.';
      return errorResponse(400, `This card action ("${verb}") is not one I know. The card may be from an older version. ${fresh}`);
    }
    const parsed = parseCardData(feature.schemas, verb, action.action.data, feature.freshCard);
    if ('unknownVerb' in parsed) return errorResponse(400, `This card action ("${verb}") is not one I know. ${feature.freshCard}`);
    if (!parsed.ok) return errorResponse(400, parsed.message);
    try {
      return invokeResponse(await handler(context, parsed.data));
    } catch (err) {
      this.options.logger.error('card action failed', { verb, error: (err as Error).message });
      return errorResponse(500, feature.failed);
    }
  }

  /**
   * The card alone, so the answer shows once; its one-line answer rides as the activity's summary, the
   * text clients use for notifications and previews where they cannot show the card.
   */
  private async sendAnswer(context: TurnContext, answer: Answer): Promise<void> {
    await sendCard(context, answerCard(answer, this.options.sourceLinks), answerSummary(answer));
  }

  private async sendHelp(context: TurnContext, known?: UserProfile): Promise<void> {
    const profile = known ?? this.options.profiles.get(context);
    const { councils, defaultCouncil } = this.options;
    const prefix = this.options.actionPrefixes[0];
    await sendCard(
      context,
      helpCard(helpView({ councils, ...(profile.council ? { council: profile.council } : {}), ...(defaultCouncil ? { defaultCouncil } : {}), ...(prefix ? { actionPrefix: prefix } : {}) })),
    );
  }

}

const ENTITIES: Record<string, string> = { nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", '#39': "'" };

/** "Jo &lt;jo@trafford.gov.uk&gt;" -> "Jo <jo@trafford.gov.uk>"; an unknown entity stays as written. */
function decodeEntities(text: string): string {
  return text.replace(/&(nbsp|lt|gt|amp|quot|apos|#39);/g, (_, name: string) => ENTITIES[name] ?? `&${name};`);
}
