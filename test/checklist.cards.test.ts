/**
 * The checklist's cards at their largest: every field at its maximum length, every council's longest
 * requirements, a long history and several earlier exemptions. Each must parse as a clean Adaptive Card
 * 1.5, stay well under Teams' 28 KB, label every input and escape every officer's string.
 */
import { describe, expect, it } from '@jest/globals';
import { createRequire } from 'node:module';
import { approachCard, approvalCard, commitmentsCard, contractCard, listCard, requirementsCard, reviewCard, summaryCard } from '../src/checklist/cards.js';
import { LIMITS } from '../src/checklist/fields.js';
import type { ChecklistRecord, Exemption, HistoryEntry } from '../src/checklist/model.js';
import { summarise } from '../src/checklist/summary.js';
import { suggestToms } from '../src/checklist/tomsSuggestions.js';
import { loadPolicyLibrary } from '../src/policy/loader.js';
import { requirementsFor } from '../src/policy/requirements.js';
import type { CouncilId } from '../src/policy/schema.js';
import { createTomsLookup, loadTomsCatalogue } from '../src/policy/tomsCatalogue.js';
import { SourceLinks } from '../src/sources/links.js';

const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js');
const library = loadPolicyLibrary();
/** The councils the packs cover. */
const COUNCIL_IDS = [...library.packs.keys()];
const toms = createTomsLookup(loadTomsCatalogue());
/** Every "Source:" linked, as the bot sends them: the links count towards the card's size. */
const links = new SourceLinks(library, 'https://social-value-assistant.some-council.gov.uk');

type Card = Record<string, any>;

function problems(card: Card): string[] {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  return [...Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i)), ...parsed.validateProperties().validationEvents].map((e: { message: string }) => e.message);
}

