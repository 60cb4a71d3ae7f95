/**
 * Links from a citation to the bot's page for its source document (GET /sources/:document, see
 * page.ts): `${PUBLIC_URL}/sources/<document>?quote=<quote id>#<section anchor>`.
 *
 * The link names the section by its slug from data/sources/index.json, and the quoted sentence by a
 * short id (a hash of its words), never by its text: the page highlights only a quote it finds among
 * the quotes it knows (every quote the packs, the national context and the action plans cite, and every
 * run of up to three sentences of a paragraph, which is what a quoted passage is), so nothing a visitor
 * puts in a link is ever shown on the page.
 *
 * This is the one place links are made: the cards ask it for the link of a citation they show.
 */
import { createHash } from 'node:crypto';
import { BoundedMap } from '../boundedMap.js';
import { cite, documentLabel, type SourceLinker } from '../policy/citations.js';
import { packCitations, type PolicyLibrary } from '../policy/loader.js';
import type { Source } from '../policy/schema.js';
import { plainWords, policyDocument, type SourceDocument, type SourceSection } from '../policy/sources.js';

/** A quote the source pages can highlight. */
export interface KnownQuote {
  id: string;
  document: string;
  /** the anchor of the section it is in */
  section: string;
  /** the words as cited */
  text: string;
}

/** How a quote is named in a link: 12 characters of base64url (72 bits of SHA-256 of its words). */
export function quoteId(quote: string): string {
  return createHash('sha256').update(plainWords(quote)).digest('base64url').slice(0, 12);
}

export const QUOTE_ID = /^[A-Za-z0-9_-]{12}$/;

/** The path of a document's page. Document ids are slugs (checked when the index loads). */
export function sourcePath(document: string): string {
  return `/sources/${encodeURIComponent(document)}`;
}

/**
 * The sentences of a paragraph as a quoted passage has them: Markdown bold markers dropped,
 * whitespace collapsed, list markers gone.
 */
