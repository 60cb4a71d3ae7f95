/** The vocabulary file is validated at start-up: a bad pattern stops it with the pattern's path. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, PolicyDataError } from '../policy/loader.js';
import { compileVocabulary, loadVocabulary } from './vocabulary.js';

const raw = () => JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, 'vocabulary.json'), 'utf8')) as Record<string, unknown> & { subjects: { id: string; pattern: string }[] };

describe('data/vocabulary.json', () => {
  it('loads, with every subject pattern compiled', () => {
    const v = loadVocabulary(DEFAULT_DATA_DIR);
    expect(v.subjects.map((s) => s.id)).toEqual(expect.arrayContaining(['weighting', 'portal', 'toms', 'payment-deductions']));
    expect(v.subjects.find((s) => s.id === 'weighting')!.re.test('what wieghting for 75k')).toBe(true);
  });

  it('names a pattern that does not compile by its path', () => {
    const bad = raw();
    bad.subjects[2]!.pattern = '\\b(unclosed';
    expect(() => compileVocabulary(bad)).toThrow(PolicyDataError);
    try {
      compileVocabulary(bad);
    } catch (err) {
      expect((err as PolicyDataError).problems).toEqual([expect.stringMatching(/^vocabulary\.subjects\[2\]\.pattern: not a valid pattern \(Invalid regular expression/)]);
    }
  });

  it('names a bad pattern among those the answers use (when, how many, what names items) by its path', () => {
    const bad = raw() as unknown as Record<string, unknown> & { asksWhen: { says: string }; howMany: { ofGroup: string } };
    bad.asksWhen.says = '\\b(unclosed';
    bad.howMany.ofGroup = '[of';
    bad.namesItems = '(are';
    try {
      compileVocabulary(bad);
      throw new Error('compiled');
    } catch (err) {
      expect((err as PolicyDataError).problems).toEqual([
        expect.stringMatching(/^vocabulary\.asksWhen\.says: not a valid pattern/),
        expect.stringMatching(/^vocabulary\.howMany\.ofGroup: not a valid pattern/),
        expect.stringMatching(/^vocabulary\.namesItems: not a valid pattern/),
      ]);
    }
  });

  it('names an unknown subject and a missing section', () => {
    const bad = raw();
    bad.subjects[0]!.id = 'weather';
    delete bad.followUp;
    expect(() => compileVocabulary(bad)).toThrow(/vocabulary\.subjects\[0\]\.id: .*\n\s+vocabulary\.followUp: /);
  });
});
