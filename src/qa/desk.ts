/**
 * A message, as one use case: read it once (src/understand), and when it is Q&A, answer it and render
 * its card. Anything else (a plan, checklist or admin command) goes back to the channel for its feature.
 *
 * Officers keep asking the same questions, and an answer is a pure function of the message, the
 * officer's context (their council, the default, the conversation's last question), the day and the
 * packs, which do not change while the bot runs; the last question matters only when this one follows on
 * from it ("and for works?"). So the last few hundred Q&A replies are kept, card and all, under exactly
 * those inputs: the same question in the same context costs a look-up. Commands are never kept (they
 * read live data and the clock). Kept replies are frozen, so nothing can alter one another turn sends.
 */
import { answerCard, type CardJson } from '../cards/render.js';
import type { SourceLinker } from '../policy/citations.js';
import { actionsAsked, anotherLead, leadOfShown, type Filter, type ParseContext } from '../understand/planCommands.js';
import type { Question } from '../understand/question.js';
import { route, type Request, type RouterOptions } from '../understand/route.js';
import { answerSummary } from './answer.js';
import type { AskContext, Assistant, Reply } from './assistant.js';
import { conversationCouncil } from './whichCouncil.js';
import { BoundedMap } from '../boundedMap.js';
import { deepFreeze } from '../deepFreeze.js';
import type { CouncilId } from '../policy/schema.js';

export type Taken =
  /** for the feature named: its command, read once */
  | { kind: 'command'; request: Exclude<Request, { feature: 'qa' }> }
  /** Q&A's answer, its card rendered and its one line for notifications */
  | { kind: 'answer'; reply: Extract<Reply, { kind: 'answer' }>; card: CardJson; summary: string }
  /** Q&A's other replies (help, a council saved, a pointer to a feature) */
  | { kind: 'reply'; reply: Exclude<Reply, { kind: 'answer' }> };

export interface QaDeskOptions {
  assistant: Assistant;
  router: RouterOptions;
  links?: SourceLinker;
  /** today, as the assistant sees it (documents' currency warnings change with the day) */
  now?: () => Date;
  /** how many replies to keep (default 250; 0 keeps none) */
  keep?: number;
}

const DAY_MS = 86_400_000;

export class QaDesk {
  private readonly kept: BoundedMap<string, Exclude<Taken, { kind: 'command' }>>;
  /** messages read as questions, and whether each follows on from the question before */
  private readonly readings: BoundedMap<string, { question: Question; followUp: boolean }>;
  private readonly now: () => Date;

  constructor(private readonly options: QaDeskOptions) {
    this.kept = new BoundedMap(options.keep ?? 250);
    this.readings = new BoundedMap(options.keep ?? 250);
    this.now = options.now ?? (() => new Date());
  }

  /**
   * What the message is for and, for Q&A, the reply. `claimed(feature)` says whether a feature is there
   * to take its commands; when it is not, the message is answered as a question.
   */
  take(text: string, ctx: AskContext, claimed: (feature: Request['feature']) => boolean): Taken {
    let reading = this.readings.get(text);
    if (!reading) {
      const request = route(text, this.options.router, this.now());
      if (request.feature !== 'qa') {
        if (claimed(request.feature)) return { kind: 'command', request: inConversation(request, ctx) };
        return this.answer(this.options.assistant.read(text), ctx, undefined);
      }
      // A question reads the same whoever asks it; only a command's reading depends on the clock ("due Friday").
      reading = deepFreeze({ question: request.question, followUp: this.options.assistant.readsPrevious(request.question) });
      this.readings.set(text, reading);
    }
    const again = planAgain(reading.question, ctx) ?? leadAgain(text, ctx, this.options.router.plan.leads ?? []) ?? progressAsked(text, reading.question, ctx, this.options.router.plan.actions ?? []);
    if (again && claimed('action-plan')) return { kind: 'command', request: again };
    // The documents' warnings turn at the end of a day (UTC), so the day is part of what an answer depends on;
    // the last question only when this one follows on from it, else the council it was answered for
    // when this one names none.
    const day = Math.floor(this.now().getTime() / DAY_MS);
    const previous = reading.followUp && ctx.previous ? JSON.stringify(ctx.previous) : (conversationCouncil(reading.question, ctx) ?? '');
    return this.answer(reading.question, ctx, `${day}\u0000${ctx.userCouncil ?? ''}\u0000${ctx.defaultCouncil ?? ''}\u0000${previous}\u0000${text}`);
  }

  /** The reply to a question read, from those kept under `key` when there is one, else made (and kept). */
  private answer(question: Question, ctx: AskContext, key: string | undefined): Exclude<Taken, { kind: 'command' }> {
    const hit = key === undefined ? undefined : this.kept.get(key);
    if (hit) return hit;
    const reply = this.options.assistant.replyTo(question, ctx);
    const taken: Exclude<Taken, { kind: 'command' }> =
      reply.kind === 'answer' ? { kind: 'answer', reply, card: answerCard(reply.answer, this.options.links), summary: answerSummary(reply.answer) } : { kind: 'reply', reply };
    if (key !== undefined) this.kept.set(key, deepFreeze(taken));
    return taken;
  }
}

