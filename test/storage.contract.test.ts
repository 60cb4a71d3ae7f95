/**
 * The storage contract (src/storage/contract.ts), run unchanged against both backends: lowdb in a
 * temporary directory, Azure Blob on Azurite. Then the factory and configuration around them.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { ContainerClient } from '@azure/storage-blob';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ConfigError, loadConfig } from '../src/settings/index.js';
import { AzureBlobStorage } from '../src/storage/azureBlobStorage.js';
import {
  type AppStorage,
  CREATE_ONLY_ETAG,
  createStorage,
  isConflict,
  LowdbStorage,
  openAzureBlobStorage,
  openLowdbStorage,
  StorageConflictError,
  StorageUnavailableError,
} from '../src/storage/index.js';
import { type RecordStore, updateRecord } from '../src/storage/records.js';
import { DEV_ACCOUNT_KEY, startAzurite, type Azurite } from './support/azurite.js';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
});

/** A place to keep a store: `open()` gives an instance on it (again after close, to prove persistence). */
interface Location {
  open(): Promise<AppStorage>;
  dispose(): Promise<void>;
}

const backends: Array<[string, () => Promise<Location>]> = [
  [
    'lowdb',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'sva-contract-'));
      return { open: () => openLowdbStorage(join(dir, 'db.json')), dispose: () => rm(dir, { recursive: true, force: true }) };
    },
  ],
  [
    'azure-blob (Azurite)',
    async () => {
      // A fresh container per test: tests cannot see each other's blobs.
      const container = `contract-${randomUUID()}`;
      return { open: () => openAzureBlobStorage({ connectionString: azurite.connectionString, container }), dispose: async () => {} };
    },
  ],
];

