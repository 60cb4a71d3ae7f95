/**
 * The checklist's rules without Teams: field parsing, the exemption trigger at each council's
 * boundaries (from requirementsFor), the assessment, approvers, settings and the exports.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApproverFinder } from './approvers.js';
import { assess, exemptionNeed } from './assess.js';
import { parseTomsRefs, validateApproach, validateContract } from './fields.js';
import type { ApproachAnswers, ChecklistRecord, CommitmentAnswers } from './model.js';
import { loadChecklistSettings } from '../settings/index.js';
import { summarise, summaryCsv, summaryMarkdown } from './summary.js';
import { suggestToms } from './tomsSuggestions.js';
import { Checklists, newChecklistId, normaliseChecklistId, type DeliveryOutcome } from './workflow.js';
import { openLowdbStorage } from '../storage/index.js';
import { configProblems } from '../../test/support/configProblems.js';
import type { ManagerLookup } from '../graph/graphClient.js';
import { loadPolicyLibrary } from '../policy/loader.js';
import { requirementsFor } from '../policy/requirements.js';
import type { CouncilId } from '../policy/schema.js';
import { createTomsLookup, loadTomsCatalogue } from '../policy/tomsCatalogue.js';

const library = loadPolicyLibrary();
/** The councils the policy packs cover, as the app passes them to the settings. */
const COUNCILS = [...library.packs.keys()];
const COUNCIL_NAMES = Object.fromEntries([...library.packs.values()].map((p) => [p.council.id, p.council.shortName]));
const toms = createTomsLookup(loadTomsCatalogue());
const pack = (id: CouncilId) => library.packs.get(id)!;
const req = (council: CouncilId, value: number, competitive = true) => requirementsFor(pack(council), { value, category: 'services', competitive });

const contract = { council: 'stockport', title: 'Care', reference: '', service: 'Adults', category: 'services', value: '120000', competitive: 'yes', start: '2025-09-01' };
const approach = (over: Record<string, string> = {}) => ({ needsAnalysis: 'yes', marketEngagement: 'yes', included: 'yes', weighting: '20', toms: 'NT1', otherToms: '', evaluation: 'both', reason: '', ...over });

describe('contract fields', () => {
  it.each([
    ['120000', 120000],
    ['£120,000', 120000],
    ['£ 120,000.50', 120000.5],
    ['120k', 120000],
    ['£1.2m', 1200000],
    ['2 million', 2000000],
    ['500', 500],
    ['25000.01', 25000.01],
  ])('reads %s as £%d', (typed, value) => {
    const r = validateContract({ ...contract, value: typed }, COUNCIL_NAMES);
    expect(r.ok && r.value.value).toBe(value);
  });

  it.each([
    ['lots', /amount in pounds/],
    ['', /Enter the total contract value/],
    ['-5000', /cannot be negative/],
    ['0', /more than £0/],
    ['£20bn', /more than any council contract/],
    ['12,34', /amount in pounds/],
  ])('refuses %j', (typed, message) => {
    const r = validateContract({ ...contract, value: typed }, COUNCIL_NAMES);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.value).toMatch(message);
      expect(r.values.value).toBe(typed);
    }
  });

  it('checks every field at once and accepts UK dates and council names', () => {
    const r = validateContract({ council: 'Bury', title: '', service: 'x'.repeat(201), category: 'food', value: '1', competitive: 'maybe', start: '31/02/2025' }, COUNCIL_NAMES);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['category', 'competitive', 'council', 'service', 'start', 'title']);
    const ok = validateContract({ ...contract, council: 'Trafford', start: '1/9/2025', competitive: 'No' }, { trafford: 'Trafford' });
    expect(ok.ok && ok.value).toMatchObject({ council: 'trafford', start: '2025-09-01', competitive: false });
  });

  it('takes numbers and booleans as sent by a client that does not send text', () => {
    const r = validateContract({ ...contract, value: 75000, competitive: true }, COUNCIL_NAMES);
    expect(r.ok && r.value).toMatchObject({ value: 75000, competitive: true });
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('reads a choice of "%s" as no choice: choices are their own keys only', (key) => {
    const r = validateContract({ ...contract, council: key, category: key, competitive: key }, COUNCIL_NAMES);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['category', 'competitive', 'council']);
    const a = validateApproach(approach({ evaluation: key, needsAnalysis: key, marketEngagement: key, included: key }), req('stockport', 120000), toms);
    expect(a.ok).toBe(false);
    if (!a.ok) expect(Object.keys(a.errors).sort()).toEqual(['evaluation', 'included', 'marketEngagement', 'needsAnalysis']);
  });

  it('never throws on a value that cannot become text', () => {
    const crafted = { toString: 1, valueOf: 1 };
    const r = validateContract({ ...contract, title: [crafted], service: crafted }, COUNCIL_NAMES);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['service', 'title']);
  });
});

