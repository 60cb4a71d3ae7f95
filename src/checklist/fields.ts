/**
 * Server-side validation of each step's inputs. Card inputs arrive as strings (Teams sends every input
 * value as text), so each field is parsed from text with zod; every field is checked, so the officer
 * sees all the problems at once, each beside its field, with what they typed kept.
 */
import { z } from 'zod';
import { formatPounds, readAmount } from '../text/money.js';
import { applicableOf, type Requirements } from '../policy/requirements.js';
import { CATEGORIES, type Category, type CouncilId } from '../policy/schema.js';
import type { TomsLookup } from '../policy/tomsCatalogue.js';
import type { ApproachAnswers, CommitmentAnswers, ContractAnswers, Evaluation, MarketEngagement, YesNo } from './model.js';

export type Raw = Record<string, unknown>;
export type FieldValues = Record<string, string>;
export type FieldErrors = Record<string, string>;
export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors; values: FieldValues };

export const CONTRACT_FIELDS = ['council', 'title', 'reference', 'service', 'category', 'value', 'competitive', 'start'] as const;
export const APPROACH_FIELDS = ['needsAnalysis', 'marketEngagement', 'included', 'weighting', 'toms', 'otherToms', 'evaluation', 'reason'] as const;
export const COMMITMENT_FIELDS = ['minimumStandards', 'livingWage', 'carbonPlan', 'portal', 'paymentDeductions', 'contractManagement'] as const;
export const COMMENT_FIELD = 'comment';

/** Larger than any council contract could be: a typo, not a contract. */
export const MAX_CONTRACT_VALUE = 10_000_000_000;

export const LIMITS = { title: 200, reference: 60, service: 200, reason: 2000, contractManagement: 1000, comment: 1000 } as const;
export const MIN_REASON = 10;

/** What the officer typed, as text, whatever type the client sent it as. */
export function textOf(raw: Raw, key: string): string {
  const v = raw[key];
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  // Only primitives: String() of a crafted object can throw ({"toString": 1}).
  if (Array.isArray(v)) return v.filter((x) => typeof x === 'string' || typeof x === 'number').map(String).join(',');
  return '';
}

/** `table[key]` when `key` is the table's own (never "constructor", "__proto__" or another inherited name). */
export function ownChoice<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export function valuesOf(raw: Raw, fields: readonly string[]): FieldValues {
  return Object.fromEntries(fields.map((f) => [f, textOf(raw, f)]));
}

// ---------------------------------------------------------------------------------------------------
// Field parsers: text in, typed value out, or one plain message.

const fail = (ctx: z.core.$RefinementCtx<string>, input: string, message: string) => {
  ctx.issues.push({ code: 'custom', message, input });
  return z.NEVER;
};

export const moneyField = z.string().transform((s, ctx) => {
  if (s === '') return fail(ctx, s, 'Enter the total contract value in pounds, including any extensions (e.g. 120000 or £120k).');
  // The same reading of money as the questions officers type (src/text/money.ts).
  const reading = readAmount(s);
  if (!reading) return fail(ctx, s, 'Enter the value as an amount in pounds, e.g. 120000, £120,000 or £120k.');
  if (reading.kind === 'invalid' && reading.problem === 'negative') return fail(ctx, s, 'The contract value cannot be negative.');
  if (reading.kind === 'invalid' && reading.problem === 'zero') return fail(ctx, s, 'The contract value must be more than £0.');
  if (reading.value > MAX_CONTRACT_VALUE) return fail(ctx, s, `${formatPounds(reading.value)} is more than any council contract: check the figure.`);
  return reading.value;
});

export const percentField = z.string().transform((s, ctx) => {
  if (s === '') return null;
  const m = /^(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)?$/i.exec(s);
  if (!m) {
    if (/^-/.test(s)) return fail(ctx, s, 'A weighting cannot be negative: enter a number from 0 to 100.');
    return fail(ctx, s, 'Enter the weighting as a number of percent from 0 to 100, e.g. 15.');
  }
  const n = Number(m[1]);
  if (n > 100) return fail(ctx, s, `A weighting is a share of the whole evaluation, so it cannot be more than 100% (got ${s}).`);
  return Math.round(n * 100) / 100;
});

