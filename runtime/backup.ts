import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { COLLECTIONS } from '../server/collections';

/**
 * Backups of the embedded store (see docs/deploy.md, "Backups"):
 *
 * - `backupDatabase` copies the live database with SQLite's online backup
 *   while the runtime keeps serving. The copy is taken in one step from one
 *   read snapshot (WAL: writers are not blocked), so it is consistent even
 *   under a burst of writes; a copy made in several steps would restart each
 *   time another connection writes. Each copy is checked, then old copies
 *   beyond `keep` are removed.
 * - `checkDatabaseFile` is what restore and the start-up check rely on:
 *   integrity, the table shape of every collection, valid JSON documents.
 * - `restoreDatabase` checks the file first and changes nothing when it is bad.
 */

export const BACKUP_NAME = /^hudao-\d{8}T\d{9}Z\.sqlite$/;

export interface BackupResult {
  file: string;
  bytes: number;
  removed: string[];
}

function stamp(now: Date): string {
  // 2026-11-30T09:15:02.123Z -> 20261130T091502123Z: sorts by time, safe in every file system.
  return now.toISOString().replace(/[-:.]/g, '');
}

export async function backupDatabase(
  dbFile: string,
  dir: string,
  options: { keep: number; now?: Date },
): Promise<BackupResult> {
  if (!fs.existsSync(dbFile)) throw new Error(`没有找到数据库文件 ${dbFile}`);
  if (!Number.isInteger(options.keep) || options.keep < 1) throw new Error('keep 须为不小于 1 的整数');
  fs.mkdirSync(dir, { recursive: true });
  let now = options.now ?? new Date();
  let file = path.join(dir, `hudao-${stamp(now)}.sqlite`);
  while (fs.existsSync(file)) {
    now = new Date(now.getTime() + 1);
    file = path.join(dir, `hudao-${stamp(now)}.sqlite`);
  }
  const partial = `${file}.partial`;
  const source = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(partial, { progress: () => Number.MAX_SAFE_INTEGER });
  } finally {
    source.close();
  }
  selfContained(partial);
  const check = checkDatabaseFile(partial);
  if (!check.ok) {
    fs.rmSync(partial, { force: true });
    throw new Error(`备份副本未通过检查，已删除：${check.problems.join('；')}`);
  }
  fs.renameSync(partial, file);
  return { file, bytes: fs.statSync(file).size, removed: rotate(dir, options.keep) };
}

/**
 * One run of the runtime's scheduled backup (BACKUP_INTERVAL_MINUTES): never
 * throws, so a failed copy (disk full) cannot stop the runtime; it says so in
 * one JSON log line instead.
 */
export async function scheduledBackup(
  dbFile: string,
  dir: string,
  keep: number,
  write: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
): Promise<void> {
  try {
    const result = await backupDatabase(dbFile, dir, { keep });
    write(
      JSON.stringify({
        time: new Date().toISOString(),
        level: 'info',
        event: 'backup',
        file: path.basename(result.file),
        bytes: result.bytes,
        removed: result.removed.length,
      }),
    );
  } catch (err) {
    write(
      JSON.stringify({
        time: new Date().toISOString(),
        level: 'error',
        event: 'backup',
        message: err instanceof Error ? err.message : String(err),
      }),
    );
  }
}

/**
 * A copy of a WAL database is in WAL mode too, and every later open would
 * leave -wal and -shm files beside it. Backups are single files: rollback journal.
 */
function selfContained(file: string): void {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/** Keeps the newest `keep` backups (by the time in their names); returns the files removed. */
export function rotate(dir: string, keep: number): string[] {
  const backups = listBackups(dir);
  const removed = backups.slice(0, Math.max(0, backups.length - keep));
  for (const file of removed) fs.rmSync(file, { force: true });
  return removed;
}

/** Backups in a folder, oldest first. */
export function listBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => BACKUP_NAME.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

export interface FileCheck {
  ok: boolean;
  problems: string[];
  /** Known collections the file has no table for (created empty on start: a backup from before a job existed). */
  missing: string[];
  documents: number;
}

/**
 * Full check of a database file without changing it: SQLite's integrity check,
 * every table of a known collection shaped (id, doc), every document valid JSON,
 * and at least the users and org_units collections present.
 */
export function checkDatabaseFile(file: string, mode: 'full' | 'quick' = 'full'): FileCheck {
  const problems: string[] = [];
  if (!fs.existsSync(file)) return { ok: false, problems: [`文件不存在：${file}`], missing: [], documents: 0 };
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma(mode === 'full' ? 'integrity_check' : 'quick_check') as Array<Record<string, string>>;
    const verdict = rows.map((r) => Object.values(r)[0]);
    if (verdict.length !== 1 || verdict[0] !== 'ok')
      problems.push(`SQLite 完整性检查未通过：${verdict.slice(0, 5).join('；')}`);
    if (mode === 'quick') return { ok: problems.length === 0, problems, missing: [], documents: 0 };
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map(
        (r) => r.name,
      ),
    );
    const missing = COLLECTIONS.map((c) => c.name).filter((name) => !tables.has(name));
    for (const required of ['users', 'org_units'])
      if (!tables.has(required)) problems.push(`缺少集合 ${required}：这不是党群e家的数据库`);
    let documents = 0;
    for (const spec of COLLECTIONS) {
      if (!tables.has(spec.name)) continue;
      const columns = (db.prepare(`PRAGMA table_info(${quote(spec.name)})`).all() as Array<{ name: string }>)
        .map((c) => c.name)
        .sort();
      if (columns.join(',') !== 'doc,id') {
        problems.push(`集合 ${spec.name} 的表结构不对（${columns.join(', ')}）`);
        continue;
      }
      const counts = db
        .prepare(`SELECT count(*) AS n, sum(json_valid(doc) = 0) AS bad FROM ${quote(spec.name)}`)
        .get() as { n: number; bad: number | null };
      documents += counts.n;
      if (counts.bad) problems.push(`集合 ${spec.name} 有 ${counts.bad} 条记录不是有效的 JSON`);
    }
    return { ok: problems.length === 0, problems, missing, documents };
  } catch (err) {
    problems.push(`无法读取：${err instanceof Error ? err.message : String(err)}`);
    return { ok: false, problems, missing: [], documents: 0 };
  } finally {
    db?.close();
  }
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

