/** findContractValue(): the total agreement value, however the officer gives the rate and the term. */
import { describe, expect, it } from '@jest/globals';
import { bareAmount, describeTerm, findContractValue, findValueRange, termGiven, withTerm } from './contractValue.js';

describe('totals over years', () => {
  it.each<[string, number, number]>([
    ['£25k pa for 4 years plus a 1-year extension', 125_000, 60],
    ['£40k per annum over 3 years', 120_000, 36],
    ['£8k a month for 2 years', 192_000, 24],
    ['what sv % for a cwac contract worth £1,000 a week for 2 years', 104_000, 24],
    ['stockport £600 per week for a year', 31_200, 12],
    ['£2k pw over 18 months', 156_000, 18],
    ['2 years at £30k a year with an option to extend 2 more', 120_000, 48],
    ['£30k a year, 3+1 years', 120_000, 48],
    ['stockport £10k a quarter for 2 years', 80_000, 24],
    ['50k a year, 2 year contract with two optional 1 year extensions', 200_000, 48],
    ['£12,500 per annum for five years', 62_500, 60],
    ['£20k p.a. on a 3 year contract with the option to extend for a further 2 years', 100_000, 60],
    ['trafford 20k x 3 years does it go on the portal', 60_000, 36],
    ['stockport £10k/yr for 2yrs plus 2 x 1yr extensions weighting', 40_000, 48],
    ['trafford 15k a year 4 years portal?', 60_000, 48],
    ['stockport £12k per annum 2 years', 24_000, 24],
    ['12k pa x 2 yrs + 1 yr ext smbc', 36_000, 36],
    ['£30k per annum for 3+1 cwac', 120_000, 48],
    // The rate's own "a year" is not a one-year term.
    ["I've got a £45k a year contract for 2 years in stockport", 90_000, 24],
    // Optional years after the term are an extension, in the term's unit.
    ['£18k a year over 3 years + 2 optional', 90_000, 60],
    ['£20k/yr for 2 years plus 2 optional years', 80_000, 48],
    // A bare number added to the term is more of it, in the term's unit.
    ['£30k pa for 3 yrs + 1 in stockport', 120_000, 48],
    ['£10k a month for 18 months plus 6', 240_000, 24],
    // Written tight to the unit, and at the end of a sentence or clause.
    ['contract is £22k pa, 2yrs+1. does social value apply?', 66_000, 36],
    ['cwac £40k pa 2yrs+1, weighting?', 120_000, 36],
    ['£22k pa 2 years + 1.', 66_000, 36],
    // Two extensions or more, each added to the main term.
    ['contract is 45k per annum, 2 years + 1 + 1 extension options', 180_000, 48],
    ['2+1+1 at £30k pa', 120_000, 48],
    ['£20k a year, 3+1+1', 100_000, 60],
    // The rate named before the amount.
    ['currently a 3 year deal with option to extend 2 more years, annual value around £15k', 75_000, 60],
    ['annual value of 40k, 4 years', 160_000, 48],
    ['monthly cost of £2,500 for 2 years', 60_000, 24],
  ])('%p is %p over %p months', (text, total, months) => {
    const read = findContractValue(text);
    expect(read?.kind).toBe('amount');
    expect(read?.value).toBe(total);
    expect(read?.basis?.months).toBe(months);
  });

  it('does not read an amount or a percentage after the term as more of it', () => {
    expect(findContractValue('£30k pa for 3 years plus 50k set-up')?.basis?.months).toBe(36);
    expect(findContractValue('£30k pa for 3 years + 10% weighting')?.basis?.months).toBe(36);
    expect(findContractValue('£30k pa for 3 years plus a 2-year extension')?.basis?.months).toBe(60);
  });

  it('keeps a rate without a term as the rate, and says it is one', () => {
    const read = findContractValue('£50,000 per year');
    expect(read?.value).toBe(50_000);
    expect(read?.basis).toEqual({ rate: 50_000, per: 'year' });
  });

  it('leaves a total that is already a total alone', () => {
    expect(findContractValue('a £100k contract over 4 years')).toEqual({ kind: 'amount', value: 100_000, text: '£100k' });
    expect(findContractValue('£75k services contract')?.basis).toBeUndefined();
  });

  it('describes the term in years where it is whole years', () => {
    expect(describeTerm(60)).toBe('5 years');
    expect(describeTerm(12)).toBe('1 year');
    expect(describeTerm(18)).toBe('18 months');
  });
});

