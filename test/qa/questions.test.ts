/**
 * Officer-question acceptance suite: runs every row of questions.ts, in order, against the real
 * bot (test/support/testBot.ts) and checks the facts in each reply, then runs the figure checker
 * over every reply: no answer may state a figure the council documents do not give.
 *
 *   NODE_OPTIONS=--experimental-vm-modules npx jest test/qa
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestBot, type TestBot } from '../support/testBot.js';
import { QUESTIONS } from './questions.js';
// The checks live in runner.ts, shared with the officers' suite (officers.test.ts).
import { evaluate, failure } from './runner.js';

describe('officer questions', () => {
  let bot: TestBot | undefined;

  beforeAll(async () => {
    bot = await startTestBot({ DEFAULT_COUNCIL: 'stockport' });
  }, 60_000);

  afterAll(async () => {
    await bot?.close();
  });

  test('the table has at least 100 questions', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(100);
  });

  // Sequential, in table order: rows depend on earlier "my council is …" rows for the same user.
  test.each(QUESTIONS.map((row, i) => [i + 1, row.q, row] as const))('%i. %s', async (n, _q, row) => {
    if (!bot) throw new Error('the test bot did not start');
    let replyText: string;
    try {
      const reply = await bot.ask(row.q, row.user ? { user: row.user } : undefined);
      replyText = reply.text;
    } catch (err) {
      throw new Error(`Row ${n}: asking ${JSON.stringify(row.q)} failed: ${(err as Error).stack ?? String(err)}`);
    }
    const problems = evaluate(row, replyText);
    if (problems.length) throw new Error(failure(`Row ${n}`, row, row.user, replyText, problems));
  });
});
