/**
 * Fills a store for the benchmark through the real domain code: 10,000 PID checklists walked through
 * `Checklists` (src/checklist/workflow.ts) to a spread of steps and statuses, the action plans seeded
 * by `seedStore` and 2,000 updates recorded by `ActionPlanService.update`, and a directory entry for
 * every officer by `ConversationDirectory.remember`.
 *
 * The domain code writes into an in-memory staging store that keeps the storage contract (eTags,
 * create-only, deep copies); the result is then written into the real LowdbStorage at DB_FILE with
 * its own `write()`, in large batches. The bytes on disk are what the same operations would leave one
 * by one; only the 60,000-odd fsync'd shard rewrites of doing it one call at a time are skipped, so
 * the fill takes seconds rather than many minutes.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { TurnContext } from 'botbuilder';
import { ActionPlanService } from '../src/actionPlan/service.js';
import { loadSeeds, seedStore } from '../src/actionPlan/seed.js';
import { ConversationDirectory } from '../src/teams/conversations.js';
import { ApproverFinder } from '../src/checklist/approvers.js';
import { Checklists, newChecklistId, type Result } from '../src/checklist/workflow.js';
import { DEFAULT_DATA_DIR, loadPolicyLibrary } from '../src/policy/loader.js';
import { createTomsLookup, loadTomsCatalogue } from '../src/policy/tomsCatalogue.js';
import { STATUSES, itemKey, planKey, type ActionItem, type Plan } from '../src/actionPlan/model.js';
import { CREATE_ONLY_ETAG, StorageConflictError, openLowdbStorage } from '../src/storage/index.js';
import type { RecordStore } from '../src/storage/records.js';

export const BOT_ID = '28:social-value-assistant';
export const TENANT = 'bench-tenant';
export const SERVICE_URL = 'http://127.0.0.1:9/unused';
/** the steering group member the action updates come from (an AAD object id: no Teams lookup) */
export const MEMBER = 'bench-member-0001';

/** A contract and the answers that are valid for it (the fill fails loudly if they are not). */
export interface Profile {
  contract: Record<string, string>;
  approach: Record<string, string>;
  commitments: Record<string, string>;
  /** "Step 4 of 5" once the approach is saved */
}

const commitments = {
  minimumStandards: 'yes',
  livingWage: 'yes',
  carbonPlan: 'yes',
  portal: 'yes',
  paymentDeductions: 'yes',
  contractManagement: 'Quarterly social value reports through the Social Value Portal, reviewed at contract meetings',
};
const approach = (weighting: string, toms = 'NT1') => ({ needsAnalysis: 'yes', marketEngagement: 'yes', included: 'yes', weighting, toms, otherToms: '', evaluation: 'both', reason: '' });
const contract = (council: string, title: string, category: string, value: string) => ({
  council,
  title,
  reference: `BN-${title.slice(0, 3).toUpperCase()}`,
  service: 'Adult Social Care',
  category,
  value,
  competitive: 'yes',
  start: '2026-09-01',
});

export const PROFILES: Profile[] = [
  { contract: contract('stockport', 'Home care framework', 'services', '120000'), approach: approach('20'), commitments },
  { contract: contract('stockport', 'Highways resurfacing', 'works', '450000'), approach: approach('20', 'NT1, NT4a'), commitments },
  { contract: contract('trafford', 'Library books supply', 'goods', '80000'), approach: approach('10'), commitments },
  { contract: contract('cheshire-west-and-chester', 'Youth services', 'services', '100000'), approach: approach('10'), commitments },
  { contract: contract('cheshire-west-and-chester', 'School meals', 'services', '250000'), approach: approach('15'), commitments },
];

/** An exemption: social value left out, with a reason. */
const OMITTED = { needsAnalysis: 'yes', marketEngagement: 'no', included: 'no', weighting: '', toms: '', otherToms: '', evaluation: '', reason: 'A direct call-off from a national framework whose terms cannot be changed.' };

export interface Draft {
  id: string;
  owner: string;
  version: number;
  profile: number;
}

