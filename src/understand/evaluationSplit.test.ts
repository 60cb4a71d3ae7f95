/** socialValueShare(): the share an evaluation split gives social value, however the split is typed. */
import { describe, expect, it } from '@jest/globals';
import { DEFAULT_DATA_DIR } from '../policy/loader.js';
import { socialValueShare } from './evaluationSplit.js';
import { loadVocabulary } from './vocabulary.js';

const words = loadVocabulary(DEFAULT_DATA_DIR).verdict.split!;

describe('the social value share of a split', () => {
  it.each<[string, number]>([
    ['quality 60 / price 30 / social value 10 on a 90k tender', 10],
    ['60/30/10 quality/price/social value for a £90k tender', 10],
    ['quality/price/social value 50/30/20', 20],
    ['price 50, quality 30, social value 20 on an £80k contract', 20],
    ['60% quality, 25% price, 15% social value', 15],
  ])('%p gives social value %p', (text, share) => {
    expect(socialValueShare(text, words)).toBe(share);
  });

  it('is no split without another criterion beside social value, or with a price in pounds', () => {
    expect(socialValueShare('is 10% social value enough for £90k', words)).toBeUndefined();
    expect(socialValueShare('price 90k, social value 10', words)).toBeUndefined();
  });
});
