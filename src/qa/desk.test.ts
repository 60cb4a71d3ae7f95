/**
 * QaDesk: a message read once and answered with its card, and replies kept only while everything they
 * depend on is the same (the words, the officer's council, the conversation's last question, the day).
 */
import { describe, expect, it } from '@jest/globals';
import { DEFAULT_DATA_DIR, loadPolicyLibrary } from '../policy/loader.js';
import { createTomsLookup, loadTomsCatalogue } from '../policy/tomsCatalogue.js';
import { loadVocabulary } from '../understand/vocabulary.js';
import { Assistant } from './assistant.js';
import { QaDesk, type Taken } from './desk.js';

const library = loadPolicyLibrary();
const vocabulary = loadVocabulary(DEFAULT_DATA_DIR);

function desk(today: { now: Date }) {
  const now = () => today.now;
  const assistant = new Assistant(library, createTomsLookup(loadTomsCatalogue()), { vocabulary, actionPrefixes: ['TRF'], now });
  const councils = [...library.packs.values()].map((p) => ({ id: p.council.id, name: p.council.shortName, aliases: p.council.aliases }));
  return new QaDesk({ assistant, router: { reader: assistant.reader, plan: { councils, prefixes: new Map([['TRF', 'trafford']]) } }, now });
}

const all = () => true;
const cardText = (t: Taken) => (t.kind === 'answer' ? JSON.stringify(t.card) : '');

describe('QaDesk', () => {
  it('answers a question with its card and one-line summary, and the same again identically', () => {
    const qa = desk({ now: new Date('2026-03-02T10:00:00Z') });
    const first = qa.take('What weighting for a £75k services contract in Stockport?', {}, all);
    expect(first.kind).toBe('answer');
    if (first.kind !== 'answer') return;
    expect(first.summary).toMatch(/15%/);
    expect(cardText(first)).toContain('Source');
    const again = qa.take('What weighting for a £75k services contract in Stockport?', {}, all);
    expect(again).toEqual(first);
  });

  it('a follow-up is answered from its own conversation, not from a reply kept for another', () => {
    const qa = desk({ now: new Date('2026-03-02T10:00:00Z') });
    const fresh = qa.take('and for works?', { defaultCouncil: 'stockport' }, all);
    const after = qa.take('and for works?', { defaultCouncil: 'stockport', previous: { council: 'trafford', value: 200_000, subjects: ['weighting'] } }, all);
    expect(cardText(after)).toMatch(/£200,000/);
    expect(cardText(after)).toMatch(/Trafford/);
    expect(cardText(fresh)).not.toMatch(/£200,000/);
  });

  it('a question that says everything is answered the same whatever was asked before it', () => {
    const qa = desk({ now: new Date('2026-03-02T10:00:00Z') });
    const q = 'What weighting for a £75k services contract in Stockport?';
    const alone = qa.take(q, {}, all);
    const after = qa.take(q, { previous: { council: 'trafford', value: 200_000, category: 'works', subjects: ['weighting'] } }, all);
    expect(after).toEqual(alone);
    expect(cardText(after)).not.toMatch(/same|£200,000|Trafford/);
  });

  it("a new question with no council is answered for the conversation's council, not from a reply kept for another", () => {
    const qa = desk({ now: new Date('2026-03-02T10:00:00Z') });
    const q = 'when does the carbon reduction plan become mandatory for suppliers?';
    const stockport = qa.take(q, { defaultCouncil: 'stockport', previous: { council: 'stockport', subjects: ['priorities'] } }, all);
    const cwac = qa.take(q, { defaultCouncil: 'stockport', previous: { council: 'cheshire-west-and-chester', subjects: ['priorities'] } }, all);
    // The officer's own council, once set, comes before the conversation's.
    const own = qa.take(q, { userCouncil: 'stockport', previous: { council: 'cheshire-west-and-chester', subjects: ['priorities'] } }, all);
    expect(cardText(stockport)).toMatch(/Stockport/);
    expect(cardText(cwac)).toMatch(/Cheshire West and Chester, as before/);
    expect(cardText(own)).not.toMatch(/Cheshire West/);
  });

  it("the officer's own council is part of what a reply depends on", () => {
    const qa = desk({ now: new Date('2026-03-02T10:00:00Z') });
    const stockport = qa.take('weighting for £100k?', { userCouncil: 'stockport' }, all);
    const cwac = qa.take('weighting for £100k?', { userCouncil: 'cheshire-west-and-chester' }, all);
    expect(cardText(stockport)).toMatch(/Stockport/);
    expect(cardText(cwac)).toMatch(/Cheshire West/);
  });

  it('a reply kept yesterday is not sent today when the day changes what it says', () => {
    const today = { now: new Date('2025-12-31T12:00:00Z') };
    const qa = desk(today);
    const q = 'weighting for £100k in cwac';
    expect(cardText(qa.take(q, {}, all))).not.toMatch(/period that ended/);
    today.now = new Date('2026-01-01T09:00:00Z');
    expect(cardText(qa.take(q, {}, all))).toMatch(/covers a period that ended in 2025/);
  });

  it('commands go back for their feature, and are answered as questions when no feature takes them', () => {
    const qa = desk({ now: new Date('2026-03-02T10:00:00Z') });
    const command = qa.take('update TRF-3 at risk: waiting for HR', {}, all);
    expect(command.kind).toBe('command');
    if (command.kind === 'command') expect(command.request.feature).toBe('action-plan');
    expect(qa.take('update TRF-3 at risk: waiting for HR', {}, () => false).kind).not.toBe('command');
  });

  it('a kept reply cannot be changed by whoever sends it', () => {
    const qa = desk({ now: new Date('2026-03-02T10:00:00Z') });
    const first = qa.take('what is NT1?', {}, all);
    if (first.kind !== 'answer') throw new Error(`expected an answer, got ${first.kind}`);
    expect(() => {
      (first.card as { body?: unknown }).body = [];
    }).toThrow(TypeError);
    expect(JSON.stringify(qa.take('what is NT1?', {}, all))).toEqual(JSON.stringify(first));
  });
});
