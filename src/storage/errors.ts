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

/**
 * The store's files cannot be written (or read) at all: a full disk, a read-only file system, a
 * directory the bot's account may not write. One line, starting with the file, saying which and what
 * to do; start-up stops with it as it does for a damaged file, without a stack trace.
 */
export class StorageAccessError extends Error {
  override readonly name = 'StorageAccessError';
  constructor(
    readonly file: string,
    readonly code: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}.`);
  }
}

const ACCESS_PROBLEMS: Record<string, { write: string; read: string }> = {
  ENOSPC: {
    write: 'cannot write: disk full (ENOSPC). Free space on that disk, then start the bot again',
    read: 'cannot read: disk full (ENOSPC). Free space on that disk, then start the bot again',
  },
  EDQUOT: {
    write: 'cannot write: disk quota exceeded (EDQUOT). Free space or raise the quota, then start the bot again',
    read: 'cannot read: disk quota exceeded (EDQUOT). Free space or raise the quota, then start the bot again',
  },
  EACCES: {
    write: 'not writable: permission denied (EACCES). Let the account the bot runs as write to that directory, or set DB_FILE to a place it can',
    read: 'not readable: permission denied (EACCES). Let the account the bot runs as read and write it, or set DB_FILE to a place it can',
  },
  EPERM: {
    write: 'not writable: operation not permitted (EPERM). Let the account the bot runs as write to that directory, or set DB_FILE to a place it can',
    read: 'not readable: operation not permitted (EPERM). Let the account the bot runs as read and write it, or set DB_FILE to a place it can',
  },
  EROFS: {
    write: 'not writable: the file system is read-only (EROFS). Set DB_FILE to a writable disk',
    read: 'not writable: the file system is read-only (EROFS). Set DB_FILE to a writable disk',
  },
};

/**
 * `err` as a StorageAccessError naming `file` when it is a full disk or a permission fault, else
 * `err` itself. Duck-typed on `code`: fs errors from another realm (jest's VM) are not `instanceof Error`.
 */
export function asAccessError(err: unknown, file: string, op: 'read' | 'write'): unknown {
  if (err instanceof StorageAccessError || err instanceof DataFileError) return err;
  const code = typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
  const problem = code !== undefined && Object.hasOwn(ACCESS_PROBLEMS, code) ? ACCESS_PROBLEMS[code]![op] : undefined;
  return problem && code ? new StorageAccessError(file, code, problem) : err;
}
