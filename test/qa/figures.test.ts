import { describe, expect, it } from '@jest/globals';
import {
  ANY_PCT_NOT_NATIONAL,
  checkFigures,
  extractFigures,
  figureSetFromText,
  loadPolicySources,
  money,
  pct,
  pctInCouncilSection,
  pctStated,
  pctUnless,
  questionValues,
  wordNumbers,
} from './figures.js';

const values = (text: string): Array<[string, number]> => extractFigures(text).map((f) => [f.kind, f.value]);
const unknown = (reply: string, question = '', opts = {}): string[] =>
  checkFigures(reply, question, opts).unknown.map((f) => f.text.trim());

describe('extractFigures', () => {
  it('reads percentages, ranges and "per cent"', () => {
    expect(values('a minimum of 15% with a target of 20%')).toEqual([['percent', 15], ['percent', 20]]);
    expect(values('15-20% or 15 to 20% or 15\u201320%')).toEqual([
      ['percent', 15], ['percent', 20], ['percent', 15], ['percent', 20], ['percent', 15], ['percent', 20],
    ]);
    expect(values('76.4 per cent')).toEqual([['percent', 76.4]]);
  });

  it('reads "15 20%" as a range only in the documents', () => {
    expect(extractFigures('a minimum of 15 20% alongside', { spaceRanges: true }).map((f) => f.value)).toEqual([15, 20]);
    expect(values('43 contracts 20%')).toEqual([['percent', 20]]);
  });

  it('reads money in every form', () => {
    expect(values('£25k £25,000 £25000 £25K £25,000.00 25,000 pounds')).toEqual(Array(6).fill(['money', 25000]));
    expect(values('£1.2m £1.2 million £1,200,000')).toEqual(Array(3).fill(['money', 1200000]));
    expect(values('£100,000.01 and £75,000.50')).toEqual([['money', 100000.01], ['money', 75000.5]]);
    expect(values('53p for every £1')).toEqual([['money', 0.53], ['money', 1]]);
    expect(values('£25k-50k and £50,000 to 100,000')).toEqual([
      ['money', 25000], ['money', 50000], ['money', 50000], ['money', 100000],
    ]);
  });

  it('reads days and money-like plain numbers, and ignores refs, years and dates', () => {
    expect(values('in less than 30 days; a 28-day notice')).toEqual([['days', 30], ['days', 28]]);
    expect(values('over 25,000 or 25k')).toEqual([['number', 25000], ['number', 25000]]);
    expect(values('NT18, NT4a, C19-5, 16-25 y.o., Policy 2021-25, 24 October 2022, 2pm, 5 people')).toEqual([]);
  });

  it('treats a negative amount by its size', () => {
    expect(values('-£5,000 and \u2212£5,000')).toEqual([['money', 5000], ['money', 5000]]);
  });
});

describe('the policy documents', () => {
  it('give the figures the bot relies on', () => {
    const { all, byCouncil, national } = loadPolicySources();
    const has = (set: Set<number>, v: number): boolean => set.has(Math.round(v * 100));
    for (const p of [5, 10, 15, 20, 53, 76.4]) expect(has(all.percent, p)).toBe(true);
    for (const m of [25000, 50000, 100000, 0.53, 1, 24e6, 14.2e6, 2.2e6]) expect(has(all.money, m)).toBe(true);
    expect(has(all.days, 30)).toBe(true);
    expect(has(byCouncil.get('stockport')!.percent, 15)).toBe(true);
    expect(has(byCouncil.get('stockport')!.percent, 5)).toBe(false);
    expect(has(byCouncil.get('trafford')!.money, 50000)).toBe(true);
    expect(has(byCouncil.get('trafford')!.money, 25000)).toBe(false);
    expect(has(byCouncil.get('cheshire-west-and-chester')!.percent, 15)).toBe(false);
    expect(has(national.percent, 10)).toBe(true);
    expect(has(national.days, 30)).toBe(true);
  });
});