describe.each(backends)('Storage contract: %s', (_name, makeLocation) => {
  let location: Location;
  const opened: AppStorage[] = [];
  async function openStore(): Promise<AppStorage> {
    const store = await location.open();
    opened.push(store);
    return store;
  }
  async function fresh(): Promise<AppStorage> {
    location = await makeLocation();
    return openStore();
  }
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
    await location?.dispose();
  });

  it('round-trips items, returns only the keys that exist, and deletes (ignoring unknown keys)', async () => {
    const store = await fresh();
    await store.write({ a: { n: 1, nested: { list: [1, 2], text: 'Fairer £75,000 contract — ünï 🎉' } }, b: { n: 2 } });
    const items = await store.read(['a', 'b', 'missing']);
    expect(Object.keys(items).sort()).toEqual(['a', 'b']);
    expect(items.a).toMatchObject({ n: 1, nested: { list: [1, 2], text: 'Fairer £75,000 contract — ünï 🎉' } });
    await store.delete(['a', 'missing']);
    expect(await store.read(['a', 'b'])).toEqual({ b: expect.objectContaining({ n: 2 }) });
    expect(await store.read([])).toEqual({});
  });

  it('keeps distinct keys distinct, whatever their characters or length', async () => {
    const long = 'x'.repeat(1500);
    const keys = [
      '', '__proto__', 'constructor', 'a', 'a/', 'a//', '/a', 'a/b', 'a%2Fb', 'a.', '.', '..', '~', '~2F', 'h~0',
      'msteams/users/29:abc/', 'msteams/conversations/19:abc@thread.tacv2;messageid=1712|x/',
      'ünï©ødé 🎉', 'quote"back\\slash\nnewline', `${long}1`, `${long}2`,
    ];
    const store = await fresh();
    await store.write(Object.fromEntries(keys.map((key, i) => [key, { i }])));
    const again = await openStore(); // a second instance reads from the store, not from a cache
    for (const instance of [store, again]) {
      const items = await instance.read(keys);
      expect(keys.map((key) => Object.hasOwn(items, key) && (items[key] as { i: number }).i)).toEqual(keys.map((_, i) => i));
    }
    await store.delete(['a/']);
    expect(Object.keys(await store.read(['a', 'a/', 'a//']))).toEqual(['a', 'a//']);
  });

  it('returns copies, and stores an item as it was when write() was called', async () => {
    const store = await fresh();
    const original = { nested: { value: 'stored' } };
    const writing = store.write({ k: original });
    original.nested.value = 'mutated while writing';
    await writing;
    const first = await store.read(['k']);
    (first.k as typeof original).nested.value = 'mutated after read';
    expect((await store.read(['k'])).k).toMatchObject({ nested: { value: 'stored' } });
  });

  it('gives every write a fresh, non-empty eTag', async () => {
    const store = await fresh();
    await store.write({ k: { v: 1 } });
    const first = (await store.read(['k'])).k.eTag as unknown;
    await store.write({ k: { v: 2 } });
    const second = (await store.read(['k'])).k.eTag as unknown;
    for (const eTag of [first, second]) {
      expect(typeof eTag).toBe('string');
      expect(eTag).not.toMatch(/^(|\*|!create-only)$/);
    }
    expect(second).not.toBe(first);
  });

  it('accepts the current eTag and refuses a stale one with a conflict, writing nothing', async () => {
    const store = await fresh();
    await store.write({ k: { v: 1 } });
    const stale = (await store.read(['k'])).k;
    await store.write({ k: { ...stale, v: 2 } });
    const error = await store.write({ k: { ...stale, v: 3 } }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(StorageConflictError);
    expect(isConflict(error)).toBe(true);
    expect((await store.read(['k'])).k.v).toBe(2);
  });

  it("overwrites unconditionally with eTag '*' or no eTag (botbuilder's BotState relies on it)", async () => {
    const store = await fresh();
    await store.write({ k: { v: 1 } });
    await store.write({ k: { v: 2, eTag: '*' } });
    expect((await store.read(['k'])).k.v).toBe(2);
    await store.write({ k: { v: 3 } });
    expect((await store.read(['k'])).k.v).toBe(3);
    await store.write({ created: { v: 1, eTag: '*' } });
    expect((await store.read(['created'])).created.v).toBe(1);
  });

  it('treats a specific eTag on an item that does not exist as a conflict', async () => {
    const store = await fresh();
    await store.write({ k: { v: 1 } });
    const { eTag } = (await store.read(['k'])).k;
    await store.delete(['k']);
    await expect(store.write({ k: { v: 2, eTag } })).rejects.toThrow(StorageConflictError);
    expect(await store.read(['k'])).toEqual({});
  });

  it('creates with CREATE_ONLY_ETAG only when the item is absent', async () => {
    const store = await fresh();
    await store.write({ k: { v: 1, eTag: CREATE_ONLY_ETAG } });
    expect((await store.read(['k'])).k).toMatchObject({ v: 1 });
    const error = await store.write({ k: { v: 2, eTag: CREATE_ONLY_ETAG } }).catch((err: unknown) => err);
    expect(isConflict(error)).toBe(true);
    expect((await store.read(['k'])).k.v).toBe(1);
    await store.delete(['k']);
    await store.write({ k: { v: 3, eTag: CREATE_ONLY_ETAG } });
    expect((await store.read(['k'])).k.v).toBe(3);
  });

  it('lands every one of 40 concurrent updateRecord increments, the first ones racing to create the record', async () => {
    const store = await fresh();
    let conflicts = 0;
    // Counts the conflicts updateRecord retries, to prove the race really happened.
    const counting: RecordStore = {
      read: (keys) => store.read(keys),
      delete: (keys) => store.delete(keys),
      write: (changes) =>
        store.write(changes).catch((err: unknown) => {
          if (isConflict(err)) conflicts += 1;
          throw err;
        }),
    };
    const increment = () => updateRecord<{ count: number }>(counting, 'plans/counter', (current) => ({ next: { count: (current?.count ?? 0) + 1 }, result: undefined }));
    await Promise.all(Array.from({ length: 40 }, increment));
    expect((await store.read(['plans/counter']))['plans/counter']).toMatchObject({ count: 40 });
    expect(conflicts).toBeGreaterThan(0);
  });

  it('refuses arguments of the wrong shape with a TypeError', async () => {
    const store = await fresh();
    await expect(store.write(null as never)).rejects.toThrow(TypeError);
    await expect(store.write({ k: 5 } as never)).rejects.toThrow(TypeError);
    await expect(store.write({ k: { v: 1, eTag: 7 } } as never)).rejects.toThrow(TypeError);
    await expect(store.read('k' as never)).rejects.toThrow(TypeError);
    await expect(store.delete([1] as never)).rejects.toThrow(TypeError);
    expect(await store.read(['k'])).toEqual({});
  });

  it('keeps everything across a re-open, and close() lets a started write finish but refuses later ones', async () => {
    const store = await fresh();
    const items = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`users/${i}`, { i }]));
    await store.write(items);
    await store.delete(['users/7']);
    const late = store.write({ late: { v: 'started before close' } });
    await store.close();
    await late;
    await expect(store.write({ after: { v: 1 } })).rejects.toThrow(/closed/);
    await expect(store.delete(['late'])).rejects.toThrow(/closed/);

    const reopened = await openStore();
    const read = await reopened.read([...Object.keys(items), 'late', 'after']);
    expect(Object.keys(read)).toHaveLength(30);
    expect(read['users/7']).toBeUndefined();
    expect(read.late).toMatchObject({ v: 'started before close' });
  });
});

