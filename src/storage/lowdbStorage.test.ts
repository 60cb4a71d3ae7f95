import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFileError, isConflict, StorageConflictError } from './errors.js';
import { DEFAULT_SHARDS as N, shardFileName, shardIndex } from './layout.js';
import { type LowdbStorage, openLowdbStorage } from './lowdbStorage.js';

let dir: string;
let file: string;
let shardDir: string;
const open: LowdbStorage[] = [];

async function openStore(): Promise<LowdbStorage> {
  const storage = await openLowdbStorage(file);
  open.push(storage);
  return storage;
}

/** The bytes of every file in the store, by name, to prove what a call did or did not touch. */
async function snapshot(): Promise<Map<string, string>> {
  const files = new Map<string, string>([[file, await readFile(file, 'utf8')]]);
  for (const name of await readdir(shardDir)) files.set(name, await readFile(join(shardDir, name), 'utf8'));
  return files;
}

/** Two keys that live in different shards, to exercise batches spanning files. */
function keysInDifferentShards(): [string, string] {
  const first = 'key-0';
  for (let i = 1; ; i++) {
    if (shardIndex(`key-${i}`, N) !== shardIndex(first, N)) return [first, `key-${i}`];
  }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sva-store-'));
  file = join(dir, 'data', 'db.json');
  shardDir = join(dir, 'data', 'db.shards');
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await rm(dir, { recursive: true, force: true });
});

