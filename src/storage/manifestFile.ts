import type { Adapter } from 'lowdb';
import { anyManifestSchema, type Manifest, type ManifestV1, parseDataFile } from './dataFiles.js';
import { readTextIfExists, writeFileDurably } from './durableFile.js';

/**
 * lowdb adapter for the manifest at DB_FILE: validated on read (either layout's version, so the
 * previous one can be migrated), replaced atomically and durably on write. The store keeps it as a
 * lowdb `Low<Manifest>`: a change of snapshot or journal list is `low.data = next; await low.write()`.
 */
export class ManifestFile implements Adapter<Manifest> {
  constructor(readonly file: string) {}

  /** The version 2 manifest, or null when there is none. Throws DataFileError when damaged or of the previous layout. */
  async read(): Promise<Manifest | null> {
    const found = await this.readAny();
    if (found?.version === 1) throw new Error(`${this.file}: the previous layout must be migrated before it is opened`);
    return found;
  }

  /** Either layout's manifest, or null when the file does not exist. */
  async readAny(): Promise<Manifest | ManifestV1 | null> {
    const text = await readTextIfExists(this.file);
    return text === null ? null : parseDataFile(this.file, text, anyManifestSchema);
  }

  write(manifest: Manifest): Promise<void> {
    return writeFileDurably(this.file, `${JSON.stringify(manifest, null, 2)}\n`);
  }
}
