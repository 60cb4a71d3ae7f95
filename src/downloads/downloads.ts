/**
 * Files the bot offers for download (a PID summary as CSV, a digest for the minutes) through
 * unguessable, expiring links. The content is kept in the shared store so any instance can serve it.
 */
import { randomBytes } from 'node:crypto';
import { readRecord, type RecordStore } from '../storage/records.js';

export interface DownloadFile {
  filename: string;
  contentType: string;
  body: string;
}

interface StoredDownload extends DownloadFile {
  expires: string;
}

export const DEFAULT_TTL_MINUTES = 24 * 60;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const key = (token: string) => `downloads/${token}`;

export class Downloads {
  constructor(
    private readonly store: RecordStore,
    /** the bot's public base URL, e.g. https://sva.example.gov.uk */
    private readonly baseUrl: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Stores the file and returns its link; 256 random bits make the token unguessable. */
  async create(file: DownloadFile, ttlMinutes = DEFAULT_TTL_MINUTES): Promise<{ url: string; expires: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expires = new Date(this.now().getTime() + ttlMinutes * 60_000);
    await this.store.write({ [key(token)]: { ...file, expires: expires.toISOString() } satisfies StoredDownload });
    return { url: `${this.baseUrl.replace(/\/$/, '')}/downloads/${token}`, expires };
  }

  /** The file, or why not: a malformed or unknown token, or an expired link (which is then removed). */
  async get(token: string): Promise<{ file: DownloadFile } | { missing: 'not-found' | 'expired' }> {
    if (!TOKEN.test(token)) return { missing: 'not-found' };
    const stored = await readRecord<StoredDownload>(this.store, key(token));
    if (!stored) return { missing: 'not-found' };
    if (new Date(stored.expires) <= this.now()) {
      await this.store.delete([key(token)]);
      return { missing: 'expired' };
    }
    return { file: { filename: stored.filename, contentType: stored.contentType, body: stored.body } };
  }
}
