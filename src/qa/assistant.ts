/**
 * Answers an officer's question from the policy packs and the source documents alone. The assistant
 * reads the message (src/understand), carries over what a follow-up leaves out, and hands the question
 * to the router (router.ts), which picks the kind of answer: weighting and thresholds, verdicts,
 * topics, TOMs, comparisons, national context, how current, quoted passages. Every figure comes from a
 * pack, the TOMs catalogue or a verbatim quote; where the documents are silent the answer says so.
 */
import type { PolicyLibrary } from '../policy/loader.js';
import type { TomsLookup } from '../policy/tomsCatalogue.js';
import { mayLeanOnPrevious, rememberOf, withContext, type Carried, type QaContext } from '../understand/context.js';
import type { CouncilFinder } from '../understand/councils.js';
import { createReader, readQuestion, type Question, type Reader } from '../understand/question.js';
import type { Vocabulary } from '../understand/vocabulary.js';
import type { Answer } from './answer.js';
import { checklistAsks, goodbye, offTopic, thanks } from './pointer.js';
import { referBack } from './referBack.js';
import { wantedFigure } from './figureAsked.js';
import { answerQuestion } from './router.js';
import { searchDocuments } from './search.js';
import { Shelf } from './shelf.js';
import { notCovered, onCouncilMeant, resolveCouncil, yourCouncil, type AskContext } from './whichCouncil.js';

export type { AskContext } from './whichCouncil.js';

export type Reply =
  | { kind: 'help' }
  | { kind: 'set-council'; council: string; name: string }
  | { kind: 'feature'; feature: 'checklist' | 'action-plan' }
  | {
      kind: 'answer';
      answer: Answer;
      /** what to keep for a follow-up; absent leaves the conversation's context as it was */
      remember?: QaContext;
      /** the message also said the officer's council has changed ("I've moved to Trafford") */
      councilChange?: string;
    };

export interface AssistantOptions {
  vocabulary: Vocabulary;
  /** action reference prefixes from the plans, so "update TRF-3" reads as a plan command */
  actionPrefixes?: readonly string[];
  /** today, for warnings about out-of-date documents */
  now?: () => Date;
}

export class Assistant {
  readonly reader: Reader;
  readonly councils: CouncilFinder;
  private readonly shelf: Shelf;

  constructor(library: PolicyLibrary, toms: TomsLookup, options: AssistantOptions) {
    const lexicon = [...library.sources.documents.values()].flatMap((d) => d.sections.flatMap((s) => [s.heading, ...s.paragraphs]));
    this.reader = createReader([...library.packs.values()].map((p) => p.council), options.vocabulary, options.actionPrefixes, lexicon);
    this.councils = this.reader.councils;
    this.shelf = new Shelf(library, toms, options.vocabulary, options.now ?? (() => new Date()));
  }

  councilName(id: string): string {
    return this.shelf.councilName(id);
  }

  read(text: string): Question {
    return readQuestion(text, this.reader);
  }

  /** Whether the conversation's last question can change the reply to `q`: only a follow-up (or a question after a comparison) reads it. */
  readsPrevious(q: Question): boolean {
    return mayLeanOnPrevious(q, this.shelf.vocabulary, this.shelf.known);
  }

  reply(text: string, ctx: AskContext = {}): Reply {
    return this.replyTo(this.read(text), ctx);
  }

