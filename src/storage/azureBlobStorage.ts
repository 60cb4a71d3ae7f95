/**
 * Storage on Azure Blob storage, for several bot instances sharing one store: botbuilder's
 * BlobsStorage (one JSON blob per key, the blob's ETag as the item's eTag), wrapped so that it keeps
 * the same contract as the lowdb store (see contract.ts). What BlobsStorage 4.23 does, and what the
 * wrapper adds:
 *
 * - eTag '*' or none: BlobsStorage uploads without a condition (overwrite). Kept.
 * - a specific eTag: BlobsStorage uploads with If-Match; on 412 it throws a plain Error ("…due to
 *   eTag conflict."), dropping the RestError. Turned into StorageConflictError (isConflict knows
 *   the plain one too). An If-Match on a missing blob is a 412 as well: a conflict, as in lowdb.
 * - CREATE_ONLY_ETAG: BlobsStorage has no create-only write, so the wrapper uploads that one item
 *   itself, with If-None-Match: * (409 BlobAlreadyExists -> conflict), to the blob name
 *   BlobsStorage would use.
 * - keys: escaped first (blobKey.ts) so distinct keys never share a blob.
 * - the items of one write() are written in parallel, each with its own condition; a conflicting
 *   item is not written, the others are (Azure has no multi-blob transaction).
 * - the container is created at open(), so a wrong connection string or an unreachable account
 *   stops start-up with a clear message instead of failing the first conversation.
 */
import { ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey.js';
import { blobKeyFor } from './blobKey.js';
import { type AppStorage, assertKeys, CREATE_ONLY_ETAG, prepareBatch, type PreparedWrite, type StoreItems } from './contract.js';
import { isConflict, StorageConflictError, StorageUnavailableError } from './errors.js';

export interface AzureBlobStorageOptions {
  connectionString: string;
  container: string;
}

// Fail within seconds rather than minutes: a turn has ~15 s before Teams gives up, and a start-up
// against an unreachable account should say so promptly. (The SDK default waits up to 2 minutes.)
const PIPELINE: StoragePipelineOptions = {
  retryOptions: { maxTries: 3, retryDelayInMs: 200, maxRetryDelayInMs: 2000, tryTimeoutInMs: 10_000 },
};

export function openAzureBlobStorage(options: AzureBlobStorageOptions): Promise<AzureBlobStorage> {
  return AzureBlobStorage.open(options);
}

export class AzureBlobStorage implements AppStorage {
  readonly #blobs: BlobsStorage;
  readonly #container: ContainerClient;
  readonly #inFlight = new Set<Promise<unknown>>();
  #closed = false;

  private constructor(
    blobs: BlobsStorage,
    container: ContainerClient,
    readonly description: string,
  ) {
    this.#blobs = blobs;
    this.#container = container;
  }

  static async open({ connectionString, container }: AzureBlobStorageOptions): Promise<AzureBlobStorage> {
    let client: ContainerClient;
    try {
      client = new ContainerClient(connectionString, container, PIPELINE);
    } catch (err) {
      throw new StorageUnavailableError(`AZURE_STORAGE_CONNECTION_STRING: cannot be used (${redact(describeError(err))})`);
    }
    // The URL without its query: a SAS connection string puts the signature there.
    const where = `container "${container}" at ${client.url.split('?')[0]?.replace(/\/[^/]*$/, '')}`;
    try {
      await client.createIfNotExists();
    } catch (err) {
      throw new StorageUnavailableError(`Azure Blob storage: cannot open ${where}: ${redact(describeError(err))}`);
    }
    const blobs = new BlobsStorage(connectionString, container, { storagePipelineOptions: PIPELINE });
    return new AzureBlobStorage(blobs, client, `Azure Blob storage, ${where}`);
  }

  async read(keys: string[]): Promise<StoreItems> {
    assertKeys('AzureBlobStorage', 'read', keys);
    const names = keys.map(blobKeyFor);
    const found = await this.#blobs.read([...new Set(names)]);
    const items: StoreItems = {};
    keys.forEach((key, i) => {
      const item: unknown = found[names[i]!];
      // defineProperty, not assignment: `items["__proto__"] = x` would set the prototype instead.
      if (item) Object.defineProperty(items, key, { value: item, enumerable: true, writable: true, configurable: true });
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const batch = prepareBatch('AzureBlobStorage', changes);
    this.#assertOpen();
    if (batch.length === 0) return;
    await this.#track(async () => {
      const results = await Promise.allSettled(batch.map((item) => this.#writeOne(item)));
      const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
      if (failures.length > 0) throw failures.find(isConflict) ?? failures[0];
    });
  }

  async delete(keys: string[]): Promise<void> {
    assertKeys('AzureBlobStorage', 'delete', keys);
    this.#assertOpen();
    if (keys.length === 0) return;
    await this.#track(() => this.#blobs.delete([...new Set(keys.map(blobKeyFor))]));
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.allSettled([...this.#inFlight]);
  }

  async #writeOne({ key, expectedETag, value }: PreparedWrite): Promise<void> {
    const name = blobKeyFor(key);
    try {
      if (expectedETag === CREATE_ONLY_ETAG) {
        const body = JSON.stringify(value);
        await this.#container.getBlockBlobClient(sanitizeBlobKey(name)).upload(body, Buffer.byteLength(body), {
          conditions: { ifNoneMatch: '*' },
          blobHTTPHeaders: { blobContentType: 'application/json' },
        });
      } else {
        await this.#blobs.write({ [name]: { ...value, eTag: expectedETag ?? '*' } });
      }
    } catch (err) {
      if (isConflict(err) || (expectedETag !== undefined && expectedETag !== '*' && isBlobNotFound(err))) throw new StorageConflictError(key);
      throw err;
    }
  }

  async #track<T>(operation: () => Promise<T>): Promise<T> {
    const running = operation();
    this.#inFlight.add(running);
    try {
      return await running;
    } finally {
      this.#inFlight.delete(running);
    }
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error('AzureBlobStorage is closed');
  }
}

// An If-Match on a blob that is gone: Azurite answers 412 (a conflict above); allow for the
// service answering 404 instead, which means the same thing here.
function isBlobNotFound(err: unknown): boolean {
  const { statusCode, code } = (err ?? {}) as { statusCode?: unknown; code?: unknown };
  return statusCode === 404 && code === 'BlobNotFound';
}

function describeError(err: unknown): string {
  const e = err as { statusCode?: unknown; code?: unknown; message?: unknown };
  const status = typeof e.statusCode === 'number' ? `HTTP ${e.statusCode}` : undefined;
  const code = typeof e.code === 'string' ? e.code : undefined;
  // Azure's messages run on with "RequestId:… Time:…" lines: the first line is the useful part.
  const message = typeof e.message === 'string' ? e.message.split('\n')[0] : String(err);
  return [status, code].filter(Boolean).join(' ') + (status || code ? `: ${message}` : message);
}

/** Belt and braces: no account key or SAS signature in a message, whatever the SDK put there. */
function redact(text: string): string {
  return text.replace(/(AccountKey=|SharedAccessSignature=|[?&]sig=)[^;&\s]+/gi, '$1[redacted]');
}
