/**
 * "Where does it say that?", "why?" right after an answer: the same answer (the follow-up carried its
 * council, contract and subject), led by what was asked of it: the document's own words and where
 * they are, or the reasons the council's documents give, and that they give none where they do not.
 */
import type { Question, Subject } from '../understand/question.js';
import { headlineQuote, type Answer, type AnswerSection } from './answer.js';
import { sentencesOf } from '../sources/links.js';
import { quotation, type Passage } from './passages.js';
import { topicName } from './phrases.js';
import type { Shelf } from './shelf.js';

export function referBack(shelf: Shelf, council: string, q: Question, answer: Answer): Answer {
  if (answer.kind !== 'answer' || !q.refersBack) return answer;
  const subject = q.subjects.find((s) => s !== 'compare' && s !== 'national');
  // "Why not?" after "No: 12% is below the minimum": the reason for a verdict is the rule it rests on;
  // "why 15 tho?" after it names the council's own figure, and asks the reason for that.
  const figure = q.refersBack === 'reason' ? figureAsked(q, answer) : undefined;
  const ofCouncilFigure = figure !== undefined && figure !== `${q.proposedWeighting}%`;
  // "Why?" after "No: … does not cover a £35,000 contract, because £35,000 is not more than £50,000": the
  // reason is the threshold the rule sets, so the rule leads, not a passage that happens to give a reason.
  const byThreshold = figure === undefined && /\bbecause £[\d,]+ is (?:not )?(?:more|less) than £[\d,]+/.test(answer.headline);
  const reason = q.refersBack === 'reason' && (q.proposedWeighting === undefined || ofCouncilFigure) && !byThreshold;
  if (!reason) return whereSaid(shelf, council, answer);
  // "why so low? i thought the govt said 10%": the figure asked of is the last answer's, not the national one named.
  const national = q.subjects.includes('national');
  const level = shelf.vocabulary.refersBack?.level?.test(q.text.toLowerCase()) === true;
  const asked = (national ? undefined : figure) ?? (level || national ? /\d+(?:\.\d+)?%/.exec(answer.headline)?.[0] : undefined);
  // "why 10%?" after "is 8% enough?": the reason for the council's figure, not a verdict on it.
  const judged = ofCouncilFigure && q.proposedWeighting !== undefined;
  const why = asked ? reasonForFigure(shelf, council, asked, answer, judged) : reasonsFor(shelf, council, subject, answer);
  return national ? withNationalFigure(shelf, why) : why;
}

/** The national figure the officer set beside the council's, said as central government's own (not a council rule). */
function withNationalFigure(shelf: Shelf, answer: Answer): Answer {
  const fact = shelf.library.national.facts.find((f) => f.topic === 'weighting');
  if (!fact) return answer;
  const source = shelf.nationalSource(fact.source);
  return { ...answer, headline: `${answer.headline} The national figure is central government's own, not a council rule: ${fact.statement}`, sources: [...new Set([...answer.sources, source])] };
}

/** "why 15?", "why is it 15%?": the weighting figure of the last answer whose reason is asked. */
function figureAsked(q: Question, answer: Answer): string | undefined {
  const n = /(?<![\d.£])(\d+(?:\.\d+)?)(?![\d,]|\s*(?:k|m)\b)/i.exec(q.text)?.[1];
  return n && answer.headline.includes(`${n}%`) ? `${n}%` : undefined;
}

/**
 * The reason for one figure: a passage on the weighting that gives a reason and names the figure leads;
 * otherwise that the documents do not say why it is that figure, with the rule, and what they say of
 * the weighting's purpose after it (a reason for weighting social value at all is not one for 15%).
 */
