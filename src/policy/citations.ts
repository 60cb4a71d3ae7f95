import type { PolicyDocument, Source } from './schema.js';

export interface Citation {
  document: string;
  date: string;
  section: string;
  quote?: string;
  /** "Stockport's Social Value Charter (2019), 4. Social Value through Procurement" */
  text: string;
}

/**
 * Where a citation can be read: the link to the bot's page for its source document, at the section,
 * with the quote highlighted (src/sources/links.ts builds them from PUBLIC_URL). Cards ask it for the
 * link of each "Source:" they show; without one they show the citation as plain text.
 */
export interface SourceLinker {
  /** for a citation's text as cards show it; `shown`: what the card shows beside it (a quote in it is highlighted) */
  forCitation(text: string, shown?: ReadonlyArray<string | undefined>): string | undefined;
  /** for a pack citation */
  forSource(source: Source): string | undefined;
  /** for a whole document, by its id */
  forDocument(document: string): string | undefined;
}

/** Numbered sections read as "section 2.3"; named ones stand as they are. */

export function documentLabel(doc: PolicyDocument): string {
  const when = doc.period ?? doc.date.slice(0, 4);
  return doc.title.includes(when) ? doc.title : `${doc.title} (${when})`;
}

/** Each source's citation, made once: packs are frozen, and every answer and checklist step cites. */
const cited = new WeakMap<Source, { documents: readonly PolicyDocument[]; citation: Citation }>();

export function cite(documents: readonly PolicyDocument[], source: Source): Citation {
  const kept = cited.get(source);
  if (kept?.documents === documents) return kept.citation;
  const citation = Object.freeze(makeCitation(documents, source));
  cited.set(source, { documents, citation });
  return citation;
}

function makeCitation(documents: readonly PolicyDocument[], source: Source): Citation {
  const doc = documents.find((d) => d.id === source.document);
  // The schema guarantees the document exists; this guards packs built in code (tests).
  if (!doc) throw new Error(`unknown document ${source.document}`);
  // A fact resting on several sections cites them together: "section 2.3 and 3.1".
  const section = [source.section, ...(source.alsoSections ?? [])].join(' and ');
  return {
    document: doc.title,
    date: doc.date,
    section,
    ...(source.quote ? { quote: source.quote } : {}),
    text: `${documentLabel(doc)}, ${/^\d/.test(section) ? `section ${section}` : section}`,
  };
}