export const dateField = z.string().transform((s, ctx) => {
  if (s === '') return fail(ctx, s, 'Enter the expected start date.');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const [y, mo, d] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  const date = y ? new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))) : undefined;
  if (!date || date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(mo) - 1) {
    return fail(ctx, s, `"${s}" is not a date: use the date picker or type it as YYYY-MM-DD.`);
  }
  if (date.getUTCFullYear() < 2000 || date.getUTCFullYear() > 2100) return fail(ctx, s, 'Check the year: the start date should be this century.');
  return date.toISOString().slice(0, 10);
});

function choiceField<T extends string>(choices: Record<string, T>, message: string) {
  return z.string().transform((s, ctx) => {
    const hit = ownChoice(choices, s.toLowerCase());
    return hit ?? fail(ctx, s, message);
  });
}

const YES_NO: Record<string, YesNo> = { yes: 'yes', y: 'yes', true: 'yes', no: 'no', n: 'no', false: 'no' };
export const yesNoField = choiceField(YES_NO, 'Choose Yes or No.');

const textField = (what: string, max: number, min = 1) =>
  z.string().transform((s, ctx) => {
    if (s.length < min) return fail(ctx, s, min <= 1 ? `Enter ${what}.` : `Enter ${what} (at least ${min} characters).`);
    if (s.length > max) return fail(ctx, s, `Keep ${what} under ${max} characters (it has ${s.length}).`);
    return s;
  });

const optionalText = (what: string, max: number) =>
  z.string().transform((s, ctx) => (s.length > max ? fail(ctx, s, `Keep ${what} under ${max} characters (it has ${s.length}).`) : s || undefined));

/** Runs each field's parser and collects one message per field. */
function parseFields<S extends Record<string, z.ZodType<unknown, string>>>(
  schemas: S,
  values: FieldValues,
  errors: FieldErrors,
): { [K in keyof S]?: z.output<S[K]> } {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(schemas)) {
    const r = schema.safeParse(values[key] ?? '');
    if (r.success) out[key] = r.data;
    else errors[key] = r.error.issues[0]?.message ?? 'Check this value.';
  }
  return out as { [K in keyof S]?: z.output<S[K]> };
}

// ---------------------------------------------------------------------------------------------------
// Step 1: the contract

const categoryChoices = Object.fromEntries(CATEGORIES.map((c) => [c, c])) as Record<string, Category>;

/** The contract step's parsers but the council's, which depends on the councils covered. */
const CONTRACT_SCHEMAS = {
  title: textField('the contract title', LIMITS.title),
  reference: optionalText('the reference', LIMITS.reference),
  service: textField('the service or directorate', LIMITS.service),
  category: choiceField(categoryChoices, 'Choose goods, services or works.'),
  value: moneyField,
  competitive: choiceField(YES_NO, 'Say whether the procurement is competitive (Yes or No).'),
  start: dateField,
};

/** The council field's parser for one set of councils: made once per set, as the step is saved often. */
const councilFields = new WeakMap<Readonly<Record<CouncilId, string>>, ReturnType<typeof choiceField<CouncilId>>>();

function councilField(councilNames: Readonly<Record<CouncilId, string>>) {
  let field = councilFields.get(councilNames);
  if (!field) {
    // A client that fills by label may send the council's name rather than its id.
    const byName = Object.fromEntries(Object.entries(councilNames).map(([id, name]) => [String(name).toLowerCase(), id]));
    const councilChoices = Object.fromEntries(Object.keys(councilNames).map((id) => [id, id]));
    field = choiceField<CouncilId>({ ...councilChoices, ...byName }, 'Choose the council this contract is for.');
    councilFields.set(councilNames, field);
  }
  return field;
}