describe('checkFigures', () => {
  it('catches invented figures', () => {
    expect(unknown('Stockport: a minimum of 12.5%.')).toEqual(['12.5%']);
    expect(unknown('The threshold is £35,000.')).toEqual(['£35,000']);
    expect(unknown('Weighting 12-20%')).toEqual(['12-20%']);
    expect(unknown('pay within 14 days')).toEqual(['14 days']);
    expect(unknown('£24.5m secured')).toEqual(['£24.5m']);
    expect(unknown('over 35,000')).toEqual(['35,000']);
  });

  it('catches £30,000 where the documents do not give it', () => {
    // NB: the Stockport Annual Statement does give "£30k" (community charter support), so against
    // the real documents £30,000 is a document figure; against the weighting rules alone it is not.
    const rules = figureSetFromText(
      'a minimum weighting of 15% with an overall target of 20% ... in excess of £25k ... in excess of £50k. ' +
        'between £50,000 and £100,000 a social value weighting of 5% ... above £100,000 total value) 10%',
    );
    expect(unknown('Stockport: 15% over £30,000', '', { sources: rules })).toEqual(['£30,000']);
    expect(unknown('Stockport: 15% (target 20%) over £25,000', '', { sources: rules })).toEqual([]);
    expect(unknown('12.5% over £30,000', '', { sources: rules })).toEqual(['12.5%', '£30,000']);
  });

  it('accepts document figures in other forms', () => {
    expect(unknown('min 15%, target 20%, over £25,000 (25k), Portal over £50K, 15\u201320%')).toEqual([]);
    expect(unknown('53p for every £1; £24 million; £24,000,000; 76.4 per cent')).toEqual([]);
    expect(unknown('£14.2m from 43 contracts; £14,200,000; £2.2 million delivered')).toEqual([]);
    expect(unknown('5% between £50,000 and £100,000; 10% above £100k; pay in under 30 days')).toEqual([]);
    expect(unknown('£0.53 per £1')).toEqual([]);
  });

  it("accepts the officer's own value echoed back, in any form", () => {
    expect(unknown('For a £75,000 contract: 5%', 'cwac weighting £75k')).toEqual([]);
    expect(unknown('For £75,000.50: 15%', 'stockport weighting 75000.50')).toEqual([]);
    expect(unknown('For £70,000: 5%', 'weighting for seventy thousand pounds in cheshire west')).toEqual([]);
    expect(unknown('For £1,200,000: 15%', 'weighting for a £1.2m stockport contract')).toEqual([]);
    expect(unknown('For £2.5m: 10%', 'cw&c 2.5 million construction')).toEqual([]);
    expect(unknown('For £100k', 'weighting 100k')).toEqual([]);
    expect(unknown('-£50,000 is not a valid value', 'weighting for a -£50,000 contract')).toEqual([]);
    expect(unknown('For £80,000: 15%', 'weighting for 75k')).toEqual(['£80,000']);
  });

  it('can scope the documents to one council (plus the national context)', () => {
    expect(unknown('Stockport: 5% between £50,000 and £100,000', '', { council: 'stockport' })).toEqual(['5%', '£100,000']);
    expect(unknown('Trafford: TOMs over £50k; central government 10% (not a council rule)', '', { council: 'trafford' })).toEqual([]);
    expect(unknown('Trafford: 15% over £25k', '', { council: 'trafford' })).toEqual(['15%', '£25k']);
  });
});

describe('questionValues / wordNumbers', () => {
  it('reads values however officers type them', () => {
    expect(questionValues('£75k')).toContain(75000);
    expect(questionValues('75,000')).toContain(75000);
    expect(questionValues('75000.50')).toContain(75000.5);
    expect(questionValues('£1.2m')).toContain(1200000);
    expect(questionValues('2.5 million')).toContain(2500000);
    expect(questionValues('100k')).toContain(100000);
    expect(questionValues('seventy thousand pounds')).toContain(70000);
  });

  it('parses number words', () => {
    expect(wordNumbers('seventy thousand pounds')).toEqual([70000]);
    expect(wordNumbers('one hundred and fifty thousand')).toEqual([150000]);
    expect(wordNumbers('half a million, two and a half million')).toEqual([500000, 2500000]);
    expect(wordNumbers('fifty grand')).toEqual([50000]);
    expect(wordNumbers('a million')).toEqual([1000000]);
    expect(wordNumbers('what is the weighting')).toEqual([]);
  });
});

