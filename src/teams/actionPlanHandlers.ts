/**
 * The action plan in Teams: typed commands routed here by src/understand, and the `plan.` card verbs.
 * Each handler reads who is asking, calls one use case of src/actionPlan/desk.ts and sends its card.
 */
import type { TurnContext } from 'botbuilder';
import type { ActionPlanDesk, PlanCardFields } from '../actionPlan/desk.js';
import type { Request } from '../understand/route.js';
import { PLAN_DATA } from './cardData.js';
import { sendCard } from './send.js';
import type { TeamsFeature } from './feature.js';
import type { TeamsMembers } from './members.js';
import type { Profiles } from './profile.js';
import { cardReply } from '../cards/reply.js';

export function actionPlanHandlers(desk: ActionPlanDesk, members: TeamsMembers, profiles: Profiles): TeamsFeature {
  const caller = (context: TurnContext) => members.callerOf(context, profiles.councilOf(context));
  const fields = (data: Record<string, unknown>) => data as PlanCardFields;
  return {
    feature: 'action-plan',
    verbPrefix: 'plan.',
    schemas: PLAN_DATA,
    freshCard: 'Type "action plan" for a fresh card.',
    failed: "Something went wrong on my side. Please press the button again in a moment: the action's history shows whether your update landed.",
    verbs: {
      'plan.mine': async (context) => cardReply(await desk.mine(caller(context))),
      'plan.show': (_context, data) => desk.showFromCard(fields(data)),
      'plan.edit': (context, data) => desk.editFromCard(caller(context), fields(data)),
      'plan.update': (context, data) => desk.updateFromCard(caller(context), fields(data)),
      'plan.add': (context, data) => desk.addFromCard(caller(context), fields(data)),
    },
    async onRequest(context: TurnContext, request: Request) {
      if (request.feature !== 'action-plan') return;
      const card = await desk.command(caller(context), request.command);
      await sendCard(context, card);
    },
  };
}
