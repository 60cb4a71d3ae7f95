/**
 * Reads amounts written in words ("seventy thousand pounds", "two hundred and fifty thousand",
 * "half a million", "1.2 million" is handled by the numeric reader).
 */
const UNITS: Record<string, number> = {
  zero: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
// "half a mil", "half a mill": how officers shorten a million in words.
const SCALES: Record<string, number> = { thousand: 1e3, grand: 1e3, k: 1e3, million: 1e6, mil: 1e6, mill: 1e6, m: 1e6, billion: 1e9, bn: 1e9 };
const FRACTIONS: Record<string, number> = { half: 0.5, quarter: 0.25 };

export interface WordAmount {
  value: number;
  start: number;
  end: number;
  /** a scale word (thousand, million) was present, so this is clearly an amount, not "one" in passing */
  scaled: boolean;
  /** "pounds" or "quid" followed */
  pounds: boolean;
}

const WORD = /[a-z]+(?:-[a-z]+)?/g;

/** Finds runs of number words. Returns amounts in the order they appear. */
export function findWordAmounts(text: string): WordAmount[] {
  const lower = text.toLowerCase();
  const tokens: { word: string; start: number; end: number }[] = [];
  for (const m of lower.matchAll(WORD)) {
    // Anything but spaces between two words ends a run: "a 2.5 million" must not read as "a million".
    const prev = tokens[tokens.length - 1];
    if (prev && /\S/.test(lower.slice(prev.end, m.index))) tokens.push({ word: '', start: prev.end, end: prev.end });
    tokens.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  const found: WordAmount[] = [];
  let i = 0;
  while (i < tokens.length) {
    const run = readRun(tokens, i);
    if (!run) {
      i += 1;
      continue;
    }
    const next = tokens[run.next];
    const pounds = next !== undefined && (next.word === 'pounds' || next.word === 'pound' || next.word === 'quid');
    found.push({ value: run.value, start: tokens[i]!.start, end: (pounds ? next : tokens[run.next - 1])!.end, scaled: run.scaled, pounds });
    i = run.next + (pounds ? 1 : 0);
  }
  return found.filter((f) => f.scaled || f.pounds);
}

function splitHyphen(word: string): string[] {
  return word.includes('-') ? word.split('-') : [word];
}

function readRun(tokens: { word: string }[], from: number): { value: number; next: number; scaled: boolean } | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  let scaled = false;
  let i = from;
  // "half a million", "a quarter of a million"
  const first = tokens[i]?.word;
  const second = tokens[i + 1]?.word;
  const fractionWord = first && FRACTIONS[first] !== undefined ? first : first === 'a' && second && FRACTIONS[second] !== undefined ? second : undefined;
  if (fractionWord) {
    let j = first === fractionWord ? i + 1 : i + 2;
    if (tokens[j]?.word === 'of') j += 1;
    if (tokens[j]?.word === 'a' || tokens[j]?.word === 'an') j += 1;
    const scale = tokens[j] && SCALES[tokens[j]!.word];
    if (scale && scale >= 1e6) return { value: FRACTIONS[fractionWord]! * scale, next: j + 1, scaled: true };
    return undefined;
  }
  for (; i < tokens.length; i += 1) {
    const word = tokens[i]!.word;
    if (word === 'and' && seen && i + 1 < tokens.length && isNumberWord(tokens[i + 1]!.word)) continue;
    const parts = splitHyphen(word);
    if (parts.every((p) => UNITS[p] !== undefined && !(p === 'a' || p === 'an') || (parts.length === 1 && (p === 'a' || p === 'an') && !seen && isScaleWord(tokens[i + 1]?.word ?? '')))) {
      for (const p of parts) current += UNITS[p]!;
      seen = true;
      continue;
    }
    if (word === 'hundred' && seen) {
      current = (current || 1) * 100;
      continue;
    }
    const scale = SCALES[word];
    if (scale && seen && word !== 'k' && word !== 'm' && word !== 'bn') {
      total += (current || 1) * scale;
      current = 0;
      scaled = true;
      continue;
    }
    break;
  }
  if (!seen) return undefined;
  return { value: total + current, next: i, scaled };
}

/** "a" counts as one only before a scale ("a hundred", "a million"): "a twenty thousand pound contract" is £20,000. */
function isScaleWord(word: string): boolean {
  return word === 'hundred' || word in SCALES;
}

function isNumberWord(word: string): boolean {
  return splitHyphen(word).every((p) => UNITS[p] !== undefined) || word === 'hundred' || word in SCALES;
}

/**
 * A percentage written in words read as digits ("ten percent" -> "10 percent", "twenty-five per cent"
 * -> "25 per cent"), so a weighting typed either way is judged the same.
 */
export function percentWordsAsDigits(text: string): string {
  return text.replace(/((?:\b[a-z]+(?:-[a-z]+)?\s+){1,4})(%|per ?cent\b|percent\b)/gi, (whole, before: string, sign: string) => {
    const words = before.trim().split(/\s+/);
    for (let start = 0; start < words.length; start++) {
      const tokens = words.slice(start).map((word) => ({ word: word.toLowerCase() }));
      const run = readRun(tokens, 0);
      if (run && run.next === tokens.length && !run.scaled) return `${[...words.slice(0, start), String(run.value)].join(' ')} ${sign}`;
    }
    return whole;
  });
}
