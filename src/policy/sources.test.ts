/**
 * data/sources/: the four council documents, their index and section maps. The real data loads, each
 * text is its file byte for byte, every citation anywhere in data/ names a section of its document's
 * map and quotes words that are in that section, and a damaged index stops with the exact fault.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, PolicyDataError, loadPolicyLibrary, packCitations } from './loader.js';
import type { Source } from './schema.js';
import { loadSources, plainWords, splitLines, type SourceLibrary } from './sources.js';

const SOURCES_DIR = join(DEFAULT_DATA_DIR, 'sources');
const library = loadSources(DEFAULT_DATA_DIR);

const scratch = mkdtempSync(join(tmpdir(), 'sources-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let copies = 0;

/** A fresh copy of data/ whose sources/index.json is edited; returns the copy. */
function damagedIndex(edit: (index: JsonList) => void): string {
  copies += 1;
  const dir = join(scratch, `data-${copies}`);
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  const file = join(dir, 'sources', 'index.json');
  const index = JSON.parse(readFileSync(file, 'utf8')) as JsonList;
  edit(index);
  writeFileSync(file, JSON.stringify(index, null, 2));
  return dir;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type JsonList = any[]; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The problems loadSources reports for a directory; fails the test if it loads. */
function problemsOf(dir: string): string[] {
  try {
    loadSources(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(PolicyDataError);
    const error = err as PolicyDataError;
    for (const p of error.problems) expect(error.message).toContain(p);
    return error.problems;
  }
  throw new Error(`expected ${dir} to be rejected`);
}

/** Every `{ document, section }` object in a JSON file, with its path. */
function citationsIn(file: string): { where: string; source: Source }[] {
  const out: { where: string; source: Source }[] = [];
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}[${i}]`));
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.document === 'string' && typeof o.section === 'string') out.push({ where: `${file}${path}`, source: o as unknown as Source });
    for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
  };
  walk(JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, file), 'utf8')), '');
  return out;
}

/** Every citation in data/: packs, national context, action plans, the TOMs catalogue, the index itself. */
function allCitations(): { where: string; source: Source }[] {
  const files = [
    ...readdirSync(join(DEFAULT_DATA_DIR, 'policies')).map((f) => `policies/${f}`),
    'national-context.json',
    ...readdirSync(join(DEFAULT_DATA_DIR, 'action-plans')).map((f) => `action-plans/${f}`),
    'toms.json',
    'sources/index.json',
  ];
  return files.flatMap(citationsIn);
}

const sectionsOf = (lib: SourceLibrary, source: Source) =>
  [source.section, ...(source.alsoSections ?? [])].map((name) => lib.section(source.document, name));

describe('the real sources', () => {
  it('are the four council documents, each its own council', () => {
    expect([...library.documents.values()].map((d) => [d.id, d.council, d.file])).toEqual([
      ['charter-2019', 'stockport', 'charter-2019.txt'],
      ['statement-2022-23', 'stockport', 'statement-2022-23.txt'],
      ['executive-2022-10', 'trafford', 'executive-2022-10.txt'],
      ['policy-2021-25', 'cheshire-west-and-chester', 'policy-2021-25.txt'],
    ]);
  });

  it('hold each text exactly as its file, and only files the index lists', () => {
    for (const doc of library.documents.values()) expect(doc.text).toBe(readFileSync(join(SOURCES_DIR, doc.file), 'utf8'));
    const listed = [...library.documents.values()].map((d) => d.file).sort();
    expect(readdirSync(SOURCES_DIR).filter((f) => f.endsWith('.txt')).sort()).toEqual(listed);
  });

  // Every passage, quote and card is cut from these texts, so mark-up left in them by the conversion
  // from the published documents ("<ul style=…>", "<u>Growth</u>") would reach an officer's card.
  it('hold no HTML mark-up, only the documents\' words', () => {
    for (const doc of library.documents.values()) {
      const tagged = doc.text.split('\n').flatMap((line, i) => (/<\/?[a-z][a-z0-9]*\b[^>]*>/i.test(line) ? [`${doc.file}:${i + 1}: ${line.slice(0, 80)}`] : []));
      expect(tagged).toEqual([]);
    }
  });

  it('map every line of every document to exactly one section, in order', () => {
    for (const doc of library.documents.values()) {
      const lines = splitLines(doc.text);
      expect(doc.sections[0]!.startLine).toBe(1);
      expect(doc.sections.at(-1)!.endLine).toBe(lines.length);
      doc.sections.forEach((s, i) => {
        if (i > 0) expect(s.startLine).toBe(doc.sections[i - 1]!.endLine + 1);
        expect(s.text).toBe(lines.slice(s.startLine - 1, s.endLine).join('\n'));
      });
      // The sections together are the whole text.
      expect(doc.sections.map((s) => s.text).join('\n')).toBe(lines.join('\n'));
    }
  });

  it('find a section by its heading or an alias', () => {
    const star = library.section('executive-2022-10', '2.1 STAR');
    expect(star).toBeDefined();
    expect(library.section('executive-2022-10', '2.1')).toBe(star);
    expect(star!.id).toBe('2-1-star');
    expect(library.section('executive-2022-10', '2.9')).toBeUndefined();
    expect(library.section('nope', '2.1')).toBeUndefined();
    expect(library.section('policy-2021-25', 'Clear goals: Potential social value activities (Jobs)')?.heading).toBe('Clear goals: Potential social value activities');
  });

  it('split a section into its paragraphs, without a heading line that stands alone', () => {
    const procurement = library.section('charter-2019', '4. Social Value through Procurement')!;
    expect(procurement.text.split('\n')[0]).toBe('4. Social Value through Procurement');
    expect(procurement.paragraphs[0]).toMatch(/^The Council's procurement team, STaR Procurement/);
    expect(procurement.paragraphs[1]).toMatch(/^- Including Social Value in every procurement opportunity/);
    expect(procurement.paragraphs).toHaveLength(2);
    // A numbered paragraph is its own heading: its words stay.
    const maturity = library.section('executive-2022-10', '2.2')!;
    expect(maturity.paragraphs[0]).toMatch(/^- 2\.2 The Social Value Maturity Index is a self-assessment tool/);
    // A sub-section the packs name differently from the document: the document's heading line is left out.
    const minimum = library.section('policy-2021-25', 'Policy interventions: Procurement (i) Minimum standards')!;
    expect(minimum.paragraphs[0]).toMatch(/^\(i\) Minimum standards: Before the Council applies/);
    const table = library.section('policy-2021-25', 'Appendix B: The Social Value Performance Management Framework (National TOMs table)')!;
    expect(table.text.split('\n')[0]).toBe('The National TOMS are:');
    expect(table.paragraphs[0]).toMatch(/^Themes\tOutcomes\tRef\tMeasures/);
    for (const doc of library.documents.values()) {
      for (const s of doc.sections) for (const p of s.paragraphs) expect(p).toBe(p.trim());
    }
    // A sentence the file breaks across a blank line (the published document's page break) is one paragraph.
    const outcomes = library.section('executive-2022-10', '3.2')!;
    expect(outcomes.paragraphs.some((p) => /looking for help to\nget them into work\./.test(p))).toBe(true);
    expect(outcomes.paragraphs.some((p) => /^get them into work/.test(p))).toBe(false);
  });

  it("know when a document is out of date, in the documents' own words", () => {
    const charter = library.documents.get('charter-2019')!;
    expect(charter.refreshDue).toBe('2023');
    const says = library.section(charter.refreshSource!.document, charter.refreshSource!.section)!;
    expect(plainWords(says.text)).toContain(plainWords(charter.refreshSource!.quote!));
    expect(charter.refreshSource!.quote).toContain('it is due to be refreshed in 2023');
    const policy = library.documents.get('policy-2021-25')!;
    expect([policy.period, policy.periodEnds]).toEqual(['2021-25', '2025-12-31']);
    expect(library.documents.get('statement-2022-23')).toMatchObject({ period: '2022-2023', periodEnds: '2023-03-31' });
    expect(library.documents.get('executive-2022-10')!.periodEnds).toBeUndefined();
  });
});

describe('every citation in data/', () => {
  const citations = allCitations();

  it('are many, from every kind of file', () => {
    expect(citations.length).toBeGreaterThan(130);
    for (const prefix of ['policies/', 'national-context.json', 'action-plans/', 'toms.json', 'sources/index.json']) {
      expect(citations.some((c) => c.where.startsWith(prefix))).toBe(true);
    }
  });

  it('names a section of its document', () => {
    const unresolved = citations.filter(({ source }) => sectionsOf(library, source).some((s) => !s));
    expect(unresolved.map(({ where, source }) => `${where}: ${source.document} "${source.section}"`)).toEqual([]);
  });

  it('quotes words that are in a section it cites', () => {
    const missing: string[] = [];
    let quotes = 0;
    for (const { where, source } of citations) {
      if (!source.quote) continue;
      quotes += 1;
      const texts = sectionsOf(library, source).map((s) => plainWords(s!.text));
      if (!texts.some((t) => t.includes(plainWords(source.quote!)))) missing.push(`${where}: ${source.quote}`);
    }
    expect(missing).toEqual([]);
    expect(quotes).toBeGreaterThan(60);
  });

  it('in the packs is what the loader checks, and the loaded packs are the same documents', () => {
    const policy = loadPolicyLibrary();
    for (const pack of policy.packs.values()) {
      for (const { source } of packCitations(pack)) expect(sectionsOf(policy.sources, source).every(Boolean)).toBe(true);
      for (const doc of pack.documents) expect(policy.sources.documents.get(doc.id)!.council).toBe(pack.council.id);
    }
  });
});

describe('a damaged sources/index.json', () => {
  it('that is not valid JSON names the file', () => {
    const dir = damagedIndex(() => undefined);
    writeFileSync(join(dir, 'sources', 'index.json'), '[{ "id": "charter-2019", ');
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^sources\/index\.json: .*index\.json is not valid JSON/);
  });

  it('that is missing names the file', () => {
    const dir = damagedIndex(() => undefined);
    rmSync(join(dir, 'sources', 'index.json'));
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^sources\/index\.json: cannot read .*sources\/index\.json/)]);
  });

  it('that is not a list says so', () => {
    const dir = damagedIndex(() => undefined);
    writeFileSync(join(dir, 'sources', 'index.json'), '{ "documents": [] }');
    expect(problemsOf(dir)).toEqual(['sources/index.json: expected array, received object']);
  });

  it('with a missing field names it', () => {
    const dir = damagedIndex((index) => {
      delete index[1].title;
    });
    expect(problemsOf(dir)).toEqual(['sources/index.json[1].title: expected string, received undefined']);
  });

  it('with a section missing its end line names it', () => {
    const dir = damagedIndex((index) => {
      delete index[2].sections[3].endLine;
    });
    expect(problemsOf(dir)).toEqual(['sources/index.json[2].sections[3].endLine: expected number, received undefined']);
  });

  it('with a range past the end of the text says how long the text is', () => {
    const dir = damagedIndex((index) => {
      const sections = index[3].sections as Json[];
      sections[sections.length - 1]!.endLine = 812;
    });
    expect(problemsOf(dir)).toEqual(['sources/index.json[3].sections[24].endLine: beyond the end of policy-2021-25.txt (415 lines)']);
  });

  it('with a heading that is not in the text says what the line reads', () => {
    const dir = damagedIndex((index) => {
      index[0].sections[5].heading = '4. Social Value in Procurement';
    });
    expect(problemsOf(dir)).toEqual([
      'sources/index.json[0].sections[5].heading: "4. Social Value in Procurement" not found at the start of the section (line 55 reads "4. Social Value through Procurement"); if the packs cite it by another name, give the words the document uses as asWritten',
    ]);
  });

  it('with a wrong asWritten says so at asWritten', () => {
    const dir = damagedIndex((index) => {
      index[3].sections[10].asWritten = '(i) Minimum standard';
    });
    expect(problemsOf(dir)).toEqual([
      'sources/index.json[3].sections[10].asWritten: "(i) Minimum standard" not found at the start of the section (line 162 reads "(i) Minimum standards: Before the Council applies any social value requirements …")',
    ]);
  });

  it('with overlapping sections names both', () => {
    const dir = damagedIndex((index) => {
      index[0].sections[2].startLine = 13;
    });
    expect(problemsOf(dir)).toEqual(expect.arrayContaining(['sources/index.json[0].sections[2].startLine: overlaps sections[1] (lines 12-13)']));
  });

  it('with a gap between sections names the lines left out', () => {
    const dir = damagedIndex((index) => {
      index[0].sections[1].endLine = 12;
    });
    expect(problemsOf(dir)).toEqual(['sources/index.json[0].sections[2].startLine: line 13 of charter-2019.txt are in no section (sections[1] ends at line 12)']);
  });

  it('with text before the first or after the last section names the lines', () => {
    const dir = damagedIndex((index) => {
      index[0].sections[0].startLine = 3;
      index[0].sections[5].endLine = 60;
    });
    expect(problemsOf(dir)).toEqual([
      'sources/index.json[0].sections[0].startLine: lines 1-2 of charter-2019.txt are in no section (the first section must start at line 1)',
      'sources/index.json[0].sections[5].endLine: lines 61-66 of charter-2019.txt are in no section (the last section must end at line 66)',
    ]);
  });

  it('with an end before the start says so', () => {
    const dir = damagedIndex((index) => {
      index[2].sections[1].endLine = 14;
    });
    expect(problemsOf(dir)).toEqual(
      expect.arrayContaining(['sources/index.json[2].sections[1].endLine: 14 is before startLine 15']),
    );
  });

  it('with one name for two sections names the second', () => {
    const dir = damagedIndex((index) => {
      index[2].sections[10].aliases = ['2.1'];
    });
    expect(problemsOf(dir)).toEqual(['sources/index.json[2].sections[10].aliases[0]: "2.1" already names sections[9]']);
  });

  it('with a duplicate document or section id names it', () => {
    const dir = damagedIndex((index) => {
      index[2].sections[11].id = '2-2';
      index.push({ ...index[0] });
    });
    expect(problemsOf(dir)).toEqual([
      'sources/index.json[2].sections[11].id: duplicate section id "2-2" (also sections[10])',
      'sources/index.json[4].id: duplicate document id "charter-2019"',
    ]);
  });

  it('with a file that is not there, or not in data/sources, names it', () => {
    const dir = damagedIndex((index) => {
      index[1].file = 'statement-2023-24.txt';
      index[2].file = '../../elsewhere/report.txt';
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/^sources\/index\.json\[1\]\.file: cannot read .*statement-2023-24\.txt/),
      'sources/index.json[2].file: expected a file name in data/sources ending in .txt',
    ]);
  });

  it('with an unknown council or a bad date names the field', () => {
    const dir = damagedIndex((index) => {
      index[2].council = 'Bury Council';
      index[3].periodEnds = '2025-02-30';
      index[0].refreshDue = 'soon';
    });
    expect(problemsOf(dir)).toEqual([
      'sources/index.json[0].refreshDue: expected YYYY or YYYY-MM-DD',
      expect.stringMatching(/^sources\/index\.json\[2\]\.council: /),
      'sources/index.json[3].periodEnds: not a real date',
    ]);
  });

  it('with a refresh date whose quote is not in the cited section says so', () => {
    const dir = damagedIndex((index) => {
      index[0].refreshSource.quote = 'it is due to be refreshed in 2024';
    });
    expect(problemsOf(dir)).toEqual([
      'sources/index.json[0].refreshSource.quote: not found in statement-2022-23 section "1. Approach and Intentions in Relation to Social Value" (nor anywhere else in statement-2022-23.txt)',
    ]);
  });

  it('with a refresh date but no source for it says so', () => {
    const dir = damagedIndex((index) => {
      delete index[0].refreshSource;
    });
    expect(problemsOf(dir)).toEqual(['sources/index.json[0].refreshSource: refreshDue needs a refreshSource quoting where a document says so']);
  });

  it('stops the policy library too, with the same faults', () => {
    const dir = damagedIndex((index) => {
      index[3].sections[24].endLine = 812;
    });
    try {
      loadPolicyLibrary(dir);
      throw new Error('expected the library to be rejected');
    } catch (err) {
      expect(err).toBeInstanceOf(PolicyDataError);
      expect((err as PolicyDataError).problems).toEqual(['sources/index.json[3].sections[24].endLine: beyond the end of policy-2021-25.txt (415 lines)']);
    }
  });
});