function reasonForFigure(shelf: Shelf, council: string, figure: string, answer: Answer, judged = false): Answer {
  const cue = shelf.vocabulary.refersBack?.reasonCue;
  // An answer with no rule quoted (a council's weighting bands) cites the passage that sets the figure:
  // "… 5% … to ensure that contractors consider social value" is a reason for weighting at all, not for 5%.
  const setsFigure = (p: Passage) => answer.rule === undefined && answer.sources.includes(p.citation) && p.quote.includes(figure);
  const found = cue ? reasonPassages(shelf, council, 'weighting', cue).filter((p) => !inRule(answer, p) && !setsFigure(p)) : [];
  const [best, ...more] = [...found.filter((p) => p.quote.includes(figure)), ...found.filter((p) => !p.quote.includes(figure))];
  const name = shelf.pack(council).council.shortName;
  const also = (ps: Passage[]) => ps.map((p) => ({ heading: 'Also in the documents', text: `“${quotation(p)}”`, source: p.citation }));
  if (best?.quote.includes(figure)) {
    const { rule: _rule, ...rest } = answer;
    return { ...rest, headline: `${name}'s documents give this reason: “${quotation(best)}”`, sources: [best.citation], sections: [...also(more), asBefore(answer), ...answer.sections] };
  }
  // After a verdict on the officer's figure, what they say of the council's figure is its rule, not the verdict.
  const rule = judged ? /“[^”]+”/.exec(answer.rule ?? '')?.[0] : undefined;
  const said = rule ? `The rule: ${rule}` : `What they say: ${answer.headline}`;
  const { rule: _rule, ...rest } = answer;
  return { ...(rule ? rest : answer), headline: `${name}'s documents do not say why the figure is ${figure}. ${said}`, sections: [...also(found), ...answer.sections] };
}

/** The answer's first section as a section of its own, under the new lead. */
function asBefore(answer: Answer): AnswerSection {
  return { heading: 'What applies', text: answer.headline, ...(answer.sources.length > 0 ? { source: answer.sources.join('; ') } : {}) };
}

/**
 * The document and section first, with its words: the rule's quote where the answer has one, else the
 * sentence nearest the answer in a section it cites, else the answer as it was put.
 */
function whereSaid(shelf: Shelf, council: string, answer: Answer): Answer {
  const where = answer.sources[0];
  if (!where) return answer;
  const quoted = /“([^”]+)”/.exec(answer.rule ?? '')?.[1];
  const { rule, ...rest } = answer;
  // A long rule is quoted from the clause with the answer's figure, so a notification shows the figure;
  // the whole rule stays below it.
  const part = quoted ? fromFigure(quoted, answer.headline) : undefined;
  if (quoted && part) return { ...answer, headline: `In ${where}: “… ${part}” ${answer.headline}` };
  if (quoted) return { ...rest, headline: `In ${where}: “${quoted}” ${answer.headline}` };
  const passage = citedPassages(shelf, council, answer)[0];
  if (passage) return { ...rest, headline: `In ${passage.citation}: “${quotation(passage)}”`, sources: [passage.citation], sections: [asBefore(answer), ...answer.sections] };
  return { ...answer, headline: `In ${where}: ${answer.headline}` };
}

/** Sentences nearest the answer in the sections it cites, best first. */
function citedPassages(shelf: Shelf, council: string, answer: Answer, limit = 10, atLeast?: number): Passage[] {
  // "section 2.1" cites the section whose heading is "2.1 STAR".
  const cited = [...answer.sources, ...answer.sections.flatMap((s) => (s.source ? [s.source] : []))];
  const inCited = (p: Passage) => cited.some((c) => p.citation === c || p.citation.startsWith(`${c} `));
  return shelf.passages.search(answer.headline, council, limit, atLeast).filter(inCited);
}

/** The quote from the start of the clause that carries the answer's first figure ("attribute a minimum weighting of 15% …"), when that cuts it by much. */
function fromFigure(quote: string, headline: string): string | undefined {
  if (quote.length <= 120) return undefined;
  const figure = (headline.match(/£[\d,.]+k?|\d+(?:\.\d+)?%/g) ?? []).find((f) => quote.includes(f));
  if (!figure) return undefined;
  const before = quote.slice(0, quote.indexOf(figure));
  const start = Math.max(...[/,\s/g, /;\s/g, /\sand\s/g].flatMap((re) => [...before.matchAll(re)].map((m) => m.index + m[0].length)), 0);
  return start >= 40 ? quote.slice(start) : undefined;
}

/** Passages of the council's documents on the subject that give a reason ("this means", "our promise"), best first. */
function reasonPassages(shelf: Shelf, council: string, subject: Subject, cue: RegExp): Passage[] {
  const about = shelf.vocabulary.subjects.find((s) => s.id === subject)?.re;
  if (!about) return [];
  const on = (p: Passage) => about.test(p.quote.toLowerCase()) || about.test(p.paragraph.toLowerCase());
  // The reason is in the sentence quoted, the list it is an item of, or its section ("Our Promise"), not elsewhere in its paragraph.
  const gives = (p: Passage) => cue.test(p.quote) || cue.test(p.section) || (p.lead !== undefined && cue.test(p.lead));
  // A purpose said in the sentence itself ("… means reducing the council's own emissions") comes before
  // what it only follows or is in line with ("… in line with the national legal target").
  const context = shelf.vocabulary.refersBack?.contextCue;
  const purpose = (p: Passage) => (context ? cue.test(p.quote.replace(context, ' ')) : cue.test(p.quote));
  const found = shelf.passages.search(topicName(subject), council, 30).filter((p) => on(p) && gives(p));
  return [...found.filter(purpose), ...found.filter((p) => !purpose(p))].slice(0, 3);
}

