export { LowdbStorage, openLowdbStorage, type LowdbStorageOptions } from './lowdbStorage.js';
export { DataFileError, StorageConflictError, isConflict } from './errors.js';
export { DEFAULT_SHARDS, shardDirFor } from './layout.js';
