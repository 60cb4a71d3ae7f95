/**
 * The checklist's own settings, read from the environment and validated like the rest of the
 * configuration: a bad value stops start-up with `NAME: what is wrong (got "...")`; secrets are never
 * echoed.
 *
 *   GRAPH_TENANT_ID, GRAPH_CLIENT_ID, GRAPH_CLIENT_SECRET  app-only Microsoft Graph credentials (all
 *       three, or none): the approver is then the officer's line manager (/users/{id}/manager)
 *   GRAPH_BASE_URL  Graph endpoint, default https://graph.microsoft.com/v1.0 (https, or a local stand-in)
 *   CHECKLIST_APPROVERS_STOCKPORT, CHECKLIST_APPROVERS_TRAFFORD,
 *   CHECKLIST_APPROVERS_CHESHIRE_WEST_AND_CHESTER  senior officers who may approve exemptions when
 *       Graph is off or knows no manager: comma-separated AAD object ids, each optionally written as
 *       `Name <aad-object-id>`
 */
import { z } from 'zod';
import { issueMessage } from '../jsonFile.js';
import { ConfigError } from './errors.js';
import type { CouncilId } from '../policy/schema.js';
import type { Person } from '../checklist/model.js';

export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
export const APPROVERS_PREFIX = 'CHECKLIST_APPROVERS_';
const SECRET = new Set(['GRAPH_CLIENT_SECRET']);

export interface GraphSettings {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  baseUrl: string;
}

export interface ChecklistSettings {
  /** absent when Graph is not configured */
  graph?: GraphSettings;
  approvers: Partial<Record<CouncilId, Person[]>>;
}

export const approversVariable = (council: CouncilId) => `${APPROVERS_PREFIX}${council.toUpperCase().replace(/-/g, '_')}`;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** AAD object ids, or Teams ids ("29:…"); no spaces, commas or angle brackets. */
const APPROVER_ID = /^[\w:.@-]{1,200}$/;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v);

const EnvSchema = z.object({
  GRAPH_TENANT_ID: z.preprocess(
    blankToUndefined,
    z.string().regex(/^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9-]+(\.[a-z0-9-]+)+)$/i, 'must be the directory (tenant) id, a GUID, or its domain, e.g. council.onmicrosoft.com').optional(),
  ),
  GRAPH_CLIENT_ID: z.preprocess(blankToUndefined, z.string().regex(GUID, "must be the app registration's application (client) id, a GUID").optional()),
  GRAPH_CLIENT_SECRET: z.preprocess(blankToUndefined, z.string().min(8, 'is too short to be a client secret').optional()),
  GRAPH_BASE_URL: z.preprocess(
    blankToUndefined,
    z
      .url({ message: `must be a URL such as ${DEFAULT_GRAPH_BASE_URL}` })
      .refine((u) => {
        const url = new URL(u);
        return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
      }, 'must use https (plain http only for a local stand-in on localhost), so the access token is never sent in clear')
      .refine((u) => new URL(u).pathname.replace(/\/+$/, '').split('/').length >= 2, 'must end with the API version, e.g. /v1.0')
      .optional(),
  ),
});

/** "Sam Smith <0000…>" or a bare id. */
function parseApprovers(raw: string): { people: Person[]; bad: string[] } {
  const people: Person[] = [];
  const bad: string[] = [];
  for (const entry of raw.split(/[,;]/).map((s) => s.trim()).filter(Boolean)) {
    const named = /^(.*?)\s*<([^<>]+)>$/.exec(entry);
    const id = (named ? named[2]! : entry).trim();
    const name = named?.[1]?.trim();
    if (!APPROVER_ID.test(id)) {
      bad.push(entry);
      continue;
    }
    if (!people.some((p) => p.id.toLowerCase() === id.toLowerCase())) people.push({ id, ...(name ? { name } : {}) });
  }
  return { people, bad };
}

/** `councils`: the ids of the councils the policy packs cover (CHECKLIST_APPROVERS_<ID> for each). */
export function loadChecklistSettings(env: NodeJS.ProcessEnv, councils: readonly CouncilId[]): ChecklistSettings {
  const problems: string[] = [];
  const shown = (name: string) => (env[name] === undefined || SECRET.has(name) ? '' : ` (got "${env[name]}")`);
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? 'environment');
      problems.push(`${name}: ${issueMessage(issue)}${shown(name)}`);
    }
  }
  const e = parsed.success ? parsed.data : undefined;

  const credentials = ['GRAPH_TENANT_ID', 'GRAPH_CLIENT_ID', 'GRAPH_CLIENT_SECRET'] as const;
  const given = credentials.filter((name) => blankToUndefined(env[name]) !== undefined);
  if (given.length > 0 && given.length < credentials.length) {
    for (const name of credentials.filter((n) => !given.includes(n))) {
      problems.push(`${name}: required when ${given.join(' and ')} ${given.length === 1 ? 'is' : 'are'} set (Microsoft Graph needs all three, or none)`);
    }
  }

  const approvers: Partial<Record<CouncilId, Person[]>> = {};
  const known = new Map(councils.map((id) => [approversVariable(id), id]));
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith(APPROVERS_PREFIX)) continue;
    const council = known.get(name);
    if (!council) {
      problems.push(`${name}: not a council I know (expected one of ${[...known.keys()].join(', ')})`);
      continue;
    }
    const { people, bad } = parseApprovers(value ?? '');
    if (bad.length > 0) problems.push(`${name}: each approver must be an AAD object id, optionally as "Name <id>"; cannot read ${bad.map((b) => `"${b}"`).join(', ')}`);
    else if (people.length > 0) approvers[council] = people;
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    ...(e?.GRAPH_TENANT_ID && e.GRAPH_CLIENT_ID && e.GRAPH_CLIENT_SECRET
      ? { graph: { tenantId: e.GRAPH_TENANT_ID, clientId: e.GRAPH_CLIENT_ID, clientSecret: e.GRAPH_CLIENT_SECRET, baseUrl: e.GRAPH_BASE_URL ?? DEFAULT_GRAPH_BASE_URL } }
      : {}),
    approvers,
  };
}
