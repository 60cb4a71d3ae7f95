/**
 * Storage on Azure Blob storage, for several bot instances sharing one store: one JSON blob per key,
 * the blob's ETag as the item's eTag, written with @azure/storage-blob directly. The blob names are
 * the ones botbuilder's BlobsStorage used (encodeURIComponent of the escaped key), so a container
 * written before reads the same. What each write does:
 *
 * - eTag '*' or none: an unconditional upload (overwrite).
 * - a specific eTag: an upload with If-Match; 412 (changed, or gone) is a StorageConflictError.
 * - CREATE_ONLY_ETAG: an upload with If-None-Match: * (409 BlobAlreadyExists -> conflict).
 * - keys: escaped first (blobKey.ts) so distinct keys never share a blob.
 * - the items of one write() are written in parallel, each with its own condition; a conflicting
 *   item is not written, the others are (Azure has no multi-blob transaction).
 * - the body's length is its UTF-8 byte length (a £ is two bytes).
 * - the container is created at open(), so a wrong connection string or an unreachable account
 *   stops start-up with a clear message instead of failing the first conversation.
 */
import { ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import { statusOf } from '../net/retry.js';
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
  readonly #container: ContainerClient;
  readonly #inFlight = new Set<Promise<unknown>>();
  #closed = false;

  private constructor(
    container: ContainerClient,
    readonly description: string,
  ) {
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
    return new AzureBlobStorage(client, `Azure Blob storage, ${where}`);
  }

  async read(keys: string[]): Promise<StoreItems> {
    assertKeys('AzureBlobStorage', 'read', keys);
    const unique = [...new Set(keys)];
    const found = new Map(await Promise.all(unique.map(async (key) => [key, await this.#readOne(key)] as const)));
    const items: StoreItems = {};
    for (const key of keys) {
      const item = found.get(key);
      // defineProperty, not assignment: `items["__proto__"] = x` would set the prototype instead.
      if (item) Object.defineProperty(items, key, { value: item, enumerable: true, writable: true, configurable: true });
    }
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
    await this.#track(() => Promise.all([...new Set(keys)].map((key) => this.#blob(key).deleteIfExists())));
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.allSettled([...this.#inFlight]);
  }

  /** The blob a key lives in: the escaped key, URI-encoded as Azure sees it (and as BlobsStorage named it). */
  #blob(key: string) {
    return this.#container.getBlockBlobClient(encodeURIComponent(blobKeyFor(key)));
  }

  async #readOne(key: string): Promise<Record<string, unknown> | undefined> {
    let body: Buffer;
    let eTag: string | undefined;
    try {
      const blob = this.#blob(key);
      const props = await blob.download();
      eTag = props.etag;
      body = await streamToBuffer(props.readableStreamBody);
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw err;
    }
    const value = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    return { ...value, eTag };
  }

  async #writeOne({ key, expectedETag, value }: PreparedWrite): Promise<void> {
    const body = Buffer.from(JSON.stringify(value), 'utf8');
    const conditions = expectedETag === CREATE_ONLY_ETAG ? { ifNoneMatch: '*' } : expectedETag && expectedETag !== '*' ? { ifMatch: expectedETag } : {};
    try {
      await this.#blob(key).upload(body, body.length, { conditions, blobHTTPHeaders: { blobContentType: 'application/json' } });
    } catch (err) {
      // 412: the eTag no longer matches (or the blob is gone); 409 BlobAlreadyExists: a create-only write found one.
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

async function streamToBuffer(stream: NodeJS.ReadableStream | undefined): Promise<Buffer> {
  if (!stream) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
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