export interface FillResult {
  checklists: number;
  actionUpdates: number;
  keys: number;
  /** drafts waiting at step 3 (the approach), at version 2: what the checklist-step samples press */
  drafts: Draft[];
  statusCounts: Record<string, number>;
  ms: number;
  /** where the fill's time went: domain code for checklists, for action updates, and the LowdbStorage writes */
  phasesMs: { checklists: number; actionUpdates: number; storeWrite: number };
}

/** The storage contract, in memory: deep copies, eTags, create-only. */
class StagingStore implements RecordStore {
  readonly items = new Map<string, Record<string, unknown>>();
  async read(keys: string[]): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const v = this.items.get(k);
      if (v) out[k] = structuredClone(v);
    }
    return out;
  }
  async write(changes: Record<string, unknown>): Promise<void> {
    for (const [k, item] of Object.entries(changes)) {
      const expected = (item as { eTag?: string }).eTag;
      const stored = this.items.get(k);
      if (expected === CREATE_ONLY_ETAG ? stored !== undefined : expected !== undefined && expected !== '*' && stored?.eTag !== expected) throw new StorageConflictError(k);
    }
    for (const [k, item] of Object.entries(changes)) this.items.set(k, { ...(JSON.parse(JSON.stringify(item)) as Record<string, unknown>), eTag: randomUUID() });
  }
  async delete(keys: string[]): Promise<void> {
    for (const k of keys) this.items.delete(k);
  }
}

const officer = (n: number) => `bench-officer-${String(n).padStart(5, '0')}`;

