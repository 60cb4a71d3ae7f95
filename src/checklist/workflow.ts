/**
 * The checklist as a state machine over stored records: each officer action checks the version the
 * card was drawn from (a stale or repeated press changes nothing), validates, and appends to the
 * history. Exemptions go to the approver the ApproverFinder names; the approver's decision and the
 * officer's notice go out through `notify`. Plain TypeScript: no Teams here.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { requirementsFor, type Requirements } from '../policy/requirements.js';
import type { CouncilId, PolicyPack } from '../policy/schema.js';
import type { Delivery as Delivered } from '../delivery.js';
import type { TomsLookup } from '../policy/tomsCatalogue.js';
import type { RecordStore } from '../storage/records.js';
import type { ApproverFinder } from './approvers.js';
import { assess } from './assess.js';
import {
  approachValues,
  commitmentValues,
  validateApproach,
  validateComment,
  validateCommitments,
  validateContract,
  valuesOf,
  CONTRACT_FIELDS,
  type FieldErrors,
  type FieldValues,
  type Raw,
} from './fields.js';
import {
  STEP_TITLES,
  describePerson,
  samePerson,
  type ChecklistRecord,
  type Delivery,
  type Exemption,
  type HistoryEntry,
  type Person,
  type StepId,
} from './model.js';
import { approachFacts, commitmentFacts, contractFacts, describeChanges } from './present.js';
import { ChecklistStore } from './store.js';

/** Whether a notice reached the person (the app's Messenger says, src/delivery.ts). */
export type DeliveryOutcome = Delivered;

/** Proactive messages; the bot layer draws the cards. Must not throw. */
export interface ChecklistNotifier {
  approvalRequest(to: Person, record: ChecklistRecord): Promise<DeliveryOutcome>;
  decision(to: Person, record: ChecklistRecord): Promise<DeliveryOutcome>;
}

export interface ChecklistsOptions {
  store: RecordStore;
  packs: ReadonlyMap<CouncilId, PolicyPack>;
  toms: TomsLookup;
  approvers: ApproverFinder;
  notify: ChecklistNotifier;
  now?: () => Date;
  /** how long an action waits for proactive deliveries before answering (Teams gives up on slow invokes) */
  deliveryWaitMs?: number;
  onBackgroundError?: (err: Error) => void;
}

export type InputStep = 'contract' | 'approach' | 'commitments';

export type Result =
  | { kind: 'ok'; record: ChecklistRecord; notice?: string }
  | { kind: 'invalid'; step: InputStep; id: string; version: number; record?: ChecklistRecord; errors: FieldErrors; values: FieldValues; notice?: string }
  | { kind: 'stale'; record: ChecklistRecord; notice: string }
  | { kind: 'missing'; message: string }
  | { kind: 'forbidden'; message: string };

export type DecisionResult =
  | { kind: 'decided'; record: ChecklistRecord; told: DeliveryOutcome | 'pending' }
  | { kind: 'already'; record: ChecklistRecord; notice: string }
  | { kind: 'invalid'; record: ChecklistRecord; errors: FieldErrors; values: FieldValues }
  | { kind: 'missing'; message: string }
  | { kind: 'forbidden'; message: string };

type Refusal =
  | { kind: 'stale'; notice?: string }
  | { kind: 'missing'; message?: string }
  | { kind: 'forbidden'; message: string }
  | { kind: 'invalid'; step: InputStep; errors: FieldErrors; values: FieldValues; notice?: string }
  | { kind: 'collision' };

/** The bot itself, for the entries it writes (deliveries). */
export const BOT: Person = { id: 'social-value-assistant', name: 'Social Value Assistant' };

export const STALE_NOTICE =
  'That card was out of date: this checklist has moved on since it was drawn (a second press, or a change on another device). Nothing was changed. This is where it stands now.';
const MISSING = 'I cannot find that checklist. Say "my checklists" to see yours, or "new PID checklist" to start one.';

// Crockford's base32: no I, L, O or U, so a reference read out or retyped survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newChecklistId(): string {
  const bytes = randomBytes(8);
  let out = '';
  for (let i = 0; i < 8; i += 1) out += ALPHABET[bytes[i]! % 32];
  return `PID-${out}`;
}

