/**
 * The PID record as a Word document, opened as Word opens it (word/document.xml in the .docx zip): the
 * contract, every requirement that applies with its figure and source, the officer's answers, the
 * shortfalls, an exemption's decision, the history and the documents' dates; real headings, tables
 * with a header row, no images; an officer's text exactly as typed.
 */
import { describe, expect, it } from '@jest/globals';
import { describeRequirements } from '../src/checklist/assess.js';
import type { ChecklistRecord } from '../src/checklist/model.js';
import { summarise } from '../src/checklist/summary.js';
import { recordDocx } from '../src/checklist/word.js';
import { safeFilename } from '../src/downloads/downloads.js';
import { loadPolicyLibrary } from '../src/policy/loader.js';
import { requirementsFor } from '../src/policy/requirements.js';
import { createTomsLookup, loadTomsCatalogue } from '../src/policy/tomsCatalogue.js';
import { SourceLinks } from '../src/sources/links.js';
import { readDocx } from './support/docx.js';

const library = loadPolicyLibrary();
const toms = createTomsLookup(loadTomsCatalogue());
const links = new SourceLinks(library, 'https://sva.example.gov.uk');
const officer = { id: 'aad-officer', name: 'Sam Smith', email: 'sam.smith@stockport.gov.uk' };
const approver = { id: 'aad-head', name: 'Jo Head', email: 'jo.head@stockport.gov.uk' };

function record(over: Partial<ChecklistRecord> = {}): ChecklistRecord {
  return {
    kind: 'pid-checklist',
    id: 'PID-7K2M9QXR',
    version: 6,
    owner: officer,
    status: 'ready',
    step: 'review',
    contract: { council: 'stockport', title: 'Home care framework', reference: 'HC-2025-01', service: 'Adult Social Care', category: 'services', value: 120_000, competitive: true, start: '2027-01-04' },
    approach: { needsAnalysis: 'yes', marketEngagement: 'yes', included: true, weighting: 20, toms: ['NT1', 'NT4a'], evaluation: 'both' },
    commitments: { minimumStandards: 'yes', livingWage: 'yes', carbonPlan: 'yes', portal: 'yes', paymentDeductions: null, contractManagement: 'Quarterly reports through the Social Value Portal' },
    pastExemptions: [],
    history: [
      { at: '2026-03-02T09:00:00Z', by: officer, event: 'saved-contract', detail: 'Contract title: Home care framework', version: 1 },
      { at: '2026-03-02T09:05:00Z', by: officer, event: 'confirmed', detail: 'Ready for PID sign-off', version: 6 },
    ],
    created: '2026-03-02T09:00:00Z',
    updated: '2026-03-02T09:05:00Z',
    ...over,
  };
}

async function open(rec: ChecklistRecord) {
  const pack = library.packs.get(rec.contract!.council)!;
  const req = requirementsFor(pack, { value: rec.contract!.value, category: rec.contract!.category, competitive: rec.contract!.competitive });
  const bytes = await recordDocx({ record: rec, summary: summarise(rec, req), requirements: req, documents: pack.documents, measure: (r) => toms.findByRef(r), links, now: new Date('2026-03-02T10:00:00Z') });
  return { doc: readDocx(bytes), req, pack, bytes };
}

const cellsOf = (doc: ReturnType<typeof readDocx>, header: string[]) => doc.tables.find((t) => header.every((h, i) => t.rows[0]![i] === h));

