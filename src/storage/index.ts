/*
 * The storage layer's public names. Nothing here loads the Azure SDKs: the Azure backend is
 * imported on first use (createStorage with STORAGE=azure-blob, or openAzureBlobStorage); import
 * the class itself from './azureBlobStorage.js' where it is needed as a value.
 */
import type { AzureBlobStorage, AzureBlobStorageOptions } from './azureBlobStorage.js';

export { LowdbStorage, openLowdbStorage, type LowdbStorageOptions, type LowdbStorageStats, type StoreLog } from './lowdbStorage.js';
export type { AzureBlobStorage, AzureBlobStorageOptions };
export { createStorage } from './createStorage.js';
export { CREATE_ONLY_ETAG, type AppStorage, type StoreItems } from './contract.js';
export { type RecordStore } from './records.js';
export { DataFileError, StorageAccessError, StorageConflictError, StorageUnavailableError, isConflict } from './errors.js';
export { DEFAULT_SHARDS, shardDirFor, storeDirFor } from './layout.js';
export { storeFiles } from './storeFiles.js';

/** Opens Azure Blob storage, loading its SDKs now. */
export async function openAzureBlobStorage(options: AzureBlobStorageOptions): Promise<AzureBlobStorage> {
  const azure = await import('./azureBlobStorage.js');
  return azure.openAzureBlobStorage(options);
}