export function ownerActivity(user: string, conversationId: string, text: string, id = randomUUID()) {
  return {
    type: 'message',
    id,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    from: { id: `29:${user}`, name: user, aadObjectId: user },
    recipient: { id: BOT_ID, name: 'Social Value Assistant' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    locale: 'en-GB',
    text,
  };
}

export const personalConversation = (user: string) => `a:bench-${user}`;

/** A returning Q&A officer of the benchmark, by number, and the council they chose when they first asked ("my council is …"). */
export const qaOfficer = (n: number) => `bench-qa-${String(n).padStart(4, '0')}`;
const QA_COUNCILS = ['stockport', 'trafford', 'cheshire-west-and-chester'] as const;

export async function fillStore(dbFile: string, opts: { checklists: number; actionUpdates: number; officers: number; qaOfficers?: number }): Promise<FillResult> {
  const started = performance.now();
  const staging = new StagingStore();
  const library = loadPolicyLibrary(DEFAULT_DATA_DIR);
  const toms = createTomsLookup(loadTomsCatalogue(join(DEFAULT_DATA_DIR, 'toms.json')));
  const checklists = new Checklists({
    store: staging,
    packs: library.packs,
    toms,
    approvers: new ApproverFinder({ approvers: {} }),
    notify: { approvalRequest: async () => ({ delivered: true }), decision: async () => ({ delivered: true }) },
    deliveryWaitMs: 0,
  });
  const directory = new ConversationDirectory(staging);

  // Every officer has talked to the bot before (that is how they got a checklist).
  for (let n = 0; n < opts.officers; n += 1) {
    const user = officer(n);
    await directory.remember({ activity: ownerActivity(user, personalConversation(user), 'new PID checklist') } as unknown as TurnContext);
  }
  await directory.remember({ activity: ownerActivity(MEMBER, personalConversation(MEMBER), 'action plan') } as unknown as TurnContext);
  // The returning Q&A officers have each chosen their council, as the bot asks them to (the same record the bot keeps).
  for (let n = 0; n < (opts.qaOfficers ?? 0); n += 1) {
    await staging.write({ [`msteams/users/29:${qaOfficer(n)}/`]: { profile: { council: QA_COUNCILS[n % QA_COUNCILS.length] }, eTag: '*' } });
  }

  const ok = (r: Result, what: string): number => {
    if (r.kind !== 'ok') throw new Error(`fill: ${what} answered ${r.kind}: ${JSON.stringify(r).slice(0, 400)}`);
    return r.record.version;
  };
  const drafts: Draft[] = [];
  const statusCounts: Record<string, number> = {};
  for (let i = 0; i < opts.checklists; i += 1) {
    const user = officer(i % opts.officers);
    const actor = { id: user, name: user };
    const p = i % PROFILES.length;
    const profile = PROFILES[p]!;
    const id = newChecklistId();
    // 0-3: ready for sign-off; 4-5: draft at the approach (the samples); 6-7: at commitments; 8: at review; 9: exemption requested.
    const kind = i % 10;
    let v = ok(await checklists.saveContract(actor, id, 0, { ...profile.contract, title: `${profile.contract.title} ${i}` }), 'saveContract');
    v = ok(await checklists.acknowledgeRequirements(actor, id, v), 'acknowledge');
    if (kind === 4 || kind === 5) {
      drafts.push({ id, owner: user, version: v, profile: p });
    } else {
      v = ok(await checklists.saveApproach(actor, id, v, kind === 9 ? OMITTED : profile.approach), 'saveApproach');
      if (kind !== 6 && kind !== 7) {
        v = ok(await checklists.saveCommitments(actor, id, v, profile.commitments), 'saveCommitments');
        if (kind !== 8) ok(await checklists.confirm(actor, id, v), 'confirm');
      }
    }
    const status = (await checklists.get(id))!.status;
    statusCounts[status] = (statusCounts[status] ?? 0) + 1;
  }

  const checklistsDone = performance.now();
  // The action plans as the bot seeds them, then 2,000 updates spread over the open actions.
  const seeds = loadSeeds(join(DEFAULT_DATA_DIR, 'action-plans'), library);
  await seedStore(staging, seeds);
  const service = new ActionPlanService(staging);
  const open: { council: Plan['council']; ref: string }[] = [];
  for (const seed of seeds) {
    const plan = (await staging.read([planKey(seed.council)]))[planKey(seed.council)] as Plan;
    for (const ref of plan.refs) {
      const item = (await staging.read([itemKey(plan.council, ref)]))[itemKey(plan.council, ref)] as ActionItem;
      if (item.status !== 'Complete') open.push({ council: plan.council, ref });
    }
  }
  const moving = STATUSES.filter((s) => s !== 'Complete' && s !== 'Not started');
  let updates = 0;
  for (let u = 0; u < opts.actionUpdates; u += 1) {
    const target = open[u % open.length]!;
    const by = { id: `bench-member-${String(u % 12).padStart(4, '0')}`, name: `Member ${u % 12}` };
    const outcome = await service.update(target.council, target.ref, by, { status: moving[u % moving.length]!, note: `Progress note ${u}: discussed at the steering group.` }, 'text', () => undefined);
    if (outcome.kind !== 'updated') throw new Error(`fill: action update ${u} on ${target.ref} answered ${outcome.kind}`);
    updates += 1;
  }

  const actionsDone = performance.now();
  // Into the real store, through its own write().
  const storage = await openLowdbStorage(dbFile);
  const entries = [...staging.items.entries()];
  const BATCH = 4000;
  for (let i = 0; i < entries.length; i += BATCH) {
    const batch: Record<string, unknown> = {};
    for (const [k, v] of entries.slice(i, i + BATCH)) {
      const { eTag: _e, ...rest } = v;
      batch[k] = rest;
    }
    await storage.write(batch);
  }
  // As a running bot keeps it: a store compacts itself once its journal passes half its snapshot
  // (8 MB at least), so it is a snapshot and the journal since, never one journal of every write. This
  // is the moment after a compaction; a start-up later on also replays up to that much journal.
  await storage.compact();
  await storage.close();
  return { checklists: opts.checklists, actionUpdates: updates, keys: entries.length, drafts, statusCounts, ms: performance.now() - started, phasesMs: { checklists: checklistsDone - started, actionUpdates: actionsDone - checklistsDone, storeWrite: performance.now() - actionsDone } };
}
