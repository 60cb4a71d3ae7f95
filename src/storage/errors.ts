/**
 * Errors callers must be able to tell apart: a lost eTag race (retry it), a damaged data file
 * (stop start-up, repair by hand; nothing is reset automatically) and unreachable shared storage.
 */

/** A write carried an eTag that no longer matches the stored item; that item was not written (with lowdb, nothing of its batch was). */
export class StorageConflictError extends Error {
  override readonly name = 'StorageConflictError';
  constructor(readonly key: string) {
    super(`Storage conflict on "${key}": the item changed since it was read (eTag mismatch)`);
  }
}

/**
 * True for an eTag conflict, i.e. when re-reading and retrying is the right response. Recognises
 * ours (also from a second copy of this module, e.g. tsx and dist, hence the name check), the plain
 * Error that botbuilder's MemoryStorage and BlobsStorage throw (same wording in both), and an Azure
 * Storage RestError for a failed condition (412) or a create-only write that found a blob (409).
 */
export function isConflict(err: unknown): boolean {
  if (err instanceof StorageConflictError) return true;
  if (typeof err !== 'object' || err === null) return false;
  const { name, message, statusCode, code } = err as { name?: unknown; message?: unknown; statusCode?: unknown; code?: unknown };
  if (name === 'StorageConflictError') return true;
  if (typeof message === 'string' && /^Storage: error writing ".*" due to eTag conflict\.$/s.test(message)) return true;
  return name === 'RestError' && (statusCode === 412 || (statusCode === 409 && code === 'BlobAlreadyExists'));
}

/** Shared storage that cannot be reached or opened at start-up. The message never holds a secret. */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
}

/** A data file that cannot be trusted. The message starts with the file path and says what is wrong. */
export class DataFileError extends Error {
  override readonly name = 'DataFileError';
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}
