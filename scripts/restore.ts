import path from 'node:path';
import { restoreDatabase } from '../runtime/backup';
import { readConfig } from '../runtime/config';

/**
 * `npm run restore -- <backup file>`: checks the backup (integrity, the shape
 * of every collection, valid documents) and only then replaces HUDAO_DB. The
 * runtime must be stopped; the replaced file is kept beside it.
 */
async function main(argv: string[]): Promise<void> {
  const file = argv[0];
  if (!file || argv.length > 1) throw new Error('用法：npm run restore -- <备份文件>');
  const config = readConfig();
  const result = await restoreDatabase(path.resolve(file), config.dbFile);
  console.log(`已用 ${file} 恢复 ${config.dbFile}（${result.check.documents} 条记录，已通过完整性检查）`);
  if (result.previous) console.log(`恢复前的数据库保存在 ${result.previous}`);
  if (result.check.missing.length)
    console.log(`备份里没有这些集合，启动时会建成空的：${result.check.missing.join(', ')}`);
  console.log('现在可以运行 npm start。');
}

main(process.argv.slice(2)).catch((err) => {
  console.error('恢复失败:', err instanceof Error ? err.message : err);
  process.exit(1);
});
