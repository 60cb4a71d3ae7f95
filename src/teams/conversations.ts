/**
 * Remembers where each user can be reached, so the bot can message them later (approvals,
 * reminders). Keyed by AAD object id and by Teams user id; the entry is kept with the turn's state
 * (turnState.ts) and written only when something changed.
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

export const directoryKey = (id: string) => `users/directory/${id.toLowerCase()}`;

/** The entry this activity makes for its sender, or undefined when the stored one already says it all. */
export function nextDirectoryEntry(context: TurnContext, existing: (KnownUser & { eTag?: string }) | undefined): KnownUser | undefined {
  const a = context.activity;
  if (!a.from?.id || !a.serviceUrl || a.from.id === a.recipient?.id) return undefined;
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
    updated: existing?.updated ?? '',
  };
  const same = existing && JSON.stringify({ ...existing, eTag: undefined, updated: undefined }) === JSON.stringify({ ...next, updated: undefined });
  if (same) return undefined;
  next.updated = new Date().toISOString();
  return next;
}

export class ConversationDirectory {
  constructor(private readonly storage: RecordStore) {}

  /** Records the sender of `context` on its own (the bot keeps it with the turn's state instead). */
  async remember(context: TurnContext): Promise<void> {
    const a = context.activity;
    if (!a.from?.id) return;
    const key = directoryKey(a.from.aadObjectId ?? a.from.id);
    const next = nextDirectoryEntry(context, (await this.storage.read([key]))[key] as KnownUser | undefined);
    // Last writer wins: this is a cache of where to reach someone, not a record.
    if (next) await this.storage.write({ [key]: { ...next, eTag: '*' } });
  }

  async find(idOrAad: string): Promise<KnownUser | undefined> {
    const k = directoryKey(idOrAad);
    return (await this.storage.read([k]))[k] as KnownUser | undefined;
  }
}