/**
 * "show the action plan", "whats overdue" after Trafford answers: a look at the plan that names no
 * council is for the council the conversation is about, as a question would be (the officer's own
 * council, once set, comes first: the desk falls back to it). Changes to the plan are not: they stay
 * with the officer's own council or group.
 */
function inConversation(request: Exclude<Request, { feature: 'qa' }>, ctx: AskContext): Exclude<Request, { feature: 'qa' }> {
  if (request.feature !== 'action-plan') return request;
  const c = request.command;
  if ((c.kind !== 'view' && c.kind !== 'digest') || c.council || (c.kind === 'view' && c.filter?.kind === 'mine')) return request;
  const council = conversationCouncil({ councils: [], mention: {} }, ctx);
  const command = c.kind === 'view' ? { ...c, ...narrowed(c.filter, ctx) } : c;
  return council ? { ...request, command: { ...command, council: council as CouncilId } } : { ...request, command };
}

/**
 * "which of those are overdue?", "are any of them due soon?" after one lead's actions were listed: the
 * same lead's. After the whole plan, the whole plan's.
 */
function narrowed(filter: Filter | undefined, ctx: AskContext): { filter?: Filter } {
  if (!filter || (filter.kind !== 'overdue' && filter.kind !== 'due-soon') || !filter.ofShown) return filter ? { filter } : {};
  const shown = ctx.previous?.planView?.filter;
  const lead = shown?.kind === 'lead' ? shown.value : shown?.kind === 'overdue' || shown?.kind === 'due-soon' ? shown.lead : undefined;
  return { filter: lead && !filter.lead ? { ...filter, lead } : filter };
}

/**
 * "and the procurement manager?" right after the Strategy and Innovation Manager's actions on CWaC's
 * plan, or "which of those are the procurement manager's?" after any view of it: that lead's actions on
 * the same plan (overdue or due soon, if that is what was shown).
 */
function leadAgain(text: string, ctx: AskContext, leads: readonly string[]): Extract<Request, { feature: 'action-plan' }> | undefined {
  const view = ctx.previous?.planView;
  const shown = view?.filter;
  const council = ctx.previous?.council;
  if (!view || !council) return undefined;
  const byLead = shown?.kind === 'lead' || ((shown?.kind === 'overdue' || shown?.kind === 'due-soon') && shown.lead !== undefined);
  // "which of those are the procurement manager's?" after the whole plan, or its overdue actions: theirs among them.
  const lead = (byLead ? anotherLead(text, leads) : undefined) ?? leadOfShown(text, leads);
  if (!lead) return undefined;
  const filter: Filter = shown?.kind === 'overdue' || shown?.kind === 'due-soon' ? { ...shown, lead } : { kind: 'lead', value: lead };
  return { feature: 'action-plan', command: { kind: 'view', council: council as CouncilId, filter } };
}

/**
 * "is the cwac measurement tool action done yet?": how far actions of the plan have got is the live plan's
 * to say (the documents only record what was planned), for the council named or in play.
 */
function progressAsked(text: string, q: Question, ctx: AskContext, actions: NonNullable<ParseContext['actions']>): Extract<Request, { feature: 'action-plan' }> | undefined {
  const council = (q.councils[0] ?? (q.councils.length === 0 ? (ctx.previous?.council ?? ctx.userCouncil ?? ctx.defaultCouncil) : undefined)) as CouncilId | undefined;
  // Right after the live plan, "who's leading on the match my project one?" asks of an action on it; right
  // after the documents' plan, "has the steering group bit been done yet?" does (who leads is the documents' to say).
  const after = ctx.previous?.planView !== undefined ? 'live' : ctx.previous?.subjects?.includes('action-plan') ? 'documents' : undefined;
  const named = actionsAsked(text, actions, council, after);
  if (!named) return undefined;
  const { council: of, ...filter } = named;
  return { feature: 'action-plan', command: { kind: 'view', council: of, filter } };
}

/** Words that ask nothing more of a council's name: "same for cwac pls", "and trafford's then?". */
const CHAT_WORDS = /^(?:pls|plz|please|thanks|ta|cheers|then|now|too|again|one|ones|plan|action|actions|theirs|same|ok|okay)$/i;

/**
 * "same for cwac?", "and trafford?" right after the live plan was shown: the plan again (with the same
 * filter), for the council named, not a question about the documents.
 */
function planAgain(q: Question, ctx: AskContext): Extract<Request, { feature: 'action-plan' }> | undefined {
  const shown = ctx.previous?.planView;
  if (!shown || q.intent.kind !== 'question' || q.councils.length !== 1) return undefined;
  // "and cwac's action plan?" is the plan again; "what does cwac's action plan say?" asks the documents.
  const subjects = q.followUp ? q.subjects.filter((s) => s !== 'action-plan') : q.subjects;
  const onlyCouncil = subjects.length === 0 && q.otherWords.every((w) => CHAT_WORDS.test(w)) && q.amounts.length === 0 && q.tomsRefs.length === 0 && !q.money && !q.refersBack && !q.asksCurrency && !q.about;
  if (!onlyCouncil) return undefined;
  return { feature: 'action-plan', command: { kind: 'view', council: q.councils[0] as CouncilId, ...(shown.filter ? { filter: shown.filter } : {}) } };
}
