/**
 * The contract value a message gives, as the policies mean it: the total agreement value including
 * extensions. "£25k pa for 4 years plus a 1-year extension" is £125,000 over 5 years; "£8k a month for
 * 2 years" is £192,000. Exact arithmetic in pence; the reading says how it was worked out.
 */
import { findAllMoney, findMoney, multiplierOf, type MoneyReading } from '../text/money.js';

export interface ValueBasis {
  /** the amount per period as typed */
  rate: number;
  per: 'year' | 'quarter' | 'month' | 'week';
  /** the term in months, extensions included; undefined when the message gives none */
  months?: number;
  /** the part of `months` that is an extension or option to extend */
  extensionMonths?: number;
}

export type ContractValueReading = MoneyReading & {
  basis?: ValueBasis;
  /** "£100k plus a £50k extension": the amounts that make the total */
  sum?: { base: number; extension: number };
  /** "3 separate yearly contracts of 40k each": how many contracts, each of the value read */
  separate?: number;
};

/** "£100k plus £50k extension", "£100k + a £50k extension option". */
const PLUS_EXTENSION = /^\s*(?:plus|\+|and|with)\s+(?:an?\s+|the\s+)?(?:optional\s+|possible\s+)?(?:further\s+)?$/i;
const EXTENSION_WORD = /^\s*(?:for\s+(?:the|an?)\s+)?(?:optional\s+)?(?:extensions?|extension\s+option)\b/i;

const SMALL: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, eighteen: 18, 'twenty-four': 24 };
const N = String.raw`(\d{1,2}(?:\.\d)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty-four)`;
const count = (word: string) => SMALL[word.toLowerCase()] ?? Number(word);

/** "3 separate yearly contracts of", "two lots at": several contracts, the amount after it each one's value. */
const CONTRACTS_OF = new RegExp(String.raw`\b${N}\s+(?:[a-z]+\s+){0,2}(?:contracts|lots|agreements)\s+(?:of|at|worth|for|valued at)\s*$`, 'i');

const PER_YEAR = /^\s*(?:each\b(?!\s+(?:month|quarter))|(?:a|per|each|every)\s+(?:year|annum|yr)|\/\s?y(?:ea)?r\b|(?=\s*x\s*\d)|p\.?\s?a\.?(?![a-z])|per\s+annum|annual(?:ly)?|yearly|\/\s?(?:yr|year|annum)|pa(?![a-z]))/i;
const PER_QUARTER = /^\s*(?:(?:a|per|each|every)\s+quarter|quarterly)/i;
const PER_MONTH = /^\s*(?:(?:a|per|each|every)\s+month|p\.?c\.?m\.?(?![a-z])|monthly|\/\s?(?:month|mth))/i;
const PER_WEEK = /^\s*(?:(?:a|per|each|every)\s+(?:week|wk)|p\.?w\.?(?![a-z])|weekly|\/\s?(?:week|wk))/i;
const UNIT = String.raw`(years?|yrs?|months?)`;
/** "annual value around £15k", "monthly cost of £2,500", "yearly spend: 15k": the rate named before the amount. */
const RATE_BEFORE = /\b(annual|yearly|quarterly|monthly|weekly)\s+(?:contract\s+)?(?:value|cost|spend|price|budget|amount|charge|fee)\s*(?:(?:of|is|will be|would be|around|about|approx(?:imately)?\.?|roughly|circa|c\.|~|:|=|at)\s*)*$/i;
/** "3 yrs at £40k": a term, then the amount paid at over it, is a year's amount. */
const YEARS_AT = new RegExp(String.raw`\b${N}\s*(?:years?|yrs?)\s+at\s*$`, 'i');
const RATE_WORD: Readonly<Record<string, ValueBasis['per']>> = { annual: 'year', yearly: 'year', quarterly: 'quarter', monthly: 'month', weekly: 'week' };

