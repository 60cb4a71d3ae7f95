/**
 * What an officer types to the PID checklist, read into a command: start one (with what the message
 * already says about the contract), list, resume, open, approvals, export as text.
 */
import type { Category } from '../policy/schema.js';
import { normaliseChecklistId } from '../checklist/workflow.js';
import type { Question } from './question.js';

export type ChecklistCommand =
  | { kind: 'start'; council?: string; value?: number; category?: Category }
  | { kind: 'list' }
  | { kind: 'approvals' }
  | { kind: 'resume' }
  | { kind: 'open'; id: string }
  | { kind: 'export-text'; id: string };

/**
 * A checklist reference as typed: "PID-7K3Q9M2X", or the eight characters alone when they include a
 * digit, so an ordinary eight-letter word ("payments") is never taken for one.
 */
const ID = '(?:pid-?[0-9a-z]{8}|(?=[a-z]*[0-9])[0-9a-z]{8})';
const EXPORT = new RegExp(`^(?:show |export )?(${ID})(?: summary)? as (?:text|markdown)$`);
const RESUME = new RegExp(`^(?:resume|continue|open)(?: (?:my|the))?(?: (?:pid )?checklist)?(?: (${ID}))?$`);
const BARE_ID = new RegExp(`^(${ID})$`);
/** "i need to start a pid for a £90k … contract, can you walk me through the sv bits": starting one, said in prose. */
const STARTS_IN_PROSE =
  /^(?:(?:hi|hello|morning|afternoon|ok|okay|right|so)\b[\s,!-]*)?(?:(?:i\s*)?(?:need|want|have|'?ve got|'?m going|am going|'?d like|would like)\s+to|i'?m|i am|we\s*(?:need|want|have|'?re going)\s+to|(?:can|could) you (?:help me|walk me through|take me through)|help me|walk me through|take me through|let'?s|please)\s+(?:(?:start|begin|do|fill in|fill out|complete|create|set up|put together|write|raise|open)(?:ing)?\s+)?(?:(?:the\s+)?(?:sv|social value)\s+(?:bits?|parts?|sections?|side)\s+(?:of|for|in)\s+)?(?:a|an|the|my|our)?\s*(?:new\s+)?pid\b(?! (?:sign[- ]?off|rules?|requirements?|stage)\b)/;
/** "can you start a PID checklist for a £75k … contract?": a request put as a question. */
const ASKS_FOR_ONE = /^(?:can|could|would|will) (?:you|u|i|we) (?:please )?(?:start|begin|open|create|set up|do|run|fill in|walk me through|take me through|help me (?:with|start|do|fill in))\b/;
/** "I need to do a PID - does social value need to be in it?": a question asked after it is Q&A's. */
const ASKS_AFTER = /(?:[-\u2013,;:.?]|\band|\bbut)\s+(?:does|do|is|are|what|which|who|how|when|where|why|can (?:i|we)|must|should|will|would)\b/;

/** `read` gives the message's council, value and category, the way Q&A reads them. */
export function parseChecklistCommand(text: string, read: () => Question): ChecklistCommand | null {
  const bare = text.toLowerCase().replace(/[!?.,]+$/g, '').replace(/\s+/g, ' ').trim();
  let m = EXPORT.exec(bare);
  if (m) return { kind: 'export-text', id: m[1]! };
  if (/^(?:show |list |see )?(?:all )?(?:my )?(?:pid )?checklists$|^my (?:pid )?checklist$/.test(bare)) return { kind: 'list' };
  if (/^(?:show )?(?:my )?(?:pending )?(?:approvals|exemption requests|exemptions to approve)$/.test(bare)) return { kind: 'approvals' };
  m = RESUME.exec(bare) ?? BARE_ID.exec(bare);
  if (m) {
    const wanted = m[1];
    if (wanted && normaliseChecklistId(wanted)) return { kind: 'open', id: wanted };
    if (/^(resume|continue)/.test(bare) || /checklist/.test(bare)) return { kind: 'resume' };
    if (wanted) return null;
  }
  // Start one: "new PID checklist", "checklist", "PID", "start a PID checklist for £120k works in Trafford".
  if (/\bchecklists?\b/.test(bare) || /^(?:new|start|begin|create)(?: a| an)?(?: new)? pid\b/.test(bare) || bare === 'pid' || (STARTS_IN_PROSE.test(bare) && !ASKS_AFTER.test(bare))) {
    // "what does the checklist ask?", "what does the PID checklist ask about TOMs" (typed without a
    // question mark, as in Teams) are questions about it, answered by Q&A.
    // "can you start a PID checklist for …" asks for one.
    if (/^(what|which|who|how|why|when|does|do|is|are|can)\b/.test(bare) && !ASKS_FOR_ONE.test(bare)) return null;
    const q = read();
    return {
      kind: 'start',
      ...(q.councils[0] ? { council: q.councils[0] } : {}),
      ...(q.money?.kind === 'amount' ? { value: q.money.value } : {}),
      ...(q.category ? { category: q.category } : {}),
    };
  }
  return null;
}
