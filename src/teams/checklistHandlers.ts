/**
 * The PID checklist in Teams: typed commands routed here by src/understand, and the `checklist.` card
 * verbs. Each handler reads who is acting, calls one use case of src/checklist/desk.ts and answers
 * with what it returns, so the pressed card updates in place.
 */
import type { TurnContext } from 'botbuilder';
import type { ChecklistCardFields, ChecklistDesk } from '../checklist/desk.js';
import type { Request } from '../understand/route.js';
import { CHECKLIST_DATA } from './cardData.js';
import { sendCard } from './send.js';
import type { TeamsFeature, VerbHandler } from './feature.js';
import { personOf } from './members.js';
import type { Profiles } from './profile.js';

export function checklistHandlers(desk: ChecklistDesk, profiles: Profiles): TeamsFeature {
  const fields = (data: Record<string, unknown>) => data as ChecklistCardFields;
  const step =
    (name: Parameters<ChecklistDesk['step']>[1]): VerbHandler =>
    (context, data) =>
      desk.step(personOf(context), name, fields(data));
  return {
    feature: 'checklist',
    verbPrefix: 'checklist.',
    schemas: CHECKLIST_DATA,
    freshCard: 'Say "my checklists" for a fresh one.',
    failed: 'Something went wrong on my side and nothing was changed. Please press the button again in a moment.',
    verbs: {
      'checklist.start': (context) => desk.start(profiles.councilOf(context)),
      'checklist.list': (context) => desk.list(personOf(context)),
      'checklist.open': (context, data) => desk.open(personOf(context), fields(data)),
      'checklist.saveContract': step('saveContract'),
      'checklist.acknowledge': step('acknowledge'),
      'checklist.saveApproach': step('saveApproach'),
      'checklist.saveCommitments': step('saveCommitments'),
      'checklist.goto': step('goto'),
      'checklist.confirm': step('confirm'),
      'checklist.resend': step('resend'),
      'checklist.reopen': step('reopen'),
      'checklist.download': (context, data) => desk.download(personOf(context), fields(data)),
      'checklist.word': (context, data) => desk.word(personOf(context), fields(data)),
      'checklist.approve': (context, data) => desk.decide(personOf(context), fields(data), 'approved'),
      'checklist.reject': (context, data) => desk.decide(personOf(context), fields(data), 'rejected'),
    },
    async onRequest(context: TurnContext, request: Request) {
      if (request.feature !== 'checklist') return;
      const outputs = await desk.command(personOf(context), profiles.councilOf(context), request.command);
      for (const out of outputs) {
        if ('card' in out) await sendCard(context, out.card);
        else if ('markdown' in out) await context.sendActivity({ type: 'message', text: out.markdown, textFormat: 'markdown' });
        else await context.sendActivity(out.text);
      }
    },
  };
}