describe('the approach and the exemption trigger, from requirementsFor', () => {
  const parsed = (council: CouncilId, value: number, over: Record<string, string>, competitive = true) => {
    const r = validateApproach(approach(over), req(council, value, competitive), toms);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.value;
  };
  const need = (council: CouncilId, value: number, over: Record<string, string>, competitive = true) =>
    exemptionNeed(req(council, value, competitive), parsed(council, value, { reason: 'A documented reason', ...over }, competitive))?.kind;

  it.each<[CouncilId, number, string, string | undefined]>([
    ['stockport', 25000, '', undefined],
    ['stockport', 25000.01, '15', undefined],
    ['stockport', 25000.01, '14.99', 'below-minimum'],
    ['stockport', 1_000_000, '20', undefined],
    ['cheshire-west-and-chester', 49999.99, '', undefined],
    ['cheshire-west-and-chester', 50000, '5', undefined],
    ['cheshire-west-and-chester', 50000, '4.5', 'below-minimum'],
    ['cheshire-west-and-chester', 100000, '5', undefined],
    ['cheshire-west-and-chester', 100000.01, '5', 'below-minimum'],
    ['cheshire-west-and-chester', 100000.01, '10', undefined],
    ['trafford', 10_000_000, '', undefined],
    ['trafford', 10_000_000, '0', undefined],
  ])('%s at £%d with weighting %j -> %s', (council, value, weighting, kind) => {
    expect(need(council, value, { weighting })).toBe(kind);
  });

  it('leaving social value out always needs approval, in every council and at every value', () => {
    for (const council of ['stockport', 'trafford', 'cheshire-west-and-chester'] as const) {
      for (const value of [1000, 75000, 5_000_000]) expect(need(council, value, { included: 'no' })).toBe('omitted');
    }
  });

  it('a non-competitive Stockport procurement has no weighting floor', () => {
    expect(need('stockport', 120000, { weighting: '' }, false)).toBeUndefined();
  });

  it('asks for a reason only where one is needed, and keeps it only then', () => {
    const r = validateApproach(approach({ weighting: '10' }), req('stockport', 120000), toms);
    expect(!r.ok && r.errors.reason).toMatch(/below Stockport's minimum of 15%/);
    const cwac = validateApproach(approach({ weighting: '3' }), req('cheshire-west-and-chester', 60000), toms);
    expect(!cwac.ok && cwac.errors.reason).toMatch(/standard 5% weighting.*vary case by case/);
    const fine = validateApproach(approach({ weighting: '20', reason: 'not needed here' }), req('stockport', 120000), toms);
    expect(fine.ok && fine.value.reason).toBeUndefined();
    const short = validateApproach(approach({ included: 'no', reason: 'no' }), req('trafford', 60000), toms);
    expect(!short.ok && short.errors.reason).toMatch(/leaving social value out/);
  });

  it('a weighting is a percentage from 0 to 100', () => {
    for (const [typed, ok] of [['100', true], ['0', true], ['100.5', false], ['150', false], ['-1', false], ['15%', true], ['fifteen', false]] as const) {
      const r = validateApproach(approach({ weighting: typed, reason: 'A documented reason' }), req('stockport', 120000), toms);
      expect([typed, r.ok]).toEqual([typed, ok]);
    }
  });

  it('reads TOMs refs as officers type them and names the unknown ones', () => {
    expect(parseTomsRefs('nt1, NT 4a; c19-5 NT999', toms)).toEqual({ refs: ['NT1', 'NT4a', 'C19-5'], unknown: ['NT999'] });
  });

  it('suggests TOMs from the council\'s own priorities', () => {
    const s = suggestToms(pack('stockport'), toms);
    expect(s.length).toBeGreaterThan(3);
    expect(s.find((x) => x.measure.ref === 'NT4a')?.priority).toMatch(/Care leavers/);
    expect(s.every((x) => !x.measure.covid19)).toBe(true);
    expect(new Set(s.map((x) => x.measure.ref)).size).toBe(s.length);
  });
});

describe('assessment', () => {
  const a: ApproachAnswers = { needsAnalysis: 'yes', marketEngagement: 'planned', included: true, weighting: 8, toms: ['NT1'], evaluation: 'qualitative', reason: 'Thin market' };
  const c: CommitmentAnswers = { minimumStandards: 'yes', livingWage: 'no', carbonPlan: 'no', portal: 'yes', paymentDeductions: 'no', contractManagement: 'Quarterly' };

  it('measures every answer against every requirement and names each shortfall', () => {
    const r = assess(req('cheshire-west-and-chester', 150000), a, c);
    expect(r.exemption?.kind).toBe('below-minimum');
    expect(r.shortfalls).toEqual(
      expect.arrayContaining([
        'Social value weighting: below the standard of 10% (needs senior officer approval)',
        'Evaluation of social value bids: the policy evaluates social value on both quantitative and qualitative requirements',
        'Payment deductions for undelivered social value: the contract does not reserve payment deductions for undelivered social value',
      ]),
    );
    // Stockport asks about carbon reduction plans in its tenders; Cheshire West and Chester does not.
    expect(r.shortfalls.some((s) => s.startsWith('Carbon'))).toBe(false);
    const stockport = assess(req('stockport', 150000), { ...a, weighting: 20 }, c);
    expect(stockport.shortfalls).toEqual(expect.arrayContaining(['Carbon reduction plan: bidders are not asked about a carbon reduction plan']));
    expect(stockport.checks.find((x) => x.label === 'Social value weighting')).toMatchObject({ outcome: 'met', note: 'meets the minimum of 15%' });
  });
});

describe('approvers', () => {
  const graph = (answer: ManagerLookup) => ({ managerOf: async () => answer });
  const officer = { id: 'ann', name: 'Ann' };

  it('uses the line manager from Graph', async () => {
    const f = new ApproverFinder({ graph: graph({ kind: 'found', manager: { id: 'mgr', displayName: 'Max', mail: 'max@council.gov.uk' } }), approvers: {} });
    expect(await f.find(officer, 'stockport', 'Stockport')).toEqual({ source: 'line-manager', approvers: [{ id: 'mgr', name: 'Max', email: 'max@council.gov.uk' }] });
  });

  it('falls back to the council list, never naming the officer, and says why', async () => {
    const f = new ApproverFinder({ graph: graph({ kind: 'none', message: 'no manager' }), approvers: { stockport: [{ id: 'ANN' }, { id: 'sam', name: 'Sam' }] } });
    expect(await f.find(officer, 'stockport', 'Stockport')).toEqual({ source: 'council-list', approvers: [{ id: 'sam', name: 'Sam' }], note: 'no manager' });
    const self = new ApproverFinder({ graph: graph({ kind: 'found', manager: { id: 'ann' } }), approvers: {} });
    const r = await self.find(officer, 'stockport', 'Stockport');
    expect(r.approvers).toEqual([]);
    expect(r.note).toMatch(/own line manager/);
  });

  it('says who must be asked and how when nobody is configured; the log, not the officer, names the settings', async () => {
    const warnings: Array<[string, Record<string, unknown> | undefined]> = [];
    const logger = { warn: (msg: string, fields?: Record<string, unknown>) => void warnings.push([msg, fields]) };
    const r = await new ApproverFinder({ approvers: {}, logger }).find(officer, 'trafford', 'Trafford');
    expect(r.source).toBe('none');
    expect(r.howToAsk).toMatch(/Ask your line manager or another senior officer at Trafford/);
    expect(r.howToAsk).toMatch(/ask your IT team to set up exemption approvers for Trafford/);
    expect(r.howToAsk).not.toMatch(/[A-Z]+_[A-Z_]+/);
    expect(warnings).toEqual([[expect.stringMatching(/no exemption approver/), expect.objectContaining({ council: 'trafford', settings: 'CHECKLIST_APPROVERS_TRAFFORD, GRAPH_TENANT_ID, GRAPH_CLIENT_ID, GRAPH_CLIENT_SECRET' })]]);
    // With Graph on and no manager recorded: the line manager, or the council's list.
    const withGraph = await new ApproverFinder({ graph: graph({ kind: 'none', message: 'no manager' }), approvers: {}, logger }).find(officer, 'trafford', 'Trafford');
    expect(withGraph.howToAsk).toMatch(/ask your IT team to record your line manager in Microsoft 365, or to set up exemption approvers for Trafford/);
    expect(warnings[1]?.[1]).toMatchObject({ settings: 'CHECKLIST_APPROVERS_TRAFFORD' });
  });
});

describe('settings', () => {
  const fail = (env: Record<string, string>) => configProblems(() => loadChecklistSettings(env, COUNCILS));

  it('reads approver lists and Graph credentials', () => {
    const s = loadChecklistSettings({
      CHECKLIST_APPROVERS_CHESHIRE_WEST_AND_CHESTER: 'Jo Bloggs <0f0e0d0c-0000-4000-8000-000000000001>, 0f0e0d0c-0000-4000-8000-000000000002',
      GRAPH_TENANT_ID: 'council.onmicrosoft.com',
      GRAPH_CLIENT_ID: '11111111-2222-3333-4444-555555555555',
      GRAPH_CLIENT_SECRET: 'a-long-enough-secret',
    }, COUNCILS);
    expect(s.approvers['cheshire-west-and-chester']).toEqual([{ id: '0f0e0d0c-0000-4000-8000-000000000001', name: 'Jo Bloggs' }, { id: '0f0e0d0c-0000-4000-8000-000000000002' }]);
    expect(s.graph).toMatchObject({ tenantId: 'council.onmicrosoft.com', baseUrl: 'https://graph.microsoft.com/v1.0' });
    expect(loadChecklistSettings({}, COUNCILS).graph).toBeUndefined();
  });

  it('names each bad variable and never echoes the secret', () => {
    const problems = fail({
      GRAPH_CLIENT_ID: 'not-a-guid',
      GRAPH_CLIENT_SECRET: 'short',
      GRAPH_BASE_URL: 'http://graph.example.com/v1.0',
      CHECKLIST_APPROVERS_STOKPORT: 'sam',
      CHECKLIST_APPROVERS_TRAFFORD: 'Tia <>, bob smith',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'GRAPH_CLIENT_ID: must be the app registration\'s application (client) id, a GUID (got "not-a-guid")',
        'GRAPH_CLIENT_SECRET: is too short to be a client secret',
        'GRAPH_BASE_URL: must use https (plain http only for a local stand-in on localhost), so the access token is never sent in clear (got "http://graph.example.com/v1.0")',
        'GRAPH_TENANT_ID: required when GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET are set (Microsoft Graph needs all three, or none)',
        expect.stringMatching(/^CHECKLIST_APPROVERS_STOKPORT: not a council I know \(expected one of .*CHECKLIST_APPROVERS_STOCKPORT\b/),
        'CHECKLIST_APPROVERS_TRAFFORD: each approver must be an AAD object id, optionally as "Name <id>"; cannot read "Tia <>", "bob smith"',
      ]),
    );
    expect(problems.join('\n')).not.toContain('short"');
  });

  it('stops the app from starting with the same message', async () => {
    const { startTestBot } = await import('../../test/support/testBot.js');
    await expect(startTestBot({ GRAPH_CLIENT_ID: '11111111-2222-3333-4444-555555555555' })).rejects.toThrow(/GRAPH_TENANT_ID: required when GRAPH_CLIENT_ID is set/);
  });
});

describe('the summary', () => {
  const record = (): ChecklistRecord => ({
    kind: 'pid-checklist',
    id: 'PID-ABCDEFGH',
    version: 5,
    owner: { id: 'ann', name: 'Ann | *Officer*' },
    status: 'ready',
    step: 'review',
    contract: { council: 'stockport', title: '=cmd|"/c calc"!A1', service: 'Parks\nand gardens', category: 'works', value: 80000, competitive: true, start: '2025-09-01' },
    approach: { needsAnalysis: 'yes', marketEngagement: 'yes', included: true, weighting: 20, toms: ['NT1'], evaluation: 'both' },
    commitments: { minimumStandards: 'yes', livingWage: 'yes', carbonPlan: 'yes', portal: 'yes', paymentDeductions: null, contractManagement: 'Monthly, "with" the Portal' },
    pastExemptions: [],
    history: [{ at: '2025-01-02T10:00:00.000Z', by: { id: 'ann', name: 'Ann' }, event: 'confirmed', version: 5 }],
    created: '2025-01-01T10:00:00.000Z',
    updated: '2025-01-02T10:00:00.000Z',
  });

  it('writes CSV a spreadsheet opens safely', () => {
    const rec = record();
    const csv = summaryCsv(summarise(rec, requirementsFor(pack('stockport'), { value: 80000, category: 'works', competitive: true })));
    expect(csv).toContain(`Contract,Contract title,"'=cmd|""/c calc""!A1"`);
    expect(csv).toContain('"Parks\nand gardens"');
    expect(csv).toContain('"Monthly, ""with"" the Portal"');
    // The byte-order mark makes Excel read UTF-8 (a £ in a value stays a £).
    expect(csv.split('\r\n')[0]).toBe('\uFEFFSection,Item,Answer,Outcome,Note,Source');
  });

  it('writes Markdown that shows officer text as typed', () => {
    const md = summaryMarkdown(summarise(record(), requirementsFor(pack('stockport'), { value: 80000, category: 'works', competitive: true })));
    expect(md).toContain('**Officer:** Ann \\| \\*Officer\\*');
    expect(md).toContain('| Service or directorate | Parks and gardens |');
    expect(md).toMatch(/\| Social value weighting \| 20% \| Met: meets the minimum of 15%; the target is 20%|\| Social value weighting \| 20% \| Met: meets the minimum of 15% \|/);
  });
});

describe('checklist references', () => {
  it('are short, unambiguous and read back however typed', () => {
    const id = newChecklistId();
    expect(id).toMatch(/^PID-[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(normaliseChecklistId(id.toLowerCase())).toBe(id);
    expect(normaliseChecklistId(id.slice(4))).toBe(id);
    expect(normaliseChecklistId('PID-ILOU1234')).toBeUndefined();
    expect(normaliseChecklistId('../../etc')).toBeUndefined();
  });
});

describe('a slow Teams', () => {
  it('answers the officer within the wait and records the delivery when it completes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sva-checklist-'));
    const storage = await openLowdbStorage(join(dir, 'db.json'));
    let release: (o: DeliveryOutcome) => void = () => undefined;
    const delivered = new Promise<DeliveryOutcome>((r) => (release = r));
    const checklists = new Checklists({
      store: storage,
      packs: library.packs,
      toms,
      approvers: new ApproverFinder({ approvers: { stockport: [{ id: 'sam', name: 'Sam' }] } }),
      notify: { approvalRequest: () => delivered, decision: async () => ({ delivered: true }) },
      deliveryWaitMs: 50,
    });
    try {
      const ann = { id: 'ann', name: 'Ann' };
      const id = newChecklistId();
      let r = await checklists.saveContract(ann, id, 0, contract);
      r = await checklists.acknowledgeRequirements(ann, id, 1);
      r = await checklists.saveApproach(ann, id, 2, approach({ weighting: '10', reason: 'Thin market for this service' }));
      r = await checklists.saveCommitments(ann, id, 3, { minimumStandards: 'yes', livingWage: 'yes', carbonPlan: 'yes', portal: 'yes', contractManagement: 'Quarterly' });
      expect(r.kind).toBe('ok');
      const started = Date.now();
      const confirmed = await checklists.confirm(ann, id, 4);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(confirmed.kind === 'ok' && confirmed.record.status).toBe('awaiting-approval');
      expect(confirmed.kind === 'ok' && confirmed.record.exemption?.approvers).toEqual([{ id: 'sam', name: 'Sam' }]);
      expect(confirmed.kind === 'ok' && confirmed.record.exemption?.deliveries).toEqual([]);
      release({ delivered: true });
      for (let i = 0; i < 50 && (await checklists.get(id))!.exemption!.deliveries.length === 0; i += 1) await new Promise((w) => setTimeout(w, 20));
      const rec = (await checklists.get(id))!;
      expect(rec.exemption!.deliveries).toMatchObject([{ to: { id: 'sam' }, delivered: true }]);
      expect(rec.history.at(-1)).toMatchObject({ event: 'approval-request-delivered', by: { id: 'social-value-assistant' }, version: 5 });
      // The officer's card (version 5) is still current: the bot's own note did not move it on.
      expect(rec.version).toBe(5);
    } finally {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