export function sentencesOf(paragraph: string): string[] {
  const flat = paragraph.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
  return flat
    .split(/(?<=[.!?])\s+(?=[A-Z(“"'])(?!(?:Yes|No)\.?$)|\s+-\s+/)
    .map((s) => s.trim().replace(/^[-*•]\s*/, ''))
    .filter((s) => /[a-z]{3}/i.test(s));
}

/** Quoted strings in a text ("… says: “…”", `: "…"`), longest first, and the text itself. */
function quotedIn(text: string): string[] {
  const found = [...text.matchAll(/“([^”]{12,})”|"([^"]{12,})"/g)].map((m) => (m[1] ?? m[2]!).trim());
  return [...found.sort((a, b) => b.length - a.length), text];
}

/** Every {document, section} object in a value: the citations of packs, seeds and the national context. */
export function sourcesIn(value: unknown, out: Source[] = []): Source[] {
  if (Array.isArray(value)) {
    for (const v of value) sourcesIn(v, out);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.document === 'string' && typeof o.section === 'string') out.push(o as unknown as Source);
    else for (const v of Object.values(o)) sourcesIn(v, out);
  }
  return out;
}

interface Cited {
  document: string;
  /** section anchors, the first the one the citation names first */
  sections: string[];
}

export class SourceLinks implements SourceLinker {
  private readonly base: string;
  /** by document, then quote id; made on first use (hashing every run of sentences takes a while) */
  private quotesBuilt: Map<string, Map<string, KnownQuote>> | undefined;
  private readonly quoted: Array<{ doc: SourceDocument; section: SourceSection; text: string }> = [];
  private readonly citations = new Map<string, Cited>();
  /**
   * Links made lately, by citation and what was shown beside it: a checklist card links the same
   * pack rules on every step, and finding the quote in a rule (its sentences, each hashed) is most
   * of the garbage a step makes.
   */
  private readonly made = new BoundedMap<string, { link: string | undefined }>(500);

  /**
   * `extraSources`: citations beyond the packs and the national context (the action plans' seeds),
   * so their quotes can be highlighted too.
   */
  constructor(
    private readonly library: PolicyLibrary,
    /** the bot's public base URL (PUBLIC_URL) */
    baseUrl: string,
    extraSources: readonly Source[] = [],
  ) {
    this.base = baseUrl.replace(/\/+$/, '');
    const sources = library.sources;
    const documents = [...sources.documents.values()];
    const policyDocuments = documents.map(policyDocument);

    // Citation labels as the answers and cards print them, for every section under each of its names.
    for (const doc of documents) {
      const label = documentLabel(policyDocument(doc));
      for (const s of doc.sections) {
        for (const name of [s.heading, ...s.aliases]) {
          const text = `${label}, ${/^\d/.test(name) ? `section ${name}` : name}`;
          if (!this.citations.has(text)) this.citations.set(text, { document: doc.id, sections: [s.id] });
        }
      }
    }

    const cited: Source[] = [
      ...[...library.packs.values()].flatMap((p) => packCitations(p).map((c) => c.source)),
      ...library.national.facts.map((f) => f.source),
      ...documents.flatMap((d) => (d.refreshSource ? [d.refreshSource] : [])),
      ...extraSources,
    ];
    for (const source of cited) {
      const found = this.resolve(source);
      if (!found) continue;
      // "…, section 2.3 and 3.1": a citation of several sections.
      const text = cite(policyDocuments, source).text;
      if (!this.citations.has(text)) this.citations.set(text, found);
      if (source.quote) {
        const doc = sources.documents.get(found.document)!;
        const section = found.sections.map((id) => doc.sections.find((s) => s.id === id)!).find((s) => plainWords(s.text).includes(plainWords(source.quote!)));
        if (section) this.quoted.push({ doc, section, text: source.quote });
      }
    }
  }

  /** The quotes the pages know: every one cited, then what a quoted passage can be (one to three sentences of one paragraph). */
  private get quotes(): Map<string, Map<string, KnownQuote>> {
    if (this.quotesBuilt) return this.quotesBuilt;
    const quotes = new Map<string, Map<string, KnownQuote>>();
    const remember = (doc: SourceDocument, section: SourceSection, text: string) => {
      const id = quoteId(text);
      let known = quotes.get(doc.id);
      if (!known) quotes.set(doc.id, (known = new Map()));
      if (!known.has(id)) known.set(id, { id, document: doc.id, section: section.id, text });
    };
    for (const { doc, section, text } of this.quoted) remember(doc, section, text);
    for (const doc of this.library.sources.documents.values()) {
      for (const section of doc.sections) {
        for (const paragraph of section.paragraphs) {
          const ss = sentencesOf(paragraph);
          for (let i = 0; i < ss.length; i++) {
            for (let n = 1; n <= 3 && i + n <= ss.length; n++) remember(doc, section, ss.slice(i, i + n).join(' '));
          }
        }
      }
    }
    return (this.quotesBuilt = quotes);
  }

  private resolve(source: Source): Cited | undefined {
    const names = [source.section, ...(source.alsoSections ?? [])];
    const sections = names.map((n) => this.library.sources.section(source.document, n)?.id).filter((id): id is string => id !== undefined);
    return sections.length > 0 ? { document: source.document, sections } : undefined;
  }

  /** A quote the page for `document` may highlight, by its id; undefined for any other id. */
  quote(document: string, id: string): KnownQuote | undefined {
    return QUOTE_ID.test(id) ? this.quotes.get(document)?.get(id) : undefined;
  }

  /** The absolute URL of a document's page, at a section, with a quote to highlight. */
  url(document: string, section?: string, quote?: string): string {
    return `${this.base}${sourcePath(document)}${quote ? `?quote=${quote}` : ''}${section ? `#${encodeURIComponent(section)}` : ''}`;
  }

  /** The link to a document's page, from its top. */
  forDocument(document: string): string | undefined {
    return this.library.sources.documents.has(document) ? this.url(document) : undefined;
  }

  /** The link for a pack citation; its quote, when it has one, is highlighted. */
  forSource(source: Source): string | undefined {
    // Kept like forCitation's (an action's card asks again for its source on every update); the leading
    // \u0001 keeps these keys apart from citation texts.
    const key = ['\u0001', source.document, source.section, ...(source.alsoSections ?? []), '\u0001', source.quote ?? ''].join('\u0000');
    return this.kept(key, () => {
      const found = this.resolve(source);
      return found && this.link(found, source.quote ? [source.quote] : []);
    });
  }

  /**
   * The link for a citation as a card prints it ("Stockport's Social Value Charter (2019), section 4.
   * Social Value through Procurement"); `shown` is what the card shows beside it (the rule, the quoted
   * passage): a quote in it from the cited section(s) is highlighted. Undefined for a label that is not
   * a citation of a known document.
   */
  forCitation(text: string, shown: ReadonlyArray<string | undefined> = []): string | undefined {
    return this.kept([text, ...shown].join('\u0000'), () => {
      const found = this.citations.get(text.trim());
      return found && this.link(found, shown);
    });
  }

  /** A link made once for its key; cards ask for the same few again and again. */
  private kept(key: string, make: () => string | undefined): string | undefined {
    let made = this.made.get(key);
    if (!made) {
      made = { link: make() };
      this.made.set(key, made);
    }
    return made.link;
  }

  private link(cited: Cited, shown: ReadonlyArray<string | undefined>): string {
    const known = this.quotes.get(cited.document);
    const inCited = (q: KnownQuote | undefined) => (q && cited.sections.includes(q.section) ? q : undefined);
    let quote: KnownQuote | undefined;
    for (const candidate of shown.filter((s): s is string => Boolean(s)).flatMap(quotedIn)) {
      quote = inCited(known?.get(quoteId(candidate)));
      // A list's item quoted after the sentence that introduces it ("… are to: … Complete year 2 …"):
      // the item is what is quoted.
      for (const s of quote ? [] : candidate.split(/\s…\s|(?<=:)\s+/).slice(1).reverse()) {
        quote = inCited(known?.get(quoteId(s)));
        if (quote) break;
      }
      // A quote shown with a list it introduces, or cut short: its first sentence that is known.
      for (const s of quote ? [] : sentencesOf(candidate)) {
        quote = inCited(known?.get(quoteId(s)));
        if (quote) break;
      }
      if (quote) break;
    }
    return this.url(cited.document, quote?.section ?? cited.sections[0], quote?.id);
  }
}
