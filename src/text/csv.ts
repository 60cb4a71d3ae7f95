/**
 * CSV as a spreadsheet opens it safely: RFC 4180 through csv-stringify, CRLF line ends, a byte-order
 * mark so Excel reads UTF-8 (notes carry £ and curly quotes), and no cell a spreadsheet would run as
 * a formula (CSV injection: a leading = + - @ tab or CR gets an apostrophe).
 */
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

function safe(v: CsvCell): string {
  const s = v === null || v === undefined ? '' : String(v);
  return FORMULA_START.test(s) ? `'${s}` : s;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return stringify(
    rows.map((r) => r.map(safe)),
    // A lone \n or \r is quoted too: csv-stringify quotes only the record delimiter itself (\r\n).
    { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
}
