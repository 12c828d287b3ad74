import { backupDatabase } from '../runtime/backup';
import { readConfig } from '../runtime/config';

/**
 * `npm run backup [-- --keep N] [-- --dir D]`: a consistent copy of the live
 * database (safe while `npm start` serves), checked, old copies rotated.
 * Settings: HUDAO_DB, BACKUP_DIR, BACKUP_KEEP (docs/deploy.md).
 */
async function main(argv: string[]): Promise<void> {
  const config = readConfig();
  let keep = config.backupKeep;
  let dir = config.backupDir;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--keep') keep = Number(argv[++i]);
    else if (argv[i] === '--dir') dir = argv[++i];
    else throw new Error(`不认识的参数 ${argv[i]}（可用：--keep N, --dir 目录）`);
  }
  const result = await backupDatabase(config.dbFile, dir, { keep });
  console.log(
    `已备份 ${config.dbFile}\n  -> ${result.file}（${(result.bytes / 1024).toFixed(0)} KB，已通过完整性检查）`,
  );
  if (result.removed.length) console.log(`按保留 ${keep} 份的设置删除了较早的备份：\n  ${result.removed.join('\n  ')}`);
}

main(process.argv.slice(2)).catch((err) => {
  console.error('备份失败:', err instanceof Error ? err.message : err);
  process.exit(1);
});
