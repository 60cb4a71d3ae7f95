/**
 * Errors callers must be able to tell apart: a lost eTag race (retry it) and a damaged data file
 * (stop start-up, repair by hand; nothing is reset automatically).
 */

/** A write carried an eTag that no longer matches the stored item; nothing of that batch was written. */
export class StorageConflictError extends Error {
  override readonly name = 'StorageConflictError';
  constructor(readonly key: string) {
    super(`Storage conflict on "${key}": the item changed since it was read (eTag mismatch)`);
  }
}

/** True for an eTag conflict, i.e. when re-reading and retrying is the right response. */
export function isConflict(err: unknown): err is StorageConflictError {
  // The name check also recognises one from a second copy of this module (e.g. tsx and dist).
  return err instanceof StorageConflictError || (err as { name?: unknown } | null)?.name === 'StorageConflictError';
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