/** "pid-7k3q…", "7K3Q…" -> "PID-7K3Q…"; undefined when it cannot be a checklist reference. */
export function normaliseChecklistId(text: string): string | undefined {
  const m = /^(?:pid-?)?([0-9a-hjkmnp-tv-z]{8})$/i.exec(text.trim());
  return m ? `PID-${m[1]!.toUpperCase()}` : undefined;
}

function append(rec: ChecklistRecord, by: Person, event: string, at: string, detail?: string, bump = true): ChecklistRecord {
  const version = bump ? rec.version + 1 : rec.version;
  const entry: HistoryEntry = { at, by, event, version, ...(detail ? { detail } : {}) };
  return { ...rec, version, updated: at, history: [...rec.history, entry] };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref?.());

export class Checklists {
  readonly store: ChecklistStore;
  private readonly now: () => Date;
  private readonly deliveryWaitMs: number;

  constructor(private readonly options: ChecklistsOptions) {
    this.store = new ChecklistStore(options.store);
    this.now = options.now ?? (() => new Date());
    this.deliveryWaitMs = options.deliveryWaitMs ?? 5000;
  }

  pack(council: CouncilId): PolicyPack {
    const pack = this.options.packs.get(council);
    if (!pack) throw new Error(`no policy pack for ${council}`);
    return pack;
  }

  councilNames(): Record<CouncilId, string> {
    return Object.fromEntries([...this.options.packs.values()].map((p) => [p.council.id, p.council.shortName]));
  }

  /** The requirements for the record's contract: always from requirementsFor, never stored. */
  requirements(rec: ChecklistRecord): Requirements | undefined {
    const c = rec.contract;
    return c ? requirementsFor(this.pack(c.council), { value: c.value, category: c.category, competitive: c.competitive }) : undefined;
  }

  get(id: string): Promise<ChecklistRecord | undefined> {
    return this.store.get(id);
  }

  list(owner: Person): Promise<ChecklistRecord[]> {
    return this.store.listForOwner(owner.id);
  }

  pendingApprovals(approver: Person): Promise<ChecklistRecord[]> {
    return this.store.pendingForApprover(approver.id);
  }

  /** The owner, and anyone asked to approve it now or before, may see a checklist. */
  canView(rec: ChecklistRecord, who: Person): boolean {
    if (samePerson(rec.owner, who)) return true;
    return [rec.exemption, ...rec.pastExemptions].some((e) => e?.approvers.some((p) => samePerson(p, who)));
  }

  // -------------------------------------------------------------------------------------------------
  // The walkthrough

  async saveContract(actor: Person, id: string, version: number, raw: Raw): Promise<Result> {
    const at = this.now().toISOString();
    const result = await this.change(actor, id, version, (cur) => {
      const v = validateContract(raw, this.councilNames());
      if (!v.ok) return { refuse: { kind: 'invalid', step: 'contract', errors: v.errors, values: v.values } };
      const council = this.pack(v.value.council).council.shortName;
      const facts = contractFacts(v.value, council);
      if (!cur) {
        const created: ChecklistRecord = {
          kind: 'pid-checklist',
          id,
          version: 0,
          owner: actor,
          status: 'draft',
          step: 'requirements',
          contract: v.value,
          pastExemptions: [],
          history: [],
          created: at,
          updated: at,
        };
        return { next: append(created, actor, 'saved-contract', at, describeChanges(undefined, facts)) };
      }
      const before = cur.contract ? contractFacts(cur.contract, this.pack(cur.contract.council).council.shortName) : undefined;
      return { next: append({ ...cur, contract: v.value, step: 'requirements' }, actor, 'saved-contract', at, describeChanges(before, facts) ?? 'no changes') };
    }, { mayCreate: valuesOf(raw, CONTRACT_FIELDS) });
    if (result.kind === 'ok' && result.record.version === 1) await this.store.addToOwner(actor.id, id);
    return result;
  }

  /** The officer has read what applies. */
  acknowledgeRequirements(actor: Person, id: string, version: number): Promise<Result> {
    const at = this.now().toISOString();
    return this.change(actor, id, version, (cur) => {
      if (!cur?.contract) return { refuse: { kind: 'stale' } };
      return { next: append({ ...cur, step: 'approach' }, actor, 'read-requirements', at, 'Read what applies to this contract') };
    });
  }

