/**
 * Storage keys -> the keys handed to botbuilder's BlobsStorage. BlobsStorage maps a key to a blob
 * name with `sanitizeBlobKey`, which is not one-to-one: it drops empty path segments ("a/" and "a"
 * share a blob, and BotState keys end in "/"), rejects "", and cuts names at 1,024 characters. Its
 * read() also loses an item keyed "__proto__" (it merges results with Object.assign). Azure, for its
 * part, trims a trailing "." from names. So every key is escaped first:
 *
 *   "~" + key with "~", "/" and "." written as "~7E", "~2F", "~2E"
 *
 * which has no "/", is never empty or "__proto__", does not end in ".", and decodes unambiguously.
 * A key whose blob name would pass 1,024 characters is stored under "h~" + its SHA-256 instead
 * (no escaped key starts with "h").
 */
import { createHash } from 'node:crypto';

const MAX_BLOB_NAME = 1024;

export function blobKeyFor(key: string): string {
  const escaped = `~${key.replace(/[~/.]/g, (c) => `~${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
  try {
    // sanitizeBlobKey ends with encodeURIComponent: that is the length Azure sees.
    if (encodeURIComponent(escaped).length <= MAX_BLOB_NAME) return escaped;
  } catch {
    // A lone surrogate cannot be URI-encoded: fall back to the hash, which is always valid.
  }
  return `h~${createHash('sha256').update(key, 'utf8').digest('hex')}`;
}
