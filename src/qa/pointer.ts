/** Replies that point the officer somewhere: the off-topic pointer with questions to try, what the checklist asks, thanks, goodbye. */
import { questionsFor, type AskedField, type StepQuestions } from '../checklist/questions.js';
import type { Question } from '../understand/question.js';
import type { Subject } from '../understand/vocabulary.js';
import { notice, suggest, type Answer, type Suggestion } from './answer.js';
import { topicName } from './phrases.js';
import { listNames } from '../text/lists.js';
import type { Shelf } from './shelf.js';

/** Questions to try, naming the councils the packs cover. */
function examples(shelf: Shelf): Suggestion[] {
  const names = shelf.packs.map((p) => p.council.shortName);
  const [a, b] = [names[0] ?? '', names[1] ?? names[0] ?? ''];
  return [
    suggest(`What weighting do I need for a £75k services contract in ${a}?`, 'Weighting for £75k'),
    suggest('Compare weightings for an £80k contract', 'Compare councils'),
    suggest(`Does the Social Value Portal apply to £40k in ${b}?`, 'Portal for £40k'),
    suggest('What is TOMs NT4a?', 'What is NT4a?'),
  ];
}

/**
 * Nothing in the documents or the packs answers it: what the assistant is for, and questions to try.
 * Asked to do a task ("book me a meeting room"), it first says it cannot, so nobody thinks it was done.
 */
export function offTopic(shelf: Shelf, asked: 'question' | 'errand' = 'question'): Answer {
  const cannot = asked === 'errand' ? "I can't do that for you: I don't book rooms, manage calendars, send emails or place orders. " : '';
  return notice(
    'I can help with social value',
    `${cannot}I answer questions about social value in procurement for ${shelf.knownCouncils()}: weightings, thresholds, the Social Value Portal, TOMs, PID sign-off and more. Try one of these, or say "help".`,
    examples(shelf),
  );
}

// The one line a notification shows is the headline: it answers the thanks or the goodbye itself.
export const thanks = (): Answer =>
  notice("You're welcome", 'Glad it helped. Ask me any time about social value weightings, thresholds, the Social Value Portal or TOMs.');

export const goodbye = (): Answer => notice('Goodbye', 'Bye for now. Say "help" whenever you need me again.');

/**
 * Which of the checklist's questions each subject is about. The questions themselves (label, choices,
 * step) are the checklist's own (src/checklist/questions.ts), so the answer says what the card shows.
 */
const CHECKLIST_FIELDS: readonly { subjects: readonly Subject[]; fields: readonly AskedField[] }[] = [
  { subjects: ['toms'], fields: ['toms', 'otherToms'] },
  { subjects: ['weighting', 'threshold'], fields: ['included', 'weighting', 'reason'] },
  { subjects: ['evaluation'], fields: ['evaluation'] },
  { subjects: ['minimum-standards'], fields: ['minimumStandards'] },
  { subjects: ['living-wage'], fields: ['livingWage'] },
  { subjects: ['carbon'], fields: ['carbonPlan'] },
  { subjects: ['portal'], fields: ['portal'] },
  { subjects: ['payment-deductions'], fields: ['paymentDeductions'] },
  { subjects: ['contract-management'], fields: ['contractManagement'] },
];

/** “Label” (choices: A; B) and “Label”, as the step's card words them. */
function stepLine(s: StepQuestions): string {
  const quoted = s.questions.map((x) => `“${x.label}”${x.choices ? ` (choices: ${x.choices.map((c) => c.title).join('; ')})` : ''}`);
  return `At step ${s.number} of ${s.of} (${s.title}), the PID checklist asks ${listNames(quoted)}.`;
}

/**
 * "What does the PID checklist ask about TOMs?": the checklist's questions on the subjects named, as
 * its cards word them, and at which step, with a button to start one. Undefined when no subject it asks
 * about is named.
 */
export function checklistAsks(shelf: Shelf, q: Question): Answer | undefined {
  const asked = CHECKLIST_FIELDS.filter((a) => a.subjects.some((s) => q.subjects.includes(s)));
  if (asked.length === 0) return undefined;
  const named = q.subjects.find((s) => asked[0]!.subjects.includes(s))!;
  const council = q.councils[0] ? shelf.councilName(q.councils[0]) : undefined;
  const steps = questionsFor(
    asked.flatMap((a) => a.fields),
    { ...(council ? { council } : {}), below: "the council's figure" },
  );
  return {
    ...notice(`The PID checklist: ${named === 'weighting' || named === 'threshold' ? 'the weighting' : topicName(named)}`, steps.map(stepLine).join(' '), [suggest('new PID checklist', 'Start a PID checklist')]),
    kind: 'answer',
  };
}
