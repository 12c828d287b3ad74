/**
 * CSV for the organiser's spreadsheet. Excel on Chinese Windows reads a file
 * as GBK unless it starts with a UTF-8 byte-order mark, so the BOM is always
 * there; names typed by residents are neutralised so a cell like "=HYPERLINK(...)"
 * stays text instead of becoming a formula.
 */
export const BOM = '\uFEFF';

export type Cell = string | number | null | undefined;

export function toCsv(headers: string[], rows: Cell[][]): string {
  const lines = [headers, ...rows].map((row) => row.map(csvCell).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
