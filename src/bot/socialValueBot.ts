/**
 * The Teams bot: turns activities into calls on the assistant and answers into cards. Thin on
 * purpose: the rules live in src/policy and src/qa.
 */
import {
  CardFactory,
  MessageFactory,
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type ConversationState,
  type StatePropertyAccessor,
  type UserState,
} from 'botbuilder';
import type { ConversationDirectory } from './conversations.js';
import { errorResponse, type Feature } from './feature.js';
import { answerCard, helpCard, type CardJson } from '../cards/render.js';
import type { Logger } from '../logger.js';
import { answerSummary, notice, suggest, type Answer } from '../qa/answer.js';
import type { Assistant } from '../qa/assistant.js';
import type { SourceLinker } from '../policy/citations.js';
import type { CouncilId } from '../policy/schema.js';
import type { QaContext } from '../understand/context.js';
import { route, type RouterOptions } from '../understand/route.js';

export interface UserProfile {
  council?: CouncilId;
}

export interface BotOptions {
  assistant: Assistant;
  router: RouterOptions;
  userState: UserState;
  /** this conversation's last question, for follow-ups */
  conversationState: ConversationState;
  defaultCouncil?: CouncilId;
  councils: { id: CouncilId; name: string }[];
  logger: Logger;
  /** features that claim their own commands and card verbs before Q&A answers */
  features?: Feature[];
  directory?: ConversationDirectory;
  /** links every "Source:" on an answer card to the source document's page */
  sourceLinks?: SourceLinker;
}

const MAX_TEXT = 2000;

export class SocialValueBot extends TeamsActivityHandler {
  private readonly profile: StatePropertyAccessor<UserProfile>;
  private readonly lastQuestion: StatePropertyAccessor<QaContext>;

  constructor(private readonly options: BotOptions) {
    super();
    this.profile = options.userState.createProperty<UserProfile>('profile');
    this.lastQuestion = options.conversationState.createProperty<QaContext>('lastQuestion');

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
    if (this.options.directory) {
      // Where to reach this person later; a failure here must not cost them their answer.
      await this.options.directory.remember(context).catch((err: Error) => this.options.logger.warn('could not remember conversation', { error: err.message }));
    }
    await super.run(context);
    // State is written once per turn, after the handlers have finished (and only when it changed).
    await this.options.userState.saveChanges(context, false);
    await this.options.conversationState.saveChanges(context, false);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    // In channels and group chats the text starts with "<at>Bot</at>"; read what follows it.
    const stripped = TurnContext.removeRecipientMention(activity) ?? activity.text ?? '';
    // Suggestion buttons are plain Action.Submit with { ask } (imBack does not work in every client).
    const asked = (activity.value as { ask?: unknown } | undefined)?.ask;
    // Other people's @mentions stay in the text as "@Name" (features read the ids from the entities).
    const typed = stripped.replace(/<at>([^<]*)<\/at>/g, '@$1').replace(/&nbsp;/g, ' ').trim();
    const text = typed || (typeof asked === 'string' ? asked.trim() : '');
    if (!text) {
      await this.sendHelp(context);
      return;
    }
    if (text.length > MAX_TEXT) {
      await this.sendAnswer(context, notice('That message is too long', `Please ask one question at a time, in under ${MAX_TEXT} characters.`));
      return;
    }
    const request = route(text, this.options.router);
    if (request.feature !== 'qa') {
      const feature = (this.options.features ?? []).find((f) => f.feature === request.feature);
      if (feature) {
        await feature.onRequest(context, request);
        return;
      }
    }
    const profile = await this.profile.get(context, {});
    const previous = await this.lastQuestion.get(context);
    const question = request.feature === 'qa' ? request.question : this.options.assistant.read(text);
    const reply = this.options.assistant.replyTo(question, {
      ...(profile.council ? { userCouncil: profile.council } : {}),
      ...(this.options.defaultCouncil ? { defaultCouncil: this.options.defaultCouncil } : {}),
      ...(previous ? { previous } : {}),
    });
    switch (reply.kind) {
      case 'help':
        await this.sendHelp(context, profile);
        return;
      case 'set-council':
        await this.profile.set(context, { ...profile, council: reply.council as CouncilId });
        // "I've moved to Trafford" then "what about the same contract here?": here is Trafford now.
        if (previous) await this.lastQuestion.set(context, { ...previous, council: reply.council });
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
      case 'answer':
        if (reply.remember) await this.lastQuestion.set(context, reply.remember);
        if (reply.councilChange && reply.councilChange !== profile.council) await this.profile.set(context, { ...profile, council: reply.councilChange as CouncilId });
        await this.sendAnswer(context, reply.answer);
        return;
    }
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, action: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const verb = action?.action?.verb;
    if (typeof verb !== 'string' || verb === '') return errorResponse(400, 'This card action has no verb.');
    const feature = (this.options.features ?? []).find((f) => verb.startsWith(f.verbPrefix));
    if (!feature) return errorResponse(400, `This card action ("${verb}") is not one I know. The card may be from an older version: ask again for a fresh one.`);
    return feature.onCardAction(context, action);
  }

