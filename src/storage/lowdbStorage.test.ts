import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { appendFile, mkdtemp, readFile, readdir, rm, truncate, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFileError, isConflict, StorageConflictError } from './errors.js';
import { encodeGroup, encodeLine } from './line.js';
import { type LowdbStorage, type LowdbStorageOptions, openLowdbStorage } from './lowdbStorage.js';

let dir: string;
let file: string;
let storeDir: string;
const open: LowdbStorage[] = [];
let notes: Array<{ level: string; msg: string; fields?: Record<string, unknown> }>;
const log = {
  info: (msg: string, fields?: Record<string, unknown>) => notes.push({ level: 'info', msg, fields }),
  warn: (msg: string, fields?: Record<string, unknown>) => notes.push({ level: 'warn', msg, fields }),
};

async function openStore(options: LowdbStorageOptions = {}): Promise<LowdbStorage> {
  const storage = await openLowdbStorage(file, { log, ...options });
  open.push(storage);
  return storage;
}

async function closeAll(): Promise<void> {
  await Promise.all(open.splice(0).map((s) => s.close()));
}

const manifest = async () => JSON.parse(await readFile(file, 'utf8')) as { snapshot: { file: string } | null; journals: string[] };
const journalFile = async () => join(storeDir, (await manifest()).journals.at(-1)!);

/** The bytes of every file in the store, by name, to prove what a call did or did not touch. */
async function snapshot(): Promise<Map<string, string>> {
  const files = new Map<string, string>([[file, await readFile(file, 'utf8')]]);
  for (const name of await readdir(storeDir)) files.set(name, await readFile(join(storeDir, name), 'utf8'));
  return files;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sva-store-'));
  file = join(dir, 'data', 'db.json');
  storeDir = join(dir, 'data', 'db.store');
  notes = [];
});

afterEach(async () => {
  await closeAll();
  await rm(dir, { recursive: true, force: true });
});

