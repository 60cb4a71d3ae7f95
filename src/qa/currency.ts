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
  return `How current: ${docs.map((d) => `${documentLabel(d)}, dated ${formatDay(d.date)}${d.currency ? ` (${d.currency})` : ''}`).join('; ')}.`;
}

/** The documents an answer cites, found by their labels in its source lines. */
export function citedDocuments(docs: readonly PolicyDocument[], citations: readonly string[]): PolicyDocument[] {
  return docs.filter((d) => citations.some((c) => c.startsWith(documentLabel(d))));
}

/** "What years does the policy cover?", "when is the charter being refreshed?": each document's dates, and what they say of a refresh. */
export function currencyAnswer(council: string, docs: readonly PolicyDocument[], today: Date, refreshCitations: ReadonlyMap<string, string>, asksReplacement: boolean): Answer {
  const lines = docs.map((d) => {
    const period = d.period ? `, covering ${d.period}` : '';
    const refresh = d.refreshDue ? `; due to be refreshed in ${year(d.refreshDue)}` : '';
    return `${documentLabel(d)}: dated ${formatDay(d.date)}${period}${refresh}.`;
  });
  const none = asksReplacement ? ' They do not give a date for a newer version.' : '';
  const warnings = currencyWarnings(docs, today);
  const sources = docs.flatMap((d) => (refreshCitations.get(d.id) ? [refreshCitations.get(d.id)!] : []));
  return {
    kind: 'answer',
    title: `How current ${council}'s documents are`,
    headline: `${council}'s documents: ${lines.join(' ')}${none}`,
    facts: [],
    sections: [],
    notes: docs.flatMap((d) => (d.currency ? [`${documentLabel(d)}: ${d.currency}`] : [])),
    sources: sources.length > 0 ? sources : docs.map((d) => documentLabel(d)),
    ...(warnings.length > 0 ? { warnings } : {}),
    suggestions: [],
    moreLabel: 'What the documents say of themselves',
  };
}
