/**
 * findMoney(): the contract value in an officer's message, in the ways officers write it, and only
 * when it is money (percentages, TOMs refs, durations, years and ages are not).
 */
import { describe, expect, it } from '@jest/globals';
import { ABSURD_VALUE, findAllMoney, findMoney, readAmount } from './money.js';

describe('amounts officers write', () => {
  it.each([
    ['a £75k services contract', 75_000],
    ['a 75,000 contract', 75_000],
    ['75000.50', 75_000.5],
    ['£1.2m over three years', 1_200_000],
    ['2.5 million', 2_500_000],
    ['seventy thousand pounds', 70_000],
    ['two hundred and fifty thousand', 250_000],
    ['half a million', 500_000],
    ['roughly half a mil over 5 years', 500_000],
    ['two mill', 2_000_000],
    ['a quarter of a million', 250_000],
    ['75 grand', 75_000],
    ['£50K', 50_000],
    ['100k', 100_000],
    ['£100,000.01', 100_000.01],
    ['twenty-five thousand', 25_000],
    ['twenty five thousand pounds', 25_000],
    ['£1,200,000', 1_200_000],
    ['1.2 million pounds', 1_200_000],
    ['£ 75,000', 75_000],
    ['75k GBP', 75_000],
    ['a million pounds', 1_000_000],
    ['on a twenty thousand pound contract', 20_000],
    ['worth about £24,999, do i need a weighting', 24_999],
    ['stockport £60,000, what weighting', 60_000],
    ['Stockport - £35k consultancy', 35_000],
    ['Stockport – £35k consultancy', 35_000],
    ['Stockport - 3k purchase of stationery', 3_000],
    ['CWaC – 75k', 75_000],
    ['a hundred thousand', 100_000],
    ['£1.5M', 1_500_000],
    ['£25,000.00', 25_000],
    ['£49,999.99', 49_999.99],
    // A number after the amount is the next thing said, usually the term.
    ['£1.2m 5 year framework, stockport', 1_200_000],
    ['a £75k 3 year contract', 75_000],
    ['75k 2 yrs', 75_000],
    ['£40,000 2 year deal', 40_000],
    ['£2m 10 lots', 2_000_000],
  ])('%p is £%d', (text, value) => {
    expect(findMoney(text)).toEqual({ kind: 'amount', value, text: expect.any(String) });
  });

  it('keeps the words it read, for the answer to quote back', () => {
    expect(findMoney('what weighting for £75k in Stockport?')?.text).toBe('£75k');
    expect(findMoney('about seventy thousand pounds, roughly')?.text).toBe('seventy thousand pounds');
  });

  it('reads figures with an article before them, not the article as "a million"', () => {
    expect(findMoney('the minimum weighting for a 2.5 million contract')).toMatchObject({ kind: 'amount', value: 2_500_000, text: '2.5 million' });
    expect(findMoney('an 80 thousand pound contract')).toMatchObject({ kind: 'amount', value: 80_000 });
    expect(findMoney('a £1.2m contract')).toMatchObject({ kind: 'amount', value: 1_200_000 });
  });

  it('takes the first amount when there are several', () => {
    expect(findMoney('between £50,000 and £100,000')?.value).toBe(50_000);
    expect(findMoney('£75k-£100k')?.value).toBe(75_000);
  });

  it('finds the money beside numbers that are not money', () => {
    expect(findMoney('a 10% weighting on a £75k contract')?.value).toBe(75_000);
    expect(findMoney('NT18 for an £80k contract')?.value).toBe(80_000);
    expect(findMoney('£80k contract starting in 2024')?.value).toBe(80_000);
    expect(findMoney('£75,000 for 2 years')?.value).toBe(75_000);
    expect(findMoney('over 3 years, worth £60k')?.value).toBe(60_000);
  });

  it('does not read a number split by a space as a smaller one', () => {
    expect(findMoney('£75 000 contract')).toBeUndefined();
  });
});

describe('amounts that cannot be a contract value', () => {
  it.each(['-£5k', '£-5000', 'minus 5000 pounds', 'negative £5,000'])('%p is negative', (text) => {
    expect(findMoney(text)).toMatchObject({ kind: 'invalid', problem: 'negative', value: -5_000 });
  });

  it.each(['£0', 'zero pounds', '0k'])('%p is zero', (text) => {
    expect(findMoney(text)).toMatchObject({ kind: 'invalid', problem: 'zero', value: 0 });
  });

  it.each([
    ['£50 billion', 50e9],
    ['£20bn', 20e9],
  ])('%p is too large to be a council contract', (text, value) => {
    expect(findMoney(text)).toMatchObject({ kind: 'invalid', problem: 'too-large', value });
  });

  it('draws the "too large" line above £10 billion, not at it', () => {
    expect(ABSURD_VALUE).toBe(10_000_000_000);
    expect(findMoney('£10bn')).toMatchObject({ kind: 'amount', value: 10e9 });
  });
});

describe('numbers that are not money', () => {
  it.each([
    '10%',
    'a 10 % weighting',
    '15 percent',
    '15 per cent',
    'NT18',
    'nt 18',
    'C19-5',
    'c19 5',
    '30 days',
    'paid within 30 days',
    'in 2023',
    '2021/22',
    'the 2022-2023 statement',
    'aged 16-25',
    '12 months',
    'for 12 weeks',
    'one of the councils',
    'a contract',
    // the base of a ratio is part of a figure, not an amount of its own
    'how much sv does trafford get back per £1 spent',
    'for every £1 spent we get 53p back',
    // a standard's number
    'do stockport suppliers need iso 14001 to bid',
    'ISO 9001 certified',
    'BS EN 15804',
    'ISO/IEC 27001',
  ])('%p has no money in it', (text) => {
    expect(findMoney(text)).toBeUndefined();
  });
});

describe('several amounts', () => {
  it('lists every amount in the order written', () => {
    expect(findAllMoney("stockport: what's the weighting for 30k, and for 300k?").map((m) => m.value)).toEqual([30_000, 300_000]);
    expect(findAllMoney('cwac weighting for 60k and £160,000').map((m) => m.value)).toEqual([60_000, 160_000]);
    expect(findAllMoney('10% for 30 days')).toEqual([]);
  });
});

describe('readAmount: a field that holds one amount', () => {
  it.each([
    ['120000', 120_000],
    ['£ 120,000.50', 120_000.5],
    ['120k', 120_000],
    ['£1.2m', 1_200_000],
    ['2 million', 2_000_000],
    ['seventy thousand pounds', 70_000],
    ['500', 500],
    ['2000', 2_000],
  ])('reads %j as £%d', (typed, value) => {
    expect(readAmount(typed)).toEqual(expect.objectContaining({ kind: 'amount', value }));
  });

  it.each(['lots', '12,34', '£50k and £60k', 'about £50k I think', '10%'])('does not read %j as one amount', (typed) => {
    expect(readAmount(typed)).toBeUndefined();
  });

  it('says why an amount cannot be a contract value', () => {
    expect(readAmount('-500')).toEqual(expect.objectContaining({ kind: 'invalid', problem: 'negative' }));
    expect(readAmount('0')).toEqual(expect.objectContaining({ kind: 'invalid', problem: 'zero' }));
  });
});
