import { z } from 'zod';
import { DataFileError } from './errors.js';

/** The manifest at DB_FILE. `shards` is fixed when the store is created: it decides where keys live. */
export const manifestSchema = z.strictObject({
  format: z.literal('sva-store'),
  version: z.literal(1),
  shards: z.number().int().min(1).max(4096),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** One shard: every record is a JSON object carrying the eTag of its last write. */
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
  const shown = issues.slice(0, 3).map((issue) => {
    const message = issue.message.replace(/^Invalid input: /, '');
    return issue.path.length === 0 ? message : `${formatPath(issue.path)}: ${message}`;
  });
  const more = issues.length > shown.length ? ` (and ${issues.length - shown.length} more)` : '';
  return shown.join('; ') + more;
}

/** `records["19:abc|x"].eTag`: readable, and unambiguous for keys with any characters. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => {
      if (typeof part === 'number') return `[${part}]`;
      const name = String(part);
      if (/^[A-Za-z_$][\w$]*$/.test(name)) return i === 0 ? name : `.${name}`;
      return `[${JSON.stringify(name)}]`;
    })
    .join('');
}
