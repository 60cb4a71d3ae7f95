/**
 * requirementsFor() against the real policy packs: every value threshold the council documents set,
 * tested on both sides of the line. The figures and the meaning of each threshold's words come from
 * the council documents in data/sources/ (listed, with their section maps, in data/sources/index.json):
 *
 * - Stockport's Social Value Charter (2019), section 4: "a minimum weighting of 15% with an overall
 *   target of 20%, in all competitive procurement activity with a total agreement value in excess of
 *   £25k"; "the Social Value Portal ... for all competitive procurement activity with a total agreement
 *   value in excess of £50k"; "For contracts less than this threshold, the National TOMs will continue
 *   to be used". Annual Statement 2022-2023, section 4: "captured in all procurement activity over £25k";
 *   "TOMs / Social Value Portal ... in all activity over £50k".
 * - Cheshire West and Chester Social Value Policy 2021-25: "between £50,000 and £100,000 a social value
 *   weighting of 5%"; "above £100,000 total value) 10%"; both "could be varied on a case by case basis";
 *   "For contracts over £100,000 total value the Council would reserve the right to reduce contractual
 *   payments"; minimum standards "from all bidders".
 * - Trafford's Report to the Executive (24 October 2022): no weighting; TOMs "to all contracts over
 *   £50k" (2.3); "All contracts over £50K are reported through the Social Value Portal" (3.1).
 *
 * "in excess of" / "over" / "above" exclude the figure itself; "between £50,000 and £100,000" includes both.
 */
import { describe, expect, it } from '@jest/globals';
import { loadPolicyLibrary } from './loader.js';
import { applicableOf, matchCondition, requirementsFor, valuesAcross, type Contract, type Requirements } from './requirements.js';
import { type Condition, type CouncilId, type PolicyPack, type RuleKind } from './schema.js';

const library = loadPolicyLibrary();
/** The councils the packs cover. */
const COUNCIL_IDS = [...library.packs.keys()];

function pack(id: CouncilId): PolicyPack {
  const p = library.packs.get(id);
  if (!p) throw new Error(`no pack for ${id}`);
  return p;
}

const stockport = pack('stockport');
const cwac = pack('cheshire-west-and-chester');
const trafford = pack('trafford');

function appliesKind(p: PolicyPack, contract: Contract, kind: RuleKind): boolean {
  return applicableOf(requirementsFor(p, contract), kind).length > 0;
}

function ruleIdsOf(req: Requirements, kind: RuleKind): string[] {
  return applicableOf(req, kind).map((a) => a.rule.id);
}

function titleOf(p: PolicyPack, documentId: string): string {
  const doc = p.documents.find((d) => d.id === documentId);
  if (!doc) throw new Error(`${p.council.id}: no document ${documentId}`);
  return doc.title;
}

describe('Stockport weighting: competitive procurement in excess of £25k', () => {
  it('sets no weighting at exactly £25,000 ("in excess of" excludes the figure)', () => {
    const req = requirementsFor(stockport, { value: 25_000, competitive: true });
    expect(req.weighting.status).toBe('not-at-this-value');
    if (req.weighting.status !== 'not-at-this-value') return;
    expect(req.weighting.reasons).toHaveLength(1);
    expect(req.weighting.reasons[0]!.reason).toContain('£25,000');
    expect(req.weighting.reasons[0]!.reason).toContain('in excess of £25k');
  });

  it.each([25_000.01, 25_001, 75_000, 2_000_000])('requires a minimum of 15%% with a target of 20%% at £%d', (value) => {
    const req = requirementsFor(stockport, { value, competitive: true });
    expect(req.weighting).toMatchObject({
      status: 'required',
      min: 15,
      target: 20,
      standard: null,
      variable: false,
      expected: 15,
      ifCompetitive: false,
    });
  });

  it('rests the 15% / 20% figures on the Charter sentence that states them', () => {
    const req = requirementsFor(stockport, { value: 75_000, competitive: true });
    if (req.weighting.status !== 'required') throw new Error('expected a required weighting');
    expect(req.weighting.citation.document).toBe("Stockport's Social Value Charter");
    expect(req.weighting.citation.section).toBe('4. Social Value through Procurement');
    expect(req.weighting.citation.quote).toContain('minimum weighting of 15% with an overall target of 20%');
    expect(req.weighting.citation.quote).toContain('in excess of £25k');
  });

  it('sets no weighting for a non-competitive £75k procurement, and says it is because the rule covers competitive procurement', () => {
    const req = requirementsFor(stockport, { value: 75_000, competitive: false });
    expect(req.weighting.status).toBe('not-at-this-value');
    if (req.weighting.status !== 'not-at-this-value') return;
    expect(req.weighting.reasons.map((r) => r.reason).join(' ')).toMatch(/competitive procurement/);
  });

  it('when competitiveness is not stated, requires the weighting on condition that the procurement is competitive', () => {
    const req = requirementsFor(stockport, { value: 75_000 });
    expect(req.weighting).toMatchObject({ status: 'required', min: 15, target: 20, ifCompetitive: true });
  });

  it('when competitiveness is not stated, still sets no weighting at £25,000', () => {
    expect(requirementsFor(stockport, { value: 25_000 }).weighting.status).toBe('not-at-this-value');
  });

  it('does not depend on the category of the contract', () => {
    for (const category of ['goods', 'services', 'works'] as const) {
      expect(requirementsFor(stockport, { value: 30_000, category, competitive: true }).weighting).toMatchObject({ status: 'required', min: 15 });
    }
  });
});

