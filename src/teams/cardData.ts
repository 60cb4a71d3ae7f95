/**
 * The boundary of every card action: a verb's `data` (the card's own data with the officer's inputs
 * merged in, as Teams sends it) is parsed here, with zod, before any storage is read or written. A
 * card can be replayed or crafted, so nothing in it is trusted:
 *   - text is a string (a number or a true/false from a lenient client is read as its text), trimmed
 *     and capped; each field's own rules (required, shorter limits, dates, money) stay with the
 *     domain, which answers with the same card and the message beside the field;
 *   - a version or a count is a whole number, or a string of digits, and nothing else ("0x10",
 *     true and [1] are not numbers here);
 *   - a list (the TOMs picker) is text or an array of strings;
 *   - anything else (an object, an array where text is, an overlong value) is refused with 400 and
 *     says what could not be read, so nothing is written.
 * Choices are looked up by their own keys only (see src/checklist/fields.ts), so "constructor" or
 * "__proto__" is just an unknown choice. No botbuilder here: the features call `parseCardData`.
 */
import { z } from 'zod';
import { APPROACH_FIELDS, COMMENT_FIELD, COMMITMENT_FIELDS, CONTRACT_FIELDS } from '../checklist/fields.js';

/** Short values: choices, dates, amounts, ids. */
export const SHORT_MAX = 200;
/** A line of text: a title, a service, a lead's name or sign-in. The domain's own limits are lower. */
export const LINE_MAX = 1_000;
/** A paragraph: a reason, a note, a comment, an action. The domain's own limits are lower. */
export const PARAGRAPH_MAX = 10_000;

type Ctx = z.core.$RefinementCtx<unknown>;
const problem = (ctx: Ctx, message: string) => {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
};

