/** spelledOutIn(): an abbreviation spelled out in a sentence, either way round, as the documents write it. */
import { describe, expect, it } from '@jest/globals';
import { spelledOutIn } from './abbreviation.js';

describe('abbreviations spelled out', () => {
  it.each<[string, string, string]>([
    ['benchmarking these against the National TOMs (Themes, Outcomes & Measures) Framework', 'toms', 'Themes, Outcomes & Measures'],
    ['agreed by the Corporate, Resource Management and Governance (CRMG) Scrutiny Committee', 'crmg', 'Corporate, Resource Management and Governance'],
    // A word may stand between the name and its letters; the letters' own order wins over another.
    ['STaR Procurement are Chartered Institute of Purchase and Supply Corporate (CIPS) Ethics Certified', 'cips', 'Chartered Institute of Purchase and Supply'],
    ['with suppliers, Voluntary, Community, Faith, and Social Enterprise sector (VCSFE), our anchor institutions', 'vcsfe', 'Voluntary, Community, Faith, and Social Enterprise'],
    ['released its latest Procurement Policy Note (PPN05/21) setting out guidance', 'ppn', 'Procurement Policy Note'],
  ])('%p spells out %p', (sentence, abbreviation, expansion) => {
    expect(spelledOutIn(sentence, abbreviation)?.expansion).toBe(expansion);
  });

  it('finds nothing where the letters are only a name or the bracket says something else', () => {
    expect(spelledOutIn("STaR, the Council's internal procurement team support suppliers", 'star')).toBeUndefined();
    expect(spelledOutIn('the Social Value Portal (launched in 2019) records benefits', 'svp')).toBeUndefined();
  });
});