describe('the Word document of a record ready for PID sign-off', () => {
  it('is a .docx with the title in its properties and the council and the reference in the page header', async () => {
    const { doc, bytes } = await open(record());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(doc.files.has('[Content_Types].xml')).toBe(true);
    expect(doc.title).toBe('PID social value section: Home care framework');
    expect(doc.header).toBe('Stockport Metropolitan Borough Council · PID-7K2M9QXR · PID social value record');
  });

  it('has real headings in order, tables with a header row, and no images', async () => {
    const { doc } = await open(record());
    expect(doc.headings[0]).toEqual({ level: 1, text: 'PID social value section: Home care framework' });
    expect(doc.headings.filter((h) => h.level === 1)).toHaveLength(1);
    expect(doc.headings.filter((h) => h.level === 2).map((h) => h.text)).toEqual([
      'The contract',
      "What the council's policy asks",
      'The social value approach',
      'Commitments',
      "Against Stockport Metropolitan Borough Council's requirements",
      'Shortfalls',
      'The record',
      'Policy documents',
    ]);
    expect(doc.tables.length).toBeGreaterThanOrEqual(7);
    for (const t of doc.tables) expect(t.header).toEqual([true, ...t.rows.slice(1).map(() => false)]);
    expect([...doc.files.keys()].filter((f) => /^word\/media\//.test(f))).toEqual([]);
    expect(doc.xml).not.toMatch(/<w:drawing|<w:pict/);
    // UK English, so Word's spelling and screen readers read it as such.
    expect(doc.files.get('word/styles.xml')!.toString('utf8')).toMatch(/<w:lang w:val="en-GB"/);
  });

  it('gives the contract and every requirement that applies with its figure and its source', async () => {
    const { doc, req } = await open(record());
    const contract = cellsOf(doc, ['Item', 'Answer'])!;
    expect(contract.rows).toEqual(
      expect.arrayContaining([
        ['Contract title', 'Home care framework'],
        ['Reference', 'HC-2025-01'],
        ['Service or directorate', 'Adult Social Care'],
        ['Category', 'Services'],
        ['Total contract value (including extensions)', '£120,000'],
        ['Competitive procurement', 'Yes'],
        ['Expected start', '4 January 2027'],
      ]),
    );
    const requirements = cellsOf(doc, ['Requirement', 'Figure', 'What the policy says', 'Source'])!;
    const lines = describeRequirements(req).lines;
    expect(lines.length).toBeGreaterThan(5);
    expect(requirements.rows).toHaveLength(lines.length + 1);
    lines.forEach((l, i) => {
      const [label, figure, says, source] = requirements.rows[i + 1]!;
      expect(label).toContain(l.label);
      for (const f of l.figures) expect(figure).toContain(`${f.title}: ${f.value}`);
      expect(says).toContain(l.statement);
      expect(source).toBe(l.citation);
    });
    const weighting = requirements.rows.find((r) => r[0] === 'Social value weighting')!;
    expect(weighting[1]).toBe('Minimum weighting: 15%\nTarget weighting: 20%\nWhen: all competitive procurement activity with a total agreement value in excess of £25k');
    expect(weighting[3]).toBe("Stockport's Social Value Charter (2019), section 4. Social Value through Procurement");
    // Each source is a link to its page, the quote highlighted, at the section (Word keeps the #fragment as w:anchor).
    const rels = doc.files.get('word/_rels/document.xml.rels')!.toString('utf8');
    const rel = /Id="([^"]+)" Type="[^"]+\/hyperlink" Target="https:\/\/sva\.example\.gov\.uk\/sources\/charter-2019\?quote=[A-Za-z0-9_-]{12}" TargetMode="External"/.exec(rels);
    expect(rel).not.toBeNull();
    expect(doc.xml).toContain(`<w:hyperlink w:history="1" w:anchor="4-social-value-through-procurement" r:id="${rel![1]}">`);
  });

  it("gives the officer's answers, the TOMs with their wording, the checks and no shortfalls", async () => {
    const { doc } = await open(record());
    const text = doc.paragraphs.join('\n');
    const tomsTable = cellsOf(doc, ['Reference', 'Measure', 'Outcome'])!;
    expect(tomsTable.rows.map((r) => r[0])).toEqual(['Reference', 'NT1', 'NT4a']);
    expect(tomsTable.rows[1]![1]).toBe(toms.findByRef('NT1')!.measure);
    expect(text).toContain('Proposed weighting');
    const checks = cellsOf(doc, ['Requirement', 'Answer', 'Outcome', 'Source'])!;
    expect(checks.rows).toContainEqual(['Social value weighting', '20%', 'Met: meets the minimum of 15%', "Stockport's Social Value Charter (2019), section 4. Social Value through Procurement"]);
    const shortfalls = doc.paragraphs.indexOf('Shortfalls');
    expect(doc.paragraphs[shortfalls + 1]).toBe('None.');
    const documents = cellsOf(doc, ['Document', 'Date', 'How current'])!;
    expect(documents.rows).toContainEqual(["Stockport's Social Value Charter", '2019', 'Ratified in 2019; the Annual Statement 2022-2023 says it is due to be refreshed in 2023.']);
    expect(documents.rows).toContainEqual(['Stockport Social Value Annual Statement 2022-2023', '2023, covers 2022-2023', '']);
    const history = cellsOf(doc, ['When', 'Who', 'What', 'Detail'])!;
    expect(history.rows.slice(1).map((r) => r[2])).toEqual(['saved-contract', 'confirmed']);
    expect(history.rows[1]![1]).toBe('Sam Smith (sam.smith@stockport.gov.uk)');
  });
});

describe('the Word document of an exempted record', () => {
  const exempted = record({
    status: 'approved',
    approach: { needsAnalysis: 'yes', marketEngagement: 'yes', included: true, weighting: 10, toms: ['NT1'], evaluation: 'both', reason: 'A specialist market of two suppliers' },
    exemption: {
      requestId: 'req-1',
      kind: 'below-minimum',
      reason: 'A specialist market of two suppliers',
      required: 15,
      proposed: 10,
      requestedAt: '2026-03-02T09:10:00Z',
      approverSource: 'council-list',
      approvers: [approver],
      deliveries: [{ to: approver, at: '2026-03-02T09:10:01Z', delivered: true }],
      rounds: 1,
      decision: { outcome: 'approved', by: approver, at: '2026-03-03T14:30:00Z', comment: 'Agreed for this market only' },
    },
  });

  it("gives the exemption's reason, approver, decision, comment and dates, and names the shortfall", async () => {
    const { doc } = await open(exempted);
    expect(doc.headings.map((h) => h.text)).toContain('Exemption approved');
    const facts = doc.tables.find((t) => t.rows.some((r) => r[0] === 'Decision'))!;
    expect(facts.rows).toEqual(
      expect.arrayContaining([
        ['Exemption', 'Weighting below the council figure'],
        ['Proposed against required', '10% against 15%'],
        ['Reason given', 'A specialist market of two suppliers'],
        ['Requested', '2 March 2026, 09:10'],
        ['Approver', 'Jo Head (jo.head@stockport.gov.uk)'],
        ['Decision', 'Approved'],
        ['Decided by', 'Jo Head (jo.head@stockport.gov.uk)'],
        ['Decided', '3 March 2026, 14:30'],
        ['Comment', 'Agreed for this market only'],
      ]),
    );
    expect(doc.paragraphs).toContain('Status: Ready for PID sign-off (exemption approved)');
    const shortfalls = doc.paragraphs.slice(doc.paragraphs.indexOf('Shortfalls') + 1, doc.paragraphs.indexOf('Exemption approved'));
    expect(shortfalls).toContain('Social value weighting: below the minimum of 15% (exemption approved by Jo Head (jo.head@stockport.gov.uk))');
  });
});

describe("an officer's words in the Word document", () => {
  const title = '**Urgent** <script>alert(1)</script> & Sons [link](http://x) 🚀 café';

  it('are kept exactly as typed, in the headings, the header and the tables', async () => {
    const { doc } = await open(record({ contract: { ...record().contract!, title, reference: '=HYPERLINK("x")' } }));
    expect(doc.title).toBe(`PID social value section: ${title}`);
    expect(doc.headings[0]!.text).toBe(`PID social value section: ${title}`);
    expect(cellsOf(doc, ['Item', 'Answer'])!.rows).toContainEqual(['Contract title', title]);
    expect(cellsOf(doc, ['Item', 'Answer'])!.rows).toContainEqual(['Reference', '=HYPERLINK("x")']);
    // Text, not mark-up: the XML carries it escaped.
    expect(doc.xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Sons');
    expect(doc.xml).not.toContain('<script>');
  });

  it('make a file name of safe characters only', () => {
    expect(safeFilename(['PID-7K2M9QXR', title, 'social value'], 'docx')).toBe('PID-7K2M9QXR-Urgent-script-alert-1-script-Sons-link-http-x-cafe-social-value.docx');
    expect(safeFilename(['PID-7K2M9QXR', '../../etc/passwd', undefined], 'docx')).toBe('PID-7K2M9QXR-etc-passwd.docx');
    expect(safeFilename(['🚀'], 'docx')).toBe('download.docx');
    expect(safeFilename(['x'.repeat(300)], 'docx')).toHaveLength(105);
  });
});
