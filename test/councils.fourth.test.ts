/**
 * A fourth council is data: a source document, its entry in data/sources/index.json and a policy
 * pack. Nothing in code names the councils, so the bot answers for the new one, understands its
 * name and its misspellings, and compares it with the others.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestBot, type TestBot } from './support/testBot.js';

const DATA = fileURLToPath(new URL('../data/', import.meta.url));

/** A short policy of a made-up council, written as a council would. */
const POLICY = `Northmoor Borough Council Social Value Policy 2026

1. Weighting

For all contracts with a total value over £40,000, a social value weighting of 12% will be applied in the evaluation of tenders.

2. Measuring

Social value commitments are recorded and reported each quarter.
`;

function dataWithNorthmoor(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sva-fourth-'));
  cpSync(DATA, dir, { recursive: true });
  writeFileSync(join(dir, 'sources', 'northmoor-policy-2026.txt'), POLICY);
  const index = JSON.parse(readFileSync(join(dir, 'sources', 'index.json'), 'utf8')) as unknown[];
  index.push({
    id: 'northmoor-policy-2026',
    title: 'Northmoor Borough Council Social Value Policy 2026',
    council: 'northmoor',
    date: '2026',
    file: 'northmoor-policy-2026.txt',
    sections: [
      { id: 'title', heading: 'Northmoor Borough Council Social Value Policy 2026', startLine: 1, endLine: 2 },
      { id: '1-weighting', heading: '1. Weighting', startLine: 3, endLine: 6 },
      { id: '2-measuring', heading: '2. Measuring', startLine: 7, endLine: 9 },
    ],
  });
  writeFileSync(join(dir, 'sources', 'index.json'), JSON.stringify(index, null, 1));
  const pack = {
    council: { id: 'northmoor', name: 'Northmoor Borough Council', shortName: 'Northmoor', aliases: ['northmoor', 'nbc'] },
    documents: ['northmoor-policy-2026'],
    rules: [
      {
        id: 'northmoor-weighting',
        kind: 'weighting',
        when: { above: { amount: 40000, inclusive: false }, wording: 'all contracts with a total value over £40,000' },
        statement: 'Apply a social value weighting of 12% in the evaluation of tenders.',
        min: null,
        target: null,
        standard: 12,
        variable: false,
        source: { document: 'northmoor-policy-2026', section: '1. Weighting', quote: 'a social value weighting of 12% will be applied in the evaluation of tenders' },
      },
    ],
    topics: {},
  };
  writeFileSync(join(dir, 'policies', 'northmoor.json'), JSON.stringify(pack, null, 1));
  return dir;
}

let dir: string;
let bot: TestBot;

beforeAll(async () => {
  dir = dataWithNorthmoor();
  bot = await startTestBot({ DATA_DIR: dir });
});

afterAll(async () => {
  await bot?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a fourth council added as data only', () => {
  it("answers its weighting from its own document, with the rule and the source", async () => {
    const reply = await bot.ask('what weighting for a £60k contract in Northmoor?');
    expect(reply.messageText).toBe("For a £60,000 contract, Northmoor's standard social value weighting is 12%.");
    expect(reply.text).toContain('Source: Northmoor Borough Council Social Value Policy 2026, section 1. Weighting');
  });

  it('knows its short form and offers back a misspelling', async () => {
    expect((await bot.ask('nbc weighting for 30k')).messageText).toMatch(/^Northmoor's documents set no social value weighting for a £30,000 contract/);
    const misspelt = await bot.ask('northmor weighting for 60k');
    expect(misspelt.text).toContain('Did you mean Northmoor?');
    expect(misspelt.buttons).toContain('Northmoor weighting for 60k?');
  });

  it('is among the councils compared and the councils offered when none is known', async () => {
    const compared = await bot.ask('compare weightings for a £60k contract');
    expect(compared.text).toContain("For a £60,000 contract, Northmoor's standard social value weighting is 12%.");
    const which = await bot.ask('what weighting for £60k?', { user: 'no-council-yet' });
    expect(which.buttons).toContain('what weighting for £60k in Northmoor?');
  });

  it('quotes its document for what its pack does not curate', async () => {
    const reply = await bot.ask('how often are commitments reported in Northmoor?');
    expect(reply.text).toContain('“Social value commitments are recorded and reported each quarter.”');
  });
});

describe('the default council', () => {
  it('must be one of the councils with a pack: start-up stops and says which there are', async () => {
    await expect(startTestBot({ DEFAULT_COUNCIL: 'northmoor' })).rejects.toThrow(
      'DEFAULT_COUNCIL: "northmoor" is not a council with a policy pack; use one of cheshire-west-and-chester, stockport, trafford',
    );
  });
});
