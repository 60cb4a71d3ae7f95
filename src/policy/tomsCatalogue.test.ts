import { describe, it, expect } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  allMeasures,
  findByRef,
  findBySubject,
  loadTomsCatalogue,
  normaliseRef,
  themes,
} from './tomsCatalogue.js';
import { DEFAULT_DATA_DIR } from './loader.js';
import { loadSources } from './sources.js';

const projectRoot = new URL('../../', import.meta.url);
const cataloguePath = fileURLToPath(new URL('data/toms.json', projectRoot));
const sources = loadSources(DEFAULT_DATA_DIR);

/** Every ref in a text, in order. */
function refsIn(text: string): string[] {
  return [...text.matchAll(/\b(NT\d+[a-z]?|C19-\d+)\b/g)].map((m) => m[1]!);
}

const refs = (measures: readonly { ref: string }[]): string[] => measures.map((m) => m.ref);
const wording = (ref: string): string | null | undefined => findByRef(ref)?.measure;

describe('TOMs catalogue file', () => {
  it('validates', () => {
    const catalogue = loadTomsCatalogue();
    expect(catalogue.source.document).toBe('policy-2021-25');
    expect(themes().map((t) => t.id)).toEqual(['jobs', 'growth', 'social', 'environment', 'innovation']);
    expect(allMeasures()).toHaveLength(108);
  });

  it('lists exactly the NT and C19 refs of the source table, in table order', () => {
    const catalogue = loadTomsCatalogue();
    // The table is the section of data/sources/policy-2021-25.txt that the catalogue cites.
    const table = sources.section(catalogue.source.document, catalogue.source.section);
    expect(table?.text.startsWith('The National TOMS are:')).toBe(true);
    const sourceRefs = refsIn(table!.text);
    // ...and nowhere else in the policy does a ref appear.
    expect(refsIn(sources.documents.get(catalogue.source.document)!.text)).toEqual(sourceRefs);
    const ours = refs(allMeasures());
    expect(ours).toEqual(sourceRefs);
    expect(ours.filter((r) => r.startsWith('NT'))).toHaveLength(sourceRefs.filter((r) => r.startsWith('NT')).length);
    expect(ours.filter((r) => r.startsWith('C19-'))).toHaveLength(sourceRefs.filter((r) => r.startsWith('C19-')).length);
  });

  it('has 88 NT and 20 C19 measures, C19 flagged', () => {
    expect(allMeasures().every((m) => m.covid19 === m.ref.startsWith('C19-'))).toBe(true);
    expect(allMeasures().filter((m) => !m.covid19)).toHaveLength(88);
    expect(allMeasures().filter((m) => m.covid19)).toHaveLength(20);
  });

  it('copies wording verbatim', () => {
    expect(wording('NT4a')).toBe('No. of 16-25 y.o. care leavers (FTE) hired on the contract');
    expect(wording('NT3a')).toBe('No. of armed forces veteran employees (FTE) hired on the contract (LTU)');
    expect(wording('NT18')).toBe('Total spent in the LOCAL supply chain through the contract');
    expect(wording('NT41')).toBe('Percentage of staff paid at least the relevant Real Living wage (Living Wage Foundation)');
    expect(findByRef('C19-5')).toEqual({
      ref: 'C19-5',
      theme: 'growth',
      outcome: 'Supporting workers, SMEs and VCSEs to face the COVID-19 crisis',
      measure: 'Support for SMEs/VCSEs to respond to the crisis & maintain business operations',
      covid19: true,
    });
  });

  it('records the illegible NT24 wording as null with a note, never invented', () => {
    const nt24 = findByRef('NT24');
    expect(nt24).toMatchObject({ theme: 'social', outcome: 'Crime is reduced', measure: null });
    expect(nt24?.note).toMatch(/not legible/);
  });

  it('carries outcomes down the table', () => {
    expect(findByRef('NT1c')?.outcome).toBe('More local people in employment');
    expect(findByRef('C19-19')?.outcome).toBe('Retaining jobs and skills during the COVID-19 crisis');
    expect(findByRef('NT53')?.theme).toBe('innovation');
  });

  it('fails on a broken copy with the file and the path of the fault', () => {
    const broken = JSON.parse(readFileSync(cataloguePath, 'utf8'));
    broken.measures[3].ref = 42;
    broken.measures[5].theme = 'growht';
    const file = join(mkdtempSync(join(tmpdir(), 'toms-')), 'toms.json');
    writeFileSync(file, JSON.stringify(broken));
    expect(() => loadTomsCatalogue(file)).toThrow('toms.json: measures[3].ref: expected string');
    expect(() => loadTomsCatalogue(file)).toThrow(/toms\.json: measures\[5\]\.theme: /);
  });

  it('fails on a duplicate ref, on invalid JSON and on a missing file, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toms-'));
    const dup = JSON.parse(readFileSync(cataloguePath, 'utf8'));
    dup.measures[1].ref = dup.measures[0].ref;
    writeFileSync(join(dir, 'dup.json'), JSON.stringify(dup));
    expect(() => loadTomsCatalogue(join(dir, 'dup.json'))).toThrow('dup.json: measures[1].ref: duplicate ref NT1');
    writeFileSync(join(dir, 'bad.json'), '{ "source": ');
    expect(() => loadTomsCatalogue(join(dir, 'bad.json'))).toThrow(/^bad\.json: .*bad\.json is not valid JSON/);
    expect(() => loadTomsCatalogue(join(dir, 'absent.json'))).toThrow(/^absent\.json: cannot read .*absent\.json/);
  });
});

