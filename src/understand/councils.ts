/**
 * Which councils a message names: by the names and short forms in the policy packs, a misspelt one
 * offered back ("Stokport" -> Stockport) and one the assistant does not cover ("Salford") named as such.
 */
import { distance } from 'fastest-levenshtein';
import { escapeRegExp } from '../text/regex.js';
import type { Vocabulary } from './vocabulary.js';

export interface CouncilNames {
  id: string;
  name: string;
  shortName: string;
  aliases: readonly string[];
}

export interface CouncilMention {
  /** councils named exactly, in the order they appear */
  ids: string[];
  /** a word that is close to a covered council's name but not it */
  misspelt?: { typed: string; id: string };
  /** a council that is named but not covered, as the officer wrote it */
  uncovered?: string;
}

export interface CouncilFinder {
  find(text: string): CouncilMention;
  /** the text with every covered council's name removed (for reading the rest of a message) */
  strip(text: string): string;
}

const normalise = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'");

/** How far a typed word may be from a name and still be offered back: one slip in a short word, two in a long one. */
function closeEnough(typed: string, name: string): boolean {
  if (typed === name || typed[0] !== name[0]) return false;
  const limit = name.length >= 16 ? 3 : name.length >= 8 ? 2 : name.length >= 5 ? 1 : 0;
  return limit > 0 && distance(typed, name) <= limit;
}

/** A word that is the start of a long name, cut at no less than six tenths of it ("traffo", "stockp"). */
function cutShort(typed: string, name: string): boolean {
  return typed.length < name.length && name.startsWith(typed) && typed.length >= 0.6 * name.length;
}

