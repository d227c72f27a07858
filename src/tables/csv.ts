import { stringify } from 'csv-stringify/sync';

/**
 * RFC 4180 CSV with CRLF row ends: fields with a comma, quote or line break are quoted, quotes doubled; null is an
 * empty field. A bare line break inside a field is quoted too, which csv-stringify leaves alone under CRLF rows.
 */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return stringify(rows.map((row) => [...row]), { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}
