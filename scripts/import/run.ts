import { applyImport, planImport, type ImportKind, type RowError } from '../../server/domain/org/import';
import type { DocumentStore } from '../../server/store/port';
import { readImportFiles } from './read';

export interface ImportReport {
  errors: RowError[];
  /** Documents written (or, in a dry run, that would be written). */
  written: number;
  unchanged: number;
  counts: Record<ImportKind, number> | null;
  dryRun: boolean;
}

/** Reads, checks everything, then writes (unless a dry run or any error): what `npm run import` does, for any store. */
export async function runImport(
  store: DocumentStore,
  inputs: string[],
  options: { dryRun: boolean; now?: Date },
): Promise<ImportReport> {
  const read = readImportFiles(inputs);
  const { errors, plan } = await planImport(store, read.rows, options.now ?? new Date());
  const all = [...read.errors, ...errors].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  if (all.length || !plan) return { errors: all, written: 0, unchanged: 0, counts: null, dryRun: options.dryRun };
  const written = options.dryRun ? plan.writes.length : await applyImport(store, plan);
  return { errors: [], written, unchanged: plan.unchanged, counts: plan.counts, dryRun: options.dryRun };
}

export function formatReport(report: ImportReport): string {
  if (report.errors.length) {
    return [
      `发现 ${report.errors.length} 处错误，没有写入任何数据：`,
      ...report.errors.map((e) => `  ${e.file}${e.line ? `:${e.line}` : ''}  [${e.kind}] ${e.message}`),
    ].join('\n');
  }
  const counts = Object.entries(report.counts ?? {})
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join('，');
  return `${report.dryRun ? '试运行（--dry-run），没有写入：' : '导入完成：'}读到 ${counts || '0 行'}；${report.dryRun ? '将写入' : '写入'} ${report.written} 条，${report.unchanged} 条与数据库一致未改动。`;
}