describe('isConflict', () => {
  it("recognises ours, botbuilder's plain conflict Error and Azure's 412 / 409 BlobAlreadyExists", () => {
    const restError = (statusCode: number, code: string) => Object.assign(new Error('x'), { name: 'RestError', statusCode, code });
    expect(isConflict(new StorageConflictError('k'))).toBe(true);
    expect(isConflict(new Error('Storage: error writing "k" due to eTag conflict.'))).toBe(true);
    expect(isConflict(restError(412, 'ConditionNotMet'))).toBe(true);
    expect(isConflict(restError(409, 'BlobAlreadyExists'))).toBe(true);
    expect(isConflict(restError(409, 'ContainerBeingDeleted'))).toBe(false);
    expect(isConflict(restError(500, 'InternalError'))).toBe(false);
    expect(isConflict(new Error('other'))).toBe(false);
    expect(isConflict(undefined)).toBe(false);
  });
});

describe('createStorage and its configuration', () => {
  const env = (extra: Record<string, string>) => ({ DB_FILE: join(tmpdir(), `sva-${randomUUID()}`, 'db.json'), ...extra });

  it('opens lowdb by default', async () => {
    const config = loadConfig(env({}));
    expect(config.storage).toEqual({ kind: 'lowdb', file: config.dbFile });
    const store = await createStorage(config);
    try {
      expect(store).toBeInstanceOf(LowdbStorage);
    } finally {
      await store.close();
      await rm(join(config.dbFile, '..'), { recursive: true, force: true });
    }
  });

  it('opens Azure Blob storage with STORAGE=azure-blob and creates the container when missing', async () => {
    const container = `created-${randomUUID()}`;
    const client = new ContainerClient(azurite.connectionString, container);
    expect(await client.exists()).toBe(false);
    const store = await createStorage(loadConfig(env({ STORAGE: 'azure-blob', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: container })));
    try {
      expect(store).toBeInstanceOf(AzureBlobStorage);
      expect(await client.exists()).toBe(true);
      expect(store.description).toBe(`Azure Blob storage, container "${container}" at ${azurite.blobEndpoint}`);
      expect(store.description).not.toContain(DEV_ACCOUNT_KEY);
    } finally {
      await store.close();
    }
  });

  it('names the missing variables for azure-blob and never echoes the connection string', () => {
    expect(() => loadConfig(env({ STORAGE: 'azure-blob' }))).toThrow(
      new ConfigError([
        'AZURE_STORAGE_CONNECTION_STRING: required when STORAGE=azure-blob',
        'AZURE_STORAGE_CONTAINER: required when STORAGE=azure-blob',
      ]),
    );
    const secret = 'not-a-connection-string-but-maybe-a-secret';
    const error = (() => {
      try {
        loadConfig(env({ STORAGE: 'azure-blob', AZURE_STORAGE_CONNECTION_STRING: secret, AZURE_STORAGE_CONTAINER: 'Bad_Name' }));
      } catch (err) {
        return err as Error;
      }
      throw new Error('expected a ConfigError');
    })();
    expect(error.message).toMatch(/AZURE_STORAGE_CONNECTION_STRING: is not an Azure Storage connection string/);
    expect(error.message).toMatch(/AZURE_STORAGE_CONTAINER: must be a valid container name.*\(got "Bad_Name"\)/);
    expect(error.message).not.toContain(secret);
    expect(() => loadConfig(env({ STORAGE: 'cosmos' }))).toThrow(/STORAGE: must be lowdb .* or azure-blob/);
  });

  it('stops start-up with a clear message, without the key, when the account cannot be reached', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const unreachable = azurite.connectionString.replace(/BlobEndpoint=[^;]+/, 'BlobEndpoint=http://127.0.0.1:1/devstoreaccount1');
    const error = await openAzureBlobStorage({ connectionString: unreachable, container: 'any' }).then(
      () => new Error('expected open to fail'),
      (err: unknown) => err as Error,
    );
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect(error.message).toMatch(/^Azure Blob storage: cannot open container "any" at http:\/\/127\.0\.0\.1:1\/devstoreaccount1: .*ECONNREFUSED/);
    expect(error.message).not.toContain(DEV_ACCOUNT_KEY);
  }, 30_000);

  it('stops start-up when the account key is wrong', async () => {
    const wrongKey = azurite.connectionString.replace(DEV_ACCOUNT_KEY, Buffer.from('not the key').toString('base64'));
    const error = await openAzureBlobStorage({ connectionString: wrongKey, container: 'any' }).then(
      () => new Error('expected open to fail'),
      (err: unknown) => err as Error,
    );
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect(error.message).toMatch(/HTTP 403/);
  });
});
