/**
 * The council documents the assistant's knowledge comes from (data/sources/): their texts, the
 * published documents' words as written (only the HTML tags a conversion left in them removed, line
 * for line), and data/sources/index.json, which says for each one
 * what it is (title, council, date, currency) and maps its sections to line ranges of the text.
 *
 * Every citation in the packs names a document and a section of this map, and every quote must be in
 * that section's text, so an answer's "Source:" line always points at words the document really has.
 * A fault stops start-up with a PolicyDataError naming its exact place, e.g.
 * `sources/index.json[2].sections[4].endLine: beyond the end of policy-2021-25.txt (812 lines)`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, validate } from '../jsonFile.js';
import { PolicyDataError } from './loader.js';
import { CouncilIdSchema, SourceSchema, type PolicyDocument, type Source } from './schema.js';

export interface SourceSection {
  /** a slug, unique in the document ("4-social-value-through-procurement") */
  id: string;
  /** the name the packs cite it by */
  heading: string;
  /** other names the packs cite it by */
  aliases: string[];
  /** the section's non-empty text blocks, split on blank lines, whitespace-trimmed, heading line excluded */
  paragraphs: string[];
  /** the section's raw text: its lines of the file, heading included */
  text: string;
  /** 1-based, inclusive */
  startLine: number;
  endLine: number;
}

export interface SourceDocument {
  id: string;
  title: string;
  council: string;
  date: string;
  period?: string;
  currency?: string;
  periodEnds?: string;
  refreshDue?: string;
  /** where a document says when this one is due to be refreshed */
  refreshSource?: Source;
  file: string;
  /** the whole file */
  text: string;
  sections: SourceSection[];
}

export interface SourceLibrary {
  documents: ReadonlyMap<string, SourceDocument>;
  /** the section a citation names, by its heading or an alias */
  section(documentId: string, heading: string): SourceSection | undefined;
}

/** The folder under the data directory, and how faults in its index are prefixed. */
export const SOURCES_FOLDER = 'sources';
const INDEX = `${SOURCES_FOLDER}/index.json`;

// ---------------------------------------------------------------------------------------------------
// The index's shape

const text = z.string().trim().min(1);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug of lower-case letters, digits and hyphens');
const lineNumber = z.number().int().positive();
const realDay = (s: string) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export const SourceSectionEntrySchema = z.strictObject({
  id: slug,
  /** the heading as the packs cite it, or as the document writes it where no pack cites it */
  heading: text,
  /** the heading as the document writes it at the top of the section, where it differs from `heading` */
  asWritten: text.optional(),
  /** other names packs cite the same section by ("2.1" for "2.1 STAR") */
  aliases: z.array(text).default([]),
  startLine: lineNumber,
  endLine: lineNumber,
});

export const SourceEntrySchema = z
  .strictObject({
    id: slug,
    title: text,
    council: CouncilIdSchema,
    /** when it was published or approved, as precisely as the document says */
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
    /** the period it covers, when it names one ("2022-2023", "2021-25") */
    period: text.optional(),
    /** the document's own words about its currency */
    currency: text.optional(),
    /** the last day of the period the document states it covers */
    periodEnds: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').refine(realDay, 'not a real date').optional(),
    /** when a document says this one is due to be refreshed */
    refreshDue: z
      .string()
      .regex(/^\d{4}(-\d{2}-\d{2})?$/, 'expected YYYY or YYYY-MM-DD')
      .refine((s) => s.length === 4 || realDay(s), 'not a real date')
      .optional(),
    /** the sentence that says so */
    refreshSource: SourceSchema.optional(),
    /** the text, in data/sources/: a plain file name, never a path */
    file: z.string().regex(/^[a-z0-9][a-z0-9._-]*\.txt$/, 'expected a file name in data/sources ending in .txt'),
    sections: z.array(SourceSectionEntrySchema).min(1),
  })
  .superRefine((doc, ctx) => {
    if (doc.refreshDue && !doc.refreshSource) {
      ctx.addIssue({ code: 'custom', path: ['refreshSource'], message: 'refreshDue needs a refreshSource quoting where a document says so' });
    }
    if (doc.refreshSource && !doc.refreshDue) {
      ctx.addIssue({ code: 'custom', path: ['refreshDue'], message: 'a refreshSource without the refreshDue date it supports' });
    }
  });
