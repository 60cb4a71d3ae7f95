/**
 * How current an answer's documents are: their dates, and a plain warning, as of today, when a
 * document's own period has ended or the date it was due to be refreshed has passed.
 */
import { documentLabel } from '../policy/citations.js';
import type { PolicyDocument } from '../policy/schema.js';
import { formatDay } from '../text/dates.js';
import type { Answer } from './answer.js';

/** The last day a "YYYY", "YYYY-MM" or "YYYY-MM-DD" date covers. */
function endOf(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (d !== undefined) return new Date(Date.UTC(y, m! - 1, d, 23, 59, 59));
  if (m !== undefined) return new Date(Date.UTC(y, m, 0, 23, 59, 59));
  return new Date(Date.UTC(y, 11, 31, 23, 59, 59));
}

const year = (date: string) => date.slice(0, 4);

export function currencyWarnings(docs: readonly PolicyDocument[], today: Date): string[] {
  const out: string[] = [];
  for (const d of docs) {
    const label = documentLabel(d);
    if (d.refreshDue && endOf(d.refreshDue) < today) {
      out.push(`${label} was due to be refreshed in ${year(d.refreshDue)}: check with procurement that it is still the current version.`);
    } else if (d.periodEnds && endOf(d.periodEnds) < today) {
      out.push(`${label} covers a period that ended in ${year(d.periodEnds)}: check with procurement whether a newer version applies.`);
    }
  }
  return out;
}

export function currencyLine(docs: readonly PolicyDocument[]): string {
  return `How current: ${docs.map((d) => `${documentLabel(d)}, dated ${formatDay(d.date)}${d.currency ? ` (${d.currency.replace(/\.$/, '')})` : ''}`).join('; ')}.`;
}

/** The documents an answer cites, found by their labels in its source lines. */
export function citedDocuments(docs: readonly PolicyDocument[], citations: readonly string[]): PolicyDocument[] {
  return docs.filter((d) => citations.some((c) => c.startsWith(documentLabel(d))));
}

/** How the officer asked: which document, and whether for a yes or no ("is the charter still current?", "is it out of date?"). */
export interface CurrencyAsk {
  text: string;
  yesNo: boolean;
  /** a yes means the document is out of date */
  stale: boolean;
  /** asks whether it was approved ("did the Executive approve the charter?"): what each says of its own approval */
  approval?: boolean;
  /** speaks of a newer version as if there is one ("when was the refreshed charter signed off?") */
  newer?: boolean;
}