  saveApproach(actor: Person, id: string, version: number, raw: Raw): Promise<Result> {
    const at = this.now().toISOString();
    return this.change(actor, id, version, (cur) => {
      const req = cur && this.requirements(cur);
      if (!cur || !req) return { refuse: { kind: 'stale' } };
      const v = validateApproach(raw, req, this.options.toms);
      if (!v.ok) return { refuse: { kind: 'invalid', step: 'approach', errors: v.errors, values: v.values } };
      const detail = describeChanges(cur.approach && approachFacts(cur.approach), approachFacts(v.value)) ?? 'no changes';
      return { next: append({ ...cur, approach: v.value, step: 'commitments' }, actor, 'saved-approach', at, detail) };
    });
  }

  saveCommitments(actor: Person, id: string, version: number, raw: Raw): Promise<Result> {
    const at = this.now().toISOString();
    return this.change(actor, id, version, (cur) => {
      const req = cur && this.requirements(cur);
      if (!cur || !req || !cur.approach) return { refuse: { kind: 'stale' } };
      const v = validateCommitments(raw, req);
      if (!v.ok) return { refuse: { kind: 'invalid', step: 'commitments', errors: v.errors, values: v.values } };
      const detail = describeChanges(cur.commitments && commitmentFacts(cur.commitments), commitmentFacts(v.value)) ?? 'no changes';
      return { next: append({ ...cur, commitments: v.value, step: 'review' }, actor, 'saved-commitments', at, detail) };
    });
  }

  /** Back or edit: moves the draft to a step whose earlier steps are answered. */
  goTo(actor: Person, id: string, version: number, step: StepId): Promise<Result> {
    const at = this.now().toISOString();
    return this.change(actor, id, version, (cur) => {
      if (!cur) return { refuse: { kind: 'missing' } };
      const reachable: Record<StepId, boolean> = {
        contract: true,
        requirements: !!cur.contract,
        approach: !!cur.contract,
        commitments: !!cur.approach,
        review: !!cur.commitments,
      };
      if (!reachable[step]) return { refuse: { kind: 'stale' } };
      return { next: append({ ...cur, step }, actor, 'opened-step', at, `Went to "${STEP_TITLES[step]}"`) };
    });
  }

  /**
   * Sign-off: saved as "Ready for PID sign-off", or, when social value is left out or the weighting is
   * below the council's figure, "Awaiting senior officer approval" with the request sent out.
   */
  async confirm(actor: Person, id: string, version: number): Promise<Result> {
    const at = this.now().toISOString();
    const result = await this.change(actor, id, version, (cur) => {
      const req = cur && this.requirements(cur);
      if (!cur || !req || !cur.approach || !cur.commitments) return { refuse: { kind: 'stale' } };
      // The contract may have changed since the later steps were saved: check them against today's requirements.
      const approach = validateApproach(approachValues(cur.approach), req, this.options.toms);
      if (!approach.ok) {
        return { refuse: { kind: 'invalid', step: 'approach', errors: approach.errors, values: approach.values, notice: 'The contract changed since this step was saved: please check these answers.' } };
      }
      const commitments = validateCommitments(commitmentValues(cur.commitments), req);
      if (!commitments.ok) {
        return { refuse: { kind: 'invalid', step: 'commitments', errors: commitments.errors, values: commitments.values, notice: 'The contract changed since this step was saved: please answer these.' } };
      }
      const assessment = assess(req, cur.approach, cur.commitments);
      const shortfallText = assessment.shortfalls.length > 0 ? ` Shortfalls named: ${assessment.shortfalls.join('; ')}.` : ' No shortfalls.';
      if (!assessment.exemption) {
        return { next: append({ ...cur, status: 'ready', step: 'review' }, actor, 'confirmed', at, `Saved as "Ready for PID sign-off".${shortfallText}`) };
      }
      const need = assessment.exemption;
      const exemption: Exemption = {
        requestId: randomUUID(),
        kind: need.kind,
        reason: cur.approach.reason ?? '',
        ...(need.required !== undefined ? { required: need.required } : {}),
        ...(need.proposed !== undefined ? { proposed: need.proposed } : {}),
        requestedAt: at,
        approverSource: 'none',
        approvers: [],
        deliveries: [],
        rounds: 0,
      };
      return {
        next: append({ ...cur, status: 'awaiting-approval', step: 'review', exemption }, actor, 'exemption-requested', at, `${need.why} Reason given: ${exemption.reason}.${shortfallText}`),
      };
    });
    if (result.kind !== 'ok' || result.record.status !== 'awaiting-approval') return result;
    return { kind: 'ok', record: (await this.sendForApproval(result.record, actor, 0)).record };
  }

