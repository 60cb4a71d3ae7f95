/**
 * The card-action boundary (src/bot/cardData.ts) on its own: what each kind of field accepts, and the
 * one sentence an officer gets for anything else.
 */
import { describe, expect, it } from '@jest/globals';
import { CHECKLIST_DATA, PARAGRAPH_MAX, PLAN_DATA, SHORT_MAX, parseCardData } from './cardData.js';

const checklist = (verb: string, data: unknown) => parseCardData(CHECKLIST_DATA, verb, data, 'Say "my checklists" for a fresh one.');
const plan = (verb: string, data: unknown) => parseCardData(PLAN_DATA, verb, data, 'Type "action plan" for a fresh card.');

describe('card data', () => {
  it('trims text, takes numbers and yes/no as their text, and drops fields the verb does not read', () => {
    expect(checklist('checklist.saveContract', { checklistId: ' PID-1 ', version: '3', title: '  Care  ', value: 75000, competitive: true, extra: { a: 1 } })).toEqual({
      ok: true,
      data: { checklistId: 'PID-1', version: 3, title: 'Care', value: '75000', competitive: 'true' },
    });
  });

  it('reads a version or "seen" only from a whole number or a string of digits', () => {
    for (const good of [0, 7, '7', ' 12 ']) expect(plan('plan.update', { seen: good })).toMatchObject({ ok: true });
    for (const bad of [-1, 1.5, '0x10', '1e3', '', 'abc', true, [1], { valueOf: 1, toString: 1 }, Number.MAX_SAFE_INTEGER + 2]) {
      const r = plan('plan.update', { seen: bad });
      if (bad === '') expect(r).toEqual({ ok: true, data: {} });
      else expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/^This card sent something I cannot read \(seen: expected a whole number, got .+\)\. Nothing was changed\. Type "action plan" for a fresh card\.$/) });
    }
  });

  it('refuses objects and arrays where text is, and overlong text, naming the field', () => {
    expect(checklist('checklist.saveContract', { title: ['a', 'b'] })).toEqual({ ok: false, message: 'This card sent something I cannot read (title: expected text, got a list). Nothing was changed. Say "my checklists" for a fresh one.' });
    expect(checklist('checklist.approve', { comment: { toString: 1 } })).toMatchObject({ ok: false, message: expect.stringContaining('(comment: expected text, got an object)') });
    expect(checklist('checklist.approve', { comment: 'x'.repeat(PARAGRAPH_MAX + 1) })).toMatchObject({ ok: false, message: expect.stringContaining(`(comment: longer than ${PARAGRAPH_MAX} characters)`) });
    expect(plan('plan.update', { due: 'x'.repeat(SHORT_MAX + 1) })).toMatchObject({ ok: false, message: expect.stringContaining('(due: longer than') });
  });

  it('takes the TOMs picker as text or as a list of strings', () => {
    expect(checklist('checklist.saveApproach', { toms: ['NT1', ' NT4a '] })).toEqual({ ok: true, data: { toms: 'NT1,NT4a' } });
    expect(checklist('checklist.saveApproach', { toms: ['NT1', 2] })).toMatchObject({ ok: false, message: expect.stringContaining('(toms: expected a list of text)') });
  });

  it('refuses data that is not a set of fields, and knows only its own verbs', () => {
    for (const data of ['x', 42, [1, 2], true]) expect(checklist('checklist.open', data)).toMatchObject({ ok: false, message: expect.stringMatching(/^This card sent something I cannot read \(its data is .+, not a set of fields\)/) });
    expect(checklist('checklist.open', undefined)).toEqual({ ok: true, data: {} });
    expect(checklist('checklist.open', null)).toEqual({ ok: true, data: {} });
    for (const verb of ['constructor', '__proto__', 'toString', 'checklist.nope', 'plan.update']) expect(checklist(verb, {})).toEqual({ ok: false, unknownVerb: true });
    expect(plan('plan.add', { council: 'trafford', theme: 'x' })).toEqual({ ok: true, data: { council: 'trafford', theme: 'x' } });
  });
});