describe('matchers', () => {
  it('money() matches one figure in any form and nothing else', () => {
    const m = money(25000);
    for (const s of ['£25,000', '£25000', '£25k', '£25K', '25 thousand', '£25,000.00', 'over 25k.']) expect(s).toMatch(m);
    for (const s of ['£125,000', '£25,001', '£25,000.01', '£250k', '£2.5k', '25kg']) expect(s).not.toMatch(m);
    for (const s of ['£1.2m', '£1.2 million', '£1,200,000', '1200k']) expect(s).toMatch(money(1200000));
    for (const s of ['£75,000.50', '£75,000.5', '75000.50']) expect(s).toMatch(money(75000.5));
    expect('£75,000').not.toMatch(money(75000.5));
    for (const s of ['£100,000.01', '100000.01']) expect(s).toMatch(money(100000.01));
    expect('£100,000').not.toMatch(money(100000.01));
    for (const s of ['£24m', '£24 million', '£24,000,000']) expect(s).toMatch(money(24000000));
  });

  it('pct() matches one percentage', () => {
    expect('15%').toMatch(pct(15));
    expect('a 15 per cent minimum').toMatch(pct(15));
    expect('115%').not.toMatch(pct(15));
    expect('1.5%').not.toMatch(pct(5));
    expect('76.4%').toMatch(pct(76.4));
  });

  it('pctStated() and ANY_PCT_NOT_NATIONAL ignore the labelled national context', () => {
    const text = 'Trafford sets no weighting.\nCentral government uses a minimum 10% (not a council rule).';
    expect(text).not.toMatch(ANY_PCT_NOT_NATIONAL);
    expect(text).not.toMatch(pctStated(10));
    expect('Trafford: 10%').toMatch(ANY_PCT_NOT_NATIONAL);
    expect('Cheshire West and Chester: 5% (£50,000 to £100,000)').toMatch(pctStated(5));
  });

  it('pctInCouncilSection() finds a percentage in one council\'s part of a compare answer', () => {
    const others = /Stockport|Cheshire West/;
    const good = 'Cheshire West and Chester\nStandard weighting: 5%\nStockport\nMinimum weighting: 15%\nTrafford\nTrafford\'s documents do not set a social value weighting.\nCentral government: 10% (not a council rule)';
    expect(good).not.toMatch(pctInCouncilSection(/Trafford/, others));
    const bad = 'Trafford\nStandard weighting: 5%\nStockport\nMinimum weighting: 15%';
    expect(bad).toMatch(pctInCouncilSection(/Trafford/, others));
    expect(good).toMatch(pctInCouncilSection(/Cheshire West/, /Stockport|Trafford/, 5));
    expect(good).not.toMatch(pctInCouncilSection(/Cheshire West/, /Stockport|Trafford/, 15));
    expect('Stockport: 15%; Trafford: none').not.toMatch(pctInCouncilSection(/Trafford/, others));
  });
});

describe('pctUnless / quoted examples', () => {
  it('allows a band quoted with its condition, not bare', () => {
    const cond = /between\s+£?50(?:,000|k)/;
    expect('No weighting for £30,000. The weighting they do set: 5% for contracts between £50,000 and £100,000.').not.toMatch(pctUnless(5, cond));
    expect('For £30,000: 5%').toMatch(pctUnless(5, cond));
    expect('Central government: a minimum 10% (not a council rule)').not.toMatch(pctUnless(10, cond));
  });

  it('does not count figures in double-quoted examples or the officer\'s own words', () => {
    expect(unknown('Try "What weighting for a £75k contract?" or "Compare weightings for £80k"')).toEqual([]);
    expect(unknown('Try \u201cWhat weighting for a £75k contract?\u201d')).toEqual([]);
    expect(unknown('The threshold is £75k')).toEqual(['£75k']);
    expect(checkFigures('Try "£75k"', '', { includeQuoted: true }).unknown.map((f) => f.text)).toEqual(['£75k']);
  });
});
