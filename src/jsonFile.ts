/**
 * Data files as JSON checked against a zod schema, with one way of saying what is wrong: the file,
 * the exact path inside it and the fault, e.g. `stockport.rules[1].min: expected number` or
 * `records["19:abc|x"].eTag: expected string`. Every loader (packs, sources, vocabulary, TOMs, seeds,
 * the store's own files) reports through these, so a fault reads the same wherever it is.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/** A path an editor of the JSON can find: `rules[1].min`, `topics.steering-group`, `records["a|b"]`. */
export function jsonPath(path: readonly PropertyKey[], prefix = ''): string {
  const out = path.reduce<string>((at, key) => {
    if (typeof key === 'number') return `${at}[${key}]`;
    const name = String(key);
    if (/^[A-Za-z_$][\w$-]*$/.test(name)) return at === '' ? name : `${at}.${name}`;
    return `${at}[${JSON.stringify(name)}]`;
  }, prefix);
  return out === '' ? '(root)' : out;
}

/** zod 4 says "Invalid input: expected number, received string"; the tail is what an editor needs. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  return issue.message.replace(/^Invalid input: /, '');
}

/** Each issue as "<path>: <fault>", the path after `prefix`. */
export function issueLines(issues: readonly z.core.$ZodIssue[], prefix = ''): string[] {
  return issues.map((issue) => (issue.path.length === 0 && prefix === '' ? issueMessage(issue) : `${jsonPath(issue.path, prefix)}: ${issueMessage(issue)}`));
}

/**
 * Reads and parses a JSON file. A fault comes as one problem line starting with `label` and naming
 * the file, and as the bare `fault` for callers whose error names the file already.
 */
export function readJsonFile(file: string, label: string): { ok: true; value: unknown } | { ok: false; problem: string; fault: string } {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (err) {
    const why = (err as Error).message;
    return { ok: false, fault: `cannot be read (${why})`, problem: `${label}: cannot read ${file} (${why})` };
  }
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch (err) {
    const why = (err as Error).message;
    return { ok: false, fault: `not valid JSON (${why})`, problem: `${label}: ${file} is not valid JSON (${why})` };
  }
}

/** Validates against a schema, adding each issue to `problems` at its exact path; undefined when invalid. */
export function validate<T>(schema: z.ZodType<T>, value: unknown, prefix: string, problems: string[]): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  problems.push(...issueLines(result.error.issues, prefix));
  return undefined;
}
