/**
 * TurnState.save with `behind`: the reply does not wait for the last question to reach the disk, yet
 * the next turn of the same conversation in this process sees it, and a changed council or a new
 * directory entry (others read those) is always written before the reply.
 */
import { describe, expect, it } from '@jest/globals';
import type { TurnContext } from 'botbuilder';
import { MemoryRecordStore } from '../../test/support/memoryRecords.js';
import type { WriteOptions } from '../storage/records.js';
import { TurnState } from './turnState.js';

/** A store whose writes land only when the test says so. */
class HeldStore extends MemoryRecordStore {
  private held: Array<() => void> = [];
  writes = 0;
  /** each write's WriteOptions.within (undefined: may not wait) */
  within: Array<number | undefined> = [];
  override async write(changes: Record<string, unknown>, options?: WriteOptions): Promise<void> {
    this.writes += 1;
    this.within.push(options?.within);
    await new Promise<void>((release) => this.held.push(release));
    await super.write(changes);
  }
  release(): void {
    this.held.splice(0).forEach((r) => r());
  }
}

const turn = (conversation: string) =>
  ({
    activity: { channelId: 'msteams', from: { id: '29:amy' }, recipient: { id: '28:bot' }, conversation: { id: conversation } },
    turnState: new Map(),
  }) as unknown as TurnContext;

const behind = { behind: true, onError: (err: unknown) => { throw err; } };
const settle = () => new Promise((r) => setImmediate(r));

/** Saves `state` and checks the save waits for the held write, then lets it land. */
async function expectSaveWaits(store: HeldStore, state: TurnState): Promise<void> {
  let saved = false;
  const saving = state.save(store, behind).then(() => (saved = true));
  await settle();
  expect(saved).toBe(false);
  store.release();
  await saving;
}

describe('TurnState.save behind the reply', () => {
  it('returns before the last question lands, and the next turn of that conversation waits for it', async () => {
    const store = new HeldStore();
    const first = await TurnState.load(store, turn('a:1'));
    first.lastQuestion = { council: 'trafford', value: 200_000 };
    await first.save(store, behind); // returns although the write is held
    expect(store.writes).toBe(1);
    // Nobody waits on it, so it may wait to land with others.
    expect(store.within[0]).toBeGreaterThan(0);

    let next: TurnState | undefined;
    const loading = TurnState.load(store, turn('a:1')).then((s) => (next = s));
    await settle();
    expect(next).toBeUndefined(); // waiting for the write it would otherwise miss
    store.release();
    await loading;
    expect(next!.lastQuestion).toEqual({ council: 'trafford', value: 200_000 });
  });

  it('does not hold up another conversation', async () => {
    const store = new HeldStore();
    const first = await TurnState.load(store, turn('a:1'));
    first.lastQuestion = { council: 'stockport' };
    await first.save(store, behind);
    const other = await TurnState.load(store, turn('a:2'));
    expect(other.lastQuestion).toBeUndefined();
    store.release();
  });

  it('writes a new directory entry before the reply: the notifier reads it', async () => {
    const store = new HeldStore();
    const context = turn('a:1');
    (context.activity as { serviceUrl?: string }).serviceUrl = 'https://smba.example/uk/';
    const state = await TurnState.load(store, context);
    state.lastQuestion = { council: 'trafford' };
    await expectSaveWaits(store, state);
  });

  it('writes a changed council before the reply', async () => {
    const store = new HeldStore();
    const state = await TurnState.load(store, turn('a:1'));
    state.profile = { council: 'trafford' };
    state.lastQuestion = { council: 'trafford' };
    await expectSaveWaits(store, state);
    expect(store.within).toEqual([undefined]); // and it does not wait for others either
    expect((await store.read(['msteams/users/29:amy/']))['msteams/users/29:amy/']).toMatchObject({ profile: { council: 'trafford' } });
  });

  it('asking the same question again writes nothing', async () => {
    const store = new MemoryRecordStore();
    const first = await TurnState.load(store, turn('a:1'));
    first.lastQuestion = { council: 'trafford', value: 200_000 };
    await first.save(store, behind);
    await settle();
    const again = await TurnState.load(store, turn('a:1'));
    const before = JSON.stringify(await store.read(['msteams/conversations/a:1/']));
    again.lastQuestion = { council: 'trafford', value: 200_000 };
    await again.save(store, behind);
    await settle();
    expect(JSON.stringify(await store.read(['msteams/conversations/a:1/']))).toBe(before); // same eTag: not rewritten
  });
});