describe('LowdbStorage: read, write, delete', () => {
  it('creates the manifest and an empty journal on first open', async () => {
    await openStore();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ format: 'sva-store', version: 2, snapshot: null, journals: ['journal-000001.jsonl'] });
    expect(await readdir(storeDir)).toEqual(['journal-000001.jsonl']);
    expect(await readFile(join(storeDir, 'journal-000001.jsonl'), 'utf8')).toBe('');
  });

  it('round-trips items, returns only keys that exist, and deletes', async () => {
    const storage = await openStore();
    await storage.write({ a: { n: 1, nested: { list: [1, 2] } }, b: { n: 2 } });
    const items = await storage.read(['a', 'b', 'missing']);
    expect(Object.keys(items).sort()).toEqual(['a', 'b']);
    expect(items.a).toMatchObject({ n: 1, nested: { list: [1, 2] } });
    await storage.delete(['a', 'missing']);
    expect(await storage.read(['a', 'b'])).toEqual({ b: expect.objectContaining({ n: 2 }) });
  });

  it('accepts keys and values with any characters, before and after a compaction and a re-open', async () => {
    const keys = ['msteams/conversations/19:abc@thread.tacv2;messageid=1712|x/', '__proto__', 'constructor', '', 'ünï©ødé 🎉', 'quote"back\\slash\nnewline\ttab'];
    const storage = await openStore();
    await storage.write(Object.fromEntries(keys.map((key, i) => [key, { i, text: `£${i}\t\n\u0000 ${key}` }])));
    const check = async (store: LowdbStorage) => {
      const items = await store.read(keys);
      expect(keys.map((key) => Object.hasOwn(items, key) && (items[key] as { i: number }).i)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(keys.map((key) => (items[key] as { text: string }).text)).toEqual(keys.map((key, i) => `£${i}\t\n\u0000 ${key}`));
    };
    await check(storage);
    await storage.compact();
    await check(storage);
    await storage.close();
    await check(await openStore());
  });

  it('returns deep copies and snapshots written items', async () => {
    const storage = await openStore();
    const original = { nested: { value: 'stored' } };
    await storage.write({ k: original });
    original.nested.value = 'mutated after write';
    const first = await storage.read(['k']);
    (first.k as typeof original).nested.value = 'mutated after read';
    expect((await storage.read(['k'])).k).toMatchObject({ nested: { value: 'stored' } });
  });

  it('a write appends one line to the journal, the same size whatever the store holds', async () => {
    const storage = await openStore();
    const appended = async (key: string) => {
      const before = await snapshot();
      await storage.write({ [key]: { v: 'x'.repeat(100) } });
      const after = await snapshot();
      const changed = [...after.keys()].filter((name) => after.get(name) !== before.get(name));
      expect(changed).toEqual(['journal-000001.jsonl']);
      const name = changed[0]!;
      expect(after.get(name)!.startsWith(before.get(name)!)).toBe(true);
      return Buffer.byteLength(after.get(name)!) - Buffer.byteLength(before.get(name)!);
    };
    const whenEmpty = await appended('key-a');
    await storage.write(Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`filler/${i}`, { i, padding: 'y'.repeat(500) }])));
    // The same line but for the key and the eTag's checksum digits.
    expect(Math.abs((await appended('key-b')) - whenEmpty)).toBeLessThanOrEqual(10);
  });

  it('groups concurrent writes into fewer fdatasyncs, and every one lands', async () => {
    const storage = await openStore();
    const before = storage.stats().journalSyncs;
    await Promise.all(Array.from({ length: 50 }, (_, i) => storage.write({ [`user/${i}`]: { i } })));
    const syncs = storage.stats().journalSyncs - before;
    expect(syncs).toBeGreaterThanOrEqual(1);
    expect(syncs).toBeLessThan(50);
    await storage.close();
    const read = await (await openStore()).read(Array.from({ length: 50 }, (_, i) => `user/${i}`));
    expect(Object.keys(read)).toHaveLength(50);
  });

  // No timings are asserted (the bench measures speed): a write held too long would outlast the test's timeout.
  it('lands writes that may wait for others together, in one fdatasync, once the time they allow is up', async () => {
    const storage = await openStore();
    const syncs = storage.stats().journalSyncs;
    await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        await new Promise((r) => setTimeout(r, i * 2)); // arriving one after another, as requests do
        await storage.write({ [`late/${i}`]: { i } }, { within: 60 });
      }),
    );
    expect(storage.stats().journalSyncs - syncs).toBe(1);
    expect(Object.keys(await storage.read(Array.from({ length: 8 }, (_, i) => `late/${i}`)))).toHaveLength(8);
  });

  it('does not hold up a write that may not wait: it lands at once, with those waiting', async () => {
    const storage = await openStore();
    const syncs = storage.stats().journalSyncs;
    // Allowed a minute: only the write that may not wait can make it land within the test.
    const waiting = storage.write({ 'lazy/1': { v: 1 } }, { within: 60_000 });
    await storage.write({ 'now/1': { v: 1 } });
    await waiting;
    expect(storage.stats().journalSyncs - syncs).toBe(1);
    expect(Object.keys(await storage.read(['lazy/1', 'now/1']))).toHaveLength(2);
  });

  it('lands writes that may wait at once on close, and they are there after a re-open', async () => {
    const storage = await openStore();
    const waiting = storage.write({ 'lazy/2': { v: 2 } }, { within: 60_000 });
    await storage.close();
    await waiting;
    expect(await (await openStore()).read(['lazy/2'])).toEqual({ 'lazy/2': expect.objectContaining({ v: 2 }) });
  });

  it('keeps everything across a re-open', async () => {
    const storage = await openStore();
    const items = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`user/${i}`, { i }]));
    await storage.write(items);
    await storage.delete(['user/7']);
    const written = await storage.read(Object.keys(items));
    await storage.close();

    const reopened = await openStore();
    const read = await reopened.read(Object.keys(items));
    expect(Object.keys(read)).toHaveLength(199);
    expect(read).toEqual(written);
  });

  it('keeps a record larger than the 1 MiB the start-up scan reads at a time', async () => {
    const storage = await openStore();
    const big = { text: '£'.repeat(1_500_000) };
    await storage.write({ small: { v: 1 }, big, after: { v: 2 } });
    await storage.close();
    const reopened = await openStore();
    const items = await reopened.read(['small', 'big', 'after']);
    expect((items.big as typeof big).text).toBe(big.text);
    expect([items.small.v, items.after.v]).toEqual([1, 2]);
    await reopened.compact();
    await reopened.close();
    expect(((await (await openStore()).read(['big'])).big as typeof big).text).toBe(big.text);
  });

  it('reads every record of a store larger than its cache, and the cache stays within its bound', async () => {
    const storage = await openStore({ cacheChars: 2000 });
    const items = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`checklist/${i}`, { i, title: `Contract ${i}`, padding: 'z'.repeat(80) }]));
    await storage.write(items);
    await storage.close();

    const reopened = await openStore({ cacheChars: 2000 });
    for (const round of [1, 2]) {
      const read = await reopened.read(Object.keys(items));
      expect(Object.keys(read)).toHaveLength(300);
      for (const [key, value] of Object.entries(items)) expect(read[key]).toMatchObject(value);
      expect(reopened.stats().cachedChars).toBeLessThanOrEqual(2000);
      expect(reopened.stats().cachedRecords).toBeLessThan(300);
      expect(round).toBeGreaterThan(0);
    }
  });
});

