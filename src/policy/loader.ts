/**
 * Loads and validates the policy packs. A broken pack stops start-up with the exact path of the
 * fault, e.g. `stockport.rules[1].min: expected number, received string`, so a policy officer can fix it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import {
  COUNCIL_IDS,
  NationalContextSchema,
  PolicyPackSchema,
  type CouncilId,
  type NationalContext,
  type PolicyPack,
} from './schema.js';

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export class PolicyDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`Policy data is invalid:\n  ${problems.join('\n  ')}`);
    this.name = 'PolicyDataError';
  }
}

export interface PolicyLibrary {
  packs: ReadonlyMap<CouncilId, PolicyPack>;
  national: NationalContext;
}

/** `rules[1].min` style path, prefixed with the file's name. */
export function formatIssuePath(prefix: string, path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
    prefix,
  );
}

function describeIssue(issue: z.core.$ZodIssue): string {
  // zod 4 says "Invalid input: expected number, received string"; the tail is what an editor needs.
  return issue.message.replace(/^Invalid input: /, '');
}

function parseJsonFile(file: string, prefix: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (err) {
    return { ok: false, problem: `${prefix}: cannot read ${file} (${(err as Error).message})` };
  }
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch (err) {
    return { ok: false, problem: `${prefix}: ${file} is not valid JSON (${(err as Error).message})` };
  }
}

function validate<T>(schema: z.ZodType<T>, value: unknown, prefix: string, problems: string[]): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push(`${formatIssuePath(prefix, issue.path)}: ${describeIssue(issue)}`);
  }
  return undefined;
}

export function loadPolicyLibrary(dataDir: string = DEFAULT_DATA_DIR): PolicyLibrary {
  const problems: string[] = [];
  const packs = new Map<CouncilId, PolicyPack>();
  const policyDir = join(dataDir, 'policies');
  let files: string[] = [];
  try {
    files = readdirSync(policyDir).filter((f) => f.endsWith('.json')).sort();
  } catch (err) {
    problems.push(`cannot read the policy folder ${policyDir} (${(err as Error).message})`);
  }
  for (const file of files) {
    const prefix = basename(file, '.json');
    const parsed = parseJsonFile(join(policyDir, file), prefix);
    if (!parsed.ok) {
      problems.push(parsed.problem);
      continue;
    }
    const pack = validate(PolicyPackSchema, parsed.value, prefix, problems);
    if (!pack) continue;
    if (pack.council.id !== prefix) {
      problems.push(`${prefix}.council.id: "${pack.council.id}" does not match the file name ${file}`);
      continue;
    }
    packs.set(pack.council.id, pack);
  }
  for (const id of COUNCIL_IDS) {
    if (!packs.has(id) && !problems.some((p) => p.startsWith(id))) problems.push(`${id}: no policy pack (expected ${join(policyDir, `${id}.json`)})`);
  }
  const nationalFile = join(dataDir, 'national-context.json');
  const parsedNational = parseJsonFile(nationalFile, 'national-context');
  let national: NationalContext | undefined;
  if (parsedNational.ok) national = validate(NationalContextSchema, parsedNational.value, 'national-context', problems);
  else problems.push(parsedNational.problem);

  if (problems.length > 0 || !national) throw new PolicyDataError(problems);
  return { packs, national };
}
