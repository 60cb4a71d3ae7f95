/** The shape of what the assistant says: plain data, rendered into a card by the bot layer. */
import { clip } from '../text/clip.js';

export interface Fact {
  title: string;
  value: string;
}

export interface AnswerSection {
  heading?: string;
  text?: string;
  items?: string[];
  facts?: Fact[];
  /** citation text, shown as "Source: …" under the section */
  source?: string;
}

/**
 * Sections of answers put together, each said once: a sentence quoted by one ("“Payment of local living
 * wage to all of our 3,082 …”") and stated by another's topic is kept where it first comes.
 */
export function sectionsOnce(sections: readonly AnswerSection[]): AnswerSection[] {
  const said = (s: AnswerSection) => (s.text && !s.items && !s.facts ? s.text.replace(/[“”"]/g, '').replace(/[\s.]+$/, '').trim().toLowerCase() : undefined);
  const seen = new Set<string>();
  return sections.filter((s) => {
    const text = said(s);
    if (text === undefined) return true;
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

/** A button that asks a question on the officer's behalf: a short title, the whole question. */
export interface Suggestion {
  title: string;
  ask: string;
}

export interface Answer {
  /** 'notice' for clarifications and refusals: no figures, no sources */
  kind: 'answer' | 'notice';
  title: string;
  /**
   * What the answer rests on that the officer did not say in this message ("For the same £200,000
   * contract, in Trafford." / "For Stockport, your council."). Absent when the question said it all.
   */
  context?: string;
  /** the answer: the figure or the verdict, in one or two sentences */
  headline: string;
  /** the rule behind it in the document's words, shown right under the answer */
  rule?: string;
  /** the main citation(s) for the headline, shown right under the rule */
  sources: string[];
  /** further things asked in the same message, each answered the same way, in the order asked */
  parts?: Answer[];
  /** behind "More": the figures in detail, other rules, notes, how current */
  facts: Fact[];
  sections: AnswerSection[];
  notes: string[];
  /** how current the cited documents are */
  currency?: string;
  /** a document's own period has ended or its refresh date has passed */
  warnings?: string[];
  /** follow-up questions the officer can tap */
  suggestions: Suggestion[];
  /** what the "More" toggle is called ("More for this contract") */
  moreLabel?: string;
  /** the detail is the answer (a comparison): shown at once, not behind "More" */
  expanded?: boolean;
  /**
   * The words the documents were searched for, when the answer quotes them: a follow-up that leans
   * on it ("how often does it meet?" after the Round Table) searches them again.
   */
  searchedFor?: string;
  /** the one item of a topic's list the question picked out: "who leads that?" after it asks of that item */
  item?: string;
  /** the TOMs measures listed, when they are the answer ("TOMs for veterans"): "which theme are those under?" asks of them */
  toms?: string[];
}

/** The passage an answer quotes as its whole lead (“…”), or undefined when its lead is not one quote. */
export function headlineQuote(a: Answer): string | undefined {
  return /^“([^”]+)”$/.exec(a.headline.trim())?.[1];
}

/** An answer shown as a part of another: its lead alone; facts, sections, notes and suggestions are the whole answer's. */
export function asPart(a: Answer): Answer {
  return { ...a, facts: [], sections: [], notes: [], suggestions: [] };
}

export function notice(title: string, headline: string, suggestions: Suggestion[] = []): Answer {
  return { kind: 'notice', title, headline, facts: [], sections: [], notes: [], sources: [], suggestions };
}

/** A suggestion whose button title is short; the question it asks stays whole. */
export function suggest(ask: string, title?: string): Suggestion {
  return { title: title ?? (ask.length <= 30 ? ask : `${ask.slice(0, 29).replace(/\s+\S*$/, '')}…`), ask };
}

function sourceLine(sources: readonly string[]): string | undefined {
  if (sources.length === 0) return undefined;
  return `${sources.length === 1 ? 'Source' : 'Sources'}: ${sources.join('; ')}`;
}

/** The answer as plain text: the card's fallback, the transcript and the Markdown export. */
export function answerAsText(a: Answer): string {
  const lines: string[] = [a.title];
  const point = (p: Answer) => {
    lines.push(p.headline);
    if (p.rule) lines.push(p.rule);
    const s = sourceLine(p.sources);
    if (s) lines.push(s);
  };
  if (a.context) lines.push(a.context);
  point(a);
  for (const p of a.parts ?? []) {
    if (p.title) lines.push(p.title);
    point(p);
  }
  for (const w of a.warnings ?? []) lines.push(w);
  for (const f of a.facts) lines.push(`${f.title}: ${f.value}`);
  for (const s of a.sections) {
    if (s.heading) lines.push(s.heading);
    if (s.text) lines.push(s.text);
    for (const item of s.items ?? []) lines.push(`- ${item}`);
    for (const f of s.facts ?? []) lines.push(`${f.title}: ${f.value}`);
    if (s.source) lines.push(`Source: ${s.source}`);
  }
  lines.push(...a.notes);
  if (a.currency) lines.push(a.currency);
  return lines.join('\n');
}

/** One line for the message text and notifications: the answer's first sentence. */
export function answerSummary(a: Answer): string {
  const first = a.headline.split('\n')[0]!;
  // A sentence ends at a full stop after a word, not after "No." or a section number ("2022-2023, 7.").
  // A form's question is not cut from its answer ("… has 28-day notice been given? Yes").
  const sentence = /^(.{20,}?[a-z)%”'][a-z)%”']{2}[.!?])(\s+(?!(?:Yes|No)\b[.”]*$)[A-Z“"]|$)/.exec(first)?.[1] ?? first;
  return clip(sentence);
}
