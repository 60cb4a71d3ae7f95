/**
 * Administration in Teams: "admin" routed here by src/understand, and the `admin.` card verbs. Each
 * handler reads who is asking and calls one use case of src/actionPlan/adminDesk.ts.
 */
import type { TurnContext } from 'botbuilder';
import type { AdminCardFields, AdminDesk } from '../actionPlan/adminDesk.js';
import type { Request } from '../understand/route.js';
import { ADMIN_DATA } from './cardData.js';
import { sendCard } from './send.js';
import type { TeamsFeature } from './feature.js';
import type { TeamsMembers } from './members.js';
import type { Profiles } from './profile.js';

export function adminHandlers(desk: AdminDesk, members: TeamsMembers, profiles: Profiles): TeamsFeature {
  const caller = (context: TurnContext) => members.callerOf(context, profiles.councilOf(context));
  const fields = (data: Record<string, unknown>) => data as AdminCardFields;
  return {
    feature: 'admin',
    verbPrefix: 'admin.',
    schemas: ADMIN_DATA,
    freshCard: 'Type "admin" for a fresh card.',
    failed: 'Something went wrong on my side. Please press the button again in a moment: the card lists every change that landed.',
    verbs: {
      'admin.open': (context) => desk.openFromCard(caller(context)),
      'admin.add': (context, data) => desk.change(caller(context), 'add', fields(data)),
      'admin.remove': (context, data) => desk.change(caller(context), 'remove', fields(data)),
    },
    async onRequest(context: TurnContext, request: Request) {
      if (request.feature !== 'admin') return;
      const card = await desk.open(caller(context));
      await sendCard(context, card);
    },
  };
}
