/**
 * Officers' acceptance suite: every row of officers.ts, in order, against the real bot
 * (test/support/testBot.ts), checked with the same evaluate() and figure checker as the project's
 * own table (runner.ts), plus the officers' contract: the one-line answer (firstLine), the buttons'
 * questions (buttons), the order of a multi-part answer (before).
 *
 * Two bots: one with DEFAULT_COUNCIL=stockport (most rows), one with no default council (rows marked
 * noDefault). Both have steering groups configured, and no officer asking here is in one, so a plan
 * update always comes from a non-member.
 *
 *   NODE_OPTIONS=--experimental-vm-modules npx jest test/qa/officers
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestBot, type Reply, type TestBot } from '../support/testBot.js';
import { normaliseText } from './figures.js';
import { MINIMUM_ROWS, OFFICERS, countOfficerRows, type OfficerRow, type OfficerTopic } from './officers.js';
import { describeMatcher, evaluate, failure, findFrom, matches } from './runner.js';

/** Steering groups exist, but no officer asking here is in one: plan updates come from non-members. */
const STEERING_GROUPS = {
  STEERING_GROUP_CHAIRS: 'trafford:sg-chair,cheshire-west-and-chester:sg-chair,stockport:sg-chair',
  STEERING_GROUP_MEMBERS: 'trafford:sg-member,cheshire-west-and-chester:sg-member,stockport:sg-member',
};

/** The officer's earlier questions in each conversation (bot and user), for the figure checker. */
const asked = new Map<string, string[]>();
const results = new Map<OfficerTopic, { pass: number; fail: number }>();

/** The officers' contract beyond evaluate(): first line, buttons, order. */
function contractProblems(row: OfficerRow, reply: Reply): string[] {
  const problems: string[] = [];
  if (row.firstLine) {
    const first = normaliseText(reply.messageText).replace(/^[\s*_>#]+/, '');
    if (!row.firstLine.test(first)) {
      problems.push(
        first.trim()
          ? `first line ${JSON.stringify(first.split('\n')[0])} does not match ${String(row.firstLine)}`
          : `the first reply activity has no text of its own (wanted a one-line answer matching ${String(row.firstLine)})`,
      );
    }
  }
  for (const m of row.buttons ?? []) {
    if (!reply.buttons.some((ask) => matches(normaliseText(ask), m))) {
      problems.push(`no button asks ${describeMatcher(m)}; the buttons ask ${JSON.stringify(reply.buttons)}`);
    }
  }
  if (row.before) {
    const text = normaliseText(reply.text);
    let from = 0;
    for (const [i, m] of row.before.entries()) {
      const hit = findFrom(text, m, from);
      if (!hit) {
        const anywhere = findFrom(text, m, 0);
        problems.push(
          anywhere
            ? `answered out of order: ${describeMatcher(m)} comes before ${describeMatcher(row.before[i - 1]!)}`
            : `missing ${describeMatcher(m)} (part ${i + 1} of the question)`,
        );
        break;
      }
      from = hit[1];
    }
  }
  return problems;
}

describe("officers' questions", () => {
  let withDefault: TestBot | undefined;
  let noDefault: TestBot | undefined;

  beforeAll(async () => {
    [withDefault, noDefault] = await Promise.all([startTestBot({ DEFAULT_COUNCIL: 'stockport', ...STEERING_GROUPS }), startTestBot(STEERING_GROUPS)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([withDefault?.close(), noDefault?.close()]);
    const lines = [...results].map(([topic, r]) => `  ${topic}: ${r.pass} pass, ${r.fail} fail`);
    const pass = [...results.values()].reduce((n, r) => n + r.pass, 0);
    const total = [...results.values()].reduce((n, r) => n + r.pass + r.fail, 0);
    if (total) console.log([`Officers' questions: ${pass} of ${total} rows pass`, ...lines].join('\n'));
  });

  test('the table has at least 260 questions and the minimum of every kind', () => {
    expect(OFFICERS.length).toBeGreaterThanOrEqual(260);
    const counts = countOfficerRows();
    const conversations = new Map<string, number>();
    for (const r of OFFICERS) if (r.topic === 'follow-up') conversations.set(r.user!, (conversations.get(r.user!) ?? 0) + 1);
    for (const [topic, min] of Object.entries(MINIMUM_ROWS) as [OfficerTopic, number][]) {
      const n = topic === 'follow-up' ? conversations.size : (counts.get(topic) ?? 0);
      expect({ topic, n, enough: n >= min }).toEqual({ topic, n, enough: true });
    }
    for (const [user, turns] of conversations) expect({ user, turns, ok: turns >= 2 && turns <= 4 }).toEqual({ user, turns, ok: true });
    // A conversation's user is used by no row outside it.
    const users = OFFICERS.filter((r) => r.topic !== 'follow-up' && r.user).map((r) => r.user);
    expect(users.filter((u) => conversations.has(u!))).toEqual([]);
  });

  // Sequential, in table order: a conversation's turns depend on the turns before them.
  const turns = new Map<string, number>();
  const cases = OFFICERS.map((row, i) => {
    const n = i + 1;
    const user = row.user ?? `officer-row-${n}`;
    const turn = (turns.get(user) ?? 0) + 1;
    turns.set(user, turn);
    const where = row.user ? `${row.topic}, ${user} turn ${turn}` : row.topic;
    return [`${n}. [${where}${row.noDefault ? ', no default council' : ''}] ${row.q}`, n, user, row] as const;
  });

  test.each(cases)('%s', async (_name, n, user, row) => {
    const bot = row.noDefault ? noDefault : withDefault;
    if (!bot) throw new Error('the test bot did not start');
    const key = `${row.noDefault ? 'no-default' : 'default'}:${user}`;
    const earlier = asked.get(key) ?? [];
    let reply: Reply;
    try {
      reply = await bot.ask(row.q, { user });
    } catch (err) {
      throw new Error(`Row ${n}: asking ${JSON.stringify(row.q)} failed: ${(err as Error).stack ?? String(err)}`);
    } finally {
      asked.set(key, [...earlier, row.q]);
    }
    const context = [...earlier, ...(row.derived ?? []).map(String)].join('\n');
    const problems = [...evaluate(row, reply.text, context ? { asked: context } : {}), ...contractProblems(row, reply)];
    const r = results.get(row.topic) ?? { pass: 0, fail: 0 };
    if (problems.length) r.fail++;
    else r.pass++;
    results.set(row.topic, r);
    if (problems.length) {
      const extra = [
        ...(earlier.length ? ['Earlier in this conversation:', ...earlier.map((q) => `  > ${q}`)] : []),
        ...(row.firstLine ? [`First line: ${JSON.stringify(reply.messageText)}`] : []),
        ...(row.buttons ? [`Buttons ask: ${JSON.stringify(reply.buttons)}`] : []),
      ];
      throw new Error(failure(`Row ${n}`, row, row.user, reply.text, problems, extra));
    }
  });
});
