/**
 * A follow-up that asks more of the subject just answered ("and whats the council's own target?" after
 * Stockport's carbon requirements) gets the subject's answer again: the sentence of it that says what
 * was asked now leads, not the sentence that led last time.
 */
import { sentencesOf } from '../sources/links.js';
import type { Answer } from './answer.js';
import { plainWord } from './topics.js';

const plainWords = (text: string) => new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []).map(plainWord));

/**
 * The headline with its sentence that shares most of `asked` first, where that one shares at least two
 * of the words and more than the first sentence does. A yes or no stays where it is: it answers the
 * question; so does a first sentence that says what the documents do not give.
 */
export function ledByAsked(answer: Answer, asked: readonly string[]): Answer {
  if (/^(?:yes|no)\b/i.test(answer.headline)) return answer;
  // "… do not give how often. What they do say: …": what is not given comes before what is.
  if (/^[^.]*\bdocuments do not\b/.test(answer.headline)) return answer;
  const words = new Set(asked.flatMap((w) => [...plainWords(w)]));
  const sentences = sentencesOf(answer.headline);
  if (words.size === 0 || sentences.length < 2) return answer;
  const shares = sentences.map((s) => [...plainWords(s)].filter((w) => words.has(w)).length);
  const top = Math.max(...shares);
  const at = shares.indexOf(top);
  if (top < 2 || top <= shares[0]!) return answer;
  return { ...answer, headline: [sentences[at]!, ...sentences.filter((_, i) => i !== at)].join(' ') };
}