describe('LowdbStorage: eTags', () => {
  it('gives every write a fresh eTag, kept across a re-open', async () => {
    const storage = await openStore();
    await storage.write({ k: { v: 1 } });
    const first = (await storage.read(['k'])).k.eTag;
    await storage.write({ k: { v: 2 } });
    const second = (await storage.read(['k'])).k.eTag;
    expect(typeof first).toBe('string');
    expect(second).not.toBe(first);
    await storage.close();
    expect((await (await openStore()).read(['k'])).k.eTag).toBe(second);
  });

  it('accepts the current eTag and rejects a stale one without writing', async () => {
    const storage = await openStore();
    await storage.write({ k: { v: 1 } });
    const stale = (await storage.read(['k'])).k;
    await storage.write({ k: { ...stale, v: 2 } });
    const error = await storage.write({ k: { ...stale, v: 3 } }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(StorageConflictError);
    expect(isConflict(error)).toBe(true);
    expect((await storage.read(['k'])).k.v).toBe(2);
  });

  it('writes nothing of a batch that has one conflict', async () => {
    const storage = await openStore();
    await storage.write({ a: { v: 1 }, b: { v: 1 } });
    const stale = (await storage.read(['b'])).b;
    await storage.write({ b: { v: 2 } });
    const before = await snapshot();

    await expect(storage.write({ a: { v: 99 }, b: { ...stale, v: 99 } })).rejects.toThrow(StorageConflictError);
    expect(await snapshot()).toEqual(before);
    const items = await storage.read(['a', 'b']);
    expect([items.a.v, items.b.v]).toEqual([1, 2]);
  });

  it('lands all 50 concurrent read-modify-write loops that retry on conflict', async () => {
    const storage = await openStore();
    await storage.write({ counter: { count: 0 } });
    let conflicts = 0;
    const increment = async (): Promise<void> => {
      for (;;) {
        const { counter } = await storage.read(['counter']);
        try {
          await storage.write({ counter: { ...counter, count: counter.count + 1 } });
          return;
        } catch (err) {
          if (!isConflict(err)) throw err;
          conflicts++;
        }
      }
    };
    await Promise.all(Array.from({ length: 50 }, increment));
    expect((await storage.read(['counter'])).counter.count).toBe(50);
    expect(conflicts).toBeGreaterThan(0); // the race really happened
    await storage.close();
    expect((await openStore().then((s) => s.read(['counter']))).counter.count).toBe(50);
  });
});

describe('LowdbStorage: compaction', () => {
  async function busyStore(options: LowdbStorageOptions = {}) {
    const storage = await openStore(options);
    for (let round = 0; round < 10; round++) {
      await storage.write(Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`plan/${i}`, { round, i, notes: 'n'.repeat(200) }])));
    }
    await storage.delete(['plan/3', 'plan/4']);
    return storage;
  }
  const storeBytes = async () => {
    let total = 0;
    for (const text of (await snapshot()).values()) total += Buffer.byteLength(text);
    return total;
  };

  it('shrinks the store to its live records; reads after it, and after a re-open, return the same data', async () => {
    const storage = await busyStore();
    const keys = Array.from({ length: 100 }, (_, i) => `plan/${i}`);
    const before = await storage.read(keys);
    const bytesBefore = await storeBytes();

    await storage.compact();
    const bytesAfter = await storeBytes();
    expect(bytesAfter).toBeLessThan(bytesBefore / 5);
    const m = await manifest();
    expect(m.snapshot).toMatchObject({ records: 98 });
    expect((await readdir(storeDir)).sort()).toEqual([...m.journals, m.snapshot!.file].sort());
    expect(await storage.read(keys)).toEqual(before);

    await storage.write({ 'plan/5': { round: 'after' } });
    await storage.close();
    const reopened = await openStore();
    expect(await reopened.read(keys)).toEqual({ ...before, 'plan/5': expect.objectContaining({ round: 'after' }) });
    expect(Object.keys(await reopened.read(keys))).toHaveLength(98);
  });

  it('lets writes and deletes land while it lists and copies a large store; after it, and after a re-open, each key reads its last write', async () => {
    const storage = await openStore();
    const keys = Array.from({ length: 5000 }, (_, i) => `c/${String(i).padStart(4, '0')}`);
    await storage.write(Object.fromEntries(keys.map((k) => [k, { v: 0, padding: 'p'.repeat(100) }])));
    const expected = new Map<string, number | undefined>(keys.map((k) => [k, 0]));
    let compacted = false;
    const compaction = storage.compact().then(() => (compacted = true));
    let landedDuring = 0;
    // Early and late keys alike, so some change before the listing reaches them and some after.
    for (let i = 0; !compacted; i++) {
      const key = keys[(i * 997) % keys.length]!;
      if (i % 5 === 4) {
        await storage.delete([key]);
        expected.set(key, undefined);
      } else {
        await storage.write({ [key]: { v: i + 1 }, [`new/${i}`]: { v: i + 1 } });
        expected.set(key, i + 1);
        expected.set(`new/${i}`, i + 1);
      }
      if (!compacted) landedDuring += 1;
    }
    await compaction;
    expect(landedDuring).toBeGreaterThan(3);
    const check = async (s: LowdbStorage) => {
      const found = await s.read([...expected.keys()]);
      for (const [key, v] of expected) expect([key, (found[key] as { v: number } | undefined)?.v]).toEqual([key, v]);
    };
    await check(storage);
    await storage.close();
    await check(await openStore());
  });

  it('runs in the background once the journal is big enough, while writes go on', async () => {
    const storage = await openStore({ compactAfterBytes: 20_000 });
    const writes = Array.from({ length: 300 }, (_, i) => storage.write({ [`k/${i % 30}`]: { i, padding: 'p'.repeat(300) } }));
    await Promise.all(writes);
    for (let i = 0; i < 300 && storage.stats().compactions === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(storage.stats().compactions).toBeGreaterThan(0);
    expect(notes.some((n) => n.msg === 'store compacted')).toBe(true);
    const latest = await storage.read(Array.from({ length: 30 }, (_, i) => `k/${i}`));
    for (let k = 0; k < 30; k++) expect(latest[`k/${k}`].i).toBe(270 + k);
    await storage.close();
    expect(await (await openStore()).read(Object.keys(latest))).toEqual(latest);
  });

  it('waits for a pause in the writes before compacting, and goes ahead when the journal doubles first', async () => {
    const storage = await openStore({ compactAfterBytes: 20_000 });
    let i = 0;
    const write = () => storage.write({ [`q/${i % 20}`]: { i: i++, padding: 'p'.repeat(300) } });
    while (storage.stats().journalBytes < 25_000) await write();
    // Due, but the writes have only just stopped: nothing yet, nor a moment later.
    await new Promise((r) => setTimeout(r, 300));
    expect(storage.stats().compactions).toBe(0);
    for (let t = 0; t < 300 && storage.stats().compactions === 0; t++) await new Promise((r) => setTimeout(r, 10));
    expect(storage.stats().compactions).toBe(1);
    // Writes that never pause: it goes ahead once the journal is twice the size it waits for.
    while (storage.stats().compactions === 1 && storage.stats().journalBytes < 60_000) await write();
    for (let t = 0; t < 300 && storage.stats().compactions === 1; t++) {
      await write();
      await new Promise((r) => setTimeout(r, 2));
    }
    expect(storage.stats().compactions).toBe(2);
    const latest = await storage.read(Array.from({ length: 20 }, (_, k) => `q/${k}`));
    expect(Math.max(...Object.values(latest).map((v) => (v as { i: number }).i))).toBe(i - 1);
  });

  it('compacts a journal the last run left large, soon after open', async () => {
    const storage = await openStore({ compactAfterBytes: 1 << 30 });
    await storage.write(Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`k/${i}`, { padding: 'q'.repeat(300) }])));
    await storage.write(Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`k/${i}`, { padding: 'r'.repeat(300) }])));
    await storage.close();
    const reopened = await openStore({ compactAfterBytes: 20_000 });
    expect(reopened.stats().compactions).toBe(0);
    for (let i = 0; i < 500 && reopened.stats().compactions === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(reopened.stats()).toMatchObject({ compactions: 1, journalBytes: 0, records: 200 });
  });

  it('removes at start-up the files an interrupted compaction left, which the manifest does not name', async () => {
    const storage = await busyStore();
    await storage.close();
    await writeFile(join(storeDir, 'snapshot-000009.jsonl'), 'half a snap');
    await writeFile(join(storeDir, 'journal-000010.jsonl'), '');
    const reopened = await openStore();
    expect(await readdir(storeDir)).toEqual(['journal-000001.jsonl']);
    expect(notes.find((n) => n.msg.startsWith('store: removing files'))?.fields).toEqual({ files: ['journal-000010.jsonl', 'snapshot-000009.jsonl'] });
    expect(Object.keys(await reopened.read(['plan/0', 'plan/99']))).toHaveLength(2);
  });
});

