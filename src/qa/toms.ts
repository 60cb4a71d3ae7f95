/** National TOMs answers: a measure by reference, or the measures on a subject. */
import type { TomsLookup, TomsMeasure } from '../policy/tomsCatalogue.js';
import { notice, suggest, type Answer } from './answer.js';
import { quotation, type Passage } from './passages.js';

const wording = (m: TomsMeasure) => m.measure ?? '(the wording of this measure is not legible in the source document)';

/** `aspect`: what was asked of the measures ("which theme is NT19 under?"), which then leads. */
export function tomsByRef(toms: TomsLookup, source: string, refs: string[], aspect?: 'theme' | 'outcome'): Answer {
  const found = refs.map((r) => ({ ref: r, measure: toms.findByRef(r) }));
  const known = found.filter((f): f is { ref: string; measure: TomsMeasure } => f.measure !== undefined);
  const unknown = found.filter((f) => !f.measure).map((f) => f.ref);
  const unknownText =
    unknown.length > 0
      ? `${unknown.join(', ')} ${unknown.length > 1 ? 'are not TOMs measures' : 'is not a TOMs measure'} in the National TOMs list I hold (NT1 to NT75 and C19-1 to C19-20, not every number used). Check the reference.`
      : '';
  if (known.length === 0) return notice('Unknown TOMs reference', unknownText);
  const themeName = (id: string) => toms.themes().find((t) => t.id === id)?.name ?? id;
  return {
    kind: 'answer',
    title: `TOMs ${known.map((k) => k.ref).join(', ')}`,
    ...(aspect ? { headline: aspectLine(known.map((k) => k.measure), themeName, aspect), rule: headlineOf(known.map((k) => k.measure), themeName) } : { headline: headlineOf(known.map((k) => k.measure), themeName) }),
    facts: known.flatMap((k) => [
      { title: `${k.ref} theme`, value: themeName(k.measure.theme) },
      { title: `${k.ref} outcome`, value: k.measure.outcome },
    ]),
    sections: [],
    notes: unknownText ? [unknownText] : [],
    sources: [source],
    suggestions: [suggest('TOMs for care leavers')],
    moreLabel: 'Theme and outcome',
  };
}

/**
 * One line, so a notification names every measure asked. "NT4 and NT4a, what's the difference?": where
 * they share a theme and outcome, the line says so, and the difference is in their wording.
 */
function headlineOf(measures: TomsMeasure[], themeName: (id: string) => string): string {
  const said = measures.map((m) => `${m.ref}: ${wording(m)}`).join('; ');
  if (measures.length < 2) return said;
  const [first] = measures as [TomsMeasure];
  const shared = measures.every((m) => m.theme === first.theme && m.outcome === first.outcome);
  return shared ? `${said}. ${measures.length === 2 ? 'Both' : 'All'} are under the theme ${themeName(first.theme)}, outcome “${first.outcome}”.` : said;
}

/** "Which theme is NT19 under?": each measure's theme (or outcome), with the other beside it. */
function aspectLine(measures: TomsMeasure[], themeName: (id: string) => string, aspect: 'theme' | 'outcome'): string {
  const line = (m: TomsMeasure) =>
    aspect === 'theme' ? `${m.ref} is under the theme ${themeName(m.theme)} (outcome “${m.outcome}”).` : `${m.ref}'s outcome is “${m.outcome}” (theme ${themeName(m.theme)}).`;
  const [first] = measures as [TomsMeasure];
  const shared = measures.length > 1 && measures.every((m) => m.theme === first.theme && m.outcome === first.outcome);
  if (!shared) return measures.map(line).join(' ');
  const refs = `${measures.slice(0, -1).map((m) => m.ref).join(', ')} and ${measures[measures.length - 1]!.ref}`;
  const all = measures.length === 2 ? 'both' : 'all';
  return aspect === 'theme' ? `${refs} are ${all} under the theme ${themeName(first.theme)} (outcome “${first.outcome}”).` : `${refs} ${all} have the outcome “${first.outcome}” (theme ${themeName(first.theme)}).`;
}

/**
 * "What's the proxy value for NT10?": the measure is in the documents, what was asked of it is not.
 * That comes first, then the measure, and the nearest the documents come to it.
 */
export function tomsNotGiven(answer: Answer, about: string, refs: string[], nearby?: Passage): Answer {
  if (answer.kind !== 'answer') return answer;
  return {
    ...answer,
    headline: `The documents do not give ${about} for ${refs.join(', ')}. What they do give: ${answer.headline}`,
    ...(nearby ? { rule: `Nearest they come: “${quotation(nearby)}”`, sources: [...answer.sources, nearby.citation] } : {}),
  };
}