describe('LowdbStorage: read, write, delete', () => {
  it(`creates the manifest and ${N} empty shards on first open`, async () => {
    await openStore();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ format: 'sva-store', version: 1, shards: N });
    const names = (await readdir(shardDir)).sort();
    expect(names).toHaveLength(N);
    expect(names[0]).toBe(shardFileName(0, N));
    expect(names[N - 1]).toBe(shardFileName(N - 1, N));
    expect(JSON.parse(await readFile(join(shardDir, shardFileName(7, N)), 'utf8'))).toEqual({ records: {} });
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

  it('accepts keys with any characters', async () => {
    const keys = [
      'msteams/conversations/19:abc@thread.tacv2;messageid=1712|x/',
      '__proto__',
      'constructor',
      '',
      'ünï©ødé 🎉',
      'quote"back\\slash\nnewline',
    ];
    const storage = await openStore();
    await storage.write(Object.fromEntries(keys.map((key, i) => [key, { i }])));
    const reopened = await openLowdbStorage(file);
    open.push(reopened);
    for (const store of [storage, reopened]) {
      const items = await store.read(keys);
      expect(keys.map((key) => Object.hasOwn(items, key) && (items[key] as { i: number }).i)).toEqual([0, 1, 2, 3, 4, 5]);
    }
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

  it('rewrites only the shard that holds the key', async () => {
    const storage = await openStore();
    const before = await snapshot();
    await storage.write({ 'some-key': { v: 1 } });
    const after = await snapshot();
    const changed = [...after.keys()].filter((name) => after.get(name) !== before.get(name));
    expect(changed).toEqual([shardFileName(shardIndex('some-key', N), N)]);
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
});

describe('LowdbStorage: eTags', () => {
  it('gives every write a fresh eTag', async () => {
    const storage = await openStore();
    await storage.write({ k: { v: 1 } });
    const first = (await storage.read(['k'])).k.eTag;
    await storage.write({ k: { v: 2 } });
    const second = (await storage.read(['k'])).k.eTag;
    expect(typeof first).toBe('string');
    expect(typeof second).toBe('string');
    expect(second).not.toBe(first);
  });

  it('accepts the current eTag and rejects a stale one without writing', async () => {
    const storage = await openStore();
    await storage.write({ k: { v: 1 } });
    const stale = (await storage.read(['k'])).k;
    await storage.write({ k: { ...stale, v: 2 } });
    const error = await storage.write({ k: { ...stale, v: 3 } }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(StorageConflictError);
    expect(isConflict(error)).toBe(true);
    expect(isConflict(new Error('other'))).toBe(false);
    expect((await storage.read(['k'])).k.v).toBe(2);
  });

  it("overwrites with eTag '*' or no eTag", async () => {
    const storage = await openStore();
    await storage.write({ k: { v: 1 } });
    await storage.write({ k: { v: 2, eTag: '*' } });
    expect((await storage.read(['k'])).k.v).toBe(2);
    await storage.write({ k: { v: 3 } });
    expect((await storage.read(['k'])).k.v).toBe(3);
  });

  it('treats a specific eTag on an item that does not exist as a conflict', async () => {
    const storage = await openStore();
    await expect(storage.write({ gone: { v: 1, eTag: 'some-old-etag' } })).rejects.toThrow(StorageConflictError);
    expect(await storage.read(['gone'])).toEqual({});
  });

  it('writes nothing of a batch that has one conflict', async () => {
    const [a, b] = keysInDifferentShards();
    const storage = await openStore();
    await storage.write({ [a]: { v: 1 }, [b]: { v: 1 } });
    const stale = (await storage.read([b]))[b];
    await storage.write({ [b]: { v: 2 } });
    const before = await snapshot();

    await expect(storage.write({ [a]: { v: 99 }, [b]: { ...stale, v: 99 } })).rejects.toThrow(StorageConflictError);
    expect(await snapshot()).toEqual(before);
    const items = await storage.read([a, b]);
    expect([items[a].v, items[b].v]).toEqual([1, 2]);
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

describe('openLowdbStorage: damaged files stop start-up and are left as they are', () => {
  async function expectOpenToFail(damaged: string, message: RegExp): Promise<void> {
    const bytes = await readFile(damaged);
    const error = await openLowdbStorage(file).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as Error).message.startsWith(`${damaged}: `)).toBe(true);
    expect((error as Error).message).toMatch(message);
    expect(await readFile(damaged)).toEqual(bytes);
  }

  async function storeWithData(): Promise<void> {
    const storage = await openLowdbStorage(file);
    await storage.write({ kept: { v: 1 } });
    await storage.close();
  }

  it('reports a shard that is not valid JSON', async () => {
    await storeWithData();
    const shard = join(shardDir, shardFileName(7, N));
    await writeFile(shard, '{"records": {"x": {"eTag": "1"}');
    await expectOpenToFail(shard, /: not valid JSON \(.+\)$/);
  });

  it('reports a shard of the wrong shape, naming the record', async () => {
    await storeWithData();
    const key = 'kept';
    const shard = join(shardDir, shardFileName(shardIndex(key, N), N));
    await writeFile(shard, JSON.stringify({ records: { [key]: { v: 1 } } }));
    await expectOpenToFail(shard, /: records\.kept\.eTag: expected string/);
  });

  it('reports a manifest that is not valid JSON', async () => {
    await storeWithData();
    await writeFile(file, '');
    await expectOpenToFail(file, /: not valid JSON \(Unexpected end of JSON input\)$/);
  });

  it('reports a manifest of the wrong shape', async () => {
    await storeWithData();
    await writeFile(file, JSON.stringify({ format: 'sva-store', version: 1, shards: '64' }));
    await expectOpenToFail(file, /: shards: expected number, received string$/);
  });

  it('reports a missing shard rather than recreating it empty', async () => {
    await storeWithData();
    const shard = join(shardDir, shardFileName(12, N));
    await unlink(shard);
    const error = await openLowdbStorage(file).catch((err: unknown) => err);
    expect((error as Error).message).toBe(`${shard}: missing (${file} lists ${N} shards)`);
    await expect(readFile(shard)).rejects.toThrow(/ENOENT/);
  });

  it('reports a changed shard count instead of losing the records it would hide', async () => {
    await storeWithData();
    await writeFile(file, JSON.stringify({ format: 'sva-store', version: 1, shards: 32 }));
    // None of the existing files is named as a 32-shard store names its files; the first is reported.
    await expectOpenToFail(join(shardDir, shardFileName(0, N)), /not one of the 32 shards/);
  });

  it('reports a record filed in the wrong shard (invisible to reads otherwise)', async () => {
    await storeWithData();
    const home = shardIndex('kept', N);
    const other = join(shardDir, shardFileName((home + 1) % N, N));
    await writeFile(other, await readFile(join(shardDir, shardFileName(home, N))));
    await expectOpenToFail(other, /: records\["kept"\]: belongs in shard \d+/);
  });
});