describe('openLowdbStorage: a write cut off by a crash', () => {
  async function storeWithData(): Promise<string> {
    const storage = await openStore();
    await storage.write({ kept: { v: 1 } });
    await storage.write({ also: { v: 2 } });
    await closeAll();
    return journalFile();
  }

  /** An append of these lines as the store makes one: a group line, then the records. */
  const append = (...lines: Buffer[]) => {
    const bytes = lines.reduce((n, l) => n + l.length, 0);
    return Buffer.concat([encodeGroup(lines.length, bytes), ...lines]);
  };
  const record = (key: string, value: string) => encodeLine(key, 'e1', Buffer.from(value)).line;

  it.each<[string, (journal: string) => Promise<void>, RegExp]>([
    ['a last line without its line end', (j) => appendFile(j, append(record('lost', '{"v":3}')).subarray(0, -4)), /cut off \(no line end\)/],
    ['a last write that is damaged', (j) => appendFile(j, append(record('lost', '{"v":3}')).toString().replace('"v":3', '"v":4')), /checksum mismatch/],
    ['a write whose group line is cut off', (j) => appendFile(j, append(record('lost', '{"v":3}')).subarray(0, 10)), /cut off \(no line end\)/],
    ['a write of two lines cut off after one', (j) => appendFile(j, append(record('lost', '{"v":3}'), record('lost2', '{"v":4}')).subarray(0, -20)), /cut off \(no line end\)/],
    ['a write of two lines that ends after one', (j) => appendFile(j, Buffer.concat([encodeGroup(2, 200), record('lost', '{"v":3}')])), /the write ends after 1 of its 2 lines/],
    ['zeros where the last write should be', (j) => appendFile(j, Buffer.alloc(64)), /cut off \(no line end\)/],
    [
      'zeros in the middle of the last write, with the rest of it after them (a power cut mid-writeback)',
      async (j) => {
        const bytes = append(record('lost', `{"v":"${'a'.repeat(300)}"}`), record('lost2', '{"v":4}'), record('lost3', '{"v":5}'));
        bytes.fill(0, 40, 200);
        await appendFile(j, bytes);
      },
      /checksum mismatch|not a store line|the write is/,
    ],
  ])('drops %s with a log note, cuts it off, and starts', async (_what, damage, reason) => {
    const journal = await storeWithData();
    const intact = await readFile(journal);
    await damage(journal);
    const storage = await openStore();
    const items = await storage.read(['kept', 'also', 'lost']);
    expect(Object.keys(items).sort()).toEqual(['also', 'kept']);
    // Lines 1-4 are the two acknowledged writes, each a group line and a record.
    expect(notes).toContainEqual({ level: 'warn', msg: 'store: dropped a write cut off by a crash (it was never acknowledged)', fields: expect.objectContaining({ file: journal, line: 5, problem: expect.stringMatching(reason) }) });
    expect(await readFile(journal)).toEqual(intact);
    // Later writes follow the last good line, so the next start sees no damage.
    await storage.write({ next: { v: 4 } });
    await closeAll();
    notes = [];
    expect(Object.keys(await (await openStore()).read(['kept', 'also', 'next']))).toHaveLength(3);
    expect(notes).toEqual([]);
  });
});