/** The main term: "for 4 years", "over 3 years", "if it runs 3 years", "a 3-year contract", "3+1 years" (main plus extension). */
const TERM = new RegExp(String.raw`\b(?:for|over|across|lasting|of|(?:runs?|lasts?)(?:\s+for)?)\s+(?:a\s+(?:period|term)\s+of\s+)?${N}\s*${UNIT}|\b${N}[-\s]${UNIT.replace('years?', 'years?|year')}\s+(?:contract|term|agreement|deal|framework|call[- ]off)|\b${N}\s*${UNIT}\s+at\b|\bx\s*${N}\s*${UNIT}|\b${N}\s*\+\s*${N}(?:\s*${UNIT})?`, 'i');
/**
 * An extension: "plus a 1-year extension", "plus 1 year option", "with an option to extend 2 more years", "+1 year extension", "+ 2 optional".
 * "a 1 year extension" with no joining word ("if we add a 1 year extension?", "what if there's a 12 month ext") is one too: the
 * word "extension" says it is more of the term, not the term.
 */
const EXTENSION = new RegExp(
  String.raw`(?:(?:\bplus|\band|\bwith|\badd(?:s|ed|ing)?(?:\s+on)?|\+)\s*)?(?:\ban?\s+|\bthe\s+)?(?:(?<times>two|three|2|3)\s+(?:x\s*)?)?(?:optional\s+|possible\s+)?(?:further\s+)?(?<![a-z\d])${N}[-\s]?${UNIT}(?:'?s)?\s+(?:optional\s+)?(?:extensions?|ext\b\.?|options?\b(?:\s+to\s+extend)?)|(?:option|options|possibility)\s+to\s+extend\s+(?:for\s+|by\s+)?(?:a\s+further\s+|another\s+|up\s+to\s+|an?\s+(?:additional|extra)\s+)?${N}\s*(?:more\s+|further\s+|additional\s+)?${UNIT}?|extension\s+(?:of|for)\s+(?:up\s+to\s+)?(?:a\s+further\s+|another\s+)?${N}\s*${UNIT}|\bextend(?:ed|able)?\s+(?:for|by)\s+(?:a\s+further\s+|another\s+|up\s+to\s+)?${N}\s*(?:more\s+|further\s+)?${UNIT}|(?:\bplus|\band|\bwith|\+)\s*(?:up\s+to\s+)?(?:a\s+further\s+|another\s+|further\s+)?${N}\s*(?:more\s+|further\s+)?(?:${UNIT}\s+)?(?:optional|possible)\b(?:\s+(?:extra\s+|more\s+)?${UNIT})?` +
    // "for 3 yrs + 1", "3 years plus 2", "2yrs+1.": a bare number added to the term is more of it, in the term's unit.
    String.raw`|(?<=\b(?:years?|yrs?|months?)|\d(?:years?|yrs?))\s*(?:\+|plus)\s*(\d{1,2}|one|two|three|four|five)(?!\d|[,.]\d|\s*(?:k\b|m\b|%|£|-?\s*${UNIT}\s+(?:optional\s+)?(?:extensions?|ext\b|options?\b)))(?:\s*${UNIT}\b)?`,
  'i',
);

/** "4 years" with nothing before it: the term only where the message gives a rate. */
const BARE_TERM = new RegExp(String.raw`\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*(years?|yrs?)\b(?!\s+(?:old|ago|time))`, 'i');

const months = (n: number, unit: string) => (/^m/i.test(unit) ? n : n * 12);

/** "2 years + 1 + 1", "2+1+1 yrs": the main term, then two or more extensions added to it. */
const CHAIN = new RegExp(String.raw`\b(\d{1,2})\s*${UNIT}?((?:\s*(?:\+|plus)\s*\d{1,2}(?![\d,.%£k])(?:\s*${UNIT})?){2,})`, 'i');
const CHAIN_LINK = new RegExp(String.raw`(?:\+|plus)\s*(\d{1,2})(?:\s*${UNIT})?`, 'gi');

function chainOf(text: string): { months: number; extensionMonths: number } | undefined {
  const c = CHAIN.exec(text);
  if (!c) return undefined;
  const links = [...c[3]!.matchAll(CHAIN_LINK)];
  // Each number in the unit written beside it, else the main term's, else the last one written, else years.
  const unit = c[2] ?? links.map((l) => l[2]).filter((u) => u !== undefined).pop() ?? 'years';
  const ext = links.reduce((sum, l) => sum + months(Number(l[1]), l[2] ?? unit), 0);
  return { months: months(Number(c[1]), unit) + ext, extensionMonths: ext };
}

