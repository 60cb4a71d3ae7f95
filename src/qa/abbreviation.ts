/**
 * "What does TOMs stand for?": the documents' own spelling out of an abbreviation ("National TOMs
 * (Themes, Outcomes & Measures) Framework", "Corporate, Resource Management and Governance (CRMG)"),
 * quoted with its source; where they use it only as a name ("STAR Procurement"), that they do not
 * spell it out, with a sentence that uses it.
 */
import { escapeRegExp } from '../text/regex.js';
import type { Answer } from './answer.js';
import type { Passage } from './passages.js';
import type { Shelf } from './shelf.js';

/** Words an abbreviation leaves out ("Chartered Institute of Purchase and Supply": CIPS). */
const LEFT_OUT = new Set(['and', '&', 'of', 'the', 'for', 'on', 'in', 'to', 'a']);

/** The letters in order, or sorted where a name is abbreviated in its own order ("Voluntary, Community, Faith, and Social Enterprise (VCSFE)"). */
const sorted = (letters: string) => [...letters].sort().join('');

/**
 * Whether the words' initials spell the abbreviation, a plural "s" of its own aside ("TOMs": Themes,
 * Outcomes, Measures); `anyOrder`, in another order.
 */
function spells(words: readonly string[], letters: string, anyOrder = false): boolean {
  const initials = words.filter((w) => !LEFT_OUT.has(w.toLowerCase())).map((w) => w[0]!.toLowerCase()).join('');
  const plural = letters.endsWith('s') ? letters.slice(0, -1) : letters;
  return initials.length >= 2 && [letters, plural].some((l) => (anyOrder ? sorted(initials) === sorted(l) : initials === l));
}

/** The spelling out in one sentence, as written: "ABBR (Spelled Out)" or "Spelled Out (ABBR)". */
export function spelledOutIn(sentence: string, abbreviation: string): { expansion: string; written: string } | undefined {
  const letters = abbreviation.toLowerCase().replace(/[^a-z]/g, '');
  const name = escapeRegExp(abbreviation);
  const after = new RegExp(`(?<![A-Za-z])(${name})\\s*\\(([^()]{3,120})\\)`, 'i').exec(sentence);
  if (after && spells(after[2]!.split(/[\s,]+/).filter(Boolean), letters)) return { expansion: after[2]!.trim(), written: after[1]! };
  // "Procurement Policy Note (PPN05/21)": the note's number after the letters.
  const before = new RegExp(`([^()]{3,160}?)\\s*\\((${name})[\\d/ .]*\\)`, 'i').exec(sentence);
  if (!before) return undefined;
  const text = before[1]!;
  const words = [...text.matchAll(/[^\s,]+/g)];
  // The fewest words before the bracket that spell it, from a capital: "the existing Themes, Outcomes and
  // Measures (TOMS)"; a word or two may stand between ("… Purchase and Supply Corporate (CIPS)", "… Enterprise sector (VCSFE)").
  // In the abbreviation's order first: "Institute of Purchase and Supply Corporate" spells CIPS only out of order.
  for (const anyOrder of [false, true]) {
    for (let skip = 0; skip <= 2; skip++) {
      for (let n = 2; n <= Math.min(words.length - skip, 12); n++) {
        const run = words.slice(words.length - skip - n, words.length - skip);
        if (/^[A-Z]/.test(run[0]![0]) && spells(run.map((w) => w[0]), letters, anyOrder)) {
          const last = run[run.length - 1]!;
          return { expansion: text.slice(run[0]!.index, last.index + last[0].length), written: before[2]! };
        }
      }
    }
  }
  return undefined;
}

/** `council`: the council asked of or in play, whose documents are looked at first. */
export function spelledOut(shelf: Shelf, abbreviation: string, council: string | undefined): Answer {
  // "what does VCFSE stand for?": the documents write "(VCSFE)"; the vocabulary's words for the same thing
  // are tried after the one typed.
  const typed = abbreviation.toLowerCase();
  const same = (shelf.vocabulary.synonyms.find((g) => g.includes(typed)) ?? []).filter((w) => w !== typed);
  for (const letters of [abbreviation, ...same]) {
    const spelt = spelledOutOf(shelf, letters, council);
    if (spelt) return spelt;
  }
  return usedAsName(shelf, abbreviation, council);
}

function spelledOutOf(shelf: Shelf, abbreviation: string, council: string | undefined): Answer | undefined {
  const bracketed = shelf.passages.sentencesMatching(new RegExp(`\\(\\s*${escapeRegExp(abbreviation)}[\\d/ .]*\\)|(?<![A-Za-z])${escapeRegExp(abbreviation)}\\s*\\(`, 'i'), undefined);
  const found = bracketed.flatMap((p) => {
    const spelt = spelledOutIn(p.quote, abbreviation);
    return spelt ? [{ p, ...spelt }] : [];
  });
  const best = found.find((f) => f.p.council === council) ?? found[0];
  if (best) {
    return {
      kind: 'answer',
      title: `What ${best.written} stands for`,
      headline: `${best.written} stands for ${best.expansion}.`,
      rule: `“${best.p.quote}”`,
      sources: [best.p.citation],
      facts: [],
      sections: [],
      notes: [],
      suggestions: [],
    };
  }
  return undefined;
}

/** Where the documents use it only as a name ("STAR Procurement"), or not at all: said so. */
function usedAsName(shelf: Shelf, abbreviation: string, council: string | undefined): Answer {
  const first = (ps: Passage[]) => ps.find((p) => p.council === council) ?? ps[0];
  const used = first(shelf.passages.sentencesMatching(new RegExp(`(?<![A-Za-z])${escapeRegExp(abbreviation)}(?![A-Za-z])`, 'i'), undefined));
  const written = used ? (new RegExp(`(?<![A-Za-z])${escapeRegExp(abbreviation)}(?![A-Za-z])`, 'i').exec(used.quote)?.[0] ?? abbreviation) : abbreviation.toUpperCase();
  return {
    kind: 'answer',
    title: `What ${written} stands for`,
    headline: used
      ? `The documents do not spell out ${written}; they use it as a name.`
      : `The documents do not use ${written}, so they do not say what it stands for.`,
    ...(used ? { rule: `“${used.quote}”`, sources: [used.citation] } : { sources: [] }),
    facts: [],
    sections: [],
    notes: [],
    suggestions: [],
  };
}
