/**
 * The kind of figure a question asks for ("how many …", "how often …", "what percentage …", from the
 * vocabulary) and whether a text gives it.
 */
import { sentencesOf } from '../sources/links.js';
import type { Question } from '../understand/question.js';
import type { NotGiven, Vocabulary } from '../understand/vocabulary.js';
import type { Shelf } from './shelf.js';

export type FigureAsked = Vocabulary['asksFigure'][number];

/** An amount a rule applies above or below ("over £50K"): a threshold, not an amount asked about. */
export const THRESHOLD_WORDS = /\b(over|above|in excess of|under|below|between|less than|more than|up to)\s+£[\d,.]+k?(\s+(and|to)\s+£[\d,.]+k?)?/gi;

/** The kind of figure asked for: by the question's words, or carried from the question before ("and in Stockport?"). */
export function wantedFigure(shelf: Shelf, q: Question): FigureAsked | undefined {
  const asks = shelf.vocabulary.asksFigure;
  return asks.find((a) => a.re.test(q.text.toLowerCase())) ?? (q.carriedAsk ? asks.find((a) => a.about === q.carriedAsk) : undefined);
}

/** Every kind of figure asked, in the order asked ("when's … starting and what's the salary?": a date, then a salary). */
export function wantedFigures(shelf: Shelf, q: Question): FigureAsked[] {
  const lower = q.text.toLowerCase();
  const found = shelf.vocabulary.asksFigure.flatMap((a) => {
    const m = a.re.exec(lower);
    return m ? [{ a, at: m.index, end: m.index + m[0].length }] : [];
  });
  // Words two kinds both read ("who is the lead member?": a name, not also a lead) ask the one the vocabulary ranks first.
  const asked = found.filter((x, i) => !found.slice(0, i).some((y) => x.at < y.end && y.at < x.end));
  const first = wantedFigure(shelf, q);
  return asked.length > 0 ? asked.sort((x, y) => x.at - y.at).map((x) => x.a) : first ? [first] : [];
}

/** The text without the words that only ask for each kind of figure ("when will … start": "when", "start"). */
export function withoutAsking(text: string, asked: readonly FigureAsked[]): string {
  return asked.reduce((t, a) => (a.asking ? t.replace(a.asking, ' ') : t), text);
}

/**
 * What the kind asked for is called in a reply: a share by what it is a share of ("what proportion of
 * Stockport's tenders …": "that share of tenders"), any other kind as the vocabulary names it.
 */
export function askedAs(shelf: Shelf, wanted: FigureAsked, q: Question): string {
  const of = wanted.share ? /(?:\b(?:proportion|percentage|share|per ?cent)|%)\s+of\s+((?:\S+\s+){0,2}\S+)/i.exec(q.text)?.[1] : undefined;
  const whole = of ? shelf.passages.keyTerms(of)[0] : undefined;
  return whole ? `that share of ${whole}` : wanted.about;
}

/** A text's figures as the kind asked for sees them: an amount a rule applies above is not one, unless a threshold is what was asked. */
export function figuresFor(wanted: FigureAsked, text: string): string {
  return wanted.threshold ? text : text.replace(THRESHOLD_WORDS, ' ');
}

/**
 * Whether a text gives the kind of figure asked for (a count: a number next to what is counted; a
 * share: a percentage of what it was asked of). `passage`: a passage of the documents, which must also
 * be about what was asked ("who chairs the steering group?" is not answered by "the Round Table … is
 * chaired by …"). `weighting`: the text is the social value weighting, itself the share asked for
 * ("what percentage of the evaluation is social value?").
 */
export function gives(shelf: Shelf, wanted: FigureAsked, q: Question, text: string, passage = false, weighting = false): boolean {
  const passages = shelf.passages;
  // "and stockport?" after "how many volunteering days …?": what is counted is in what it is about.
  const counting = q.about ? `${q.text} ${q.about}` : q.text;
  if (!wanted.shows.test(text) || (wanted.counted && !passages.counts(counting, text))) return false;
  // "how often does the steering group meet?": how often it does something else ("completes the
  // Maturity Index each year") is not how often it meets; the figure must be in a sentence that says it happens.
  if (wanted.occurs?.test(q.text) && !sentencesOf(text).some((s) => wanted.shows.test(s) && wanted.occurs!.test(s))) return false;
  if (wanted.share && !weighting && !passages.counts(counting, text, true)) return false;
  if (!passage || !wanted.asking) return true;
  const asked = `${q.text.replace(wanted.asking, ' ')}${q.about ? ` ${q.about}` : ''}`;
  // "Who leads on social value?": nothing asked beside the asking words, so nothing else to carry.
  if (passages.keyTerms(asked).length === 0) return true;
  return passages.coversAll(asked, text, 1);
}

/** The vocabulary's entry for what the question asks that the documents may not give ("is it live yet?"). */
export function notGivenEntry(v: Vocabulary, q: Question): NotGiven | undefined {
  return q.notGiven ? v.notGiven.find((n) => n.id === q.notGiven!.id) : undefined;
}