describe('Stockport: social value captured in all procurement activity over £25k', () => {
  it('applies above £25,000 only, competitive or not', () => {
    expect(appliesKind(stockport, { value: 25_000 }, 'social-value-applies')).toBe(false);
    expect(appliesKind(stockport, { value: 25_000.01 }, 'social-value-applies')).toBe(true);
    expect(appliesKind(stockport, { value: 30_000, competitive: false }, 'social-value-applies')).toBe(true);
  });
});

describe('Stockport Social Value Portal: competitive procurement in excess of £50k', () => {
  it('is not required at £50,000', () => {
    expect(appliesKind(stockport, { value: 50_000, competitive: true }, 'portal')).toBe(false);
  });

  it('is required at £50,000.01', () => {
    const req = requirementsFor(stockport, { value: 50_000.01, competitive: true });
    expect(applicableOf(req, 'portal')).toHaveLength(1);
    expect(applicableOf(req, 'portal')[0]!.ifCompetitive).toBe(false);
  });

  it('is required on condition of competition when competitiveness is not stated', () => {
    const [portal] = applicableOf(requirementsFor(stockport, { value: 60_000 }), 'portal');
    expect(portal?.ifCompetitive).toBe(true);
  });

  it('is not required for a non-competitive procurement', () => {
    const req = requirementsFor(stockport, { value: 60_000, competitive: false });
    expect(applicableOf(req, 'portal')).toHaveLength(0);
    expect(req.notApplicable.find((s) => s.rule.kind === 'portal')?.reason).toMatch(/competitive procurement only/);
  });
});

describe('Stockport National TOMs: below and above the £50k Portal threshold', () => {
  it('uses the National TOMs below the threshold (Charter: "for contracts less than this threshold")', () => {
    expect(ruleIdsOf(requirementsFor(stockport, { value: 10_000 }), 'toms')).toEqual(['stockport-toms-below-50k']);
    expect(ruleIdsOf(requirementsFor(stockport, { value: 49_999.99 }), 'toms')).toEqual(['stockport-toms-below-50k']);
  });

  it('says nothing for exactly £50,000: neither "less than" nor "over" £50k covers it', () => {
    expect(ruleIdsOf(requirementsFor(stockport, { value: 50_000 }), 'toms')).toEqual([]);
  });

  it('uses TOMs / the Portal above it (Annual Statement: "in all activity over £50k")', () => {
    expect(ruleIdsOf(requirementsFor(stockport, { value: 50_000.01 }), 'toms')).toEqual(['stockport-toms-over-50k']);
    expect(ruleIdsOf(requirementsFor(stockport, { value: 50_000.01, competitive: false }), 'toms')).toEqual(['stockport-toms-over-50k']);
  });

  it('applies exactly one of the two TOMs rules at every other value', () => {
    for (const value of [0, 1, 25_000, 49_999.99, 50_000.01, 100_000, 5_000_000]) {
      expect(ruleIdsOf(requirementsFor(stockport, { value }), 'toms')).toHaveLength(1);
    }
  });
});

