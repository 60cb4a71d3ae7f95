/**
 * Reads a Word (.docx) file as a person reads it, for tests: its paragraphs and table cells from
 * word/document.xml, its headings with their levels, its tables (rows of cell texts, header rows
 * marked), its page header and its properties.
 */
import { readZip } from './zip.js';

const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-f]+));/gi, (_, name: string, dec?: string, hex?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[name]!,
  );

/** The text of one paragraph (<w:p>): its runs, with breaks and tabs. */
function paragraphText(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)) {
    out += m[1] !== undefined ? unescapeXml(m[1]) : m[0] === '<w:tab/>' ? '\t' : '\n';
  }
  return out;
}

const paragraphs = (xml: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);

export interface WordDocumentText {
  /** every paragraph, tables' cells included, in order */
  paragraphs: string[];
  headings: { level: number; text: string }[];
  tables: { header: boolean[]; rows: string[][] }[];
  /** the page header's text */
  header: string;
  /** docProps/core.xml */
  title: string;
  /** word/document.xml itself */
  xml: string;
  files: Map<string, Buffer>;
}

export function readDocx(bytes: Buffer): WordDocumentText {
  const files = readZip(bytes);
  const xml = files.get('word/document.xml')?.toString('utf8');
  if (!xml) throw new Error('not a Word document: no word/document.xml');
  const ps = paragraphs(xml);
  const headings = ps.flatMap((p) => {
    const level = /<w:pStyle w:val="(?:Heading|Title)(\d?)"\/>/.exec(p);
    return level ? [{ level: Number(level[1] || 0), text: paragraphText(p) }] : [];
  });
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) => {
    const rows = [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) => r[0]);
    return {
      header: rows.map((r) => /<w:tblHeader\/>/.test(r)),
      rows: rows.map((r) => [...r.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).map(paragraphText).join('\n'))),
    };
  });
  const headerXml = [...files.entries()].filter(([name]) => /^word\/header\d*\.xml$/.test(name)).map(([, data]) => data.toString('utf8')).join('');
  const core = files.get('docProps/core.xml')?.toString('utf8') ?? '';
  return {
    paragraphs: ps.map(paragraphText),
    headings,
    tables,
    header: paragraphs(headerXml).map(paragraphText).join('\n'),
    title: unescapeXml(/<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] ?? ''),
    xml,
    files,
  };
}

/** All the document's text, a paragraph a line. */
export function documentText(bytes: Buffer): string {
  return readDocx(bytes).paragraphs.join('\n');
}