  /**
   * The card alone, so the answer shows once; its one-line answer rides as the activity's summary, the
   * text clients use for notifications and previews where they cannot show the card.
   */
  private async sendAnswer(context: TurnContext, answer: Answer): Promise<void> {
    const message = MessageFactory.attachment(CardFactory.adaptiveCard(answerCard(answer, this.options.sourceLinks)));
    message.summary = answerSummary(answer);
    await context.sendActivity(message);
  }

  private async sendCard(context: TurnContext, card: CardJson): Promise<void> {
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }

  private async sendHelp(context: TurnContext, known?: UserProfile): Promise<void> {
    const profile = known ?? (await this.profile.get(context, {}));
    const { councils, defaultCouncil } = this.options;
    const name = (id: CouncilId) => councils.find((c) => c.id === id)?.name ?? id;
    const councilLine = profile.council
      ? `Your council: ${name(profile.council)}. Say "my council is …" to change it.`
      : defaultCouncil
        ? `I answer for ${name(defaultCouncil)} unless you name a council or say "my council is …".`
        : `Tell me your council ("my council is ${councils[0]?.name ?? '…'}") or name it in your question.`;
    // Examples name councils and action references from the data, not from code.
    const [a, b] = [councils[0]?.name ?? '', councils[1]?.name ?? councils[0]?.name ?? ''];
    const ref = `${[...this.options.router.plan.prefixes.keys()][0] ?? 'REF'}-3`;
    await this.sendCard(
      context,
      helpCard({
        councils: councils.map((c) => c.name),
        councilLine,
        jobs: [
          {
            title: '1. Weighting and threshold questions',
            description: 'The weighting and thresholds a contract needs, with the rule and the document and section it comes from.',
            examples: [
              `What weighting do I need for a £75k services contract in ${a}?`,
              'Compare weightings for an £80k contract',
              `Do I need the Social Value Portal for £40k in ${b}?`,
              'What is NT4a?',
            ],
          },
          {
            title: '2. PID social value checklist',
            description:
              'A step-by-step checklist for the social value section of a Procurement Initiation Document: what applies, your approach and commitments, then sign-off or a senior officer exemption.',
            examples: ['new PID checklist', 'my checklists', 'my approvals'],
          },
          {
            title: '3. Steering group action plan',
            description: "The social value steering group's actions by theme, with lead, due date, status and history; the digest for each meeting; reminders to leads.",
            examples: ['action plan', `update ${ref} at risk: waiting for HR sign-off`, 'digest', 'plan help'],
          },
        ],
        buttons: [
          { title: 'Weighting for £75k', ask: 'What weighting for a £75k contract?' },
          { title: 'Start a PID checklist', ask: 'new PID checklist' },
          { title: 'Action plan', ask: 'action plan' },
        ],
      }),
    );
  }
}