  /** Sends the current request again (after the approver has met the bot, or approvers were configured). */
  async resend(actor: Person, id: string, version: number): Promise<Result> {
    const current = await this.store.get(id);
    if (!current) return { kind: 'missing', message: MISSING };
    if (!samePerson(current.owner, actor)) return { kind: 'forbidden', message: `Only ${describePerson(current.owner)} can send this request again.` };
    if (current.version !== version || current.status !== 'awaiting-approval' || !current.exemption) return { kind: 'stale', record: current, notice: STALE_NOTICE };
    const sent = await this.sendForApproval(current, actor, current.exemption.rounds);
    // Another press got there first: this one changed nothing.
    return sent.claimed ? { kind: 'ok', record: sent.record } : { kind: 'stale', record: sent.record, notice: STALE_NOTICE };
  }

  /** Back to a draft: withdraws a pending request, or starts a revision after a rejection or a sign-off. */
  reopen(actor: Person, id: string, version: number): Promise<Result> {
    const at = this.now().toISOString();
    return this.change(
      actor,
      id,
      version,
      (cur) => {
        if (!cur || cur.status === 'draft') return { refuse: { kind: 'stale' } };
        const was = cur.status;
        const past = cur.exemption ? [...cur.pastExemptions, { ...cur.exemption, ...(cur.exemption.decision ? {} : { withdrawnAt: at }) }] : cur.pastExemptions;
        const { exemption: _dropped, ...rest } = cur;
        const step: StepId = was === 'rejected' ? 'approach' : 'review';
        const detail =
          was === 'awaiting-approval' ? 'Withdrew the exemption request and reopened the checklist' : was === 'rejected' ? 'Reopened the checklist to revise it after the exemption was rejected' : 'Reopened the checklist after sign-off';
        return { next: append({ ...rest, status: 'draft', step, pastExemptions: past }, actor, 'reopened', at, detail) };
      },
      { anyStatus: true },
    );
  }

  // -------------------------------------------------------------------------------------------------
  // Exemptions

  /**
   * Finds the approvers, records them (so they can decide as soon as the card reaches them), sends the
   * request and records what happened. `round` claims this sending: a second press finds it taken.
   */
  private async sendForApproval(rec: ChecklistRecord, actor: Person, round: number): Promise<{ record: ChecklistRecord; claimed: boolean }> {
    const ex = rec.exemption!;
    const pack = this.pack(rec.contract!.council);
    const lookup = await this.options.approvers.find(rec.owner, pack.council.id, pack.council.shortName);
    const at = this.now().toISOString();
    const claimed = await this.store.update<Refusal>(rec.id, (cur) => {
      if (!cur || cur.status !== 'awaiting-approval' || cur.exemption?.requestId !== ex.requestId || cur.exemption.rounds !== round) return { refuse: { kind: 'stale' } };
      const exemption: Exemption = {
        ...cur.exemption,
        approverSource: lookup.source,
        approvers: lookup.approvers,
        rounds: round + 1,
        ...(lookup.note ? { lookupNote: lookup.note } : {}),
        ...(lookup.howToAsk ? { howToAsk: lookup.howToAsk } : {}),
      };
      if (!lookup.howToAsk) delete exemption.howToAsk;
      if (!lookup.note) delete exemption.lookupNote;
      const who = lookup.approvers.length > 0 ? lookup.approvers.map(describePerson).join(', ') : 'nobody configured';
      const source = lookup.source === 'line-manager' ? 'line manager from Microsoft 365' : lookup.source === 'council-list' ? `${pack.council.shortName}'s approver list` : 'no approver found';
      const detail = `${round > 0 ? 'Sending the request again' : 'Approval requested'}: ${who} (${source})${lookup.note ? `. ${lookup.note}` : ''}`;
      // Sending again is the officer's action (it moves the card on); the first sending is part of the confirmation.
      return { next: append({ ...cur, exemption }, round > 0 ? actor : BOT, 'approvers-named', at, detail, round > 0) };
    });
    if ('refused' in claimed) return { record: (await this.store.get(rec.id)) ?? rec, claimed: false };
    const named = claimed.record;
    for (const approver of named.exemption!.approvers) await this.store.addToApprover(approver.id, named.id, ex.requestId);

    const delivering = this.deliverRequests(named).catch((err: Error) => {
      this.options.onBackgroundError?.(err);
    });
    // Answer the officer within an invoke's time; a slow delivery is still recorded when it completes.
    await Promise.race([delivering, sleep(this.deliveryWaitMs)]);
    return { record: (await this.store.get(rec.id)) ?? named, claimed: true };
  }