/**
 * `closest`: the first measures, whose own wording says what was typed (`phrase`: "car miles"), lead
 * by name; the others the subject matched follow.
 */
export function tomsBySubject(source: string, measures: TomsMeasure[], note?: string, closest?: { count: number; phrase: string }): Answer {
  const shown = measures.slice(0, 8);
  const more = measures.length > shown.length ? ` (${measures.length - shown.length} more: ask for a reference to see it)` : '';
  const [first, ...rest] = shown as [TomsMeasure, ...TomsMeasure[]];
  // The references in the first line, so a notification names the measures, not only how many.
  const refs = shown.length > 1 ? `: ${shown.map((m) => m.ref).join(', ')}` : '';
  const matching = `${shown.length === 1 ? 'This National TOMs measure matches' : `${shown.length} National TOMs measures match`} your question${refs}${more}`;
  const named = closest ? shown.slice(0, closest.count) : [];
  const headline =
    named.length > 0
      ? `${named.length === 1 ? 'The measure' : `The ${named.length} measures`} on “${closest!.phrase}”: ${named.map((m) => `${m.ref}, ${wording(m)}`).join('; ')}. ${matching}.`
      : `${matching}. The first: ${first.ref}, ${wording(first)}`;
  return {
    kind: 'answer',
    title: 'National TOMs measures',
    headline,
    facts: [first, ...rest].map((m) => ({ title: m.ref, value: wording(m) })),
    sections: [],
    notes: note ? [note] : [],
    sources: [source],
    suggestions: shown.slice(0, 2).map((m) => suggest(`What is ${m.ref}?`)),
    moreLabel: 'Every matching measure',
    toms: shown.map((m) => m.ref),
  };
}

export function tomsThemes(toms: TomsLookup, source: string): Answer {
  const themes = toms.themes();
  return {
    kind: 'answer',
    title: 'National TOMs themes',
    headline: `The National TOMs have ${themes.length} themes: ${themes.map((t) => t.name).join('; ')}.`,
    facts: [],
    sections: [],
    notes: [],
    sources: [source],
    suggestions: [suggest('TOMs for care leavers')],
  };
}

/** The TOMs measures on the question's subject, when there are few enough to be an answer. */
export function measuresFor(toms: TomsLookup, source: string, text: string, fallback: boolean): Answer | undefined {
  const found = toms.findBySubject(text, { fallback });
  if (found.length === 0 || found.length > 20) return undefined;
  // "helping vulnerable people live independently": of the measures on the subject, those whose wording
  // or outcome says more of the words typed come first (NT27: "… helped to live independently").
  const typedWords = [...new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? [])].filter((w) => !ASKING.has(w)).map((w) => new RegExp(`\\b${w.slice(0, Math.max(4, w.length - 3))}`));
  const saysOf = (m: TomsMeasure) => typedWords.filter((re) => re.test(`${wording(m)} ${m.outcome}`.toLowerCase())).length;
  const measures = found.map((m, i) => ({ m, i, n: saysOf(m) })).sort((a, b) => b.n - a.n || a.i - b.i).map((x) => x.m);
  // "which TOMs measures cover car miles?": the subject matches every travel and emissions measure;
  // those whose own wording says every word typed that any of them says (two at least: one word is
  // the subject the catalogue ranks by) lead, by name.
  const typed = [...new Set(text.toLowerCase().match(/[a-z0-9]{3,}/g) ?? [])].filter((w) => !ASKING.has(w));
  // Each measure's wording and each word's pattern made once: every pair is tested, some twice.
  const texts = new Map(measures.map((m) => [m, wording(m).toLowerCase()]));
  const starts = new Map(typed.map((w) => [w, new RegExp(`\\b${w}`)]));
  const says = (m: TomsMeasure, w: string) => starts.get(w)!.test(texts.get(m)!);
  const used = typed.filter((w) => measures.some((m) => says(m, w)));
  const all = used.length >= 2 ? measures.filter((m) => used.every((w) => says(m, w))) : [];
  if (all.length === 0 || all.length === measures.length) return tomsBySubject(source, measures);
  const ordered = [...all, ...measures.filter((m) => !all.includes(m))];
  return tomsBySubject(source, ordered, undefined, { count: Math.min(all.length, 8), phrase: used.join(' ') });
}

/** Words that ask for measures rather than say what they are of. */
const ASKING = new Set(['which', 'what', 'toms', 'tom', 'measure', 'measures', 'national', 'cover', 'covers', 'the', 'for', 'are', 'there', 'any', 'does', 'that', 'count', 'counts', 'about', 'relate', 'and']);
