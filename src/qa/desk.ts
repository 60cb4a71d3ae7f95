/**
 * A message, as one use case: read it once (src/understand), and when it is Q&A, answer it and render
 * its card. Anything else (a plan, checklist or admin command) goes back to the channel for its feature.
 *
 * Officers keep asking the same questions, and an answer is a pure function of the message, the
 * officer's context (their council, the default, the conversation's last question), the day and the
 * packs, which do not change while the bot runs. So the last few hundred Q&A replies are kept, card and
 * all, under exactly those inputs: the same question in the same context costs a look-up. Commands are
 * never kept (they read live data and the clock). Kept replies are frozen, so nothing can alter one
 * that another turn will send.
 */
import { answerCard, type CardJson } from '../cards/render.js';
import type { SourceLinker } from '../policy/citations.js';
import { route, type Request, type RouterOptions } from '../understand/route.js';
import { answerSummary } from './answer.js';
import type { AskContext, Assistant, Reply } from './assistant.js';
import { BoundedMap } from '../boundedMap.js';

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
  /** how many replies to keep (default 500; 0 keeps none) */
  keep?: number;
}

const DAY_MS = 86_400_000;

export class QaDesk {
  private readonly kept: BoundedMap<string, Exclude<Taken, { kind: 'command' }>>;
  private readonly now: () => Date;

  constructor(private readonly options: QaDeskOptions) {
    this.kept = new BoundedMap(options.keep ?? 500);
    this.now = options.now ?? (() => new Date());
  }

  /**
   * What the message is for and, for Q&A, the reply. `claimed(feature)` says whether a feature is there
   * to take its commands; when it is not, the message is answered as a question.
   */
  take(text: string, ctx: AskContext, claimed: (feature: Request['feature']) => boolean): Taken {
    // The documents' warnings turn at the end of a day (UTC), so the day is part of what an answer depends on.
    const day = Math.floor(this.now().getTime() / DAY_MS);
    const key = `${day}\u0000${ctx.userCouncil ?? ''}\u0000${ctx.defaultCouncil ?? ''}\u0000${ctx.previous ? JSON.stringify(ctx.previous) : ''}\u0000${text}`;
    const hit = this.kept.get(key);
    if (hit) return hit;

    const request = route(text, this.options.router, this.now());
    if (request.feature !== 'qa' && claimed(request.feature)) return { kind: 'command', request };
    const question = request.feature === 'qa' ? request.question : this.options.assistant.read(text);
    const reply = this.options.assistant.replyTo(question, ctx);
    const taken: Exclude<Taken, { kind: 'command' }> =
      reply.kind === 'answer' ? { kind: 'answer', reply, card: answerCard(reply.answer, this.options.links), summary: answerSummary(reply.answer) } : { kind: 'reply', reply };
    // Only Q&A is kept: a command's reading depends on the clock ("due Friday") and the features present.
    if (request.feature === 'qa') this.kept.set(key, deepFreeze(taken));
    return taken;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