describe('openLowdbStorage: killed as a compaction started', () => {
  /**
   * What a kill leaves between a compaction listing its new journal and switching writes to it: the
   * new journal empty, and the write that was under way cut off in the journal before it.
   */
  async function killedAsCompactionStarted(newJournal: Buffer): Promise<{ old: string; intact: Buffer }> {
    const storage = await openStore();
    await storage.write({ kept: { v: 1 } });
    await storage.write({ also: { v: 2 } });
    await closeAll();
    const old = await journalFile();
    const intact = await readFile(old);
    await appendFile(old, Buffer.concat([encodeGroup(1, 60), encodeLine('lost', 'e1', Buffer.from('{"v":3}')).line]).subarray(0, -4));
    await writeFile(join(storeDir, 'journal-000002.jsonl'), newJournal);
    const m = await manifest();
    await writeFile(file, JSON.stringify({ ...m, journals: [...m.journals, 'journal-000002.jsonl'] }));
    return { old, intact };
  }

  it('drops the cut-off write in the journal before the empty new one, and starts with every acknowledged write', async () => {
    const { old, intact } = await killedAsCompactionStarted(Buffer.alloc(0));
    const storage = await openStore();
    expect(Object.keys(await storage.read(['kept', 'also', 'lost'])).sort()).toEqual(['also', 'kept']);
    expect(notes).toContainEqual({ level: 'warn', msg: 'store: dropped a write cut off by a crash (it was never acknowledged)', fields: expect.objectContaining({ file: old, line: 5 }) });
    expect(await readFile(old)).toEqual(intact);
    // Writes go on in the new journal; the next start finds nothing to drop.
    await storage.write({ next: { v: 4 } });
    expect((await readFile(join(storeDir, 'journal-000002.jsonl'), 'utf8')).length).toBeGreaterThan(0);
    await closeAll();
    notes = [];
    expect(Object.keys(await (await openStore()).read(['kept', 'also', 'next']))).toHaveLength(3);
    expect(notes.filter((n) => n.level === 'warn')).toEqual([]);
  });

  it('still stops start-up when a journal with writes after it ends cut off, and leaves it as it is', async () => {
    const later = encodeLine('later', 'e2', Buffer.from('{"v":5}')).line;
    const { old } = await killedAsCompactionStarted(Buffer.concat([encodeGroup(1, later.length), later]));
    const bytes = await readFile(old);
    const error = await openLowdbStorage(file, { log }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as Error).message.startsWith(`${old}: line 5: cut off (no line end)`)).toBe(true);
    expect(await readFile(old)).toEqual(bytes);
  });
});