describe('a follow-up that changes the term (withTerm)', () => {
  const fourYears = { rate: 30_000, per: 'year' as const, months: 48, extensionMonths: 12 };
  it.each<[string, number, number, number | undefined]>([
    ['and if it was 2 years longer?', 180_000, 72, 12],
    ['what about another year', 150_000, 60, 12],
    ['an extra 6 months?', 135_000, 54, 12],
    ['and 2 more years?', 180_000, 72, 12],
    ['what if it was over 5 years instead', 150_000, 60, undefined],
    ['with a 1 year extension?', 150_000, 60, 24],
    // An extension added with no joining word, or said after the word "extension", adds to the term.
    ['and if we add a 1 year extension?', 150_000, 60, 24],
    ['add on a 1yr ext?', 150_000, 60, 24],
    ['ok and with an extension for a year?', 150_000, 60, 24],
    ['what if theres a 12 month extension', 150_000, 60, 24],
  ])('%p is %p over %p months', (text, value, months, extensionMonths) => {
    const next = withTerm(fourYears, text);
    expect(next?.value).toBe(value);
    expect(next?.basis.months).toBe(months);
    expect(next?.basis.extensionMonths).toBe(extensionMonths);
  });

  it('gives the term to a rate that had none, and adds nothing to a term never given', () => {
    expect(withTerm({ rate: 20_000, per: 'year' }, 'for 3 years?')?.value).toBe(60_000);
    expect(withTerm({ rate: 20_000, per: 'year' }, '2 years longer?')).toBeUndefined();
    expect(withTerm(fourYears, 'and for works?')).toBeUndefined();
  });
});

describe('a range of values', () => {
  it.each<[string, number, number]>([
    ['stockport weighting 25-50k', 25_000, 50_000],
    ['cwac weighting for contracts between 25k and 50k', 25_000, 50_000],
    ['weighting for £120k-£200k in cwac', 120_000, 200_000],
    ['trafford portal for 40k-60k contracts', 40_000, 60_000],
    ['between £60k and £90k', 60_000, 90_000],
    ['from 30k to 45k', 30_000, 45_000],
    ['£25-50k', 25_000, 50_000],
    ['25k–50k', 25_000, 50_000],
    ['£1m-£2m', 1_000_000, 2_000_000],
    ['between £50,000 and £100,000', 50_000, 100_000],
  ])('%p is %p to %p', (text, low, high) => {
    expect(findValueRange(text)).toMatchObject({ low, high });
  });

  it.each([
    'weighting for 45k in stockport and 60k in cwac',
    'the weighting for 30k, and for 300k',
    '£25k pa for 4 years plus 1 year extension',
    '3-5 years',
    '10-15% weighting',
    'young adults aged 16-25',
    '2021-22 contracts over 50k',
    '£90k-£60k',
  ])('%p is not a range', (text) => {
    expect(findValueRange(text)).toBeUndefined();
  });
});

describe('a bare number or term in a follow-up (bareAmount, termGiven)', () => {
  it('reads one bare number in the units of the value before, where that puts it near it', () => {
    expect(bareAmount('what if it creeps up to 55?', 45000)).toEqual({ value: 55000, text: '55' });
    expect(bareAmount('and if it was 1.5?', 1_200_000)).toEqual({ value: 1_500_000, text: '1.5' });
    expect(bareAmount('what about 4?', 90000)).toBeUndefined();
    expect(bareAmount('and over 3 years?', 85000)).toBeUndefined();
    expect(bareAmount('what about 12%?', 85000)).toBeUndefined();
  });

  it('gives the months of a term with no rate', () => {
    expect(termGiven('and over 3 years?')).toBe(36);
    expect(termGiven('what about a 1-year extension?')).toBeUndefined();
  });
});