export function councilFinder(councils: readonly CouncilNames[], vocabulary: Vocabulary): CouncilFinder {
  const entries = councils
    .flatMap((c) =>
      [...new Set([...c.aliases.map(normalise), normalise(c.shortName), normalise(c.name), c.id.replace(/-/g, ' ')])].map((alias) => ({
        id: c.id,
        alias,
        // "stockports priority cohorts", "cwac's rules": the possessive, with or without its apostrophe.
        re: new RegExp(`(?<![a-z0-9])${escapeRegExp(alias)}(?:'?s)?(?![a-z0-9])`, 'g'),
      })),
    )
    // Longest first, so "cheshire west and chester" wins over "cheshire west".
    .sort((a, b) => b.alias.length - a.alias.length);
  // Names of one to four words to compare a misspelling against ("stockport", "cheshire west", and
  // "cheshire west and chester" whole, so "chesire west and chesterr" is offered back in full).
  const fuzzyNames = entries
    .map((e) => ({ ...e, words: e.alias.split(' '), letters: e.alias.replace(/ /g, '') }))
    .filter((e) => /^[a-z]+(?: [a-z]+){0,3}$/.test(e.alias) && e.letters.length >= 5);
  const knownWords = new Set(entries.flatMap((e) => e.alias.split(/[^a-z&]+/)).filter(Boolean));
  // One-word names long enough that a cut-short form is still plainly them ("stockp", not "stock").
  const longNames = entries.filter((e) => /^[a-z]{8,}$/.test(e.alias));
  const qualifier = new RegExp(`(?<![a-z])(?:${vocabulary.councilQualifiers.source})`, 'g');
  const isQualifier = new RegExp(`^(?:${vocabulary.councilQualifiers.source})$`);

  /** A capitalised name just before "Council", "MBC" … that is no word of the vocabulary's ("the Council" is not a place). */
  function namedCouncil(original: string, rest: string): string | undefined {
    for (const m of rest.matchAll(qualifier)) {
      const before = /(?:^|[^A-Za-z'])((?:[A-Z][a-z]+ )?[A-Z][a-z]+) $/.exec(original.slice(0, m.index));
      if (!before) continue;
      const name = before[1]!;
      const plain = name.toLowerCase().split(' ');
      if (plain.some((w) => vocabulary.stopwords.has(w) || knownWords.has(w) || isQualifier.test(w))) continue;
      return name;
    }
    return undefined;
  }
  const others = vocabulary.otherCouncils
    // "Greater Manchester" is a region, not Manchester City Council.
    .map((name) => ({ name, re: new RegExp(`(?<![a-z0-9])(?<!greater )${escapeRegExp(normalise(name))}(?:'?s)?(?![a-z0-9])`) }))
    .sort((a, b) => b.name.length - a.name.length);
  // Names of two words or more, covered or not, that officers cut short word by word ("cheshire w").
  const multiWord: { words: string[]; id?: string; other?: string }[] = [
    ...entries.map((e) => ({ words: e.alias.split(' '), id: e.id })),
    ...vocabulary.otherCouncils.map((name) => ({ words: normalise(name).split(' '), other: name })),
  ].filter((n) => n.words.length >= 2 && n.words.every((w) => /^[a-z]+$/.test(w)));

  /**
   * "cheshire w", "ches w", "cheshire": the words of a longer name, each its start, the first four
   * letters at least (or a covered name's first word whole, of six letters at least, alone). The longest such
   * reading wins, a covered council on a tie: "cheshire e" is Cheshire East, "cheshire" alone is
   * offered back as Cheshire West and Chester.
   */
  function cutShortName(rest: string, words: readonly RegExpExecArray[]): { start: number; end: number; id?: string; other?: string } | undefined {
    let best: { start: number; end: number; k: number; words: string[]; id?: string; other?: string } | undefined;
    for (let i = 0; i < words.length; i++) {
      const first = words[i]![0];
      if (first.length < 4 || vocabulary.stopwords.has(first)) continue;
      for (const n of multiWord) {
        let k = 0;
        while (k < n.words.length && i + k < words.length && n.words[k]!.startsWith(words[i + k]![0])) {
          const prev = words[i + k - 1];
          if (k > 0 && !/^ +$/.test(rest.slice(prev!.index + prev![0].length, words[i + k]!.index))) break;
          k++;
        }
        // A first word alone only for a covered council: "Manchester" alone is already a council not covered.
        if (k === 0 || (k === 1 && (!n.id || first !== n.words[0] || first.length < 6))) continue;
        const last = words[i + k - 1]!;
        if (!best || k > best.k || (k === best.k && n.id && !best.id)) best = { start: words[i]!.index, end: last.index + last[0].length, k, ...n };
      }
      if (best) return best;
    }
    return undefined;
  }

  function exact(lower: string): { ids: string[]; spans: [number, number][] } {
    const hits: { id: string; index: number }[] = [];
    const spans: [number, number][] = [];
    for (const e of entries) {
      for (const m of lower.matchAll(e.re)) {
        const end = m.index + m[0].length;
        if (spans.some(([s, f]) => m.index < f && end > s)) continue;
        spans.push([m.index, end]);
        if (!hits.some((h) => h.id === e.id)) hits.push({ id: e.id, index: m.index });
      }
    }
    return { ids: hits.sort((a, b) => a.index - b.index).map((h) => h.id), spans };
  }

  return {
    find(text) {
      const lower = normalise(text);
      const { ids, spans } = exact(lower);
      if (ids.length > 0) return { ids };
      const rest = spans.reduceRight((s, [a, b]) => s.slice(0, a) + ' '.repeat(b - a) + s.slice(b), lower);
      // A council not covered wins over a near miss: "Salford" is not a misspelt Stockport.
      for (const o of others) {
        const m = o.re.exec(rest);
        if (m) {
          // "Cheshire East" is not covered, but "Cheshire West" is; "Manchester" inside "Cheshire West and Chester" is not a mention.
          return { ids, uncovered: o.name };
        }
      }
      const words = [...rest.matchAll(/[a-z]+/g)];
      // "stockp", "traffo": a long name cut short is that council, offered back as a near miss is.
      for (const w of words) {
        const cut = longNames.find((e) => !knownWords.has(w[0]) && !vocabulary.stopwords.has(w[0]) && cutShort(w[0], e.alias));
        if (cut) return { ids, misspelt: { typed: text.slice(w.index, w.index + w[0].length), id: cut.id } };
      }
      for (let i = 0; i < words.length; i++) {
        for (const e of fuzzyNames) {
          const run = words.slice(i, i + e.words.length);
          if (run.length < e.words.length || (run.length === 1 && knownWords.has(run[0]![0]))) continue;
          if (closeEnough(run.map((w) => w[0]).join(''), e.letters)) {
            const last = run[run.length - 1]!;
            return { ids, misspelt: { typed: text.slice(words[i]!.index, last.index + last[0].length), id: e.id } };
          }
        }
      }
      const short = cutShortName(rest, words);
      if (short?.other) return { ids, uncovered: short.other };
      if (short?.id) return { ids, misspelt: { typed: text.slice(short.start, short.end), id: short.id } };
      // "Bexley Council weighting": a place named as a council, though not one the vocabulary lists,
      // is not covered; it never silently becomes the officer's default council.
      const named = namedCouncil(text, rest);
      return named ? { ids, uncovered: named } : { ids };
    },
    strip(text) {
      let out = normalise(text);
      for (const e of entries) out = out.replace(e.re, ' ');
      return out;
    },
  };
}
