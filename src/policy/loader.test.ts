/**
 * loadPolicyLibrary(): the real data loads, every quoted sentence is in its source document
 * (data/sources/), and a damaged copy of data/ stops with a PolicyDataError that names every fault by
 * file and exact path.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonPath } from '../jsonFile.js';
import { DEFAULT_DATA_DIR, PolicyDataError, loadPolicyLibrary } from './loader.js';
import type { PolicyDocument, Source } from './schema.js';

const scratch = mkdtempSync(join(tmpdir(), 'policy-loader-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let copies = 0;

/** A fresh copy of data/ to damage. */
function dataCopy(): string {
  copies += 1;
  const dir = join(scratch, `data-${copies}`);
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  return dir;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function editJson(file: string, edit: (json: Json) => void): void {
  const json = JSON.parse(readFileSync(file, 'utf8')) as Json;
  edit(json);
  writeFileSync(file, JSON.stringify(json, null, 2));
}

const packFile = (dir: string, id: string) => join(dir, 'policies', `${id}.json`);
const editPack = (dir: string, id: string, edit: (json: Json) => void) => editJson(packFile(dir, id), edit);

/** The PolicyDataError the loader throws for a directory; fails the test if it loads. */
function loadError(dir: string): PolicyDataError {
  try {
    loadPolicyLibrary(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(PolicyDataError);
    const error = err as PolicyDataError;
    // The message carries every problem, so start-up logs are enough to fix the data.
    for (const p of error.problems) expect(error.message).toContain(p);
    return error;
  }
  throw new Error(`expected ${dir} to be rejected`);
}

describe('the real policy data', () => {
  const library = loadPolicyLibrary();

  it('has one valid pack per council file, keyed by its id', () => {
    const files = readdirSync(join(DEFAULT_DATA_DIR, 'policies')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect([...library.packs.keys()].sort()).toEqual(files.sort());
    expect(library.packs.size).toBe(3);
    for (const [id, pack] of library.packs) expect(pack.council.id).toBe(id);
  });

  it('has the national context, labelled as not a council rule', () => {
    expect(library.national.label).toMatch(/not a council rule/);
    expect(library.national.facts.find((f) => f.id === 'central-government-minimum')?.figure).toBe('10%');
  });

  const citedSources = (): { where: string; documents: PolicyDocument[]; source: Source }[] => {
    const out: { where: string; documents: PolicyDocument[]; source: Source }[] = [];
    for (const pack of library.packs.values()) {
      const id = pack.council.id;
      pack.rules.forEach((r) => out.push({ where: `${id} rule ${r.id}`, documents: pack.documents, source: r.source }));
      for (const [topic, t] of Object.entries(pack.topics)) {
        t?.parts.forEach((p, i) => out.push({ where: `${id} topic ${topic} part ${i}`, documents: pack.documents, source: p.source }));
      }
      if (pack.noWeighting) out.push({ where: `${id} noWeighting`, documents: pack.documents, source: pack.noWeighting.source });
      if (pack.council.procurementPartner) {
        out.push({ where: `${id} procurement partner`, documents: pack.documents, source: pack.council.procurementPartner.source });
      }
    }
    library.national.facts.forEach((f) => out.push({ where: `national ${f.id}`, documents: library.national.documents, source: f.source }));
    return out;
  };

  it('quotes every sentence verbatim from the source document it cites', () => {
    // Markdown emphasis and line breaks from the text extraction are not part of the words.
    const plain = (s: string) => s.replace(/[*_]/g, '').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();
    const missing: string[] = [];
    let checked = 0;
    for (const { where, documents, source } of citedSources()) {
      if (!source.quote) continue;
      const doc = documents.find((d) => d.id === source.document)!;
      const text = library.sources.documents.get(doc.id)!.text;
      if (!plain(text).includes(plain(source.quote))) missing.push(`${where}: ${source.quote}`);
      checked += 1;
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });

  it('resolves every document to its text in data/sources', () => {
    const documents = citedSources().flatMap(({ documents: ds }) => ds);
    for (const doc of documents) {
      expect(existsSync(join(DEFAULT_DATA_DIR, 'sources', doc.file))).toBe(true);
      expect(library.sources.documents.get(doc.id)?.title).toBe(doc.title);
    }
    expect(library.packs.get('stockport')!.documents.map((d) => d.id)).toEqual(['charter-2019', 'statement-2022-23']);
    expect(library.national.documents.map((d) => d.id)).toEqual(['policy-2021-25', 'executive-2022-10']);
  });

  it('gives each pack its documents with the fields the citations use', () => {
    expect(library.packs.get('stockport')!.documents[0]).toEqual({
      id: 'charter-2019',
      title: "Stockport's Social Value Charter",
      council: 'stockport',
      date: '2019',
      currency: 'Ratified in 2019; the Annual Statement 2022-2023 says it is due to be refreshed in 2023.',
      refreshDue: '2023',
      file: 'charter-2019.txt',
    });
    expect(library.packs.get('cheshire-west-and-chester')!.documents[0]).toMatchObject({ period: '2021-25', periodEnds: '2025-12-31' });
  });
});

describe('a pack citation that does not match its document', () => {
  it('with a quote that is not verbatim gives the path and the section it was looked for in', () => {
    const dir = dataCopy();
    editPack(dir, 'stockport', (p) => {
      expect(p.rules[1].source.section).toBe('4. Social Value through Procurement');
      p.rules[1].source.quote = 'attribute a minimum weighting of 25%';
    });
    expect(loadError(dir).problems).toEqual([
      'stockport.rules[1].source.quote: not found in charter-2019 section "4. Social Value through Procurement" (nor anywhere else in charter-2019.txt)',
    ]);
  });

  it('with a verbatim quote cited to the wrong section names the section it is in', () => {
    const dir = dataCopy();
    editPack(dir, 'trafford', (p) => {
      p.rules[1].source.section = '2.3';
    });
    expect(loadError(dir).problems).toEqual([
      'trafford.rules[1].source.quote: not found in executive-2022-10 section "2.3" (it is in section "3.1")',
    ]);
  });

  it('with a section the document map does not have gives the path', () => {
    const dir = dataCopy();
    editPack(dir, 'cheshire-west-and-chester', (p) => {
      p.topics.training.parts[0].source.section = 'Policy interventions: Procurement (ix) Training';
    });
    expect(loadError(dir).problems).toEqual([
      'cheshire-west-and-chester.topics.training.parts[0].source.section: no section "Policy interventions: Procurement (ix) Training" in policy-2021-25 (use a heading or alias from sources/index.json)',
    ]);
  });

  it('checks every section of a citation that rests on several', () => {
    const dir = dataCopy();
    editPack(dir, 'trafford', (p) => {
      expect(p.noWeighting.source).toEqual({ document: 'executive-2022-10', section: '2.3', alsoSections: ['3.1'] });
      p.noWeighting.source.alsoSections = ['3.9'];
    });
    expect(loadError(dir).problems).toEqual([
      'trafford.noWeighting.source.alsoSections[0]: no section "3.9" in executive-2022-10 (use a heading or alias from sources/index.json)',
    ]);
  });

  it('checks the national context too', () => {
    const dir = dataCopy();
    editJson(join(dir, 'national-context.json'), (n) => {
      n.facts[0].source.quote = 'a minimum 12% social value weighting';
    });
    expect(loadError(dir).problems).toEqual([
      'national-context.facts[0].source.quote: not found in policy-2021-25 section "What do we mean by social value?" (nor anywhere else in policy-2021-25.txt)',
    ]);
  });

  it('naming a document that is not in data/sources is rejected at the list', () => {
    const dir = dataCopy();
    editPack(dir, 'stockport', (p) => {
      p.documents.push('statement-2023-24');
    });
    expect(loadError(dir).problems).toEqual([
      'stockport.documents[2]: unknown source document "statement-2023-24" (known: charter-2019, statement-2022-23, executive-2022-10, policy-2021-25)',
    ]);
  });

  it("naming another council's document is rejected", () => {
    const dir = dataCopy();
    editPack(dir, 'trafford', (p) => {
      p.documents.push('policy-2021-25');
    });
    expect(loadError(dir).problems).toEqual([
      'trafford.documents[1]: "policy-2021-25" is a cheshire-west-and-chester document (sources/index.json), not trafford\'s',
    ]);
  });

  it('stops start-up when the sources are damaged, with their faults', () => {
    const dir = dataCopy();
    rmSync(join(dir, 'sources', 'charter-2019.txt'));
    const { problems } = loadError(dir);
    expect(problems).toEqual([expect.stringMatching(/^sources\/index\.json\[0\]\.file: cannot read .*charter-2019\.txt/)]);
  });
});

describe('a damaged policy pack', () => {
  it('with a wrong type gives the exact path, e.g. stockport.rules[1].min', () => {
    const dir = dataCopy();
    editPack(dir, 'stockport', (p) => {
      expect(p.rules[1].kind).toBe('weighting');
      p.rules[1].min = '15';
    });
    expect(loadError(dir).problems).toEqual(['stockport.rules[1].min: expected number, received string']);
  });

  it('with a missing field names the field', () => {
    const dir = dataCopy();
    editPack(dir, 'trafford', (p) => {
      delete p.rules[0].statement;
    });
    expect(loadError(dir).problems).toEqual(['trafford.rules[0].statement: expected string, received undefined']);
  });

  it('with a weighting rule that has neither a minimum nor a standard figure says so at the rule', () => {
    const dir = dataCopy();
    editPack(dir, 'cheshire-west-and-chester', (p) => {
      const i = p.rules.findIndex((r: Json) => r.id === 'cwac-weighting-50k-100k');
      p.rules[i].standard = null;
    });
    expect(loadError(dir).problems).toEqual(['cheshire-west-and-chester.rules[1]: a weighting rule needs a min or a standard figure']);
  });

  it('with an unknown source document names it and the documents it could be', () => {
    const dir = dataCopy();
    editPack(dir, 'cheshire-west-and-chester', (p) => {
      p.rules[0].source.document = 'policy-2019';
    });
    expect(loadError(dir).problems).toEqual([
      'cheshire-west-and-chester.rules[0].source.document: unknown document "policy-2019" (known: policy-2021-25)',
    ]);
  });

  it('with an unknown document in a topic gives the topic path', () => {
    const dir = dataCopy();
    editPack(dir, 'trafford', (p) => {
      p.topics['steering-group'].parts[1].source.document = 'executive-2023';
    });
    expect(loadError(dir).problems).toEqual([
      'trafford.topics.steering-group.parts[1].source.document: unknown document "executive-2023" (known: executive-2022-10)',
    ]);
  });

  it('with a duplicate rule id names the second one', () => {
    const dir = dataCopy();
    editPack(dir, 'stockport', (p) => {
      p.rules[2].id = p.rules[1].id;
    });
    expect(loadError(dir).problems).toEqual(['stockport.rules[2].id: duplicate rule id "stockport-weighting"']);
  });

  it('without weighting rules must say what its documents say instead', () => {
    const dir = dataCopy();
    editPack(dir, 'trafford', (p) => {
      delete p.noWeighting;
    });
    expect(loadError(dir).problems).toEqual(['trafford.noWeighting: a pack without weighting rules must say what its documents say instead']);
  });

  it('that is not valid JSON names the file', () => {
    const dir = dataCopy();
    writeFileSync(packFile(dir, 'stockport'), '{ "council": { "id": "stockport", ');
    const { problems } = loadError(dir);
    expect(problems).toHaveLength(1); // not also "no policy pack" for the same council
    expect(problems[0]).toMatch(/^stockport: /);
    expect(problems[0]).toContain(packFile(dir, 'stockport'));
    expect(problems[0]).toContain('is not valid JSON');
  });

  it('that is missing is named with the file it was expected in', () => {
    const dir = dataCopy();
    rmSync(packFile(dir, 'trafford'));
    expect(loadError(dir).problems).toEqual([`trafford: no policy pack (expected ${packFile(dir, 'trafford')})`]);
  });

  it('whose council id does not match its file name is rejected', () => {
    const dir = dataCopy();
    editPack(dir, 'stockport', (p) => {
      p.council.id = 'trafford';
    });
    expect(loadError(dir).problems).toEqual(['stockport.council.id: "trafford" does not match the file name stockport.json']);
  });

  it('for a council whose documents are not its own is rejected at its documents', () => {
    const dir = dataCopy();
    const bury = JSON.parse(readFileSync(packFile(dir, 'trafford'), 'utf8')) as Json;
    bury.council.id = 'bury';
    writeFileSync(packFile(dir, 'bury'), JSON.stringify(bury));
    const { problems } = loadError(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^bury\.documents\[0\]: "executive-2022-10" is a trafford document .*not bury's$/);
  });

  it('when the policy folder is missing says so', () => {
    const dir = dataCopy();
    rmSync(join(dir, 'policies'), { recursive: true });
    const { problems } = loadError(dir);
    expect(problems[0]).toContain(`cannot read the policy folder ${join(dir, 'policies')}`);
    expect(problems).toHaveLength(1);
  });

  it('with no pack in the policy folder says how to add one', () => {
    const dir = dataCopy();
    for (const f of readdirSync(join(dir, 'policies'))) rmSync(join(dir, 'policies', f));
    expect(loadError(dir).problems).toContain(`no policy pack in ${join(dir, 'policies')}: add one <council-id>.json per council`);
  });
});

describe('a damaged national-context.json', () => {
  it('with an unknown document gives the exact path', () => {
    const dir = dataCopy();
    editJson(join(dir, 'national-context.json'), (n) => {
      n.facts[0].source.document = 'nope';
    });
    expect(loadError(dir).problems).toEqual(['national-context.facts[0].source.document: unknown document "nope"']);
  });

  it('with a missing statement gives the exact path', () => {
    const dir = dataCopy();
    editJson(join(dir, 'national-context.json'), (n) => {
      delete n.facts[1].statement;
    });
    expect(loadError(dir).problems).toEqual(['national-context.facts[1].statement: expected string, received undefined']);
  });

  it('that is not valid JSON names the file', () => {
    const dir = dataCopy();
    writeFileSync(join(dir, 'national-context.json'), 'not json');
    const { problems } = loadError(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^national-context: /);
    expect(problems[0]).toContain(join(dir, 'national-context.json'));
  });

  it('that is missing is reported', () => {
    const dir = dataCopy();
    rmSync(join(dir, 'national-context.json'));
    expect(loadError(dir).problems).toEqual([expect.stringMatching(/^national-context: cannot read .*national-context\.json/)]);
  });
});

describe('several faults at once', () => {
  it('are all listed, across files and within one file', () => {
    const dir = dataCopy();
    editPack(dir, 'stockport', (p) => {
      p.rules[1].min = '15';
      p.rules[1].target = 120; // a percentage over 100
      delete p.rules[2].statement;
    });
    editJson(join(dir, 'sources', 'index.json'), (index) => {
      index[0].date = '2019/20';
    });
    editPack(dir, 'cheshire-west-and-chester', (p) => {
      p.rules[0].source.document = 'policy-2019';
    });
    rmSync(packFile(dir, 'trafford'));
    editJson(join(dir, 'national-context.json'), (n) => {
      n.facts[0].source.document = 'nope';
    });
    const { problems } = loadError(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        'stockport.rules[1].min: expected number, received string',
        expect.stringMatching(/^stockport\.rules\[1\]\.target: /),
        'stockport.rules[2].statement: expected string, received undefined',
        'sources/index.json[0].date: expected YYYY, YYYY-MM or YYYY-MM-DD',
        'cheshire-west-and-chester.rules[0].source.document: unknown document "policy-2019" (known: policy-2021-25)',
        `trafford: no policy pack (expected ${packFile(dir, 'trafford')})`,
        'national-context.facts[0].source.document: unknown document "nope"',
      ]),
    );
    expect(problems).toHaveLength(7);
  });
});

describe('jsonPath', () => {
  it('writes indexes in brackets and keys after dots', () => {
    expect(jsonPath(['rules', 1, 'min'], 'stockport')).toBe('stockport.rules[1].min');
    expect(jsonPath(['topics', 'steering-group', 'parts', 0, 'source'], 'trafford')).toBe('trafford.topics.steering-group.parts[0].source');
    expect(jsonPath([], 'national-context')).toBe('national-context');
    expect(jsonPath([])).toBe('(root)');
    // Keys that are not names (a Teams conversation id, say) are quoted, so the path stays readable.
    expect(jsonPath(['records', '19:abc|x', 'eTag'])).toBe('records["19:abc|x"].eTag');
  });
});
