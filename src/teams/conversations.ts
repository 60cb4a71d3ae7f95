/**
 * Remembers where each user can be reached, so the bot can message them later (approvals,
 * reminders). Keyed by AAD object id and by Teams user id; written only when something changed.
 */
import { TurnContext, type ConversationReference } from 'botbuilder';
import type { RecordStore } from '../storage/records.js';

export interface KnownUser {
  aadObjectId?: string;
  teamsId: string;
  name?: string;
  tenantId?: string;
  /** their 1:1 chat with the bot, where one exists */
  personal?: Partial<ConversationReference>;
  serviceUrl: string;
  updated: string;
}

function withoutActivityId(ref: Partial<ConversationReference>): Partial<ConversationReference> {
  const { activityId: _activityId, ...rest } = ref;
  return rest;
}

const key = (id: string) => `users/directory/${id.toLowerCase()}`;

export class ConversationDirectory {
  constructor(private readonly storage: RecordStore) {}

  async remember(context: TurnContext): Promise<void> {
    const a = context.activity;
    if (!a.from?.id || !a.serviceUrl || a.from.id === a.recipient?.id) return;
    const id = a.from.aadObjectId ?? a.from.id;
    const existing = (await this.storage.read([key(id)]))[key(id)] as (KnownUser & { eTag?: string }) | undefined;
    // The activity id changes with every message; without it the reference is stable, so a person
    // chatting 1:1 costs one write, not one per message.
    const personal = a.conversation?.conversationType === 'personal' ? withoutActivityId(TurnContext.getConversationReference(a)) : existing?.personal;
    const tenantId = (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? a.conversation?.tenantId ?? existing?.tenantId;
    const next: KnownUser = {
      ...(a.from.aadObjectId ? { aadObjectId: a.from.aadObjectId } : {}),
      teamsId: a.from.id,
      ...(a.from.name ? { name: a.from.name } : {}),
      ...(tenantId ? { tenantId } : {}),
      ...(personal ? { personal } : {}),
      serviceUrl: a.serviceUrl,
      updated: existing?.updated ?? new Date().toISOString(),
    };
    const same = existing && JSON.stringify({ ...existing, eTag: undefined, updated: undefined }) === JSON.stringify({ ...next, updated: undefined });
    if (same) return;
    next.updated = new Date().toISOString();
    // Last writer wins: this is a cache of where to reach someone, not a record.
    await this.storage.write({ [key(id)]: { ...next, eTag: '*' } });
  }

  async find(idOrAad: string): Promise<KnownUser | undefined> {
    const k = key(idOrAad);
    const item = (await this.storage.read([k]))[k] as KnownUser | undefined;
    return item;
  }
}
