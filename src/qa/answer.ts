/** The shape of what the assistant says: plain data, rendered into a card by the bot layer. */
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

export interface Answer {
  /** 'notice' for clarifications and refusals: no figures, no sources */
  kind: 'answer' | 'notice';
  title: string;
  /** which council the answer is for and why ("Answer for Stockport (your council).") */
  forCouncil?: string;
  headline: string;
  facts: Fact[];
  sections: AnswerSection[];
  notes: string[];
  /** the main citation(s) for the headline and facts */
  sources: string[];
  /** how current the cited documents are */
  currency?: string;
  /** follow-up questions the officer can tap */
  suggestions: string[];
}

export function notice(title: string, headline: string, suggestions: string[] = []): Answer {
  return { kind: 'notice', title, headline, facts: [], sections: [], notes: [], sources: [], suggestions };
}

/** The answer as plain text: the card's fallback, the transcript and the Markdown export. */
export function answerAsText(a: Answer): string {
  const lines: string[] = [a.title];
  if (a.forCouncil) lines.push(a.forCouncil);
  lines.push(a.headline);
  for (const f of a.facts) lines.push(`${f.title}: ${f.value}`);
  for (const s of a.sections) {
    if (s.heading) lines.push(s.heading);
    if (s.text) lines.push(s.text);
    for (const item of s.items ?? []) lines.push(`- ${item}`);
    for (const f of s.facts ?? []) lines.push(`${f.title}: ${f.value}`);
    if (s.source) lines.push(`Source: ${s.source}`);
  }
  lines.push(...a.notes);
  if (a.sources.length === 1) lines.push(`Source: ${a.sources[0]}`);
  else if (a.sources.length > 1) lines.push(`Sources: ${a.sources.join('; ')}`);
  if (a.currency) lines.push(a.currency);
  return lines.join('\n');
}
