/**
 * Where checklists live: one record per checklist (`checklists/<id>`), an index per owner and one per
 * approver. Every write is an eTag'd read-modify-write (updateRecord), so parallel presses and
 * instances neither lose nor duplicate anything.
 */
import { readRecord, updateRecord, type RecordStore } from '../storage/records.js';
import type { ChecklistRecord } from './model.js';

const recordKey = (id: string) => `checklists/${id.toUpperCase()}`;
const ownerKey = (ownerId: string) => `checklists/by-owner/${ownerId.toLowerCase()}`;
const approverKey = (approverId: string) => `checklists/by-approver/${approverId.toLowerCase()}`;

interface OwnerIndex {
  ids: string[];
}

interface ApproverIndex {
  requests: { checklistId: string; requestId: string }[];
}

/** What a change function decides: write `next`, or leave the record alone and say why. */
export type Change<F> = { next: ChecklistRecord } | { refuse: F };

export class ChecklistStore {
  constructor(private readonly store: RecordStore) {}

  get(id: string): Promise<ChecklistRecord | undefined> {
    return readRecord<ChecklistRecord>(this.store, recordKey(id)).then((r) => (r ? stripETag(r) : undefined));
  }

  /**
   * Applies `change` to the current record (undefined when none exists) with optimistic concurrency.
   * `change` may run more than once (after a conflict it sees the newer record), so it must be pure;
   * the refusal returned is the one from the last run.
   */
  async update<F>(id: string, change: (current: ChecklistRecord | undefined) => Change<F>): Promise<{ record: ChecklistRecord } | { refused: F }> {
    let refusal: { refused: F } | undefined;
    const { record, changed } = await updateRecord<ChecklistRecord>(this.store, recordKey(id), (current) => {
      const decided = change(current);
      if ('refuse' in decided) {
        refusal = { refused: decided.refuse };
        return undefined;
      }
      refusal = undefined;
      return { next: decided.next, result: undefined };
    });
    if (!changed || !record) return refusal ?? { refused: undefined as F };
    return { record };
  }

  async addToOwner(ownerId: string, id: string): Promise<void> {
    await updateRecord<OwnerIndex>(this.store, ownerKey(ownerId), (cur) =>
      cur?.ids.includes(id) ? undefined : { next: { ids: [...(cur?.ids ?? []), id] }, result: undefined },
    );
  }

  /** The owner's checklists, most recently changed first. */
  async listForOwner(ownerId: string): Promise<ChecklistRecord[]> {
    const index = await readRecord<OwnerIndex>(this.store, ownerKey(ownerId));
    return this.readMany(index?.ids ?? []);
  }

  async addToApprover(approverId: string, checklistId: string, requestId: string): Promise<void> {
    await updateRecord<ApproverIndex>(this.store, approverKey(approverId), (cur) =>
      cur?.requests.some((r) => r.requestId === requestId)
        ? undefined
        : { next: { requests: [...(cur?.requests ?? []), { checklistId, requestId }] }, result: undefined },
    );
  }

  /** Checklists whose current exemption request names this person and is still undecided. */
  async pendingForApprover(approverId: string): Promise<ChecklistRecord[]> {
    const index = await readRecord<ApproverIndex>(this.store, approverKey(approverId));
    const requests = index?.requests ?? [];
    const records = await this.readMany([...new Set(requests.map((r) => r.checklistId))]);
    return records.filter(
      (r) => r.status === 'awaiting-approval' && requests.some((q) => q.requestId === r.exemption?.requestId) && r.exemption?.approvers.some((p) => p.id.toLowerCase() === approverId.toLowerCase()),
    );
  }

  private async readMany(ids: string[]): Promise<ChecklistRecord[]> {
    if (ids.length === 0) return [];
    const items = await this.store.read(ids.map(recordKey));
    return ids
      .map((id) => items[recordKey(id)] as (ChecklistRecord & { eTag?: string }) | undefined)
      .filter((r): r is ChecklistRecord => r !== undefined)
      .map(stripETag)
      .sort((a, b) => b.updated.localeCompare(a.updated));
  }
}

function stripETag(r: ChecklistRecord & { eTag?: string }): ChecklistRecord {
  const { eTag: _eTag, ...rest } = r;
  return rest;
}