/** `councilNames`: the councils covered (id -> name); the council field takes either. */
export function validateContract(raw: Raw, councilNames: Readonly<Record<CouncilId, string>>): Validation<ContractAnswers> {
  const values = valuesOf(raw, CONTRACT_FIELDS);
  const errors: FieldErrors = {};
  const p = parseFields({ council: councilField(councilNames), ...CONTRACT_SCHEMAS }, values, errors);
  if (Object.keys(errors).length > 0) return { ok: false, errors, values };
  return {
    ok: true,
    value: {
      council: p.council!,
      title: p.title!,
      ...(p.reference ? { reference: p.reference } : {}),
      service: p.service!,
      category: p.category!,
      value: p.value!,
      competitive: p.competitive === 'yes',
      start: p.start!,
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Step 3: the approach

const MARKET: Record<string, MarketEngagement> = { ...YES_NO, planned: 'planned' } as Record<string, MarketEngagement>;
const EVALUATION: Record<string, Evaluation> = { both: 'both', quantitative: 'quantitative', qualitative: 'qualitative' };

/** The weighting a proposal is measured against, or undefined where the council sets none for this contract. */
export function weightingFloor(req: Requirements): { figure: number; variable: boolean; words: string } | undefined {
  const w = req.weighting;
  if (w.status !== 'required') return undefined;
  const words = w.min !== null ? `minimum of ${w.min}%` : `standard ${w.expected}% weighting`;
  return { figure: w.expected, variable: w.variable, words };
}

/** Splits "NT1, nt4a; C19-5" into canonical refs, reporting any the catalogue does not list. */
export function parseTomsRefs(text: string, toms: TomsLookup): { refs: string[]; unknown: string[] } {
  const refs: string[] = [];
  const unknown: string[] = [];
  for (const part of text.split(/[,;\n]+/).map((s) => s.trim()).filter(Boolean)) {
    // "NT1 NT4a" typed with spaces: read each word when the whole is not one ref.
    const tokens = toms.findByRef(part) ? [part] : part.split(/\s+/);
    for (const token of tokens) {
      const m = toms.findByRef(token);
      if (m) {
        if (!refs.includes(m.ref)) refs.push(m.ref);
      } else unknown.push(token);
    }
  }
  return { refs, unknown };
}

const APPROACH_SCHEMAS = {
  needsAnalysis: choiceField(YES_NO, 'Say whether social value was considered at the needs analysis (Yes or No).'),
  marketEngagement: choiceField(MARKET, 'Say whether social value was considered in market engagement (Yes, Planned or No).'),
  included: choiceField(YES_NO, 'Say whether social value will be included in this procurement (Yes or No).'),
  weighting: percentField,
  evaluation: z.string().transform((s, ctx) => (s === '' ? null : ownChoice(EVALUATION, s.toLowerCase()) ?? fail(ctx, s, 'Choose how social value bids will be evaluated.'))),
  reason: optionalText('the reason', LIMITS.reason),
};

export function validateApproach(raw: Raw, req: Requirements, toms: TomsLookup): Validation<ApproachAnswers> {
  const values = valuesOf(raw, APPROACH_FIELDS);
  const errors: FieldErrors = {};
  const council = req.council.shortName;
  const p = parseFields(APPROACH_SCHEMAS, values, errors);
  const chosen = parseTomsRefs(values.toms ?? '', toms);
  const other = parseTomsRefs(values.otherToms ?? '', toms);
  if (chosen.unknown.length > 0) errors.toms = `Not in the National TOMs catalogue: ${chosen.unknown.join(', ')}.`;
  if (other.unknown.length > 0) errors.otherToms = `Not in the National TOMs catalogue: ${other.unknown.join(', ')}. Refs look like NT1, NT4a or C19-5.`;
  const refs = [...new Set([...chosen.refs, ...other.refs])];

  const included = p.included === 'yes';
  const floor = weightingFloor(req);
  const reason = p.reason;
  let needsReason: string | undefined;
  if (p.included === 'no') {
    needsReason = `Give the reason for leaving social value out (at least ${MIN_REASON} characters): it is documented, scrutinised by management and needs senior officer approval.`;
  } else if (included) {
    if (floor && p.weighting === null && !errors.weighting) {
      errors.weighting = `Enter the proposed weighting: ${council}'s ${floor.words} applies to this contract.`;
    }
    if (floor && typeof p.weighting === 'number' && p.weighting < floor.figure) {
      needsReason =
        `Give the reason for proposing ${p.weighting}%, below ${council}'s ${floor.words} (at least ${MIN_REASON} characters)` +
        (floor.variable ? ': the policy lets the figure vary case by case, and a senior officer must approve it.' : ': a senior officer must approve it.');
    }
    if (p.evaluation === null && !errors.evaluation) errors.evaluation = 'Choose how social value bids will be evaluated.';
    if (applicableOf(req, 'toms').length > 0 && refs.length === 0 && !errors.toms && !errors.otherToms) {
      errors.toms = `Choose at least one TOMs measure, or type refs under "Other National TOMs measures": ${council} uses the National TOMs for this contract.`;
    }
  }
  if (needsReason && !errors.reason && (reason ?? '').length < MIN_REASON) errors.reason = needsReason;

  if (Object.keys(errors).length > 0) return { ok: false, errors, values };
  return {
    ok: true,
    value: {
      needsAnalysis: p.needsAnalysis!,
      marketEngagement: p.marketEngagement!,
      included,
      // Left out means no weighting, measures or evaluation: keep the record saying exactly that.
      weighting: included ? (p.weighting ?? null) : null,
      toms: included ? refs : [],
      evaluation: included ? (p.evaluation ?? null) : null,
      ...(needsReason ? { reason: reason! } : {}),
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Step 4: commitments

const COMMITMENT_SCHEMAS = {
  minimumStandards: yesNoField,
  livingWage: yesNoField,
  carbonPlan: yesNoField,
  portal: yesNoField,
  paymentDeductions: yesNoField as z.ZodType<YesNo | null, string>,
  contractManagement: textField('how social value will be monitored in contract management', LIMITS.contractManagement, 3),
};
/** A question the card did not ask: whatever comes back for it is ignored. */
const NOT_ASKED = z.string().transform(() => null);

export function validateCommitments(raw: Raw, req: Requirements): Validation<CommitmentAnswers> {
  const values = valuesOf(raw, COMMITMENT_FIELDS);
  const errors: FieldErrors = {};
  const askDeductions = applicableOf(req, 'payment-deductions').length > 0;
  const p = parseFields(askDeductions ? COMMITMENT_SCHEMAS : { ...COMMITMENT_SCHEMAS, paymentDeductions: NOT_ASKED }, values, errors);
  if (Object.keys(errors).length > 0) return { ok: false, errors, values };
  return {
    ok: true,
    value: {
      minimumStandards: p.minimumStandards!,
      livingWage: p.livingWage!,
      carbonPlan: p.carbonPlan!,
      portal: p.portal!,
      paymentDeductions: p.paymentDeductions ?? null,
      contractManagement: p.contractManagement!,
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// The approver's comment

const COMMENT_SCHEMAS = { comment: textField('a comment saying why', LIMITS.comment, 3) };

export function validateComment(raw: Raw): Validation<string> {
  const values = valuesOf(raw, [COMMENT_FIELD]);
  const errors: FieldErrors = {};
  const p = parseFields(COMMENT_SCHEMAS, values, errors);
  if (p.comment === undefined) return { ok: false, errors, values };
  return { ok: true, value: p.comment };
}

// ---------------------------------------------------------------------------------------------------
// Stored answers back to the text a card shows, so an edit starts from what was saved.

export function contractValues(c: ContractAnswers): FieldValues {
  return {
    council: c.council,
    title: c.title,
    reference: c.reference ?? '',
    service: c.service,
    category: c.category,
    value: String(c.value),
    competitive: c.competitive ? 'yes' : 'no',
    start: c.start,
  };
}

export function approachValues(a: ApproachAnswers): FieldValues {
  return {
    needsAnalysis: a.needsAnalysis,
    marketEngagement: a.marketEngagement,
    included: a.included ? 'yes' : 'no',
    weighting: a.weighting === null ? '' : String(a.weighting),
    toms: a.toms.join(','),
    otherToms: '',
    evaluation: a.evaluation ?? '',
    reason: a.reason ?? '',
  };
}

export function commitmentValues(c: CommitmentAnswers): FieldValues {
  return {
    minimumStandards: c.minimumStandards,
    livingWage: c.livingWage,
    carbonPlan: c.carbonPlan,
    portal: c.portal,
    paymentDeductions: c.paymentDeductions ?? '',
    contractManagement: c.contractManagement,
  };
}
