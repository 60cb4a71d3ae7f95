import { z } from 'zod';
import { issueLines } from '../jsonFile.js';
import { DataFileError } from './errors.js';

/** The manifest of the previous layout (version 1): `shards` files under <DB_FILE>.shards/. Read only to migrate. */
export const manifestV1Schema = z.strictObject({
  format: z.literal('sva-store'),
  version: z.literal(1),
  shards: z.number().int().min(1).max(4096),
});
export type ManifestV1 = z.infer<typeof manifestV1Schema>;

const segmentName = (kind: 'snapshot' | 'journal') => z.string().regex(new RegExp(`^${kind}-\\d{6,}\\.jsonl$`), `must be a ${kind} file name such as ${kind}-000001.jsonl`);

/**
 * The manifest at DB_FILE (version 2): which snapshot and journals hold the store, in replay order.
 * It is replaced atomically, and only after the files it names are on disk, so it is the switch point
 * of compaction and of the migration.
 */
export const manifestSchema = z.strictObject({
  format: z.literal('sva-store'),
  version: z.literal(2),
  /** null until the first compaction (or migration) writes one */
  snapshot: z.strictObject({ file: segmentName('snapshot'), bytes: z.number().int().min(0), records: z.number().int().min(0) }).nullable(),
  /** the last one is the journal being appended to */
  journals: z
    .array(segmentName('journal'))
    .min(1)
    .refine((names) => new Set(names).size === names.length, 'lists a journal twice'),
  /** set when the store was migrated from the previous layout */
  migration: z
    .strictObject({
      from: z.string(),
      records: z.number().int().min(0),
      /** where the previous layout's files are kept (relative to DB_FILE's folder) until the admin deletes them */
      keptIn: z.string().min(1),
      at: z.string(),
      confirmed: z.string().optional(),
    })
    .optional(),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** Either layout's manifest, told apart by `version`. */
export const anyManifestSchema = z.discriminatedUnion('version', [manifestV1Schema, manifestSchema]);

/** One shard of the previous layout: every record is a JSON object carrying the eTag of its last write. */
export const shardSchema = z.strictObject({
  records: z.record(z.string(), z.looseObject({ eTag: z.string() })),
});

/** Parses and validates a data file; any problem becomes a DataFileError naming the file. */
export function parseDataFile<S extends z.ZodType>(file: string, text: string, schema: S): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new DataFileError(file, `not valid JSON (${(err as { message?: unknown }).message ?? String(err)})`);
  }
  const result = schema.safeParse(json);
  if (!result.success) throw new DataFileError(file, describeIssues(result.error.issues));
  // Callers that need exotic keys such as "__proto__" intact read them from the raw JSON, so the
  // validated value is returned as parsed rather than as rebuilt by zod.
  return json as z.infer<S>;
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issueLines(issues.slice(0, 3));
  const more = issues.length > shown.length ? ` (and ${issues.length - shown.length} more)` : '';
  return shown.join('; ') + more;
}