describe('openLowdbStorage: damaged files stop start-up and are left as they are', () => {
  async function expectOpenToFail(damaged: string, message: RegExp): Promise<void> {
    const bytes = await readFile(damaged);
    const error = await openLowdbStorage(file, { log }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as Error).message.startsWith(`${damaged}: `)).toBe(true);
    expect((error as Error).message).toMatch(message);
    expect(await readFile(damaged)).toEqual(bytes);
  }

  async function storeWithData(compact = false): Promise<void> {
    const storage = await openStore();
    await storage.write({ kept: { v: 1 } });
    await storage.write({ middle: { v: 2 } });
    await storage.write({ last: { v: 3 } });
    if (compact) await storage.compact();
    await closeAll();
  }

  it('reports a damaged line in the middle of the journal, naming the line', async () => {
    await storeWithData();
    const journal = await journalFile();
    const text = await readFile(journal, 'utf8');
    await writeFile(journal, text.replace('{"v":2}', '{"v":9}'));
    // group, kept, group, middle (line 4), group, last
    await expectOpenToFail(journal, /: line 4: checksum mismatch/);
  });

  it('reports a line in the middle of the journal that is not a store line', async () => {
    await storeWithData();
    const journal = await journalFile();
    const lines = (await readFile(journal, 'utf8')).split('\n');
    lines.splice(1, 0, 'hello');
    await writeFile(journal, lines.join('\n'));
    await expectOpenToFail(journal, /: line 2: not a store line \(no header\)$/);
  });

  it('reports a write that lost a line in the middle of the journal', async () => {
    await storeWithData();
    const journal = await journalFile();
    const lines = (await readFile(journal, 'utf8')).split('\n');
    lines.splice(3, 1); // the record of the second write
    await writeFile(journal, lines.join('\n'));
    await expectOpenToFail(journal, /: line 4: not a store line \(no header\)$/);
  });

  it('reports a damaged snapshot, naming the line', async () => {
    await storeWithData(true);
    const snap = join(storeDir, (await manifest()).snapshot!.file);
    const text = await readFile(snap, 'utf8');
    await writeFile(snap, text.replace('{"v":3}', '{"v":8}'));
    await expectOpenToFail(snap, /: line \d: checksum mismatch/);
  });

  it('reports a snapshot cut short, even at a line end', async () => {
    await storeWithData(true);
    const snap = join(storeDir, (await manifest()).snapshot!.file);
    const text = await readFile(snap, 'utf8');
    await truncate(snap, text.indexOf('\n') + 1);
    await expectOpenToFail(snap, /: is \d+ bytes, but .*db\.json says \d+ \(was it cut short or changed\?\)$/);
  });

  it('reports a file the manifest names that is missing', async () => {
    await storeWithData(true);
    const snap = join(storeDir, (await manifest()).snapshot!.file);
    await unlink(snap);
    const error = await openLowdbStorage(file, { log }).catch((err: unknown) => err);
    expect((error as Error).message).toBe(`${snap}: missing (${file} lists it)`);
  });

  it('reports a manifest that is not valid JSON', async () => {
    await storeWithData();
    await writeFile(file, '');
    await expectOpenToFail(file, /: not valid JSON \(Unexpected end of JSON input\)$/);
  });

  it('reports a manifest of the wrong shape', async () => {
    await storeWithData();
    await writeFile(file, JSON.stringify({ format: 'sva-store', version: 2, snapshot: null, journals: 'journal-000001.jsonl' }));
    await expectOpenToFail(file, /: journals: expected array, received string$/);
  });

  it('refuses to start empty when the manifest is gone but the data is there', async () => {
    await storeWithData();
    await unlink(file);
    const error = await openLowdbStorage(file, { log }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as Error).message).toBe(`${file}: missing, but ${storeDir} holds a store; restore ${file} from a backup rather than start empty`);
  });
});
