/** councilFinder(): councils by the packs' names, a near miss offered back, one not covered named. */
import { describe, expect, it } from '@jest/globals';
import { DEFAULT_DATA_DIR, loadPolicyLibrary } from '../policy/loader.js';
import { councilFinder } from './councils.js';
import { loadVocabulary } from './vocabulary.js';

const vocabulary = loadVocabulary(DEFAULT_DATA_DIR);
const finder = councilFinder([...loadPolicyLibrary().packs.values()].map((p) => p.council), vocabulary);

describe('council mentions', () => {
  it.each<[string, string]>([
    ['Stokport weighting for 60k', 'Stokport'],
    ['stcokport min wieghting 40k', 'stcokport'],
    ['whats the traford weighting', 'traford'],
    ['Chesire West weighting', 'Chesire West'],
    // The whole name with slips, so the question asked again for it keeps none of them.
    ['chesire west and chesterr weighting for 60k goods', 'chesire west and chesterr'],
  ])('%p is a near miss for a covered council (%p as typed)', (text, typed) => {
    const found = finder.find(text);
    expect(found.ids).toEqual([]);
    expect(found.misspelt?.typed).toBe(typed);
  });

  it.each<[string, string]>([
    ['Salford weighting for 80k', 'Salford'],
    ['what does Cheshire East set', 'Cheshire East'],
    ['bolton council thresholds', 'Bolton'],
    // The possessive typed without its apostrophe.
    ['whats salfords sv weighting for a £100k contract', 'Salford'],
  ])('%p names a council that is not covered', (text, name) => {
    expect(finder.find(text)).toEqual({ ids: [], uncovered: name });
  });

  it('offers back a long name cut short, and names a place called a council that is not covered', () => {
    expect(finder.find('stockp weighting for 60k').misspelt).toEqual({ typed: 'stockp', id: 'stockport' });
    expect(finder.find('traffo portal threshold').misspelt).toEqual({ typed: 'traffo', id: 'trafford' });
    expect(finder.find('what weighting does Bexley Council use?')).toEqual({ ids: [], uncovered: 'Bexley' });
    expect(finder.find('does the Council require it?')).toEqual({ ids: [] });
    expect(finder.find('does this apply to a Parish Council contract?')).toEqual({ ids: [] });
  });

  it('offers back a name of several words cut short word by word, or its first word alone', () => {
    expect(finder.find('whats the weighting in cheshire w for a 60k job').misspelt).toEqual({ typed: 'cheshire w', id: 'cheshire-west-and-chester' });
    expect(finder.find('ches w weighting').misspelt).toEqual({ typed: 'ches w', id: 'cheshire-west-and-chester' });
    expect(finder.find('Cheshire weighting for 60k').misspelt).toEqual({ typed: 'Cheshire', id: 'cheshire-west-and-chester' });
    expect(finder.find('cheshire e weighting')).toEqual({ ids: [], uncovered: 'Cheshire East' });
    expect(finder.find('the west of the borough')).toEqual({ ids: [] });
  });

  it('does not take a region or an ordinary word for a council', () => {
    expect(finder.find('the Greater Manchester Good Employment Charter')).toEqual({ ids: [] });
    expect(finder.find('a standard weighting for stock')).toEqual({ ids: [] });
    expect(finder.find('what weighting for £75k?')).toEqual({ ids: [] });
  });

  it('reads a possessive, with or without its apostrophe', () => {
    expect(finder.find('what are stockports priority cohorts').ids).toEqual(['stockport']);
    expect(finder.find("cwac's payment deduction rules").ids).toEqual(['cheshire-west-and-chester']);
    expect(finder.find('what are cwacs payment deduction rules').ids).toEqual(['cheshire-west-and-chester']);
  });

  it('prefers a covered council named exactly over anything else in the message', () => {
    expect(finder.find('I used to work in Salford, now Stockport: what weighting?').ids).toEqual(['stockport']);
    expect(finder.find('cheshire west n chester weighting 75k').ids).toEqual(['cheshire-west-and-chester']);
  });
});