function termOf(text: string): { months: number; extensionMonths: number } | undefined {
  const chain = chainOf(text);
  if (chain) return chain;
  const e = EXTENSION.exec(text);
  // The extension's own words are not the main term: "an extension for a year" is a year more, not a year.
  const outside = e ? text.slice(0, e.index) + ' '.repeat(e[0].length) + text.slice(e.index + e[0].length) : text;
  const t = TERM.exec(outside);
  let main = 0;
  let ext = 0;
  if (t) {
    const g = t.slice(1).filter((x): x is string => x !== undefined);
    if (t[0].includes('+')) {
      // "3+1 years": groups are [main, extension, unit]
      // "3+1" with no unit: years, the way terms are written.
      const [a, b, unit = 'years'] = g as [string, string, string?];
      main = months(count(a), unit);
      ext = months(count(b), unit);
    } else {
      const [n, unit] = g as [string, string];
      main = months(count(n), unit);
    }
  }
  if (e) {
    const times = e.groups?.times ? count(e.groups.times) : 1;
    const g = e.slice(1).filter((x): x is string => x !== undefined && x !== e.groups?.times) as [string, string | undefined];
    // "an option to extend 2 more": the same unit as the main term, years when none is given.
    ext += times * months(count(g[0]), g[1] ?? (t && /month/i.test(t[0]) ? 'months' : 'years'));
  }
  if (main === 0) {
    // "15k a year 4 years": a bare term (not the extension's own years), read only beside a rate.
    const bare = BARE_TERM.exec(outside);
    if (bare) main = months(count(bare[1]!), bare[2]!);
  }
  if (main === 0 && ext === 0) return undefined;
  return { months: main + ext, extensionMonths: ext };
}

/** "2 years longer", "another year", "an extra 6 months", "2 more years": more of the term the contract had. */
const LONGER = new RegExp(
  String.raw`\b${N}\s*(?:more\s+|extra\s+|further\s+|additional\s+)?${UNIT}\s+(?:longer|more|extra)\b|\b(?:another|an?\s+(?:extra|further|additional)|extra|further|additional)\s+(?:${N}\s*)?${UNIT}\b|\b${N}\s+(?:more|extra|further|additional)\s+${UNIT}\b`,
  'i',
);

/** A week is a 52nd of a year: "£1,000 a week for 2 years" is 104 weeks, £104,000. */
const MONTHS_PER: Readonly<Record<ValueBasis['per'], number>> = { year: 12, quarter: 3, month: 1, week: 12 / 52 };

/** The rate over a term of `monthsTotal` months, to the penny. */
export const totalOver = (basis: ValueBasis, monthsTotal: number) => Math.round(((basis.rate * monthsTotal) / MONTHS_PER[basis.per]) * 100) / 100;

/** "3 yrs at that value each year": the value already given is a year's, not the total. */
export function yearlyAsBefore(text: string): boolean {
  const m = /\b(?:that|the same|this)(?:\s+(?:value|amount|figure|sum|price|rate))?\b/i.exec(text);
  return m !== null && PER_YEAR.test(text.slice(m.index + m[0].length));
}

/** The same rate over the main term alone, without the extension: "£12k pa, 2 yrs + 1 yr extension" is £24,000 over 2 years. */
export function withoutExtension(basis: ValueBasis): { value: number; months: number } | undefined {
  if (!basis.months || !basis.extensionMonths || basis.extensionMonths >= basis.months) return undefined;
  const months = basis.months - basis.extensionMonths;
  return { value: totalOver(basis, months), months };
}

/**
 * The same contract, at the same rate, over the term a follow-up gives: "and if it was 2 years
 * longer?" adds to the term, "what about over 5 years?" replaces it, "with a 1-year extension?" adds
 * an extension. Undefined when the text gives no term, or adds to a term that was never given.
 */
