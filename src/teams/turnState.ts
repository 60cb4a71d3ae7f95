/**
 * What the bot keeps per turn, read in one go and written in one go: the officer's profile (their
 * council), the conversation's last question (for follow-ups) and where the person can be reached
 * later (the directory). One read at the start of the turn; at most one write at the end, holding only
 * what changed, so a new officer's first question costs one write, and a returning officer's none
 * unless it moves the conversation's last question on. That write may land just after the reply
 * (SaveOptions.behind).
 *
 * The keys and shapes are botbuilder's UserState and ConversationState ones ("<channel>/users/<id>"
 * holding { profile }, "<channel>/conversations/<id>" holding { lastQuestion }), so stores written
 * before keep their meaning. Writes are unconditional ('*'): this is state, last writer wins.
 */
import type { TurnContext } from 'botbuilder';
import type { CouncilId } from '../policy/schema.js';
import type { RecordStore } from '../storage/records.js';
import type { QaContext } from '../understand/context.js';
import { directoryKey, nextDirectoryEntry, type KnownUser } from './conversations.js';

export interface UserProfile {
  council?: CouncilId;
}

const TURN_STATE = Symbol('sva.turnState');

/**
 * Writes made behind the reply that have not landed yet, per store and key. A turn reading one of
 * those keys waits for it first, so within this process a follow-up always sees the question before.
 */
const landing = new WeakMap<RecordStore, Map<string, Promise<void>>>();

export interface SaveOptions {
  /**
   * Let a write of the conversation's last question alone land after the reply instead of before it.
   * For one instance (the lowdb store): the officer does not wait for a flush to disk for what only a
   * follow-up needs. With several instances sharing a store, another may take the follow-up before the
   * write lands, so the turn waits.
   */
  behind: boolean;
  /** what a write made behind the reply does when it fails (the reply has gone) */
  onError: (err: unknown) => void;
}

type Slot = 'profile' | 'conversation' | 'directory';

/** How long a write behind the reply may wait for others to land with it. */
const BEHIND_WITHIN_MS = 20;

export class TurnState {
  private readonly dirty = new Set<Slot>();

  private constructor(
    private readonly keys: Partial<Record<Slot, string>>,
    private profileValue: UserProfile,
    private lastQuestionValue: QaContext | undefined,
    private directoryValue: KnownUser | undefined,
  ) {}

  /** Reads the turn's records (one read) and keeps them on the context for the handlers. */
  static async load(store: RecordStore, context: TurnContext): Promise<TurnState> {
    const a = context.activity;
    const channel = a.channelId;
    const keys: Partial<Record<Slot, string>> = {};
    // botbuilder's keys end with "/" and the state's namespace (''): the same keys, or stores written before lose their profiles.
    if (channel && a.from?.id) keys.profile = `${channel}/users/${a.from.id}/`;
    if (channel && a.conversation?.id) keys.conversation = `${channel}/conversations/${a.conversation.id}/`;
    const person = a.from?.id && a.from.id !== a.recipient?.id && a.serviceUrl ? (a.from.aadObjectId ?? a.from.id) : undefined;
    if (person) keys.directory = directoryKey(person);
    const wanted = Object.values(keys);
    const pending = landing.get(store);
    const waits = pending ? wanted.flatMap((k) => pending.get(k) ?? []) : [];
    if (waits.length > 0) await Promise.allSettled(waits);
    const found = wanted.length ? await store.read(wanted) : {};
    const record = (slot: Slot) => (keys[slot] ? (found[keys[slot]] as Record<string, unknown> | undefined) : undefined);
    const state = new TurnState(
      keys,
      (record('profile')?.profile as UserProfile | undefined) ?? {},
      record('conversation')?.lastQuestion as QaContext | undefined,
      record('directory') as KnownUser | undefined,
    );
    // Where to reach this person later: written only when new or changed (the activity id is left out).
    if (person) {
      const next = nextDirectoryEntry(context, state.directoryValue);
      if (next) {
        state.directoryValue = next;
        state.dirty.add('directory');
      }
    }
    context.turnState.set(TURN_STATE, state);
    return state;
  }

  static of(context: TurnContext): TurnState | undefined {
    return context.turnState.get(TURN_STATE) as TurnState | undefined;
  }

  get profile(): UserProfile {
    return this.profileValue;
  }

  set profile(value: UserProfile) {
    this.profileValue = value;
    this.dirty.add('profile');
  }

  get lastQuestion(): QaContext | undefined {
    return this.lastQuestionValue;
  }

  set lastQuestion(value: QaContext | undefined) {
    // The same question again leaves the record as it is: no write.
    if (JSON.stringify(value) === JSON.stringify(this.lastQuestionValue)) return;
    this.lastQuestionValue = value;
    this.dirty.add('conversation');
  }

  /**
   * Writes what changed, in one write; nothing when nothing changed. With `behind`, a write of the
   * last question alone is started and not waited for; a changed profile or directory entry is always
   * on disk before the reply.
   */
  async save(store: RecordStore, options?: SaveOptions): Promise<void> {
    const changes: Record<string, unknown> = {};
    const put = (slot: Slot, value: Record<string, unknown>) => {
      const key = this.keys[slot];
      if (key && this.dirty.has(slot)) changes[key] = { ...value, eTag: '*' };
    };
    put('profile', { profile: this.profileValue });
    if (this.lastQuestionValue) put('conversation', { lastQuestion: this.lastQuestionValue });
    if (this.directoryValue) put('directory', { ...this.directoryValue });
    // Others read the profile and the directory (the notifier, the checklist's approvers): only the
    // last question, which TurnState alone reads, may land behind the reply.
    const onlyLastQuestion = this.dirty.size === 1 && this.dirty.has('conversation');
    this.dirty.clear();
    const keys = Object.keys(changes);
    if (keys.length === 0) return;
    if (!options?.behind || !onlyLastQuestion) return store.write(changes);
    // Nobody waits for it but this conversation's next turn, seconds away when a person types it: it
    // may wait a moment to land with others (at Q&A rates, one fdatasync for dozens instead of a few).
    const write = store.write(changes, { within: BEHIND_WITHIN_MS }).catch(options.onError);
    const pending = landing.get(store) ?? new Map<string, Promise<void>>();
    landing.set(store, pending);
    for (const key of keys) pending.set(key, write);
    void write.finally(() => {
      for (const key of keys) if (pending.get(key) === write) pending.delete(key);
    });
  }
}
