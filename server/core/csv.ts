import { normalizeLineBreaks } from './line-breaks';

/**
 * CSV for Excel: UTF-8 with a byte-order mark (without it Excel on Windows
 * reads Chinese as GBK and shows mojibake), CRLF line ends, RFC 4180 quoting.
 * Cells that start like a formula are prefixed with ' so a description such
 * as "=HYPERLINK(...)" stays text (CSV injection). Every line-break form inside
 * a cell becomes one LF inside the quoted cell, so the only CRLF in the file is
 * the one between records.
 */
import { formatSheetTime } from '../../src/utils/format';

export const BOM = '\uFEFF';

/**
 * A time cell: Beijing local time "2026-12-03 16:15" (what staff read, and what
 * Excel takes as a date), never a UTC ISO instant. Every staff CSV uses it.
 */
export function csvTime(iso: string | null | undefined): string {
  return formatSheetTime(iso);
}

export type Cell = string | number | boolean | null | undefined;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text =
    typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : normalizeLineBreaks(String(value));
  if (typeof value === 'string' && /^[=+\-@\t\n]/.test(text)) text = `'${text}`;
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