describe('Stockport PID sign-off', () => {
  it('applies to every procurement, whatever its value', () => {
    for (const value of [1, 25_000, 75_000, 1_000_000]) {
      expect(appliesKind(stockport, { value, competitive: false }, 'pid-sign-off')).toBe(true);
    }
  });
});

describe('Cheshire West and Chester weighting: 5% between £50,000 and £100,000, 10% above £100,000', () => {
  it('sets no weighting at £49,999.99, and gives a reason for each band', () => {
    const req = requirementsFor(cwac, { value: 49_999.99 });
    expect(req.weighting.status).toBe('not-at-this-value');
    if (req.weighting.status !== 'not-at-this-value') return;
    expect(req.weighting.reasons).toHaveLength(2);
    expect(req.weighting.reasons[0]!.reason).toContain('£49,999.99');
  });

  it.each([50_000, 75_000, 100_000])('sets a standard 5%% weighting, variable case by case, at £%d ("between" includes both ends)', (value) => {
    expect(requirementsFor(cwac, { value }).weighting).toMatchObject({
      status: 'required',
      min: null,
      target: null,
      standard: 5,
      variable: true,
      expected: 5,
      ifCompetitive: false,
    });
  });

  it.each([100_000.01, 1_000_000])('sets a standard 10%% weighting, variable case by case, at £%d ("above £100,000")', (value) => {
    expect(requirementsFor(cwac, { value }).weighting).toMatchObject({ status: 'required', standard: 10, variable: true, expected: 10 });
  });

  it('quotes the policy sentence each figure comes from', () => {
    const at = (value: number) => {
      const w = requirementsFor(cwac, { value }).weighting;
      if (w.status !== 'required') throw new Error(`expected a weighting at ${value}`);
      return w.citation.quote ?? '';
    };
    expect(at(75_000)).toContain('between £50,000 and £100,000 a social value weighting of 5%');
    expect(at(150_000)).toContain('above £100,000 total value) 10%');
  });
});

describe('Cheshire West and Chester payment deductions: contracts over £100,000', () => {
  it.each([
    [50_000, false],
    [100_000, false],
    [100_000.01, true],
    [1_000_000, true],
  ])('at £%d: %s', (value, expected) => {
    expect(appliesKind(cwac, { value }, 'payment-deductions')).toBe(expected);
  });
});

describe('Cheshire West and Chester minimum standards', () => {
  it('apply to all bidders at any value', () => {
    for (const value of [0, 0.01, 49_999.99, 50_000, 100_000.01, 5_000_000]) {
      const [standards] = applicableOf(requirementsFor(cwac, { value }), 'minimum-standards');
      expect(standards?.rule.items).toEqual(expect.arrayContaining(['Commitment to eradicate modern slavery']));
    }
  });
});

describe('Cheshire West and Chester National TOMs', () => {
  it('are the menu of measures at any value (the policy sets no threshold for them)', () => {
    for (const value of [1, 49_999.99, 50_000, 1_000_000]) expect(appliesKind(cwac, { value }, 'toms')).toBe(true);
  });
});

describe('Trafford', () => {
  const values = [0, 1, 25_000, 25_000.01, 50_000, 50_000.01, 100_000, 100_000.01, 1_000_000];

  it('sets no weighting at any value, and says so with a citation', () => {
    for (const value of values) {
      for (const competitive of [true, false, undefined]) {
        const w = requirementsFor(trafford, { value, ...(competitive === undefined ? {} : { competitive }) }).weighting;
        expect(w.status).toBe('not-set');
        if (w.status !== 'not-set') continue;
        expect(w.statement).toMatch(/do not set a social value weighting/);
        expect(w.citation.text).toContain('Report to the Executive: Trafford Social Value Charter and Draft Social Value Action Plan');
      }
    }
  });

  it('applies the TOMs only over £50k', () => {
    expect(appliesKind(trafford, { value: 50_000 }, 'toms')).toBe(false);
    expect(appliesKind(trafford, { value: 50_000.01 }, 'toms')).toBe(true);
  });

  it('reports through the Social Value Portal only over £50K', () => {
    expect(appliesKind(trafford, { value: 50_000 }, 'portal')).toBe(false);
    expect(appliesKind(trafford, { value: 50_000.01 }, 'portal')).toBe(true);
  });
});

