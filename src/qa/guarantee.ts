/**
 * "Does CWaC guarantee every care leaver a job?": asked whether something is assured outright, and
 * answered by a quote that makes it depend on something ("the offer of a job … if they request this
 * help"), the answer is no, first: the documents promise it only on that condition.
 */
import type { PolicyPack } from '../policy/schema.js';
import type { Question } from '../understand/question.js';
import type { Vocabulary } from '../understand/vocabulary.js';
import { headlineQuote, type Answer } from './answer.js';

export function notOutright(v: Vocabulary, pack: PolicyPack, q: Question, answer: Answer): Answer {
  const words = v.asksGuarantee;
  const quote = headlineQuote(answer);
  if (!words || !quote || !q.asksYesNo || !words.ask.test(q.text.toLowerCase()) || !words.condition.test(quote)) return answer;
  return { ...answer, headline: `No, not as a guarantee: ${pack.council.shortName}'s documents put a condition on it: ${answer.headline}` };
}