export function withTerm(basis: ValueBasis, text: string): { value: number; basis: ValueBasis } | undefined {
  let monthsTotal: number;
  let extensionMonths = basis.extensionMonths ?? 0;
  const longer = LONGER.exec(text);
  if (longer) {
    if (basis.months === undefined) return undefined;
    // "another year": one of the unit; "another 2 years": the number given.
    const g = longer.slice(1).filter((x): x is string => x !== undefined);
    const [n, unit] = g.length === 2 ? [g[0]!, g[1]!] : ['1', g[0]!];
    monthsTotal = basis.months + months(count(n), unit);
  } else {
    const term = termOf(text);
    if (!term) return undefined;
    const onlyExtension = term.months === term.extensionMonths;
    if (onlyExtension && basis.months === undefined) return undefined;
    monthsTotal = onlyExtension ? basis.months! + term.months : term.months;
    extensionMonths = onlyExtension ? extensionMonths + term.extensionMonths : term.extensionMonths;
  }
  const next: ValueBasis = { rate: basis.rate, per: basis.per, months: monthsTotal, ...(extensionMonths ? { extensionMonths } : {}) };
  return { value: totalOver(basis, monthsTotal), basis: next };
}

export function findContractValue(text: string): ContractValueReading | undefined {
  const reading = findMoney(text);
  if (reading?.kind !== 'amount') return reading;
  const at = text.indexOf(reading.text);
  const after = at >= 0 ? text.slice(at + reading.text.length) : '';
  const second = findAllMoney(after)[0];
  if (second?.kind === 'amount') {
    const between = after.slice(0, after.indexOf(second.text));
    const rest = after.slice(after.indexOf(second.text) + second.text.length);
    if (PLUS_EXTENSION.test(between) && EXTENSION_WORD.test(rest)) {
      return { ...reading, value: Math.round((reading.value + second.value) * 100) / 100, sum: { base: reading.value, extension: second.value } };
    }
  }
  // "3 separate yearly contracts of 40k each": "each" is each contract, not each year.
  const several = at >= 0 ? CONTRACTS_OF.exec(text.slice(0, at)) : null;
  if (several && count(several[1]!) > 1 && !/^\s*(?:a|per|every)\s+(?:year|month|quarter|week)|^\s*(?:pa|p\.a\.|per annum|annually|monthly|quarterly|weekly)\b/i.test(after)) {
    return { ...reading, separate: count(several[1]!) };
  }
  const rate = PER_YEAR.exec(after) ?? PER_QUARTER.exec(after) ?? PER_MONTH.exec(after) ?? PER_WEEK.exec(after);
  // "annual value around £15k": the rate's words before the amount.
  const before = at >= 0 ? RATE_BEFORE.exec(text.slice(0, at)) : null;
  const yearsAt = !rate && !before && at >= 0 && YEARS_AT.test(text.slice(0, at));
  const per = PER_YEAR.test(after) ? 'year' : PER_QUARTER.test(after) ? 'quarter' : PER_MONTH.test(after) ? 'month' : PER_WEEK.test(after) ? 'week' : before ? RATE_WORD[before[1]!.toLowerCase()] : yearsAt ? 'year' : undefined;
  if (!per || !(rate || before || yearsAt)) return reading;
  // The rate's own words are not the term: "£45k a year contract for 2 years" runs 2 years, not "a year".
  // "3 yrs at £40k": the words before are the term itself.
  const [from, end] = rate ? [at, at + reading.text.length + rate[0].length] : before ? [before.index, at + reading.text.length] : [at, at + reading.text.length];
  const term = termOf(at >= 0 ? text.slice(0, from) + ' '.repeat(end - from) + text.slice(end) : text);
  const basis: ValueBasis = { rate: reading.value, per, ...(term ? { months: term.months, ...(term.extensionMonths ? { extensionMonths: term.extensionMonths } : {}) } : {}) };
  if (!term) return { ...reading, basis };
  return { ...reading, value: totalOver(basis, term.months), basis };
}

/**
 * "what if it creeps up to 55?" after £45,000: the one bare number of a follow-up, read in the units
 * of the value before (thousands, or millions after £1m or more) where that puts it near that value.
 */
