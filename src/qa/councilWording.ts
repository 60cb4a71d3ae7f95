/**
 * A question put in the words a council's documents use: "case studies" is "examples" in Trafford's
 * report, which never says "case studies", so asked of Trafford the question is searched for "examples".
 */
import type { Shelf } from './shelf.js';

/** A phrase in the singular or the plural ("case study", "case studies"), compiled once. */
const phrases = new Map<string, RegExp>();
function phrase(p: string): RegExp {
  let re = phrases.get(p);
  if (!re) {
    re = new RegExp(`\\b${p.split(/\s+/).map((w) => `${w.replace(/(ies|es|s|y)$/, '').replace(/[^a-z-]/g, '')}(?:e|y|ies|es|s)?`).join('\\s+')}\\b`, 'i');
    phrases.set(p, re);
  }
  return re;
}

/**
 * Each council's answer to "do its documents use this phrase?", worked out once per shelf: the
 * documents do not change, and each answer is a search of a council's whole text.
 */
const usesByShelf = new WeakMap<Shelf, { texts: Map<string, string>; uses: Map<string, boolean> }>();

function councilUses(shelf: Shelf, council: string, p: string): boolean {
  let known = usesByShelf.get(shelf);
  if (!known) {
    const texts = new Map<string, string>();
    for (const doc of shelf.library.sources.documents.values()) {
      const text = doc.sections.flatMap((s) => [s.heading, ...s.paragraphs]).join(' ').toLowerCase();
      texts.set(doc.council, `${texts.get(doc.council) ?? ''} ${text}`);
    }
    known = { texts, uses: new Map() };
    usesByShelf.set(shelf, known);
  }
  const key = `${council}\n${p}`;
  let uses = known.uses.get(key);
  if (uses === undefined) {
    uses = phrase(p).test(known.texts.get(council) ?? '');
    known.uses.set(key, uses);
  }
  return uses;
}

/** `text` with each phrase the council's documents never use swapped for one of the same meaning they do use. */
export function inCouncilWords(shelf: Shelf, text: string, council: string): string {
  let out = text;
  for (const group of shelf.vocabulary.phraseSynonyms) {
    const typed = group.find((p) => phrase(p).test(out));
    if (!typed || councilUses(shelf, council, typed)) continue;
    const used = group.find((p) => p !== typed && councilUses(shelf, council, p));
    if (used) out = out.replace(phrase(typed), used);
  }
  return out;
}