describe('contract values that are not amounts', () => {
  it.each([-1, -0.01, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('throws a RangeError for %p', (value) => {
    for (const id of COUNCIL_IDS) {
      expect(() => requirementsFor(pack(id), { value })).toThrow(RangeError);
    }
  });

  it('accepts £0 (the lowest non-negative value) without throwing', () => {
    expect(() => requirementsFor(stockport, { value: 0 })).not.toThrow();
  });
});

describe('citations', () => {
  const contracts: Contract[] = [
    { value: 0 },
    { value: 25_000.01, competitive: true },
    { value: 50_000 },
    { value: 75_000, competitive: false },
    { value: 100_000.01, category: 'works' },
  ];

  it.each(COUNCIL_IDS.map((id) => [id]))('every %s rule, applicable or not, cites its document by title', (id) => {
    const p = pack(id);
    for (const contract of contracts) {
      const req = requirementsFor(p, contract);
      expect(req.council.id).toBe(id);
      expect(req.applicable.length + req.notApplicable.length).toBe(p.rules.length);
      for (const { rule, citation } of [...req.applicable, ...req.notApplicable]) {
        const title = titleOf(p, rule.source.document);
        expect(citation.document).toBe(title);
        expect(citation.text).toContain(title);
        expect(citation.section).toBe(rule.source.section);
      }
    }
  });

  it('reads numbered sections as "section N" and leaves named ones as they are', () => {
    const [portal] = applicableOf(requirementsFor(trafford, { value: 60_000 }), 'portal');
    expect(portal?.citation.text).toMatch(/, section 3\.1$/);
    const [standards] = applicableOf(requirementsFor(cwac, { value: 1 }), 'minimum-standards');
    expect(standards?.citation.text).toMatch(/, Policy interventions: Procurement \(i\) Minimum standards$/);
  });
});

describe('matchCondition', () => {
  const when = (c: Partial<Condition>): Condition => ({ wording: 'the words', competitiveOnly: false, ...c });

  it('with no bounds applies at any value', () => {
    expect(matchCondition(when({}), { value: 0 })).toEqual({ applies: true, ifCompetitive: false });
  });

  it('an exclusive lower bound leaves the figure itself out', () => {
    const c = when({ above: { amount: 50_000, inclusive: false } });
    expect(matchCondition(c, { value: 50_000 })).toEqual({ applies: false, reason: '£50,000 is not more than £50,000 (the words)' });
    expect(matchCondition(c, { value: 50_000.01 }).applies).toBe(true);
  });

  it('an inclusive lower bound keeps the figure in', () => {
    const c = when({ above: { amount: 50_000, inclusive: true } });
    expect(matchCondition(c, { value: 50_000 }).applies).toBe(true);
    expect(matchCondition(c, { value: 49_999.99 })).toEqual({ applies: false, reason: '£49,999.99 is not at least £50,000 (the words)' });
  });

  it('an exclusive upper bound leaves the figure itself out', () => {
    const c = when({ upTo: { amount: 50_000, inclusive: false } });
    expect(matchCondition(c, { value: 49_999.99 }).applies).toBe(true);
    expect(matchCondition(c, { value: 50_000 })).toEqual({ applies: false, reason: '£50,000 is not less than £50,000 (the words)' });
  });

  it('an inclusive upper bound keeps the figure in', () => {
    const c = when({ upTo: { amount: 50_000, inclusive: true } });
    expect(matchCondition(c, { value: 50_000 }).applies).toBe(true);
    expect(matchCondition(c, { value: 50_000.01 })).toEqual({ applies: false, reason: '£50,000.01 is not at most £50,000 (the words)' });
  });

  it('a band checks both ends', () => {
    const c = when({ above: { amount: 50_000, inclusive: true }, upTo: { amount: 100_000, inclusive: true } });
    expect([49_999.99, 50_000, 100_000, 100_000.01].map((value) => matchCondition(c, { value }).applies)).toEqual([false, true, true, false]);
  });

  it('a rule naming categories does not cover another category, and says which it covers', () => {
    const c = when({ categories: ['works'] });
    expect(matchCondition(c, { value: 1, category: 'works' }).applies).toBe(true);
    expect(matchCondition(c, { value: 1, category: 'services' })).toEqual({ applies: false, reason: 'it covers works only, not services' });
    expect(matchCondition(when({ categories: ['goods', 'services'] }), { value: 1, category: 'works' })).toEqual({
      applies: false,
      reason: 'it covers goods, services only, not works',
    });
  });

  it('a rule naming categories still applies when the officer has not said the category', () => {
    expect(matchCondition(when({ categories: ['works'] }), { value: 1 }).applies).toBe(true);
  });

  it('a competitive-only rule: applies, applies if competitive, or does not apply', () => {
    const c = when({ competitiveOnly: true });
    expect(matchCondition(c, { value: 1, competitive: true })).toEqual({ applies: true, ifCompetitive: false });
    expect(matchCondition(c, { value: 1 })).toEqual({ applies: true, ifCompetitive: true });
    expect(matchCondition(c, { value: 1, competitive: false })).toEqual({ applies: false, reason: 'it covers competitive procurement only (the words)' });
  });

  it('a rule not restricted to competition applies to a non-competitive procurement without condition', () => {
    expect(matchCondition(when({}), { value: 1, competitive: false })).toEqual({ applies: true, ifCompetitive: false });
    expect(matchCondition(when({}), { value: 1 })).toEqual({ applies: true, ifCompetitive: false });
  });

  it('the value is checked before competitiveness, so the reason names the value', () => {
    const c = when({ above: { amount: 25_000, inclusive: false }, competitiveOnly: true });
    const m = matchCondition(c, { value: 10_000, competitive: false });
    expect(m.applies).toBe(false);
    if (!m.applies) expect(m.reason).toContain('£10,000');
  });
});

describe('rules that do not cover a contract', () => {
  it('leave out a kind another rule covers: above £50k Stockport uses TOMs, so TOMs are not listed as not required', () => {
    const req = requirementsFor(stockport, { value: 120_000 });
    expect(req.notApplicable.map((s) => s.rule.id)).toContain('stockport-toms-below-50k');
    expect(req.uncovered.map((s) => s.rule.kind)).not.toContain('toms');
  });

  it('still list a kind no rule covers: below £50k the Portal is not required', () => {
    const req = requirementsFor(stockport, { value: 30_000 });
    expect(req.uncovered.map((s) => s.rule.kind)).toContain('portal');
  });
});

describe('valuesAcross(): one value for each part of a range the rules treat alike', () => {
  it.each<[CouncilId, number, number, RuleKind[] | undefined, number[]]>([
    // £25,000 itself is not "in excess of £25k"; everything above it up to £50,000 is.
    ['stockport', 25_000, 50_000, ['weighting'], [25_000, 50_000]],
    ['stockport', 30_000, 45_000, ['weighting'], [30_000]],
    // The Portal starts above £50k, so £50,000 itself is with the lower end.
    ['stockport', 30_000, 60_000, ['portal'], [30_000, 60_000]],
    // CWaC: none below £50,000, 5% from £50,000 to £100,000 inclusive, 10% above.
    ['cheshire-west-and-chester', 25_000, 50_000, ['weighting'], [25_000, 50_000]],
    ['cheshire-west-and-chester', 40_000, 150_000, ['weighting'], [40_000, 50_000, 150_000]],
    ['cheshire-west-and-chester', 60_000, 90_000, ['weighting'], [60_000]],
    ['cheshire-west-and-chester', 90_000, 100_000, ['weighting'], [90_000]],
    ['cheshire-west-and-chester', 100_000, 120_000, ['weighting'], [100_000, 120_000]],
    // Trafford sets no weighting at any value; its Portal rule is "over £50K".
    ['trafford', 40_000, 60_000, ['weighting'], [40_000]],
    ['trafford', 40_000, 60_000, ['portal'], [40_000, 60_000]],
    ['trafford', 40_000, 60_000, undefined, [40_000, 60_000]],
  ])('%s, £%p to £%p (%p): %p', (id, low, high, kinds, values) => {
    expect(valuesAcross(pack(id), {}, low, high, kinds)).toEqual(values);
  });
});
