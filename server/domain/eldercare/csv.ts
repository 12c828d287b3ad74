/**
 * CSV for Excel users: UTF-8 with a byte-order mark (without it Excel on
 * Windows reads Chinese as GBK and shows mojibake), CRLF line ends, quotes
 * where needed, and a leading apostrophe on cells that a spreadsheet would
 * otherwise run as a formula (=, +, -, @).
 */
export const BOM = '\uFEFF';

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Array<Array<string | number | null | undefined>>): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
