/** The one place that picks the storage backend from the configuration (env STORAGE). */
import type { StorageConfig } from '../config.js';
import { openAzureBlobStorage } from './azureBlobStorage.js';
import type { AppStorage } from './contract.js';
import { openLowdbStorage } from './lowdbStorage.js';

export async function createStorage(config: { storage: StorageConfig }): Promise<AppStorage> {
  const { storage } = config;
  switch (storage.kind) {
    case 'lowdb':
      return openLowdbStorage(storage.file);
    case 'azure-blob':
      return openAzureBlobStorage({ connectionString: storage.connectionString, container: storage.container });
  }
}
