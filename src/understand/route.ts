/**
 * One understanding for every message: which feature it is for and what it asks, read once. The
 * precedence is written here and nowhere else (and tabled in src/understand/route.test.ts):
 *
 * 1. "admin": the steering groups' and exemption approvers' administration card;
 * 2. an action-plan command ("update TRF-3 at risk: …", "show the Trafford action plan", "digest");
 * 3. a checklist command ("new PID checklist for £120k in Trafford", "my checklists");
 * 4. everything else is Q&A: questions (including questions about the plan's or checklist's content),
 *    settings ("my council is …"), help and thanks.
 */
import { parseChecklistCommand, type ChecklistCommand } from './checklistCommands.js';
import { parseCommand, type Command, type ParseContext } from './planCommands.js';
import { readQuestion, type Question, type Reader } from './question.js';

/** The administration card is one command: who may see and change what is decided by the feature. */
export type AdminCommand = { kind: 'open' };

export type Request =
  | { feature: 'admin'; command: AdminCommand }
  | { feature: 'action-plan'; command: Command }
  | { feature: 'checklist'; command: ChecklistCommand }
  | { feature: 'qa'; question: Question };

export interface RouterOptions {
  reader: Reader;
  /** the councils' names and the plans' reference prefixes, for plan commands */
  plan: Omit<ParseContext, 'now'>;
}

/** "admin", "administration", "admin card", "open the admin card": the whole message, nothing else. */
const ADMIN = /^(?:please\s+)?(?:(?:open|show)(?:\s+me)?\s+)?(?:the\s+)?(?:bot\s+)?admin(?:istration)?(?:\s+card)?(?:\s+please)?[\s.!]*$/i;

/**
 * Changing who is in a steering group, or asking who administers the bot, in words: the card is where
 * that is done ("add nina@trafford.gov.uk to the Trafford steering group", "remove Sam as a chair",
 * "who are the admins?"). "add action …" stays the plan's.
 */
const ROSTER_CHANGE = /^(?:please\s+)?(?:can\s+(?:you|i)\s+)?(?:add|remove|make|appoint)\b(?!\s+(?:an?\s+)?(?:new\s+)?actions?\b).*\b(?:to|from|of|as|on)\s+(?:the\s+)?(?:[a-z]+\s+)*(?:steering\s+group|member|chair|approver)s?\b/i;
const WHO_ADMINISTERS = /^who\s+(?:are|is)\s+(?:the\s+)?(?:bot'?s?\s+)?admin(?:istrator)?s?\??$/i;

export function route(text: string, options: RouterOptions, now: Date = new Date()): Request {
  const trimmed = text.trim();
  if (ADMIN.test(trimmed) || ROSTER_CHANGE.test(trimmed) || WHO_ADMINISTERS.test(trimmed)) return { feature: 'admin', command: { kind: 'open' } };
  const plan = parseCommand(text, { ...options.plan, now });
  if (plan) return { feature: 'action-plan', command: plan };
  let question: Question | undefined;
  const read = () => (question ??= readQuestion(text, options.reader));
  const checklist = parseChecklistCommand(text, read);
  if (checklist) return { feature: 'checklist', command: checklist };
  return { feature: 'qa', question: read() };
}