export function bareAmount(text: string, previous: number): { value: number; text: string } | undefined {
  const found = loneNumber(text);
  if (!found) return undefined;
  const unit = previous >= 1_000_000 ? 1_000_000 : 1_000;
  const value = Math.round(found.value * unit * 100) / 100;
  return value >= previous / 5 && value <= previous * 5 ? { value, text: found.text } : undefined;
}

/** The one number in the text with no unit or sign of its own ("what if we bump it to 18"), if there is exactly one. */
export function loneNumber(text: string): { value: number; text: string } | undefined {
  const found = [...text.matchAll(/(?<![\w.,£%/-])(\d{1,3}(?:\.\d{1,2})?)(?![\w.%/]|,\d|\s*(?:%|per ?cent|percent|years?|yrs?|months?|weeks?|days?|hours?|x)(?![a-z]))/gi)];
  return found.length === 1 ? { value: Number(found[0]![1]), text: found[0]![0] } : undefined;
}

/** "add on a 1yr ext?", "2 years longer?": the text gives the contract a term, or more of one. */
export function givesTerm(text: string): boolean {
  return LONGER.test(text) || termOf(text) !== undefined;
}

/** "and over 3 years?": the months of a main term the text gives, with no rate to apply it to. */
export function termGiven(text: string): number | undefined {
  const term = termOf(text);
  return term && term.months > term.extensionMonths ? term.months : undefined;
}

/** "5 years", "18 months", "1 year". */
export function describeTerm(monthsTotal: number): string {
  if (monthsTotal % 12 === 0) {
    const y = monthsTotal / 12;
    return `${y} year${y === 1 ? '' : 's'}`;
  }
  return `${monthsTotal} month${monthsTotal === 1 ? '' : 's'}`;
}

/** A range of contract values asked about at once ("between £25k and £50k", "25-50k", "£120k-£200k"). */
export interface ValueRange {
  low: number;
  high: number;
  /** the range as typed */
  text: string;
}

const RANGE_AMOUNT = String.raw`(£\s*)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(k|thousand|grand|mn|million|m)?(?![a-z\d])`;
/** "between X and Y", "from X to Y", "X-Y", "X to Y"; not a term ("3-5 years") or a percentage ("10-15%"). */
const RANGE = new RegExp(
  String.raw`(?<![\w.,£])(?:(between|from)\s+)?${RANGE_AMOUNT}\s*(-|–|—|\bto\b|\band\b)\s*${RANGE_AMOUNT}(?!\s*(?:%|per\s*cent|percent|years?|yrs?|months?|days?|weeks?|hours?|\+))`,
  'gi',
);

/**
 * The range of values a message asks about, when it gives one: both ends read as money (a bare first
 * figure takes the second's multiplier: "25-50k" is £25,000 to £50,000) and the first below the second.
 */
export function findValueRange(text: string): ValueRange | undefined {
  for (const m of text.matchAll(RANGE)) {
    const [, lead, pound1, num1, mult1, joint, pound2, num2, mult2] = m as unknown as (string | undefined)[];
    // "and" joins two values only after "between" ("45k in stockport and 60k" is two questions).
    if (/and/i.test(joint!) && !/between/i.test(lead ?? '')) continue;
    const moneyLike = (pound: string | undefined, num: string, mult: string | undefined) => Boolean(pound || mult) || num.includes(',') || Number(num) >= 1000;
    if (!moneyLike(pound2, num2!, mult2)) continue;
    const high = Number(num2!.replace(/,/g, '')) * multiplierOf(mult2);
    const ownLow = Number(num1!.replace(/,/g, '')) * multiplierOf(mult1);
    // "25-50k": the first figure shares the second's multiplier when it has none of its own.
    const low = !mult1 && mult2 && ownLow * multiplierOf(mult2) <= high ? ownLow * multiplierOf(mult2) : ownLow;
    if (!moneyLike(pound1, num1!, mult1) && !(!mult1 && mult2)) continue;
    if (!(low > 0 && low < high)) continue;
    return { low: Math.round(low * 100) / 100, high: Math.round(high * 100) / 100, text: m[0].trim() };
  }
  return undefined;
}
