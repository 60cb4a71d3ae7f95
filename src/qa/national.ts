/** National context the council documents quote (central government's 10%, the Act, PPN 05/21): never a council rule. */
import { cite } from '../policy/citations.js';
import type { NationalContext } from '../policy/schema.js';
import { suggest, type Answer } from './answer.js';

export type NationalTopic = NationalContext['facts'][number]['topic'];

/** What of the question the answer turns on: a note number asked for, a figure asked about. */
export interface NationalAsk {
  text: string;
  /** the question asks for a yes or no */
  yesNo?: boolean;
  /** asked of a council ("does the 10% apply to us in Stockport?"), whether or not the words say "council" */
  ofCouncil?: boolean;
  /** asked of one council's documents ("does CWaC's policy follow PPN 06/20?"): only what they quote is cited */
  council?: { name: string; documents: readonly string[] };
}

/** "PPN 06/20", "ppn0620", "PPN 5/21": the note's number as the documents write it ("05/21"). */
const PPN_REF = /\bppn ?(\d{1,2}) ?\/? ?(\d{2})\b/gi;

/** Whether a text names a Procurement Policy Note by its number. */
export const namesNote = (text: string): boolean => ppnRefs(text).length > 0;

function ppnRefs(text: string): string[] {
  return [...text.matchAll(PPN_REF)].map((m) => `${m[1]!.padStart(2, '0')}/${m[2]}`);
}

/** The figures a text gives as percentages ("10%", "10 per cent"). */
function percentages(text: string): string[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)/gi)].map((m) => `${Number(m[1])}%`);
}

export function nationalAnswer(n: NationalContext, wanted: NationalTopic, ask?: NationalAsk): Answer {
  const of = ask?.council;
  // Asked of a council, the national context its own documents quote: never another council's document.
  const facts = of ? n.facts.filter((f) => of.documents.includes(f.source.document)) : n.facts;
  if (of && ask) {
    const missing = ppnRefs(ask.text).filter((r) => !facts.some((f) => ppnRefs(f.statement).includes(r)));
    if (missing.length > 0) return noteNotQuoted(n, facts, missing, of.name);
  }
  const lead = facts.find((f) => f.topic === wanted) ?? n.facts.find((f) => f.topic === wanted) ?? n.facts[0]!;
  const base: Answer = {
    ...ledBy(n, facts, lead, n.label, lead.statement, lead.topic === 'weighting' ? ' Each council sets its own weighting.' : ''),
    suggestions: [suggest('Compare weightings for an £80k contract', 'Compare councils')],
    moreLabel: 'More national context',
  };
  if (!ask) return base;
  // "What does PPN 06/20 say?": a note the documents never quote is said to be missing, not swapped for another.
  const quoted = new Set(n.facts.flatMap((f) => ppnRefs(f.statement)));
  const missing = ppnRefs(ask.text).filter((r) => !quoted.has(r));
  if (missing.length > 0) {
    const notes = missing.map((r) => `PPN ${r}`).join(' or ');
    const others = quoted.size > 0 ? ` They quote ${[...quoted].map((r) => `PPN ${r}`).join(' and ')}:` : '';
    return { ...base, title: `${n.label}: PPN ${missing.join(', ')}`, headline: `The documents do not mention ${notes}, so I can't say what it says.${others} ${lead.statement}` };
  }
  return notForCouncils(lead, ask) ? { ...base, headline: `No: ${lead.statement}` } : base;
}

/**
 * "Does CWaC's policy follow PPN 06/20?": the council's documents do not mention the note, so whether
 * they follow it is not said; the note they do cite leads what they say (PPN 05/21), else nothing.
 */
function noteNotQuoted(n: NationalContext, facts: NationalContext['facts'], missing: string[], council: string): Answer {
  const asked = missing.map((r) => `PPN ${r}`).join(' or ');
  const citing = facts.find((f) => ppnRefs(f.statement).length > 0);
  const cited = citing ? `: the note they cite is PPN ${ppnRefs(citing.statement).join(' and ')}. ${citing.statement}` : ', so they do not say whether it is followed.';
  return ledBy(n, facts, citing, `${n.label}: ${asked}`, `${council}'s documents do not mention ${asked}${cited}`);
}

/**
 * An answer led by one of the facts (`lead`), in the document's words where it quotes them, the other
 * facts beside it; `note` adds to the line that it is national context, never a council rule.
 */
function ledBy(n: NationalContext, facts: NationalContext['facts'], lead: NationalContext['facts'][number] | undefined, title: string, headline: string, note = ''): Answer {
  const source = lead ? cite(n.documents, lead.source) : undefined;
  return {
    kind: 'answer',
    title,
    headline,
    ...(source?.quote ? { rule: `The document: “${source.quote}”` } : {}),
    facts: [],
    sections: facts.filter((f) => f !== lead).map((f) => ({ text: f.statement, source: cite(n.documents, f.source).text })),
    notes: [`This is national context quoted in the council documents, not a council rule.${note}`],
    sources: source ? [source.text] : [],
    suggestions: [],
  };
}

/**
 * "Is 10% the legal minimum for councils?", "does the central government 10% apply to us in
 * Stockport?": the national figure is central government's, not a council's, so the answer is no. A
 * question naming another figure asks about something else.
 */
function notForCouncils(lead: NationalContext['facts'][number], ask: NationalAsk): boolean {
  const figure = lead.figure;
  if (!ask.yesNo || !figure) return false;
  const named = percentages(ask.text);
  const aboutIt = named.length === 0 ? ask.ofCouncil === true : named.includes(figure);
  return aboutIt && (ask.ofCouncil === true || /\b(councils?|local authorit\w*|local government)\b/i.test(ask.text));
}

/** The national figure asked about as if it bound a council: "No: …" first, or undefined when that is not what was asked. */
export function nationalNo(n: NationalContext, wanted: NationalTopic, ask: NationalAsk): Answer | undefined {
  const lead = n.facts.find((f) => f.topic === wanted);
  return lead && notForCouncils(lead, ask) ? nationalAnswer(n, wanted, ask) : undefined;
}

/**
 * "does the SV Act cover works or only services?": the Act as the documents describe it is about the
 * procurement of services, so a duty for another kind of contract is not said; what the councils' own
 * policies apply social value to (`wider`: "goods, works and services") follows, as theirs, not the Act's.
 */
export function actCoverage(n: NationalContext, kinds: readonly string[], wider: readonly { text: string; source: string }[]): Answer | undefined {
  const act = n.facts.find((f) => f.topic === 'legal-duty');
  if (!act || !/\bservices\b/i.test(act.statement) || kinds.length === 0) return undefined;
  const asked = kinds.join(' or ');
  const base = nationalAnswer(n, 'legal-duty');
  const beyond = wider.length > 0 ? " The councils' own policies go wider than the Act: they apply social value to other kinds of contract too (below)." : '';
  return {
    ...base,
    title: `${n.label}: the Social Value Act and ${asked} contracts`,
    headline: `As the documents describe it, the Act is about the procurement of services; they do not say it also covers ${asked} contracts. ${act.statement}${beyond}`,
    sections: [...wider.map((w) => ({ text: w.text, source: w.source })), ...base.sections],
  };
}
