/**
 * A question put in the words a council's documents use: "case studies" is "examples" in Trafford's
 * report, which never says "case studies", so asked of Trafford the question is searched for "examples".
 */
import type { Shelf } from './shelf.js';

/** Each council's documents as one lower-cased text, worked out once per shelf. */
const texts = new WeakMap<Shelf, Map<string, string>>();

function councilText(shelf: Shelf, council: string): string {
  let byCouncil = texts.get(shelf);
  if (!byCouncil) {
    byCouncil = new Map();
    for (const doc of shelf.library.sources.documents.values()) {
      const text = doc.sections.flatMap((s) => [s.heading, ...s.paragraphs]).join(' ').toLowerCase();
      byCouncil.set(doc.council, `${byCouncil.get(doc.council) ?? ''} ${text}`);
    }
    texts.set(shelf, byCouncil);
  }
  return byCouncil.get(council) ?? '';
}

/** A phrase in the singular or the plural ("case study", "case studies"). */
const phrase = (p: string) =>
  new RegExp(`\\b${p.split(/\s+/).map((w) => `${w.replace(/(ies|es|s|y)$/, '').replace(/[^a-z-]/g, '')}(?:e|y|ies|es|s)?`).join('\\s+')}\\b`, 'i');

/** `text` with each phrase the council's documents never use swapped for one of the same meaning they do use. */
export function inCouncilWords(shelf: Shelf, text: string, council: string): string {
  const theirs = councilText(shelf, council);
  let out = text;
  for (const group of shelf.vocabulary.phraseSynonyms) {
    const typed = group.find((p) => phrase(p).test(out));
    if (!typed || phrase(typed).test(theirs)) continue;
    const used = group.find((p) => p !== typed && phrase(p).test(theirs));
    if (used) out = out.replace(phrase(typed), used);
  }
  return out;
}
