/**
 * The social value share of an evaluation split an officer gives ("quality 60 / price 30 / social
 * value 10", "60/30/10 quality/price/social value", "60% quality, 30% price, 10% sv"): the figure to
 * judge is the share given to social value, not the first number typed. The criteria's names come
 * from the vocabulary.
 */

export interface SplitWords {
  /** the criteria a split names, as regex alternatives ("quality|price|social value") */
  criteria: string;
  /** matches the whole name of the social value criterion */
  socialValue: RegExp;
}

const SHARE = String.raw`(\d{1,3}(?:\.\d+)?)\s*(?:%|per ?cent|percent)?`;

/** The patterns for one vocabulary's criteria, built when first needed and kept: every question is read for a split. */
const patternsOf = new WeakMap<SplitWords, { together: RegExp[]; labels: RegExp; after: RegExp; before: RegExp }>();

function patterns(words: SplitWords) {
  let p = patternsOf.get(words);
  if (!p) {
    const name = `(${words.criteria})`;
    // "60/30/10 quality/price/social value", "quality/price/sv 60/30/10": the figures in the criteria's order.
    const figures = String.raw`${SHARE}(?:\s*[/:]\s*${SHARE}){1,3}`;
    const labels = String.raw`${name}(?:\s*[/:,]\s*${name}){1,3}`;
    p = {
      together: [new RegExp(String.raw`${figures}\s*\(?\s*(?:split\s+)?(?:on\s+|for\s+|between\s+)?(${labels})`), new RegExp(String.raw`(${labels})\s*(?:split\s+)?(?:of\s+|at\s+|[-:=]\s*)?\(?\s*(${figures})`)],
      labels: new RegExp(labels),
      // "quality 60 / price 30 / social value 10", "60% quality, 30% price, 10% social value": each
      // criterion with its own figure, right after or right before it.
      after: new RegExp(String.raw`${name}\s*(?:[-:=]\s*|at\s+)?${SHARE}(?![\d.]|,\d|\s*(?:k|m|million|thousand|grand)\b)`, 'g'),
      before: new RegExp(String.raw`(?<![\d.])${SHARE}\s*(?:on\s+|for\s+)?${name}\b`, 'g'),
    };
    patternsOf.set(words, p);
  }
  return p;
}

/** The share given to social value, when the text gives a split of two or more criteria; else undefined. */
export function socialValueShare(lower: string, words: SplitWords): number | undefined {
  const isSocialValue = (label: string) => words.socialValue.test(label.trim());
  const { together, labels, after, before } = patterns(words);
  for (const re of together) {
    const m = re.exec(lower);
    if (!m) continue;
    const whole = m[0];
    const labelText = labels.exec(whole)![0];
    const names = labelText.split(/\s*[/:,]\s*/);
    const numbers = [...whole.replace(labelText, ' ').matchAll(/\d{1,3}(?:\.\d+)?/g)].map((n) => Number(n[0]));
    if (names.length !== numbers.length) continue;
    const at = names.findIndex(isSocialValue);
    if (at >= 0) return numbers[at];
  }
  for (const [re, label, figure] of [
    [after, 1, 2],
    [before, 2, 1],
  ] as const) {
    const found = [...lower.matchAll(re)].map((m) => ({ label: m[label]!, share: Number(m[figure]) }));
    const social = found.find((f) => isSocialValue(f.label));
    if (social && found.some((f) => !isSocialValue(f.label))) return social.share;
  }
  return undefined;
}