/** The documents the question names by a word of their titles that not all of them share ("the charter", "the statement"). */
export function namedDocuments(docs: readonly PolicyDocument[], text: string): PolicyDocument[] {
  const words = (t: string) => new Set(t.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  const asked = words(text);
  const titles = docs.map((d) => words(documentLabel(d)));
  const telling = [...asked].filter((w) => titles.some((t) => t.has(w)) && !titles.every((t) => t.has(w)));
  const named = docs.filter((_, i) => telling.some((w) => titles[i]!.has(w)));
  return named.length > 0 ? named : [...docs];
}

/** Past the date a document said it was due to be refreshed: whether it has been, the documents do not record. */
const refreshPast = (d: PolicyDocument, today: Date) => d.refreshDue !== undefined && endOf(d.refreshDue) < today && !(d.periodEnds && endOf(d.periodEnds) < today);

/**
 * Yes or no first: past its own period, or not by its dates, or no dates given. Past only the date it
 * was due to be refreshed, the documents cannot say either way.
 */
function verdictOf(docs: readonly PolicyDocument[], today: Date, stale: boolean): string {
  if (docs.some((d) => d.periodEnds && endOf(d.periodEnds) < today)) return stale ? 'Yes, by its own dates:' : 'No, not by its own dates:';
  if (docs.some((d) => refreshPast(d, today))) return "The documents can't confirm it:";
  const dated = docs.some((d) => d.refreshDue || d.periodEnds);
  if (!dated) return 'The documents give no end or refresh date, so I cannot say from them:';
  return stale ? 'Not by its own dates:' : 'Yes, by its own dates:';
}

/** "What years does the policy cover?", "when is the charter being refreshed?": each document's dates, and what they say of a refresh. */
/**
 * `refreshPlans`: for a document, what the documents plan for its refresh, quoted ("… the next 12 months
 * are to: Review and refresh the Stockport Social Value Charter"), with its citation.
 */
export function currencyAnswer(
  council: string,
  allDocs: readonly PolicyDocument[],
  today: Date,
  refreshCitations: ReadonlyMap<string, string>,
  asksReplacement: boolean,
  ask?: CurrencyAsk,
  refreshPlans: ReadonlyMap<string, { said: string; citation: string }> = new Map(),
): Answer {
  const docs = ask ? namedDocuments(allDocs, ask.text) : allDocs;
  const approval = ask?.approval === true;
  const lines = docs.map((d) => {
    // "Was the charter approved?": only what the document records of itself ("a report for decision …"),
    // first, so the one line a notification shows is the answer; then which document, and its date.
    if (approval) return d.currency ? `${d.currency} ${documentLabel(d)}: dated ${formatDay(d.date)}.` : `${documentLabel(d)}: dated ${formatDay(d.date)}. It does not say when or by whom it was approved.`;
    const period = d.period ? `, covering ${d.period}` : '';
    const refresh = d.refreshDue ? `; due to be refreshed in ${year(d.refreshDue)}` : '';
    // What the document says of itself, where its dates do not already say it ("a report … recommending
    // that the Executive approves the Charter": its date is not the date of a decision).
    const itself = d.currency && !d.refreshDue ? ` ${d.currency}` : '';
    return `${documentLabel(d)}: dated ${formatDay(d.date)}${period}${refresh}.${itself}`;
  });
  const held = docs.length > 1 ? 'these versions' : 'this version';
  // "When was the refreshed charter signed off?" presumes a newer version: that the documents hold none
  // is the answer, so it leads, before the dates of the version they do hold.
  const newer = ask?.newer === true && (asksReplacement || approval);
  const first = newer ? `The documents do not give a date for a newer version of ${docs.map((d) => documentLabel(d)).join(' or ')}, or say whether one has been published: they hold only ${held}. ` : '';
  const none = asksReplacement && !newer ? ` The documents hold only ${held}: they do not give a date for a newer one, or say whether one has been published.` : '';
  const warnings = currencyWarnings(docs, today);
  const lead = ask?.yesNo && !approval ? `${verdictOf(docs, today, ask.stale)} ` : '';
  // Asked whether they are current or approved: the warnings are part of the answer, not apart from it.
  const inAnswer = lead !== '' || approval;
  // Asked whether it is current, past its refresh date: what they plan for the refresh, and that they
  // do not record it happening, in place of the warning (which would say the date again).
  const unknown = lead ? docs.filter((d) => refreshPast(d, today)) : [];
  const plans = unknown.flatMap((d) => (refreshPlans.get(d.id) ? [refreshPlans.get(d.id)!] : []));
  const sources = [...docs.flatMap((d) => (refreshCitations.get(d.id) ? [refreshCitations.get(d.id)!] : [])), ...plans.map((p) => p.citation)];
  const said = [
    ...plans.map((p) => p.said),
    ...unknown.map((d) => `The documents do not record that ${documentLabel(d)} has been refreshed, and hold no later version: check with procurement.`),
    ...currencyWarnings(docs.filter((d) => !unknown.includes(d)), today),
  ];
  const what = docs.length === allDocs.length && !approval ? `${council}'s documents: ` : '';
  return {
    kind: 'answer',
    title: `How current ${council}'s documents are`,
    headline: `${lead}${first}${what}${lines.join(' ')}${none}${inAnswer && said.length > 0 ? ` ${said.join(' ')}` : ''}`,
    facts: [],
    sections: [],
    notes: approval ? [] : docs.flatMap((d) => (d.currency && d.refreshDue ? [`${documentLabel(d)}: ${d.currency}`] : [])),
    sources: sources.length > 0 ? sources : docs.map((d) => documentLabel(d)),
    ...(warnings.length > 0 && !inAnswer ? { warnings } : {}),
    suggestions: [],
    moreLabel: 'What the documents say of themselves',
  };
}
