export { LowdbStorage, openLowdbStorage, type LowdbStorageOptions } from './lowdbStorage.js';
export { AzureBlobStorage, openAzureBlobStorage, type AzureBlobStorageOptions } from './azureBlobStorage.js';
export { createStorage } from './createStorage.js';
export { CREATE_ONLY_ETAG, type AppStorage } from './contract.js';
export { DataFileError, StorageAccessError, StorageConflictError, StorageUnavailableError, isConflict } from './errors.js';
export { DEFAULT_SHARDS, shardDirFor } from './layout.js';
