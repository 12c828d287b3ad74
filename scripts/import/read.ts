import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { KINDS, type ImportKind, type RowError, type SourceRow } from '../../server/domain/org/import';

/**
 * Reads the import formats of docs/import.md into rows that remember their
 * file and line: one JSON file with a key per kind, or CSV files named after
 * their kind (communities.csv, …), given one by one or as a folder.
 */

/** Columns each CSV kind accepts (a JSON row accepts the same names). */
export const COLUMNS: Record<ImportKind, string[]> = {
  district: ['name'],
  communities: ['id', 'name'],
  branches: ['id', 'name', 'community'],
  grids: ['id', 'name', 'branch', 'area'],
  address_rules: ['street', 'from', 'to', 'parity', 'grid'],
  partners: ['id', 'name', 'kind', 'description'],
  services: [
    'id',
    'partner',
    'name',
    'description',
    'mode',
    'minAge',
    'difficultyRequired',
    'quotaPerYear',
    'bookAheadDays',
    'minNoticeHours',
    'cancelCutoffHours',
  ],
};

export interface ReadResult {
  rows: SourceRow[];
  errors: RowError[];
}

export function readImportFiles(inputs: string[]): ReadResult {
  const rows: SourceRow[] = [];
  const errors: RowError[] = [];
  const files = inputs.flatMap((input) =>
    fs.existsSync(input) && fs.statSync(input).isDirectory()
      ? fs
          .readdirSync(input)
          .filter((n) => /\.(csv|json)$/i.test(n))
          .sort()
          .map((n) => path.join(input, n))
      : [input],
  );
  if (files.length === 0)
    errors.push({ file: inputs.join(' '), line: 0, kind: 'district', message: '没有找到 .csv 或 .json 文件' });
  for (const file of files) {
    const name = path.basename(file);
    if (!fs.existsSync(file)) {
      errors.push({ file: name, line: 0, kind: 'district', message: '文件不存在' });
      continue;
    }
    const content = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const result = /\.json$/i.test(file) ? readJson(name, content) : readCsv(name, content);
    rows.push(...result.rows);
    errors.push(...result.errors);
  }
  return { rows, errors };
}

function unknownColumns(kind: ImportKind, fields: string[]): string[] {
  return fields.filter((f) => !COLUMNS[kind].includes(f));
}

export function readCsv(file: string, content: string): ReadResult {
  const kind = path.basename(file, path.extname(file)) as ImportKind;
  if (!KINDS.includes(kind))
    return {
      rows: [],
      errors: [
        { file, line: 0, kind: 'district', message: `文件名须是 ${KINDS.map((k) => `${k}.csv`).join('、')} 之一` },
      ],
    };
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(content, {
      columns: (header: string[]) => header.map((h) => h.trim()),
      skip_empty_lines: true,
      trim: true,
      info: true,
      relax_column_count: false,
      bom: true,
    });
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 0;
    return { rows: [], errors: [{ file, line, kind, message: `CSV 格式错误：${(err as Error).message}` }] };
  }
  const header = content
    .split(/\r?\n/, 1)[0]
    .split(',')
    .map((h) => h.trim().replace(/^"|"$/g, ''));
  const extra = unknownColumns(kind, header);
  if (extra.length)
    return {
      rows: [],
      errors: [
        { file, line: 1, kind, message: `不认识的列：${extra.join('、')}（可用：${COLUMNS[kind].join('、')}）` },
      ],
    };
  // info.lines is the line a record ends on; a quoted cell may span lines, so the start is counted from the end.
  return {
    rows: records.map(({ record, info }) => ({ kind, file, line: info.lines - countBreaks(record), fields: record })),
    errors: [],
  };
}

function countBreaks(record: Record<string, string>): number {
  return Object.values(record).reduce((n, v) => n + (v.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
}

export function readJson(file: string, content: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (err) {
    const position = /position (\d+)/.exec((err as Error).message);
    const line = position ? lineAt(content, Number(position[1])) : 0;
    return {
      rows: [],
      errors: [{ file, line, kind: 'district', message: `JSON 格式错误：${(err as Error).message}` }],
    };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return {
      rows: [],
      errors: [{ file, line: 1, kind: 'district', message: `须是一个对象，键为 ${KINDS.join('、')}` }],
    };
  const lines = elementLines(content);
  const rows: SourceRow[] = [];
  const errors: RowError[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (!KINDS.includes(key as ImportKind)) {
      errors.push({
        file,
        line: lines.keys.get(key) ?? 1,
        kind: 'district',
        message: `不认识的键 ${key}（可用：${KINDS.join('、')}）`,
      });
      continue;
    }
    const kind = key as ImportKind;
    const items = kind === 'district' && !Array.isArray(value) ? [value] : value;
    if (!Array.isArray(items)) {
      errors.push({ file, line: lines.keys.get(key) ?? 1, kind, message: `${key} 须是数组` });
      continue;
    }
    items.forEach((item, i) => {
      const line =
        kind === 'district' && !Array.isArray(value)
          ? (lines.keys.get(key) ?? 1)
          : (lines.elements.get(key)?.[i] ?? lines.keys.get(key) ?? 1);
      if (!item || typeof item !== 'object' || Array.isArray(item)) {
        errors.push({ file, line, kind, message: '每一行须是一个对象' });
        return;
      }
      const extra = unknownColumns(kind, Object.keys(item));
      if (extra.length)
        errors.push({
          file,
          line,
          kind,
          message: `不认识的字段：${extra.join('、')}（可用：${COLUMNS[kind].join('、')}）`,
        });
      else rows.push({ kind, file, line, fields: item as Record<string, unknown> });
    });
  }
  return { rows, errors };
}

function lineAt(content: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < content.length; i++) if (content[i] === '\n') line++;
  return line;
}

/**
 * Where each top-level key and each element of a top-level array starts, by
 * line: a small scan over the (already valid) JSON text, tracking strings and depth.
 */
function elementLines(content: string): { keys: Map<string, number>; elements: Map<string, number[]> } {
  const keys = new Map<string, number>();
  const elements = new Map<string, number[]>();
  let depth = 0;
  let line = 1;
  let currentKey: string | null = null;
  let expectElement = false;
  for (let i = 0; i < content.length; i++) {
    const ch = content[i];
    if (ch === '\n') line++;
    if (ch === '"') {
      let j = i + 1;
      let value = '';
      while (j < content.length && content[j] !== '"') {
        if (content[j] === '\\') {
          value += content[j + 1];
          j += 2;
          continue;
        }
        value += content[j];
        j++;
      }
      if (depth === 1 && /^\s*:/.test(content.slice(j + 1, j + 20))) {
        currentKey = value;
        keys.set(value, line);
      } else if (depth === 2 && expectElement && currentKey) {
        elements.get(currentKey)?.push(line);
        expectElement = false;
      }
      i = j;
      continue;
    }
    if (ch === '{' || ch === '[') {
      if (depth === 2 && expectElement && currentKey) {
        elements.get(currentKey)?.push(line);
        expectElement = false;
      }
      depth++;
      if (depth === 2 && ch === '[' && currentKey) {
        elements.set(currentKey, []);
        expectElement = true;
      }
    } else if (ch === '}' || ch === ']') depth--;
    else if (ch === ',' && depth === 2) expectElement = true;
    else if (depth === 2 && expectElement && currentKey && /[0-9tfn-]/.test(ch)) {
      elements.get(currentKey)?.push(line);
      expectElement = false;
    }
  }
  return { keys, elements };
}
