/**
 * Files the bot offers for download (a PID summary as CSV or Word, a digest for the minutes) through
 * unguessable, expiring links. The content is kept in the shared store so any instance can serve it;
 * binary files (Word) are kept as base64.
 */
import { randomBytes } from 'node:crypto';
import { readRecord, type RecordStore } from '../storage/records.js';

export interface DownloadFile {
  filename: string;
  contentType: string;
  /** text, or the bytes of a binary file */
  body: string | Uint8Array;
}

interface StoredDownload {
  filename: string;
  contentType: string;
  body: string;
  /** how `body` holds a binary file */
  encoding?: 'base64';
  expires: string;
}

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * A file name from its parts (a reference, a title): letters and digits, with hyphens between the
 * words, accents dropped and everything else (Markdown, '<', '&', emoji, slashes) left out; at most
 * 100 characters before the extension.
 */
export function safeFilename(parts: ReadonlyArray<string | undefined>, extension: string): string {
  const stem = parts
    .filter((p): p is string => Boolean(p && p.trim()))
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return `${stem || 'download'}.${extension.replace(/[^a-z0-9]/gi, '')}`;
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
    const stored: StoredDownload =
      typeof file.body === 'string'
        ? { filename: file.filename, contentType: file.contentType, body: file.body, expires: expires.toISOString() }
        : { filename: file.filename, contentType: file.contentType, body: Buffer.from(file.body).toString('base64'), encoding: 'base64', expires: expires.toISOString() };
    await this.store.write({ [key(token)]: stored });
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
    const body = stored.encoding === 'base64' ? Buffer.from(stored.body, 'base64') : stored.body;
    return { file: { filename: stored.filename, contentType: stored.contentType, body } };
  }
}