export type SourceEntry = z.infer<typeof SourceEntrySchema>;

// ---------------------------------------------------------------------------------------------------
// Comparing words

/**
 * A text as the verbatim check compares it: Markdown emphasis and the line breaks of the text
 * extraction are not part of the words, and typographic quotes count as straight ones.
 */
export function plainWords(s: string): string {
  return s
    .replace(/[*_]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A heading line's words: also without a list marker in front or a colon after. */
function headingWords(s: string): string {
  return plainWords(s.replace(/^\s*[-•]\s*/, '')).replace(/[\s:]+$/, '');
}

/** The line starts with the heading, and the heading ends there ("2.2" opens "2.2 The …", not "2.25 …"). */
function opensWith(line: string, heading: string): boolean {
  if (!line.startsWith(heading)) return false;
  const rest = line.slice(heading.length);
  return rest === '' || !/^(?:[a-z0-9]|\.\d)/.test(rest);
}

/** The file's lines; a final line break does not start another line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function paragraphsOf(lines: readonly string[]): string[] {
  const out: string[] = [];
  let block: string[] = [];
  const flush = () => {
    const joined = block.join('\n').trim();
    if (joined) out.push(joined);
    block = [];
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else block.push(line);
  }
  flush();
  // A sentence the file breaks across a blank line (a page break in the published document: "…
  // looking for help to" / "get them into work.") is one paragraph.
  return out.reduce<string[]>((joined, p) => {
    const last = joined[joined.length - 1];
    if (last !== undefined && /[a-z,]$/.test(last) && /^[a-z]/.test(p)) joined[joined.length - 1] = `${last}\n${p}`;
    else joined.push(p);
    return joined;
  }, []);
}

/** Builds a section from a valid range; the heading line is left out of the paragraphs when it stands alone. */
function buildSection(entry: z.infer<typeof SourceSectionEntrySchema>, lines: readonly string[]): SourceSection {
  const own = lines.slice(entry.startLine - 1, entry.endLine);
  const first = own.findIndex((l) => l.trim() !== '');
  const standsAlone = first >= 0 && headingWords(own[first]!) === headingWords(entry.asWritten ?? entry.heading);
  const body = standsAlone ? [...own.slice(0, first), ...own.slice(first + 1)] : own;
  return {
    id: entry.id,
    heading: entry.heading,
    aliases: entry.aliases,
    paragraphs: paragraphsOf(body),
    text: own.join('\n'),
    startLine: entry.startLine,
    endLine: entry.endLine,
  };
}

// ---------------------------------------------------------------------------------------------------
// Checking one document's section map

function checkSections(doc: SourceEntry, lines: readonly string[], at: string, problems: string[]): boolean {
  const before = problems.length;
  const count = lines.length;
  const lineRange = (a: number, b: number) => (a === b ? `line ${a}` : `lines ${a}-${b}`);
  const ids = new Map<string, number>();
  const names = new Map<string, number>();
  doc.sections.forEach((s, j) => {
    const here = `${at}.sections[${j}]`;
    if (ids.has(s.id)) problems.push(`${here}.id: duplicate section id "${s.id}" (also sections[${ids.get(s.id)}])`);
    else ids.set(s.id, j);
    [s.heading, ...s.aliases].forEach((name, k) => {
      const field = k === 0 ? 'heading' : `aliases[${k - 1}]`;
      const other = names.get(name);
      if (other !== undefined) problems.push(`${here}.${field}: "${name}" already names sections[${other}]`);
      else names.set(name, j);
    });

    let inRange = true;
    if (s.startLine > count) {
      problems.push(`${here}.startLine: beyond the end of ${doc.file} (${count} lines)`);
      inRange = false;
    }
    if (s.endLine > count) {
      problems.push(`${here}.endLine: beyond the end of ${doc.file} (${count} lines)`);
      inRange = false;
    }
    if (s.endLine < s.startLine) {
      problems.push(`${here}.endLine: ${s.endLine} is before startLine ${s.startLine}`);
      inRange = false;
    }
    // In document order, with no gap and no overlap: every line of the text is in exactly one section.
    if (j === 0 && s.startLine !== 1) {
      problems.push(`${here}.startLine: ${lineRange(1, s.startLine - 1)} of ${doc.file} are in no section (the first section must start at line 1)`);
    }
    if (j > 0) {
      const prev = doc.sections[j - 1]!;
      if (s.startLine <= prev.endLine) {
        problems.push(`${here}.startLine: overlaps sections[${j - 1}] (${lineRange(prev.startLine, prev.endLine)})`);
      } else if (s.startLine > prev.endLine + 1) {
        problems.push(`${here}.startLine: ${lineRange(prev.endLine + 1, s.startLine - 1)} of ${doc.file} are in no section (sections[${j - 1}] ends at line ${prev.endLine})`);
      }
    }
    if (j === doc.sections.length - 1 && s.endLine < count) {
      problems.push(`${here}.endLine: ${lineRange(s.endLine + 1, count)} of ${doc.file} are in no section (the last section must end at line ${count})`);
    }

    if (!inRange) return;
    const own = lines.slice(s.startLine - 1, s.endLine);
    const first = own.findIndex((l) => l.trim() !== '');
    if (first < 0) {
      problems.push(`${here}: ${lineRange(s.startLine, s.endLine)} of ${doc.file} are blank, so the heading cannot be there`);
      return;
    }
    const wanted = s.asWritten ?? s.heading;
    if (!opensWith(headingWords(own[first]!), headingWords(wanted))) {
      const line = own[first]!.trim();
      problems.push(
        `${here}.${s.asWritten ? 'asWritten' : 'heading'}: "${wanted}" not found at the start of the section ` +
          `(line ${s.startLine + first} reads "${line.length > 80 ? `${line.slice(0, 80)}…` : line}")` +
          (s.asWritten ? '' : '; if the packs cite it by another name, give the words the document uses as asWritten'),
      );
    }
  });
  return problems.length === before;
}

// ---------------------------------------------------------------------------------------------------
// Checking a citation

/**
 * The faults in one citation against the library: its section(s) must be in the document's section
 * map, and its quote verbatim in the text of a cited section. `at` is the citation's path
 * (`stockport.rules[1].source`); each fault is reported at the field it concerns.
 */
export function citationProblems(library: SourceLibrary, source: Source, at: string): string[] {
  const doc = library.documents.get(source.document);
  if (!doc) return [`${at}.document: unknown source document "${source.document}" (known: ${[...library.documents.keys()].join(', ')})`];
  const problems: string[] = [];
  const names = [{ name: source.section, path: `${at}.section` }, ...(source.alsoSections ?? []).map((name, k) => ({ name, path: `${at}.alsoSections[${k}]` }))];
  const cited: SourceSection[] = [];
  for (const { name, path } of names) {
    const section = library.section(doc.id, name);
    if (section) cited.push(section);
    else problems.push(`${path}: no section "${name}" in ${doc.id} (use a heading or alias from ${INDEX})`);
  }
  if (source.quote && cited.length === names.length) {
    const quote = plainWords(source.quote);
    if (!cited.some((s) => plainWords(s.text).includes(quote))) {
      const where = names.length === 1 ? `section "${source.section}"` : `sections ${names.map((n) => `"${n.name}"`).join(', ')}`;
      const elsewhere = doc.sections.find((s) => plainWords(s.text).includes(quote));
      const hint = elsewhere
        ? ` (it is in section "${elsewhere.heading}")`
        : plainWords(doc.text).includes(quote)
          ? ' (it runs across sections of the map)'
          : ` (nor anywhere else in ${doc.file})`;
      problems.push(`${at}.quote: not found in ${doc.id} ${where}${hint}`);
    }
  }
  return problems;
}

/** The part of a source document the rest of the code sees as `pack.documents[i]`. */
export function policyDocument(doc: SourceDocument): PolicyDocument {
  const { id, title, date, period, currency, periodEnds, refreshDue, file } = doc;
  return {
    id,
    title,
    council: CouncilIdSchema.parse(doc.council),
    date,
    ...(period !== undefined ? { period } : {}),
    ...(currency !== undefined ? { currency } : {}),
    ...(periodEnds !== undefined ? { periodEnds } : {}),
    ...(refreshDue !== undefined ? { refreshDue } : {}),
    file,
  };
}

// ---------------------------------------------------------------------------------------------------
// Loading

/**
 * Reads data/sources/index.json and the texts it lists, and checks the section maps. Throws a
 * PolicyDataError listing every fault.
 */
export function loadSources(dataDir: string): SourceLibrary {
  const problems: string[] = [];
  const dir = join(dataDir, SOURCES_FOLDER);
  const indexFile = join(dir, 'index.json');
  const parsed = readJsonFile(indexFile, INDEX);
  if (!parsed.ok) throw new PolicyDataError([parsed.problem]);
  const entries = validate(z.array(z.unknown()).min(1, 'expected at least one document'), parsed.value, INDEX, problems);
  if (!entries) throw new PolicyDataError(problems);

  const documents = new Map<string, SourceDocument>();
  const byName = new Map<string, Map<string, SourceSection>>();
  const refreshes: { at: string; source: Source }[] = [];
  const files = new Map<string, number>();
  // Ids of every entry, valid or not: a citation of a faulty entry is not reported again.
  const listed = new Set(entries.map((raw) => (raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined)).filter((id) => typeof id === 'string'));
  entries.forEach((raw, i) => {
    const at = `${INDEX}[${i}]`;
    const entry = validate(SourceEntrySchema, raw, at, problems);
    if (!entry) return;
    if (documents.has(entry.id) || byName.has(entry.id)) {
      problems.push(`${at}.id: duplicate document id "${entry.id}"`);
      return;
    }
    byName.set(entry.id, new Map());
    if (files.has(entry.file)) problems.push(`${at}.file: ${entry.file} is also the file of ${INDEX}[${files.get(entry.file)}]`);
    files.set(entry.file, i);
    const path = join(dir, entry.file);
    let fileText: string;
    try {
      fileText = readFileSync(path, 'utf8');
    } catch (err) {
      problems.push(`${at}.file: cannot read ${path} (${(err as Error).message})`);
      return;
    }
    const lines = splitLines(fileText);
    if (!checkSections(entry, lines, at, problems)) return;
    const sections = entry.sections.map((s) => buildSection(s, lines));
    const names = byName.get(entry.id)!;
    for (const s of sections) for (const name of [s.heading, ...s.aliases]) names.set(name, s);
    const { sections: _entries, refreshSource, ...meta } = entry;
    documents.set(entry.id, { ...meta, ...(refreshSource ? { refreshSource } : {}), text: fileText, sections });
    if (refreshSource) refreshes.push({ at: `${at}.refreshSource`, source: refreshSource });
  });

  const library: SourceLibrary = {
    documents,
    section: (documentId, heading) => byName.get(documentId)?.get(heading),
  };
  for (const { at, source } of refreshes) {
    // A document whose own entry is faulty is already reported; its citations cannot be checked.
    if (!documents.has(source.document) && listed.has(source.document)) continue;
    problems.push(...citationProblems(library, source, at));
  }
  if (problems.length > 0) throw new PolicyDataError(problems);
  return library;
}
