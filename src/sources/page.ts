/**
 * A council document as an accessible web page, the page every "Source:" link opens: its title, council
 * and date, a list of its sections, and its text with a heading and an anchor per section (the slugs of
 * data/sources/index.json). The text is the document's own, as data/sources/ holds it; every character
 * of it is escaped, and the page has no script. With a known quote, the quoted words are wrapped in
 * <mark> (the first with id="quote") where they stand in the text.
 *
 * Nothing a visitor sends is written on the page: the quote comes from SourceLinks' list of known
 * quotes, looked up by id.
 */
import { createHash } from 'node:crypto';
import type { SourceDocument, SourceSection } from '../policy/sources.js';
import { splitLines, plainWords } from '../policy/sources.js';
import type { KnownQuote } from './links.js';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The page's only style sheet, inline and allowed by its hash in the Content-Security-Policy. */
export const PAGE_CSS = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #505a5f; --accent: #0e6b5e; --mark: #ffdd00; }
* { box-sizing: border-box; }
body { margin: 0; font: 1.0625rem/1.55 "Segoe UI", system-ui, -apple-system, sans-serif; color: var(--ink); background: #fff; }
.skip { position: absolute; left: -999em; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; outline: 3px solid var(--accent); }
header, main { max-width: 48rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; border-bottom: 1px solid #b1b4b6; }
.kicker { margin: 0; color: var(--muted); font-size: .9375rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: .25rem 0 1rem; }
h2 { font-size: 1.3125rem; line-height: 1.3; margin: 2.25rem 0 .75rem; scroll-margin-top: 1rem; }
h2:target { color: var(--accent); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0 0 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
.note { border-left: 5px solid var(--accent); padding: .5rem .75rem; background: #f3f2f1; }
nav ol { padding-left: 1.5rem; }
a { color: #1d70b8; }
a:focus { outline: 3px solid var(--mark); background: var(--mark); color: var(--ink); }
p, li { max-width: 44rem; }
mark { background: var(--mark); color: var(--ink); padding: 0 .1em; box-shadow: 0 0 0 2px var(--mark); }
table { border-collapse: collapse; margin: 1rem 0; font-size: .9375rem; }
th, td { border: 1px solid #b1b4b6; padding: .375rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f2f1; }
footer { max-width: 48rem; margin: 3rem auto 2rem; padding: 0 1.25rem; color: var(--muted); font-size: .875rem; }
`;

/** The Content-Security-Policy the page is served with: no script at all, only its own style sheet. */
export const PAGE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(PAGE_CSS).digest('base64')}'; img-src 'none'; base-uri 'none'; form-action 'none'`;

// ---------------------------------------------------------------------------------------------------
// Finding the quote in the text

/**
 * Where `quote` stands in `text`, as the citation check compares words: emphasis markers, line breaks
 * and typographic quotes do not count (see plainWords). [start, end) offsets into `text`.
 */
export function locate(text: string, quote: string): [number, number] | undefined {
  const norm: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text[i]!;
    if (c === '*' || c === '_') continue;
    if (/\s/.test(c)) {
      if (norm.length === 0 || norm[norm.length - 1] === ' ') continue;
      c = ' ';
    } else if (c === '’' || c === '‘') c = "'";
    else if (c === '“' || c === '”') c = '"';
    const lower = c.toLowerCase();
    norm.push(lower.length === 1 ? lower : c);
    at.push(i);
  }
  // The quote normalised as the verbatim check normalises it.
  const wanted = plainWords(quote);
  if (!wanted) return undefined;
  const i = norm.join('').indexOf(wanted);
  if (i < 0) return undefined;
  return [at[i]!, at[i + wanted.length - 1]! + 1];
}

// ---------------------------------------------------------------------------------------------------
// Rendering

interface Highlight {
  range: [number, number] | undefined;
  /** the first <mark> carries id="quote" */
  first: boolean;
}

/** `text` (from `offset` in the section) escaped, with the part inside the highlight marked. */
function marked(text: string, offset: number, h: Highlight): string {
  const [start, end] = h.range ?? [0, 0];
  const from = Math.max(start - offset, 0);
  const to = Math.min(end - offset, text.length);
  if (!h.range || from >= to) return escapeHtml(text);
  const id = h.first ? ' id="quote"' : '';
  h.first = false;
  return `${escapeHtml(text.slice(0, from))}<mark${id}>${escapeHtml(text.slice(from, to))}</mark>${escapeHtml(text.slice(to))}`;
}

/** A line's text with **bold** and *emphasis* as the text files mark them, from `offset` in the section. */
function inline(text: string, offset: number, h: Highlight): string {
  const out: string[] = [];
  const open: string[] = [];
  const singles = (text.replace(/\*\*/g, '').match(/\*/g) ?? []).length;
  let run = '';
  let runStart = 0;
  const flush = (i: number) => {
    if (run) out.push(marked(run, offset + runStart, h));
    run = '';
    runStart = i;
  };
  for (let i = 0; i < text.length; ) {
    const tag = text.startsWith('**', i) ? 'strong' : text[i] === '*' && singles % 2 === 0 ? 'em' : undefined;
    if (!tag) {
      if (!run) runStart = i;
      run += text[i];
      i += 1;
      continue;
    }
    flush(i);
    if (open.at(-1) === tag) {
      open.pop();
      out.push(`</${tag}>`);
    } else {
      open.push(tag);
      out.push(`<${tag}>`);
    }
    i += tag === 'strong' ? 2 : 1;
    runStart = i;
  }
  flush(text.length);
  while (open.length) out.push(`</${open.pop()}>`);
  return out.join('');
}

type Line = { text: string; offset: number };

/** The section's body: paragraphs, bullet lists and tab-separated tables, each line as the file has it. */
function body(lines: Line[], h: Highlight): string {
  const out: string[] = [];
  let i = 0;
  const bullet = /^(\s*[-•]\s+)/;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.text.trim() === '') {
      i += 1;
      continue;
    }
    if (bullet.test(line.text)) {
      const items: string[] = [];
      while (i < lines.length && bullet.test(lines[i]!.text)) {
        const l = lines[i]!;
        const marker = bullet.exec(l.text)![1]!.length;
        items.push(`<li>${inline(l.text.slice(marker), l.offset + marker, h)}</li>`);
        i += 1;
      }
      out.push(`<ul>\n${items.join('\n')}\n</ul>`);
      continue;
    }
    if (line.text.includes('\t')) {
      const rows: string[] = [];
      let header = true;
      while (i < lines.length && lines[i]!.text.includes('\t')) {
        const l = lines[i]!;
        const cells: string[] = [];
        let pos = 0;
        for (const cell of l.text.split('\t')) {
          const lead = cell.length - cell.trimStart().length;
          const tag = header ? 'th scope="col"' : 'td';
          cells.push(`<${tag}>${inline(cell.trim(), l.offset + pos + lead, h)}</${tag.split(' ')[0]}>`);
          pos += cell.length + 1;
        }
        // Trailing empty cells are the layout of the extraction, not columns.
        while (cells.length > 1 && /^<t[hd][^>]*><\/t[hd]>$/.test(cells.at(-1)!)) cells.pop();
        rows.push(`<tr>${cells.join('')}</tr>`);
        header = false;
        i += 1;
      }
      out.push(`<table>\n${rows.join('\n')}\n</table>`);
      continue;
    }
    const lead = line.text.length - line.text.trimStart().length;
    out.push(`<p>${inline(line.text.trim(), line.offset + lead, h)}</p>`);
    i += 1;
  }
  return out.join('\n');
}

/** The section's lines with their offsets in its text; the heading line is left out when it stands alone. */
function sectionLines(section: SourceSection): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const text of splitLines(section.text)) {
    lines.push({ text, offset });
    offset += text.length + 1;
  }
  const first = lines.findIndex((l) => l.text.trim() !== '');
  // The paragraphs leave the heading line out when it is a line of its own.
  const standsAlone = first >= 0 && !(section.paragraphs[0] ?? '').startsWith(lines[first]!.text.trim());
  return standsAlone ? lines.filter((_, i) => i !== first) : lines;
}

export interface PageOptions {
  /** "Stockport Metropolitan Borough Council" */
  councilName: string;
  /** the quote to highlight, from SourceLinks.quote */
  quote?: KnownQuote;
}

const DATE_WORDS = (date: string) => {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
};

export function renderSourcePage(doc: SourceDocument, opts: PageOptions): string {
  const quote = opts.quote && opts.quote.document === doc.id ? opts.quote : undefined;
  const quoted = quote ? doc.sections.find((s) => s.id === quote.section) : undefined;
  const facts: [string, string][] = [
    ['Council', opts.councilName],
    ['Date', DATE_WORDS(doc.date)],
    ...(doc.period ? [['Period', doc.period] as [string, string]] : []),
    ...(doc.currency ? [['How current', doc.currency] as [string, string]] : []),
  ];
  let found = false;
  const sections = doc.sections.map((s) => {
    const range = quote && s === quoted ? locate(s.text, quote.text) : undefined;
    if (range) found = true;
    const h: Highlight = { range, first: true };
    return [`<section aria-labelledby="${escapeHtml(s.id)}">`, `<h2 id="${escapeHtml(s.id)}">${escapeHtml(s.heading)}</h2>`, body(sectionLines(s), h), '</section>'].join('\n');
  });
  const title = escapeHtml(doc.title);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} – source document</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<a class="skip" href="#text">Skip to the text</a>
<header>
<p class="kicker">Source document · Social Value Assistant</p>
<h1>${title}</h1>
<dl>
${facts.map(([t, v]) => `<dt>${escapeHtml(t)}</dt><dd>${escapeHtml(v)}</dd>`).join('\n')}
</dl>
<p>The text as the bot holds it, copied from the published document, with its sections as the bot cites them.</p>
${found && quoted ? `<p class="note">The highlighted words in <a href="#${escapeHtml(quoted.id)}">${escapeHtml(quoted.heading)}</a> are the ones the bot quoted. <a href="#quote">Go to the highlighted words</a>.</p>\n` : ''}<nav aria-labelledby="sections">
<h2 id="sections">Sections</h2>
<ol>
${doc.sections.map((s) => `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.heading)}</a></li>`).join('\n')}
</ol>
</nav>
</header>
<main id="text">
${sections.join('\n')}
</main>
<footer><p>${title}, ${escapeHtml(opts.councilName)}. The council's published document is the authoritative version.</p></footer>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------------
// Serving

export interface SourcePage {
  html: string;
  /** a strong validator of the page's bytes */
  etag: string;
}

/**
 * The pages of a library's documents, rendered once per document and quote (at most a few thousand:
 * the known quotes), so a page is the same bytes for every visitor and can be cached anywhere.
 */
export class SourcePages {
  private readonly cache = new Map<string, SourcePage>();
  private static readonly MAX_CACHED = 500;

  constructor(
    private readonly documents: ReadonlyMap<string, SourceDocument>,
    private readonly councilName: (council: string) => string,
    private readonly quote: (document: string, id: string) => KnownQuote | undefined,
  ) {}

  /** The page, or undefined for an unknown document. A quote id that is not a known quote is ignored. */
  get(document: string, quoteId?: string): SourcePage | undefined {
    const doc = this.documents.get(document);
    if (!doc) return undefined;
    const quote = quoteId ? this.quote(doc.id, quoteId) : undefined;
    const key = `${doc.id}?${quote?.id ?? ''}`;
    let page = this.cache.get(key);
    if (!page) {
      const html = renderSourcePage(doc, { councilName: this.councilName(doc.council), ...(quote ? { quote } : {}) });
      page = { html, etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"` };
      if (this.cache.size >= SourcePages.MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, page);
    }
    return page;
  }
}