/** The rule the answer just quoted carries the passage: it is not its own reason. */
const inRule = (answer: Answer, p: Passage) => answer.rule?.includes(p.quote.slice(0, 80)) === true;

function reasonsFor(shelf: Shelf, council: string, subject: Subject | undefined, answer: Answer): Answer {
  const cues = shelf.vocabulary.refersBack;
  const cue = cues?.reasonCue;
  const name = shelf.pack(council).council.shortName;
  const [best, ...more] = subject && cue ? reasonPassages(shelf, council, subject, cue).filter((p) => !inRule(answer, p)) : [];
  // "Why not?" after a quote ("… nominated leads … has also been considered."): the reason is the
  // sentence beside it in its paragraph ("This option is not preferred as it would not provide …").
  // "Why's that?" after "due to be refreshed in 2023": an answer on no curated subject (how current the
  // documents are) has its reason in a sentence of the section it cites ("… to reflect new and emerging issues").
  const beside = !best && cues ? (reasonBeside(shelf, council, answer, cues.reasonCue) ?? (subject ? undefined : citedReason(shelf, council, answer, cues.reasonCue, cues.reasonCues))) : undefined;
  if (beside) return { ...answer, headline: `${name}'s documents give this reason: “${beside}”`, sections: [asBefore(answer), ...answer.sections] };
  if (!best) return { ...answer, headline: `${name}'s documents do not say why. What they say: ${answer.headline}` };
  const { rule, ...rest } = answer;
  return {
    ...rest,
    headline: `${name}'s documents give this reason: “${quotation(best)}”`,
    sources: [best.citation],
    sections: [...more.map((p) => ({ heading: 'Also in the documents', text: `“${quotation(p)}”`, source: p.citation })), asBefore(answer), ...answer.sections],
  };
}

/** The sentence beside the passage a quoted answer leads with, in its paragraph, when it gives a reason. */
function reasonBeside(shelf: Shelf, council: string, answer: Answer, cue: RegExp): string | undefined {
  const quote = answer.searchedFor !== undefined ? headlineQuote(answer) : undefined;
  if (!quote) return undefined;
  // The quote may already carry it, after the sentence that answered.
  const inQuote = sentencesOf(quote).slice(1).find((x) => cue.test(x));
  if (inQuote) return inQuote;
  const ids = new Set(shelf.pack(council).documents.map((d) => d.id));
  for (const doc of shelf.library.sources.documents.values()) {
    if (!ids.has(doc.id)) continue;
    for (const paragraph of doc.sections.flatMap((s) => s.paragraphs)) {
      const all = sentencesOf(paragraph);
      const at = all.findIndex((x) => quote.includes(x));
      if (at < 0 || !all.join(' ').includes(quote)) continue;
      const gives = (x: string) => cue.test(x) && !quote.includes(x);
      // Only the sentence right after it, else right before it: further off, a reason is another point's.
      return [all[at + 1], at > 0 ? all[at - 1] : undefined].find((x) => x !== undefined && gives(x));
    }
  }
  return undefined;
}

/** A sentence of a section the answer cites, nearest the answer, that gives a reason and is not the rule itself. */
function citedReason(shelf: Shelf, council: string, answer: Answer, cue: RegExp, cues: RegExp): string | undefined {
  const quote = citedPassages(shelf, council, answer, 40, 1).find((p) => cue.test(p.quote) && !inRule(answer, p))?.quote;
  if (!quote || quote.length <= 120) return quote;
  // A long sentence is quoted from the clause before its reason ("… it is due to be refreshed in 2023, to
  // reflect …"), so a notification shows the reason.
  const at = [...quote.matchAll(cues)].pop()?.index ?? 0;
  const cuts = [...quote.slice(0, at).matchAll(/[,;]\s/g)].map((m) => m.index + m[0].length);
  const start = cuts.length >= 2 ? cuts[cuts.length - 2]! : 0;
  return start > 0 ? `… ${quote.slice(start)}` : quote;
}