  private async deliverRequests(rec: ChecklistRecord): Promise<void> {
    const ex = rec.exemption!;
    const deliveries: Delivery[] = [];
    for (const approver of ex.approvers) {
      const outcome = await this.options.notify.approvalRequest(approver, rec);
      deliveries.push({ to: approver, at: this.now().toISOString(), delivered: outcome.delivered, ...(outcome.delivered ? {} : { reason: outcome.reason }) });
    }
    if (deliveries.length === 0) return;
    const at = this.now().toISOString();
    await this.store.update<Refusal>(rec.id, (cur) => {
      if (!cur?.exemption || cur.exemption.requestId !== ex.requestId) return { refuse: { kind: 'stale' } };
      const reached = deliveries.filter((d) => d.delivered);
      const missed = deliveries.filter((d) => !d.delivered);
      const exemption: Exemption = { ...cur.exemption, deliveries: [...cur.exemption.deliveries, ...deliveries] };
      if (reached.length === 0) {
        exemption.howToAsk =
          `Teams could not deliver the request to ${missed.map((d) => describePerson(d.to)).join(' or ')}: ${missed[0]!.reason ?? 'no reason given'}. ` +
          `Ask ${missed.length === 1 ? 'them' : 'one of them'} to open a chat with the Social Value Assistant in Teams and type "my approvals" (the request is waiting there), ` +
          `or press "Send the request again" once they have.`;
      } else delete exemption.howToAsk;
      let next: ChecklistRecord = { ...cur, exemption };
      for (const d of deliveries) {
        next = append(next, BOT, d.delivered ? 'approval-request-delivered' : 'approval-request-not-delivered', at, d.delivered ? `Sent to ${describePerson(d.to)} in Teams` : `Could not reach ${describePerson(d.to)}: ${d.reason}`, false);
      }
      return { next };
    });
  }

  async decide(actor: Person, id: string, requestId: string, outcome: 'approved' | 'rejected', raw: Raw): Promise<DecisionResult> {
    const at = this.now().toISOString();
    type No = { kind: 'already'; notice: string } | { kind: 'missing' } | { kind: 'forbidden'; message: string } | { kind: 'invalid'; errors: FieldErrors; values: FieldValues };
    const r = await this.store.update<No>(id, (cur) => {
      if (!cur) return { refuse: { kind: 'missing' } };
      const ex = cur.exemption?.requestId === requestId ? cur.exemption : undefined;
      const past = cur.pastExemptions.find((e) => e.requestId === requestId);
      const request = ex ?? past;
      if (!request) return { refuse: { kind: 'missing' } };
      if (samePerson(actor, cur.owner)) return { refuse: { kind: 'forbidden', message: 'You cannot decide your own exemption: it needs a senior officer.' } };
      if (!request.approvers.some((p) => samePerson(p, actor))) {
        return { refuse: { kind: 'forbidden', message: `Only ${request.approvers.map(describePerson).join(' or ') || 'the named approver'} can decide this exemption.` } };
      }
      const decided = request.decision;
      if (decided) return { refuse: { kind: 'already', notice: `This exemption was already ${decided.outcome} by ${describePerson(decided.by)}. Nothing was changed.` } };
      if (!ex || cur.status !== 'awaiting-approval') return { refuse: { kind: 'already', notice: 'The officer withdrew this request to revise the checklist, so there is nothing to decide. Nothing was changed.' } };
      const comment = validateComment(raw);
      if (!comment.ok) return { refuse: { kind: 'invalid', errors: comment.errors, values: comment.values } };
      // The approver as configured (or as Graph names them), which is how the officer knows them.
      const named = request.approvers.find((p) => samePerson(p, actor));
      const by: Person = { id: actor.id, ...((named?.name ?? actor.name) ? { name: (named?.name ?? actor.name)! } : {}), ...(named?.email ? { email: named.email } : {}) };
      const decision = { outcome, by, at, comment: comment.value };
      const next = { ...cur, status: outcome, exemption: { ...ex, decision } } as ChecklistRecord;
      return { next: append(next, actor, outcome === 'approved' ? 'exemption-approved' : 'exemption-rejected', at, `${outcome === 'approved' ? 'Approved' : 'Rejected'}: ${comment.value}`) };
    });
    if ('refused' in r) {
      const no = r.refused;
      const rec = await this.store.get(id);
      if (!rec || no.kind === 'missing') return { kind: 'missing', message: 'I cannot find that exemption request.' };
      if (no.kind === 'forbidden') return { kind: 'forbidden', message: no.message };
      if (no.kind === 'invalid') return { kind: 'invalid', record: rec, errors: no.errors, values: no.values };
      return { kind: 'already', record: rec, notice: no.notice };
    }
    const decided = r.record;
    let told: DeliveryOutcome | 'pending' = 'pending';
    const telling = this.tellOfficer(decided).then((o) => (told = o)).catch((err: Error) => this.options.onBackgroundError?.(err));
    await Promise.race([telling, sleep(this.deliveryWaitMs)]);
    return { kind: 'decided', record: (await this.store.get(id)) ?? decided, told };
  }

