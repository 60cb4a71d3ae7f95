/**
 * Finds the contract value in an officer's message, in the forms people type:
 * £75k, 75,000, 75000.50, £1.2m, 2.5 million, 75 grand, "seventy thousand pounds".
 * Numbers that are not money (10%, NT18, C19-5, 30 days, 2021/22, aged 16-25) are left alone.
 */
import { findWordAmounts } from './numberWords.js';

export type MoneyReading =
  | { kind: 'amount'; value: number; text: string }
  | { kind: 'invalid'; value: number; text: string; problem: 'negative' | 'zero' | 'too-large' };

/** Larger than any single council contract could plausibly be; a typo rather than a contract. */
export const ABSURD_VALUE = 10_000_000_000;

const MULTIPLIERS: Record<string, number> = {
  k: 1e3, thousand: 1e3, grand: 1e3,
  m: 1e6, mn: 1e6, mil: 1e6, million: 1e6, millions: 1e6,
  bn: 1e9, b: 1e9, billion: 1e9,
};

/** What a multiplier word stands for ("k" 1,000, "m" 1,000,000), 1 for none or one not known. */
export function multiplierOf(word: string | undefined): number {
  return (word && MULTIPLIERS[word.toLowerCase()]) || 1;
}

// Not an amount: a number followed by a unit of time or a percentage ("30 days", "15%"), or run into
// letters and digits ("3x4", "nt10"); nor "£75 000", a number split by a space. A number after the
// amount's multiplier is the next thing said: "£1.2m 5 year framework" is £1.2m.
const NUMERIC =
  /(?<![\w.,£−–-])(?<sign>(?:minus|negative)\s+|[-−–](?=£|\d))?(?<pound>£\s*)?(?<sign2>(?<=£\s*)[-−–]\s*)?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d|,\d)(?:\s*(?<mult>k|thousand|grand|mn|mil|millions?|m|bn|billion|b)(?![a-z]))?(?<after>\s*(?:pounds?|quid|gbp)\b)?(?!\s*(?:%|per\s*cent|percent|pc\b|days?|weeks?|months?|years?|yrs?|hours?|hrs?)|[a-z]*\d|(?<=\d)\s\d{3}(?![\d,]))/gi;

const RATIO_BASE = /\b(?:per|every)\s*$/i;

function isYearLike(num: string, n: number): boolean {
  return /^\d{4}$/.test(num) && n >= 1900 && n <= 2100;
}

/** The bodies whose standards are named by number ("ISO 14001", "ISO/IEC 27001", "BS EN 15804", "PAS 2060"). */
const STANDARD_BEFORE = /\b(?:iso|iec|bs|en|pas|din|ansi)(?:\s*[/:-]\s*[a-z]+)?\s*(?:en\s+)?[:-]?\s*$/i;

export function findMoney(text: string): MoneyReading | undefined {
  return findAllMoney(text)[0];
}

/** Every amount in the message, in the order written ("the weighting for 30k, and for 300k"). */
export function findAllMoney(text: string): MoneyReading[] {
  const readings: { index: number; reading: MoneyReading }[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const g = m.groups ?? {};
    const num = g.num!;
    const base = Number(num.replace(/,/g, ''));
    const mult = multiplierOf(g.mult);
    const explicit = Boolean(g.pound || g.mult || g.after);
    // A bare number counts as money only when it looks like one: thousands with commas, or four or more
    // digits that are not a year ("a 75000 contract" yes, "in 2023" no, "30 days" no).
    if (!explicit && !(num.includes(',') || (base >= 1000 && !isYearLike(num, base)))) continue;
    // Nor is a standard's number: "ISO 14001", "BS 8555", "PAS 2060".
    if (!explicit && STANDARD_BEFORE.test(text.slice(0, m.index))) continue;
    // The base of a ratio is not an amount the message is about: "53p per £1", "for every £1 spent".
    if (RATIO_BASE.test(text.slice(0, m.index))) continue;
    const value = Math.round(base * mult * 100) / 100;
    const negative = Boolean(g.sign || g.sign2);
    readings.push({ index: m.index, reading: classify(negative ? -value : value, m[0].trim()) });
  }
  for (const w of findWordAmounts(text)) {
    const negative = /(?:minus|negative)\s*$/i.test(text.slice(0, w.start));
    readings.push({ index: w.start, reading: classify(negative ? -w.value : w.value, text.slice(w.start, w.end)) });
  }
  readings.sort((a, b) => a.index - b.index);
  return readings.map((r) => r.reading);
}

function classify(value: number, text: string): MoneyReading {
  if (value < 0) return { kind: 'invalid', value, text, problem: 'negative' };
  if (value === 0) return { kind: 'invalid', value, text, problem: 'zero' };
  if (value > ABSURD_VALUE) return { kind: 'invalid', value, text, problem: 'too-large' };
  return { kind: 'amount', value, text };
}

/**
 * A field that holds one amount and nothing else ("120000", "£120,000.50", "120k", "£1.2m",
 * "2 million", "seventy thousand pounds"): its reading, or undefined when the text is not exactly
 * one amount. In a money field a bare number is money whatever its size ("500" is £500).
 */
export function readAmount(text: string): MoneyReading | undefined {
  const trimmed = text.trim();
  const candidate = trimmed.replace(/^([-−–]?)\s*(?=[\d.,]+$)/, '$1£');
  const readings = findAllMoney(candidate);
  if (readings.length !== 1) return undefined;
  const reading = readings[0]!;
  const rest = candidate.replace(reading.text, '');
  return /^\s*(?:£|pounds?|gbp)?\s*$/i.test(rest) ? reading : undefined;
}

/** Formats pounds the way UK officers write them: £75,000, £100,000.01, £1,200,000. */
export function formatPounds(value: number): string {
  const pence = Math.round(value * 100);
  const whole = Math.trunc(pence / 100);
  const rest = Math.abs(pence % 100);
  const sign = pence < 0 ? '-' : '';
  const body = Math.abs(whole).toLocaleString('en-GB');
  return `${sign}£${body}${rest ? `.${String(rest).padStart(2, '0')}` : ''}`;
}
