/**
 * What the officer-question suites share: how a reply is checked against a row of the table, and how
 * a failure is reported. questions.test.ts (the project's own table) and officers.test.ts (the
 * questions nobody on the project wrote) both use it.
 *
 * Every reply goes through the figure checker (figures.ts): no figure the council documents do not
 * give, except the officer's own figures (the question, and earlier questions in the same
 * conversation) and what follows arithmetically from them (a total over years).
 */
import { checkFigures, describeFigures, normaliseText, type CouncilKey } from './figures.js';
import { CWAC, STOCKPORT, TRAFFORD, type QaRow } from './questions.js';

export const COUNCIL_KEYS: Readonly<Record<string, CouncilKey>> = {
  [STOCKPORT]: 'stockport',
  [TRAFFORD]: 'trafford',
  [CWAC]: 'cheshire-west-and-chester',
};

/** Never acceptable in a reply: template or serialisation leaks. */
export const LEAKS: RegExp[] = [/\bundefined\b/, /\bNaN\b/, /\[object Object\]/, /\$\{/, /\{\{/];

export function councilPattern(name: string): RegExp {
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

export function describeMatcher(m: string | RegExp): string {
  return typeof m === 'string' ? JSON.stringify(m) : String(m);
}

export function matches(text: string, m: string | RegExp): boolean {
  if (typeof m === 'string') return text.toLowerCase().includes(normaliseText(m).toLowerCase());
  m.lastIndex = 0;
  return m.test(text);
}

/** Where `m` first matches in `text` at or after `from`: [start, end], or undefined. */
export function findFrom(text: string, m: string | RegExp, from: number): [number, number] | undefined {
  if (typeof m === 'string') {
    const i = text.toLowerCase().indexOf(normaliseText(m).toLowerCase(), from);
    return i < 0 ? undefined : [i, i + m.length];
  }
  // Lookbehinds in the matchers need the text before `from`, so search the whole text from there.
  const re = new RegExp(m.source, m.flags.includes('g') ? m.flags : `${m.flags}g`);
  re.lastIndex = from;
  const hit = re.exec(text);
  return hit ? [hit.index, hit.index + hit[0].length] : undefined;
}

export interface EvaluateOptions {
  /**
   * What else the officer typed that the reply may echo: earlier questions in the same conversation,
   * and figures that follow from the question (a total over years). Added to the question for the
   * figure checker only.
   */
  asked?: string;
}

/** Every way `reply` fails `row`; empty when it passes. */
export function evaluate(row: QaRow, replyText: string, opts: EvaluateOptions = {}): string[] {
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

  // No figure the documents (or the officer's own words) do not give.
  const typed = opts.asked ? `${opts.asked}\n${row.q}` : row.q;
  const all = checkFigures(text, typed);
  if (!all.ok) problems.push(`states figures found in no policy document nor the question: ${describeFigures(all.unknown)}`);
  else if (row.council && !row.crossCouncil && COUNCIL_KEYS[row.council]) {
    const own = checkFigures(text, typed, { council: COUNCIL_KEYS[row.council] });
    if (!own.ok) {
      problems.push(`states figures that are not in ${row.council}'s own documents (nor the national context): ${describeFigures(own.unknown)}`);
    }
  }
  return problems;
}

export function failure(label: string, row: QaRow, user: string | undefined, replyText: string, problems: string[], extra: string[] = []): string {
  return [
    `${label} [${row.topic}]${user ? ` (user ${user})` : ''}`,
    `Question: ${row.q}`,
    ...(row.why ? [`Why: ${row.why}`] : []),
    'Problems:',
    ...problems.map((p) => `  - ${p}`),
    ...extra,
    'Reply text:',
    ...replyText.split('\n').map((l) => `  | ${l}`),
  ].join('\n');
}