  private async tellOfficer(rec: ChecklistRecord): Promise<DeliveryOutcome> {
    const outcome = await this.options.notify.decision(rec.owner, rec);
    const at = this.now().toISOString();
    await this.store.update<Refusal>(rec.id, (cur) => {
      if (!cur) return { refuse: { kind: 'missing' } };
      const detail = outcome.delivered ? `Told ${describePerson(rec.owner)} of the decision in Teams` : `Could not tell ${describePerson(rec.owner)} of the decision: ${outcome.reason}`;
      return { next: append(cur, BOT, outcome.delivered ? 'officer-told' : 'officer-not-told', at, detail, false) };
    });
    return outcome;
  }

  // -------------------------------------------------------------------------------------------------

  /**
   * The common guard of every officer action: the record exists (or may be created), belongs to the
   * actor, is still at the version the card was drawn from, and is a draft.
   */
  private async change(
    actor: Person,
    id: string,
    version: number,
    apply: (cur: ChecklistRecord | undefined) => { next: ChecklistRecord } | { refuse: Refusal },
    /** `mayCreate`: the typed values of a first save, which may create the record */
    opts: { mayCreate?: FieldValues; anyStatus?: boolean } = {},
  ): Promise<Result> {
    const r = await this.store.update<Refusal>(id, (cur) => {
      if (!cur) return opts.mayCreate && version === 0 ? apply(undefined) : { refuse: { kind: 'missing' } };
      if (!samePerson(cur.owner, actor)) {
        // A fresh card whose random id is already taken by someone else's checklist.
        if (opts.mayCreate && version === 0) return { refuse: { kind: 'collision' } };
        return { refuse: { kind: 'forbidden', message: `This checklist belongs to ${describePerson(cur.owner)}; only they can change it.` } };
      }
      if (cur.version !== version) return { refuse: { kind: 'stale' } };
      if (!opts.anyStatus && cur.status !== 'draft') return { refuse: { kind: 'stale' } };
      return apply(cur);
    });
    if ('record' in r) return { kind: 'ok', record: r.record };
    const no = r.refused;
    if (no.kind === 'forbidden') return { kind: 'forbidden', message: no.message };
    if (no.kind === 'collision') {
      // Vanishingly rare (40 random bits), but never write over someone else's record: offer a new id.
      return { kind: 'invalid', step: 'contract', id: newChecklistId(), version: 0, errors: {}, values: opts.mayCreate ?? {}, notice: 'Please press "Save and continue" again.' };
    }
    const rec = await this.store.get(id);
    if (no.kind === 'invalid') return { kind: 'invalid', step: no.step, id, version, ...(rec ? { record: rec } : {}), errors: no.errors, values: no.values, ...(no.notice ? { notice: no.notice } : {}) };
    if (!rec || no.kind === 'missing') return { kind: 'missing', message: no.kind === 'missing' && no.message ? no.message : MISSING };
    return { kind: 'stale', record: rec, notice: no.notice ?? STALE_NOTICE };
  }
}