function inputs(node: unknown, out: Card[] = []): Card[] {
  if (Array.isArray(node)) node.forEach((n) => inputs(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Card;
    if (typeof o.type === 'string' && o.type.startsWith('Input.')) out.push(o);
    Object.values(o).forEach((v) => inputs(v, out));
  }
  return out;
}

/** Markdown an officer could type, at the field's full length. */
const long = (n: number) => '**bold** _x_ [link](http://evil) # ${x} '.repeat(Math.ceil(n / 40)).slice(0, n);

function bigRecord(council: CouncilId): ChecklistRecord {
  const person = (id: string) => ({ id, name: long(60), email: `${id}@council.gov.uk` });
  const exemption = (i: number): Exemption => ({
    requestId: `req-${i}`,
    kind: 'below-minimum',
    reason: long(LIMITS.reason),
    required: 15,
    proposed: 1,
    requestedAt: '2025-01-01T10:00:00Z',
    approverSource: 'council-list',
    lookupNote: long(200),
    approvers: [person('a1'), person('a2'), person('a3')],
    deliveries: [1, 2, 3].map((n) => ({ to: person(`a${n}`), at: '2025-01-01T10:00:00Z', delivered: true })),
    rounds: 3,
    decision: { outcome: 'rejected', by: person('a1'), at: '2025-01-02T10:00:00Z', comment: long(LIMITS.comment) },
  });
  const history: HistoryEntry[] = Array.from({ length: 300 }, (_, i) => ({ at: '2025-01-01T10:00:00Z', by: person('owner'), event: 'saved-approach', detail: long(400), version: i + 1 }));
  const pending = { ...exemption(9), decision: undefined, howToAsk: long(600) } as Exemption;
  return {
    kind: 'pid-checklist',
    id: 'PID-ABCDEFGH',
    version: 300,
    owner: person('owner'),
    status: 'awaiting-approval',
    step: 'review',
    contract: { council, title: long(LIMITS.title), reference: long(LIMITS.reference), service: long(LIMITS.service), category: 'works', value: 9_999_999_999.99, competitive: true, start: '2025-09-01' },
    approach: { needsAnalysis: 'no', marketEngagement: 'no', included: true, weighting: 1, toms: toms.allMeasures().slice(0, 40).map((m) => m.ref), evaluation: 'qualitative', reason: long(LIMITS.reason) },
    commitments: { minimumStandards: 'no', livingWage: 'no', carbonPlan: 'no', portal: 'no', paymentDeductions: 'no', contractManagement: long(LIMITS.contractManagement) },
    exemption: pending,
    pastExemptions: [exemption(1), exemption(2), exemption(3)],
    history,
    created: '2025-01-01T10:00:00Z',
    updated: '2025-01-02T10:00:00Z',
  };
}

describe.each(COUNCIL_IDS)('cards for %s at their largest', (council) => {
  const rec = bigRecord(council);
  const pack = library.packs.get(council)!;
  const req = requirementsFor(pack, { value: rec.contract!.value, category: 'works', competitive: true });
  const s = summarise(rec, req);
  const errors = (fields: string[]) => Object.fromEntries(fields.map((f) => [f, long(300)]));
  const typed = (fields: string[]) => Object.fromEntries(fields.map((f) => [f, long(300)]));
  const councils = [...library.packs.values()].map((p) => ({ id: p.council.id, name: p.council.shortName }));
  const cards: Record<string, Card> = {
    contract: contractCard({ id: rec.id, version: 1, record: rec, councils, values: typed(['title', 'reference', 'service', 'value']), errors: errors(['title', 'reference', 'service', 'value', 'start']), notice: long(300) }),
    requirements: requirementsCard(rec, req, long(300), links),
    approach: approachCard(rec, req, suggestToms(pack, toms), { ...typed(['otherToms', 'reason']), weighting: '150' }, errors(['weighting', 'toms', 'otherToms', 'reason', 'evaluation']), long(300), links),
    commitments: commitmentsCard(rec, req, typed(['contractManagement']), errors(['minimumStandards', 'livingWage', 'carbonPlan', 'portal', 'paymentDeductions', 'contractManagement']), '', links),
    review: reviewCard(rec, req, s, long(300), long(300), links),
    summary: summaryCard(rec, s, 'owner', { notice: long(300), links: [1, 2, 3, 4].map((i) => ({ title: `Download ${i}`, url: `https://sva.example.gov.uk/downloads/${'A'.repeat(43)}` })), linksExpire: new Date(), sourceLinks: links }),
    approval: approvalCard(rec, req, s, typed(['comment']), errors(['comment']), '', links),
    list: listCard('Your PID checklists', Array.from({ length: 40 }, () => rec), {
      empty: '',
      councilName: (id) => id,
      download: { record: rec, links: [{ title: 'Download Word (.docx)', url: `https://sva.example.gov.uk/downloads/${'A'.repeat(43)}` }], expires: new Date() },
    }),
  };

  it.each(Object.keys(cards))('%s parses cleanly, stays under 28 KB and labels every input', (name) => {
    const card = cards[name]!;
    expect(problems(card)).toEqual([]);
    const bytes = Buffer.byteLength(JSON.stringify(card));
    expect(bytes).toBeLessThan(28 * 1024);
    for (const input of inputs(card.body)) {
      expect(input.label).toEqual(expect.any(String));
      expect(input.label.length).toBeGreaterThan(3);
    }
    const json = JSON.stringify(card);
    // No template binding left unexpanded, no hard-coded colour.
    expect(json).not.toMatch(/"\$\{[^"]*\}"|#[0-9a-f]{6}\b/i);
  });

  it('escapes every officer string it shows as text', () => {
    const shown: string[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(collect);
      if (!node || typeof node !== 'object') return;
      const o = node as Card;
      if (o.type === 'TextBlock') shown.push(o.text);
      if (o.type === 'FactSet') for (const f of o.facts) shown.push(f.title, f.value);
      Object.entries(o).forEach(([k, v]) => k !== 'data' && collect(v));
    };
    for (const card of Object.values(cards)) collect(card.body);
    const raw = shown.filter((t) => /(?<!\\)\*\*bold|(?<!\\)\[link\]/.test(t));
    expect(raw).toEqual([]);
  });
});