/** The runtime writes its pid beside the database while it serves, so restore can refuse to pull the file from under it. */
export function pidFile(dbFile: string): string {
  return `${dbFile}.pid`;
}

export function runningPid(dbFile: string): number | null {
  try {
    const pid = Number(fs.readFileSync(pidFile(dbFile), 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 0) return null;
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

export interface RestoreResult {
  restored: string;
  /** The database as it was before, kept so a wrong restore can be undone. */
  previous: string | null;
  check: FileCheck;
}

/**
 * Replaces the database with a backup: checks the backup first (a bad one
 * changes nothing), refuses while a runtime serves the file, keeps the
 * current file beside it, then swaps the checked copy in with one rename.
 */
export async function restoreDatabase(backupFile: string, dbFile: string, now = new Date()): Promise<RestoreResult> {
  const check = checkDatabaseFile(backupFile);
  if (!check.ok)
    throw new RestoreRefused(
      `备份文件 ${backupFile} 未通过检查，数据库没有任何改动：\n  - ${check.problems.join('\n  - ')}`,
    );
  const pid = runningPid(dbFile);
  if (pid !== null)
    throw new RestoreRefused(`运行中的党群e家（进程 ${pid}）正在使用 ${dbFile}：请先停止它（Ctrl-C），再恢复。`);
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  let previous: string | null = null;
  if (fs.existsSync(dbFile)) {
    previous = `${dbFile}.before-restore-${stamp(now)}`;
    const current = new Database(dbFile, { readonly: true, fileMustExist: true });
    try {
      await current.backup(previous, { progress: () => Number.MAX_SAFE_INTEGER });
    } finally {
      current.close();
    }
    selfContained(previous);
  }
  const incoming = `${dbFile}.restoring`;
  fs.copyFileSync(backupFile, incoming);
  const again = checkDatabaseFile(incoming);
  if (!again.ok) {
    fs.rmSync(incoming, { force: true });
    throw new RestoreRefused(`复制后的文件未通过检查，数据库没有任何改动：${again.problems.join('；')}`);
  }
  // The old WAL belongs to the old file: left in place, SQLite would replay it onto the restored one.
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${dbFile}${suffix}`, { force: true });
  fs.renameSync(incoming, dbFile);
  return { restored: dbFile, previous, check };
}

export class RestoreRefused extends Error {}

/** Thrown at start when the quick check fails, with what to do about it. */
export class DatabaseDamaged extends Error {}

/**
 * The start-up check: SQLite's quick_check on an existing file. A damaged
 * database stops the start with plain instructions instead of serving errors.
 */
export function assertDatabaseHealthy(dbFile: string, backupDir: string): void {
  if (!fs.existsSync(dbFile)) return;
  const check = checkDatabaseFile(dbFile, 'quick');
  if (check.ok) return;
  const latest = listBackups(backupDir).at(-1);
  throw new DatabaseDamaged(
    [
      `数据库文件已损坏：${dbFile}`,
      ...check.problems.map((p) => `  - ${p}`),
      '怎么办：',
      '  1. 不要删除这个文件（留给排查）；先把它复制到别处。',
      latest
        ? `  2. 用最近的备份恢复：npm run restore -- ${latest}`
        : `  2. 用最近的备份恢复：npm run restore -- <备份文件>（备份目录 ${backupDir} 里没有找到备份）`,
      '  3. 再运行 npm start。恢复前会检查备份文件，坏的备份不会被使用。',
    ].join('\n'),
  );
}
