/**
 * Officer-question acceptance suite: runs every row of questions.ts, in order, against the real
 * bot (test/support/testBot.ts) and checks the facts in each reply, then runs the figure checker
 * over every reply: no answer may state a figure the council documents do not give.
 *
 *   NODE_OPTIONS=--experimental-vm-modules npx jest test/qa
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestBot, type TestBot } from '../support/testBot.js';
import { checkFigures, describeFigures, normaliseText, type CouncilKey } from './figures.js';
import { CWAC, QUESTIONS, STOCKPORT, TRAFFORD, type QaRow } from './questions.js';

const COUNCIL_KEYS: Readonly<Record<string, CouncilKey>> = {
  [STOCKPORT]: 'stockport',
  [TRAFFORD]: 'trafford',
  [CWAC]: 'cheshire-west-and-chester',
};

/** Never acceptable in a reply: template or serialisation leaks. */
const LEAKS: RegExp[] = [/\bundefined\b/, /\bNaN\b/, /\[object Object\]/, /\$\{/, /\{\{/];

function councilPattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ and /g, ' (?:and|&) ');
  return new RegExp(escaped, 'i');
}

/** Text after "Source:" / "Sources:" (any markdown around it), plus bullet lines that follow. */
export function sourceLines(text: string): string[] {
  const lines = normaliseText(text).split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^\W*sources?\W*:\s*(.*)$/i.exec(lines[i]!);
    if (!m) continue;
    let body = m[1] ?? '';
    for (let j = i + 1; j < lines.length && /^\s*(?:[-*\u2022]|\d+[.)])\s+/.test(lines[j]!); j++) body += `\n${lines[j]}`;
    out.push(body);
  }
  return out;
}

function describeMatcher(m: string | RegExp): string {
  return typeof m === 'string' ? JSON.stringify(m) : String(m);
}

function matches(text: string, m: string | RegExp): boolean {
  if (typeof m === 'string') return text.toLowerCase().includes(normaliseText(m).toLowerCase());
  m.lastIndex = 0;
  return m.test(text);
}

/** Every way `reply` fails `row`; empty when it passes. */
export function evaluate(row: QaRow, replyText: string): string[] {
  const problems: string[] = [];
  const text = normaliseText(replyText);
  if (!text.trim()) return ['the reply has no visible text'];

  if (row.council && !councilPattern(row.council).test(text)) {
    problems.push(`does not name the council ${JSON.stringify(row.council)}`);
  }
  for (const m of row.includes) {
    if (!matches(text, m)) problems.push(`missing ${describeMatcher(m)}`);
  }
  for (const m of row.excludes ?? []) {
    if (matches(text, m)) {
      const hit = typeof m === 'string' ? m : (new RegExp(m.source, m.flags.replace('g', '')).exec(text)?.[0] ?? '');
      problems.push(`must not contain ${describeMatcher(m)} (found ${JSON.stringify(hit.trim())})`);
    }
  }
  for (const m of LEAKS) if (m.test(text)) problems.push(`leaks ${String(m)}`);
  if (row.source) {
    const lines = sourceLines(text);
    const want = normaliseText(row.source).toLowerCase();
    if (lines.length === 0) problems.push(`no "Source:" line (wanted one citing ${JSON.stringify(row.source)})`);
    else if (!lines.some((l) => l.toLowerCase().includes(want))) {
      problems.push(`no Source line cites ${JSON.stringify(row.source)}; Source lines: ${JSON.stringify(lines)}`);
    }
  }

  // No figure the documents (or the officer's own question) do not give.
  const all = checkFigures(text, row.q);
  if (!all.ok) problems.push(`states figures found in no policy document nor the question: ${describeFigures(all.unknown)}`);
  else if (row.council && !row.crossCouncil && COUNCIL_KEYS[row.council]) {
    const own = checkFigures(text, row.q, { council: COUNCIL_KEYS[row.council] });
    if (!own.ok) {
      problems.push(`states figures that are not in ${row.council}'s own documents (nor the national context): ${describeFigures(own.unknown)}`);
    }
  }
  return problems;
}

function failure(n: number, row: QaRow, user: string | undefined, replyText: string, problems: string[]): string {
  return [
    `Row ${n} [${row.topic}]${user ? ` (user ${user})` : ''}`,
    `Question: ${row.q}`,
    ...(row.why ? [`Why: ${row.why}`] : []),
    'Problems:',
    ...problems.map((p) => `  - ${p}`),
    'Reply text:',
    ...replyText.split('\n').map((l) => `  | ${l}`),
  ].join('\n');
}

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
    if (problems.length) throw new Error(failure(n, row, row.user, replyText, problems));
  });
});
