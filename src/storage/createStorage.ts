/**
 * The one place that picks the storage backend from the configuration (env STORAGE). The Azure
 * backend is imported only when chosen: its SDKs take a noticeable part of start-up and memory, and
 * a lowdb start never needs them (src/storage/lazyAzure.test.ts checks it).
 */
import { createLogger, type Level } from '../logger.js';
import type { AppStorage } from './contract.js';
import { openLowdbStorage, type StoreLog } from './lowdbStorage.js';

/** Which backend, as the settings give it (structurally the settings' StorageConfig). */
export type StorageChoice = { kind: 'lowdb'; file: string } | { kind: 'azure-blob'; connectionString: string; container: string };

export async function createStorage(config: { storage: StorageChoice; logLevel?: Level }, log: StoreLog = createLogger(config.logLevel ?? 'info')): Promise<AppStorage> {
  const { storage } = config;
  if (storage.kind === 'lowdb') return openLowdbStorage(storage.file, { log });
  const { openAzureBlobStorage } = await import('./azureBlobStorage.js');
  return openAzureBlobStorage({ connectionString: storage.connectionString, container: storage.container });
}