  replyTo(q: Question, ctx: AskContext = {}): Reply {
    switch (q.intent.kind) {
      case 'help':
        return { kind: 'help' };
      case 'thanks':
        return { kind: 'answer', answer: thanks() };
      case 'goodbye':
        return { kind: 'answer', answer: goodbye() };
      case 'errand':
        return { kind: 'answer', answer: offTopic(this.shelf, 'errand') };
      case 'set-council':
        return { kind: 'set-council', council: q.intent.council, name: this.councilName(q.intent.council) };
      case 'feature': {
        // "What does the PID checklist ask about TOMs?": answered; otherwise the feature's own pointer.
        const asks = q.intent.feature === 'checklist' ? checklistAsks(this.shelf, q) : undefined;
        return asks ? { kind: 'answer', answer: asks } : { kind: 'feature', feature: q.intent.feature };
      }
      case 'unknown-council':
        return { kind: 'answer', answer: notCovered(this.shelf, q.intent.name) };
      case 'which-council':
        return { kind: 'answer', answer: yourCouncil(this.shelf, ctx) };
      case 'question': {
        const read = (leaning: boolean) => onCouncilMeant(this.shelf, q, ctx, withContext(q, ctx.previous, this.shelf.vocabulary, this.shelf.lexicon, leaning));
        let { question, carried } = read(false);
        // "source?", "why?" with no answer before it asks of nothing: what the bot can do, not a search for the word.
        if (q.refersBack && Object.keys(carried).length === 0) return { kind: 'answer', answer: offTopic(this.shelf) };
        const change = q.councilChange;
        // "I've moved to Trafford — what weighting for £60k?": Trafford from now on, and for this answer.
        const context = change ? { ...ctx, userCouncil: change } : ctx;
        // "what's the reason behind stockport's 15% minimum?": the council's weighting is what is answered; the
        // words that ask why are for referBack, not a search of the documents.
        if (question.asksWhyFigure) question = { ...question, otherWords: [] };
        let answered = answerQuestion(this.shelf, question, context, carried);
        // "who asked the council for help, and when?" after a quote on Trafford's Hong Kong newcomers: a
        // question that nothing answers read on its own, and that names no council or value, is asked in
        // the conversation's context (its council, contract and topic), not answered with the pointer.
        if (answered.unanswered && leansOnConversation(this.shelf, q, ctx)) {
          const leant = read(true);
          const again = answerQuestion(this.shelf, leant.question, context, leant.carried);
          if (!again.unanswered) ({ question, carried, answered } = { ...leant, answered: again });
        }
        const { council } = answered;
        // "where does it say that?", "why?": the last answer again, led by its source or its reasons.
        // "why does stockport use 15%?": that council's weighting, led by the reason for its figure, as "why 15%?" after it.
        const asked = question.asksWhyFigure && !question.refersBack ? { ...question, refersBack: 'reason' as const } : question;
        const first = council ? referBack(this.shelf, council, asked, answered.answer) : answered.answer;
        const answer = council && Object.keys(carried).length > 0 ? notAgain(this.shelf, question, council, first, ctx.previous) : first;
        // Kept for a follow-up even when the answer asked back ("Which council?" then "CWaC").
        // A council the officer neither named nor had in play (a name only its documents use) is the
        // documents' choice, and stays so through follow-ups that carry it.
        const chosen = council !== undefined && q.councils.length === 0 && (carried.council ? ctx.previous?.chosen === true : council !== resolveCouncil(this.shelf, question, context, carried).id);
        // "trafford - any case studies?" not answered as such: the council named is still the one in
        // play, so "what did the community hubs say?" next is asked of Trafford, not the default.
        // "Did you mean Trafford?" not tapped: what the officer types next is asked of the council offered.
        const offered = !council && q.councils.length === 0 ? q.mention.misspelt?.id : undefined;
        // "which TOMs for the care leavers one?" after Stockport's cohorts: the measures are national, but the
        // conversation is still about Stockport ("is that list still current?" next asks of its documents).
        const listedFor = answer.toms && carried.council && !council ? carried.council : undefined;
        const named = q.councils.length === 1 ? { council: q.councils[0]! } : offered ? { council: offered } : undefined;
        const remember = answer.kind === 'answer' || (!council && (question.money !== undefined || question.subjects.length > 0)) ? rememberOf(question, council ?? offered ?? listedFor, answer.searchedFor, chosen, answer.item, answer.toms, topicOf(this.shelf, question, carried, ctx.previous)) : named;
        const kept = remember && answer.kind === 'answer' ? { ...remember, said: saidOf(answer) } : remember;
        return { kind: 'answer', answer, ...(kept ? { remember: kept } : {}), ...(change ? { councilChange: change } : {}) };
      }
    }
  }
}

/** How an answer begins: its first 160 characters, enough to tell it from another. */
const saidOf = (answer: Answer) => answer.headline.slice(0, 160);

/**
 * "how often does the audit committee see them?" after Trafford's governance card: a follow-up (it
 * carried something of the last question) with words of its own that would get the very answer just
 * given is searched for in the council's documents; a search that finds the same answer, or nothing,
 * leaves the answer as it was.
 */
function notAgain(shelf: Shelf, q: Question, council: string, answer: Answer, previous: QaContext | undefined): Answer {
  if (!previous?.said || previous.council !== council || saidOf(answer) !== previous.said || q.otherWords.length < 2) return answer;
  const found = searchDocuments(shelf, q, council, false)?.answer;
  return found && saidOf(found) !== previous.said && !previous.said.includes(found.headline.slice(0, 60)) ? found : answer;
}

/**
 * The words measures would be found by for "whats the toms for it?" next: this question's, where they name
 * a subject the TOMs catalogue has measures on ("modern slavery"), else the last topic, kept through
 * follow-ups that lean on the answer before ("and cwac?").
 */
function topicOf(shelf: Shelf, q: Question, carried: Carried, previous: QaContext | undefined): string | undefined {
  if (shelf.toms.findBySubject(q.text, { fallback: false }).length > 0) return q.text;
  // "and cwac do they do rlw?" carries nothing, but asks again of the same subject.
  const same = q.subjects.length > 0 && q.subjects.every((s) => previous?.subjects?.includes(s));
  return Object.keys(carried).length > 0 || same ? previous?.topic : undefined;
}

/**
 * A conversation to lean on, and a question that names nothing (council, value, kind of contract) to set
 * it aside and that reads as more of it: it points back ("their name", "approve it") or asks, beside the
 * words that only ask ("name"), in words the documents use. "tell me a joke" does neither.
 */
function leansOnConversation(shelf: Shelf, q: Question, ctx: AskContext): boolean {
  const last = ctx.previous;
  if (!last || (!last.council && !last.compared && !last.subjects?.length && !last.about)) return false;
  if (q.councils.length > 0 || q.money !== undefined || q.range !== undefined || q.category !== undefined || q.mention.misspelt || q.mention.uncovered) return false;
  const asking = wantedFigure(shelf, q)?.asking;
  const own = q.otherWords.filter((w) => !asking || w.replace(asking, '') !== '');
  return shelf.vocabulary.sameAsBefore.test(q.text.toLowerCase()) || (own.length > 0 && own.every(shelf.known));
}