describe('normaliseRef', () => {
  it.each([
    ['NT4a', 'NT4a'],
    ['nt4a', 'NT4a'],
    ['NT 4a', 'NT4a'],
    ['NT4A', 'NT4a'],
    ['NT-04a', 'NT4a'],
    ['nt18', 'NT18'],
    [' NT 4 a ', 'NT4a'],
    ['C19-5', 'C19-5'],
    ['c19 5', 'C19-5'],
    ['C19/5', 'C19-5'],
    ['c195', 'C19-5'],
    ['c1920', 'C19-20'],
    ['COVID-19 5', 'C19-5'],
  ])('%s -> %s', (input, expected) => {
    expect(normaliseRef(input)).toBe(expected);
  });

  it.each(['', 'NT', 'NT4ab', 'C19', 'C19-', 'c19-0', 'care leavers', 'N4a', 'TOMs'])('rejects %j', (input) => {
    expect(normaliseRef(input)).toBeNull();
  });
});

describe('findByRef', () => {
  it('accepts refs as officers type them', () => {
    expect(findByRef('nt 4a')?.ref).toBe('NT4a');
    expect(findByRef('c19/5')?.ref).toBe('C19-5');
  });

  it.each(['NT999', 'C19-99', 'NT34', 'NT4z', 'rubbish'])('returns undefined for unknown %s', (ref) => {
    expect(findByRef(ref)).toBeUndefined();
  });
});

describe('findBySubject', () => {
  const search = (text: string): string[] => refs(findBySubject(text));

  it('veterans', () => {
    expect(search('veterans')).toEqual(['NT3a', 'NT6a']);
    expect(search('Can we ask for armed forces veterans?')).toEqual(['NT3a', 'NT6a']);
  });

  it('care leavers', () => {
    expect(search('care leavers')).toEqual(['NT4a']);
  });

  it('apprenticeships', () => {
    expect(search('apprenticeships')).toEqual(['NT10', 'NT10a', 'NT10b']);
  });

  it('local spend puts NT18 among the first', () => {
    const found = search('local spend');
    expect(found.slice(0, 2)).toContain('NT18');
    expect(found).toEqual(expect.arrayContaining(['NT18a', 'NT19', 'NT19a']));
  });

  it('living wage', () => {
    expect(search('living wage')).toEqual(expect.arrayContaining(['NT41', 'NT42', 'NT58', 'NT13a']));
    expect(search('Real Living Wage')).toHaveLength(4);
  });

  it('volunteering', () => {
    expect(search('volunteering')).toEqual(expect.arrayContaining(['NT29', 'NT17']));
  });

  it('carbon', () => {
    const found = search('carbon');
    expect(found.slice(0, 2)).toEqual(['NT31', 'NT44']);
    expect(found).toEqual(expect.arrayContaining(['NT64', 'NT45', 'NT48', 'NT49', 'NT15a']));
  });

  it.each([
    ['ex-offenders', ['NT5', 'NT5a']],
    ['homeless people', ['NT3b', 'NT25', 'NT63']],
    ['disabled', ['NT6', 'NT6a', 'NT27']],
    ['NEETs', ['NT4']],
    ['young people', ['NT11', 'NT5a']],
    ['work placements', ['NT12', 'NT13', 'NT13a']],
    ['SMEs', ['NT15', 'NT19', 'C19-5']],
    ['VCSE', ['NT14', 'NT16', 'NT17']],
    ['modern slavery', ['NT3d', 'NT43', 'NT59', 'NT60']],
    ['mental health', ['NT39', 'NT56', 'C19-7']],
    ['wellbeing', ['NT20', 'NT26']],
    ['prompt payment', ['NT61', 'C19-6']],
    ['paid within 30 days', ['NT61', 'C19-6']],
    ['training', ['NT9', 'NT9a', 'NT49']],
    ['recycling', ['NT68', 'NT72']],
    ['waste', ['NT72']],
    ['plastic', ['NT68', 'NT70']],
    ['trees', ['NT47']],
    ['biodiversity', ['NT67']],
    ['emissions', ['NT66', 'NT73', 'NT33']],
    ['vehicles', ['NT65', 'NT73']],
    ['crime', ['NT24']],
  ])('%s', (subject, expected) => {
    expect(search(subject)).toEqual(expect.arrayContaining(expected));
  });

  it('covid returns the C19 measures', () => {
    const found = search('covid');
    expect(found).toHaveLength(20);
    expect(found.every((r) => r.startsWith('C19-'))).toBe(true);
  });

  it('returns each measure once, even when several subjects match', () => {
    const found = search('disabled veterans');
    expect(found[0]).toBe('NT6a');
    expect(new Set(found).size).toBe(found.length);
  });

  it('a ref as the subject returns that measure', () => {
    expect(search('nt4a')).toEqual(['NT4a']);
  });

  it('falls back to the question’s words, and finds nothing for nonsense', () => {
    expect(search('gloves and masks')).toEqual(['C19-18']);
    expect(search('zebra crossings')).toEqual([]);
  });
});