/** Text as read from a card value, or why it is not text. */
function readText(v: unknown, max: number): string | { problem: string } {
  if (v === undefined || v === null) return '';
  const s = typeof v === 'string' ? v : (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean' ? String(v) : undefined;
  if (s === undefined) return { problem: `expected text, got ${kindOf(v)}` };
  const trimmed = s.trim();
  return trimmed.length > max ? { problem: `longer than ${max} characters` } : trimmed;
}

/** Text; '' for null, undefined when absent. Numbers and booleans become their text; anything else is refused. */
export const text = (max: number) =>
  z
    .unknown()
    .transform((v, ctx): string => {
      const r = readText(v, max);
      return typeof r === 'string' ? r : problem(ctx, r.problem);
    })
    .optional();

/** Text, or a list of strings (a multi-select from a client that sends arrays): read as "a,b". */
export const list = (max: number) =>
  z
    .unknown()
    .transform((v, ctx): string => {
      if (Array.isArray(v) && !v.every((x) => typeof x === 'string')) return problem(ctx, 'expected a list of text');
      const r = readText(Array.isArray(v) ? v.map((x: string) => x.trim()).join(',') : v, max);
      return typeof r === 'string' ? r : problem(ctx, r.problem);
    })
    .optional();

/** A whole number of at least 0, given as a number or as a string of digits; absent is undefined. */
export const count = z
  .unknown()
  .transform((v, ctx): number | undefined => {
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
    if (typeof v === 'string' && /^\d{1,15}$/.test(v.trim())) return Number(v.trim());
    return problem(ctx, `expected a whole number, got ${kindOf(v)}`);
  })
  .optional();

function kindOf(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return v.length > 40 ? 'a long text' : JSON.stringify(v);
  if (typeof v === 'number') return String(v);
  return typeof v;
}

const fields = (names: readonly string[], max: (name: string) => number) => Object.fromEntries(names.map((n) => [n, n === 'toms' || n === 'otherToms' ? list(max(n)) : text(max(n))]));
const LONG = new Set(['reason', 'contractManagement', COMMENT_FIELD, 'note', 'action']);
const LINE = new Set(['title', 'reference', 'service', 'lead', 'contact', 'theme', 'toms', 'otherToms']);
const maxOf = (name: string) => (LONG.has(name) ? PARAGRAPH_MAX : LINE.has(name) ? LINE_MAX : SHORT_MAX);

const checklistId = { checklistId: text(SHORT_MAX) };
const versioned = { ...checklistId, version: count };

/** What each checklist verb reads. A Map, so a verb such as "constructor" finds nothing. */
export const CHECKLIST_DATA = new Map<string, z.ZodType>([
  ['checklist.start', z.object({})],
  ['checklist.list', z.object({})],
  ['checklist.open', z.object(checklistId)],
  ['checklist.download', z.object(checklistId)],
  ['checklist.word', z.object(checklistId)],
  ['checklist.saveContract', z.object({ ...versioned, ...fields(CONTRACT_FIELDS, maxOf) })],
  ['checklist.acknowledge', z.object(versioned)],
  ['checklist.saveApproach', z.object({ ...versioned, ...fields(APPROACH_FIELDS, maxOf) })],
  ['checklist.saveCommitments', z.object({ ...versioned, ...fields(COMMITMENT_FIELDS, maxOf) })],
  ['checklist.goto', z.object({ ...versioned, step: text(SHORT_MAX) })],
  ['checklist.confirm', z.object(versioned)],
  ['checklist.resend', z.object(versioned)],
  ['checklist.reopen', z.object(versioned)],
  ['checklist.approve', z.object({ ...checklistId, requestId: text(SHORT_MAX), [COMMENT_FIELD]: text(PARAGRAPH_MAX) })],
  ['checklist.reject', z.object({ ...checklistId, requestId: text(SHORT_MAX), [COMMENT_FIELD]: text(PARAGRAPH_MAX) })],
]);

const planItem = { council: text(SHORT_MAX), ref: text(SHORT_MAX), back: text(SHORT_MAX) };

/** What each action plan verb reads. */
export const PLAN_DATA = new Map<string, z.ZodType>([
  ['plan.mine', z.object({})],
  ['plan.show', z.object(planItem)],
  ['plan.edit', z.object(planItem)],
  ['plan.update', z.object({ ...planItem, seen: count, ...fields(['status', 'note', 'due', 'lead', 'contact'], maxOf) })],
  ['plan.add', z.object({ council: text(SHORT_MAX), ...fields(['theme', 'action', 'lead', 'contact', 'due'], maxOf) })],
]);

export type CardData = Record<string, unknown>;
export type Parsed = { ok: true; data: CardData } | { ok: false; message: string } | { ok: false; unknownVerb: true };

/**
 * The verb's data, parsed; or why it cannot be read (one sentence for the officer, naming the field),
 * or that the verb is not in the table. Absent data reads as {}.
 */
export function parseCardData(table: ReadonlyMap<string, z.ZodType>, verb: string, data: unknown, freshCard: string): Parsed {
  const schema = table.get(verb);
  if (!schema) return { ok: false, unknownVerb: true };
  if (data !== undefined && data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    return { ok: false, message: `This card sent something I cannot read (its data is ${kindOf(data)}, not a set of fields). Nothing was changed. ${freshCard}` };
  }
  const result = schema.safeParse(data ?? {});
  if (result.success) return { ok: true, data: result.data as CardData };
  const [first] = result.error.issues;
  const where = first?.path.map(String).join('.') || 'the card';
  return { ok: false, message: `This card sent something I cannot read (${where}: ${first?.message ?? 'not readable'}). Nothing was changed. ${freshCard}` };
}

/** What each administration verb reads: the council, the role and the person (picked, or typed). */
const rosterChange = { council: text(SHORT_MAX), role: text(SHORT_MAX), person: text(SHORT_MAX), personText: text(SHORT_MAX) };
export const ADMIN_DATA = new Map<string, z.ZodType>([
  ['admin.open', z.object({})],
  ['admin.add', z.object(rosterChange)],
  ['admin.remove', z.object(rosterChange)],
]);
