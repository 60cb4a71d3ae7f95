/**
 * "What does the PID checklist ask about …?" is answered in the checklist cards' own words: each label
 * and choice the answer quotes is the one the card shows, at the step the card says. The cards are
 * rendered as the bot sends them, so a label changed on a card (in its template or in
 * src/checklist/questions.ts) that the answer does not follow fails here.
 */
import { describe, expect, it } from '@jest/globals';
import { approachCard, commitmentsCard } from '../../src/checklist/cards.js';
import type { ChecklistRecord } from '../../src/checklist/model.js';
import { suggestToms } from '../../src/checklist/tomsSuggestions.js';
import { DEFAULT_DATA_DIR, loadPolicyLibrary } from '../../src/policy/loader.js';
import { requirementsFor } from '../../src/policy/requirements.js';
import { createTomsLookup, loadTomsCatalogue } from '../../src/policy/tomsCatalogue.js';
import { answerAsText } from '../../src/qa/answer.js';
import { Assistant } from '../../src/qa/assistant.js';
import { loadVocabulary } from '../../src/understand/vocabulary.js';

const library = loadPolicyLibrary();
const toms = createTomsLookup(loadTomsCatalogue());
const assistant = new Assistant(library, toms, { vocabulary: loadVocabulary(DEFAULT_DATA_DIR) });

type Node = Record<string, unknown>;

/** Every element of a card, depth first. */
function elements(node: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => elements(n, out));
  else if (node && typeof node === 'object') {
    out.push(node as Node);
    Object.values(node).forEach((v) => elements(v, out));
  }
  return out;
}

/** What the card shows for a step: its step line ("Step 3 of 5: Your approach") and each input's label and choices. */
function shown(card: unknown) {
  const all = elements(card);
  const stepLine = all.map((e) => e.text).find((t): t is string => typeof t === 'string' && /^Step \d of \d: /.test(t))!;
  const [, number, of, title] = /^Step (\d) of (\d): (.+)$/.exec(stepLine)!;
  const inputs = new Map(
    all
      .filter((e) => typeof e.type === 'string' && e.type.startsWith('Input.'))
      .map((e) => [e.id as string, { label: e.label as string, choices: ((e.choices as Node[] | undefined) ?? []).map((c) => c.title as string) }]),
  );
  return { step: `step ${number} of ${of} (${title})`, inputs };
}

/** The approach and commitments cards as an officer on a £200,000 Cheshire West and Chester works contract sees them (every question shown). */
function cardsFor(council: 'cheshire-west-and-chester' | 'stockport') {
  const pack = library.packs.get(council)!;
  const req = requirementsFor(pack, { value: 200_000, category: 'works', competitive: true });
  const rec: ChecklistRecord = {
    kind: 'pid-checklist',
    id: 'PID-ABCDEFGH',
    version: 3,
    owner: { id: 'owner', name: 'Cath Jones' },
    status: 'draft',
    step: 'approach',
    contract: { council, title: 'Countryside access improvements', service: 'Place Operations', category: 'works', value: 200_000, competitive: true, start: '2027-04-05' },
    history: [],
    pastExemptions: [],
    created: '2026-11-24T12:00:00Z',
    updated: '2026-11-24T12:00:00Z',
  } as unknown as ChecklistRecord;
  return {
    name: pack.council.shortName,
    approach: shown(approachCard(rec, req, suggestToms(pack, toms), {})),
    commitments: shown(commitmentsCard(rec, req, {})),
  };
}

function answer(text: string): string {
  const reply = assistant.reply(text);
  if (reply.kind !== 'answer') throw new Error(`expected an answer to "${text}", got ${reply.kind}`);
  return answerAsText(reply.answer);
}

describe('what the PID checklist asks, in the words its cards show', () => {
  const cwac = cardsFor('cheshire-west-and-chester');
  const stockport = cardsFor('stockport');

  it('the cards show the questions the answers quote (so the checks below can fail)', () => {
    expect(cwac.approach.step).toBe('step 3 of 5 (Your approach)');
    expect(cwac.commitments.step).toBe('step 4 of 5 (Commitments)');
    expect([...cwac.approach.inputs.keys()]).toEqual(expect.arrayContaining(['toms', 'otherToms', 'included', 'weighting', 'evaluation']));
    expect([...cwac.commitments.inputs.keys()]).toEqual(expect.arrayContaining(['portal', 'paymentDeductions', 'carbonPlan']));
  });

  it("TOMs: the card's TOMs question, as the card for the council named labels it, and its step", () => {
    const text = answer(`what does the ${stockport.name} PID checklist ask about TOMs`);
    expect(text).toContain(`At ${stockport.approach.step}`);
    expect(text).toContain(`“${stockport.approach.inputs.get('toms')!.label}”`);
    expect(text).toContain(`“${stockport.approach.inputs.get('otherToms')!.label}”`);
  });

  it.each([
    ['what does the PID checklist ask about the weighting?', 'approach', ['included', 'weighting']],
    ['what does the checklist ask about evaluation', 'approach', ['evaluation']],
    ['what does the PID checklist ask about the Social Value Portal?', 'commitments', ['portal']],
    ['what does the checklist ask about payment deductions', 'commitments', ['paymentDeductions']],
    ['what does the checklist ask about carbon?', 'commitments', ['carbonPlan']],
    ['what does the PID checklist ask about the living wage', 'commitments', ['livingWage']],
  ] as const)('%p: the card\'s own label and choices, at its step', (question, step, fields) => {
    const text = answer(question);
    const card = cwac[step];
    expect(text).toContain(`At ${card.step}`);
    for (const field of fields) {
      const input = card.inputs.get(field)!;
      expect(text).toContain(`“${input.label}”`);
      // Choices other than a plain Yes and No are quoted as the card offers them.
      if (input.choices.some((c) => c !== 'Yes' && c !== 'No')) expect(text).toContain(input.choices.join('; '));
    }
  });
});
