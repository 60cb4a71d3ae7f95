/**
 * The building blocks of the Word (.docx) downloads, made with the `docx` library: real heading styles
 * (so Word's navigation pane and accessibility checker see the structure), tables whose first row is a
 * repeated header row, text only (no images), UK English, and the document's title in its properties.
 * Text goes into Word as text runs, never as markup, so an officer's Markdown, '<', '&' or emoji stay
 * exactly as typed.
 */
import {
  BorderStyle,
  Document,
  ExternalHyperlink,
  Header,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';

export type Block = Paragraph | Table;

/** A cell's content: plain text, or text with a link (a citation to its source page). */
export type CellText = string | { text: string; url?: string };

const FONT = 'Arial';
const SIZE = 22; // half-points: 11 pt

/** Runs for a text; line breaks in it are kept as breaks. */
function runs(text: string, bold = false): TextRun[] {
  return text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, bold, ...(i > 0 ? { break: 1 } : {}) }));
}

function content(c: CellText, bold = false): ParagraphChild[] {
  if (typeof c === 'string') return runs(c, bold);
  if (!c.url) return runs(c.text, bold);
  return [new ExternalHyperlink({ link: c.url, children: [new TextRun({ text: c.text, style: 'Hyperlink', bold })] })];
}

export const heading = (text: string, level: 1 | 2 | 3 = 2) =>
  new Paragraph({ heading: level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, children: runs(text) });

export const para = (text: CellText, opts: { bold?: boolean } = {}) => new Paragraph({ children: content(text, opts.bold), spacing: { after: 120 } });

/** "Label: value" with the label in bold. */
export const labelled = (label: string, value: string) => new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), ...runs(value)], spacing: { after: 60 } });

export const bullets = (items: readonly CellText[]) => items.map((item) => new Paragraph({ children: content(item), bullet: { level: 0 } }));

const border = { style: BorderStyle.SINGLE, size: 4, color: '8A8A8A' };
const borders = { top: border, bottom: border, left: border, right: border };

/**
 * A table with a header row that repeats on every page. `widths`: each column's share of the width, in
 * percent.
 */
export function table(header: readonly string[], rows: ReadonlyArray<readonly CellText[]>, widths?: readonly number[]): Table {
  const width = (i: number) => (widths?.[i] !== undefined ? { size: widths[i]!, type: WidthType.PERCENTAGE } : undefined);
  const cell = (c: CellText, i: number, head: boolean) =>
    new TableCell({
      children: [new Paragraph({ children: content(c, head) })],
      borders,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      ...(head ? { shading: { fill: 'E7E6E6' } } : {}),
      ...(width(i) ? { width: width(i)! } : {}),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

/** Item | Answer: facts as the cards show them. */
export const factTable = (facts: ReadonlyArray<{ title: string; value: string }>, header: [string, string] = ['Item', 'Answer']) =>
  table(
    header,
    facts.map((f) => [f.title, f.value]),
    [35, 65],
  );

/** A little space after a table, so the next heading does not touch it. */
export const gap = () => new Paragraph({ children: [] });

export interface WordDocument {
  /** the document's title: its properties and its first heading */
  title: string;
  /** shown at the top of every page */
  header: string;
  description: string;
  blocks: Block[];
}

/** The .docx file's bytes. */
export async function wordFile(doc: WordDocument): Promise<Buffer> {
  const document = new Document({
    title: doc.title,
    description: doc.description,
    creator: 'Social Value Assistant',
    lastModifiedBy: 'Social Value Assistant',
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE, language: { value: 'en-GB' } } },
        heading1: { run: { font: FONT, size: 36, bold: true, color: '1B1B1B' }, paragraph: { spacing: { before: 240, after: 160 } } },
        heading2: { run: { font: FONT, size: 28, bold: true, color: '1B1B1B' }, paragraph: { spacing: { before: 320, after: 120 } } },
        heading3: { run: { font: FONT, size: 24, bold: true, color: '1B1B1B' }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: doc.header, color: '505A5F' })] })] }) },
        children: [heading(doc.title, 1), ...doc.blocks],
      },
    ],
  });
  return Packer.toBuffer(document);
}
