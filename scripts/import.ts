import { COLLECTIONS } from '../server/collections';
import type { DocumentStore } from '../server/store/port';
import { withRetries } from '../server/store/retrying';
import { SqliteStore } from '../server/store/sqlite';
import { readConfig } from '../runtime/config';
import { formatReport, runImport } from './import/run';

/**
 * `npm run import -- <file or folder>… [--dry-run] [--target sqlite|cloudbase]`:
 * loads the real organisation (docs/import.md). The local database (HUDAO_DB)
 * by default; `--target cloudbase` writes to ENV_ID with TCB_SECRET_ID/KEY.
 */
async function openStore(target: string): Promise<{ store: DocumentStore; close: () => Promise<void>; where: string }> {
  if (target === 'sqlite') {
    const config = readConfig();
    const store = new SqliteStore(config.dbFile, { collections: COLLECTIONS });
    return { store: withRetries(store), close: () => store.close(), where: config.dbFile };
  }
  const { ENV_ID, TCB_SECRET_ID, TCB_SECRET_KEY } = process.env;
  if (!ENV_ID || !TCB_SECRET_ID || !TCB_SECRET_KEY)
    throw new Error('--target cloudbase 需要 ENV_ID、TCB_SECRET_ID 和 TCB_SECRET_KEY（见 docs/deploy.md）');
  const [{ default: tcb }, { CloudbaseStore }] = await Promise.all([
    import('@cloudbase/node-sdk'),
    import('../server/store/cloudbase'),
  ]);
  const app = tcb.init({ env: ENV_ID, secretId: TCB_SECRET_ID, secretKey: TCB_SECRET_KEY });
  return {
    store: withRetries(new CloudbaseStore(app.database() as never)),
    close: async () => undefined,
    where: `CloudBase ${ENV_ID}`,
  };
}

async function main(argv: string[]): Promise<number> {
  const inputs: string[] = [];
  let dryRun = false;
  let target = 'sqlite';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dry-run') dryRun = true;
    else if (argv[i] === '--target') target = argv[++i];
    else if (argv[i].startsWith('--'))
      throw new Error(`不认识的参数 ${argv[i]}（可用：--dry-run、--target sqlite|cloudbase）`);
    else inputs.push(argv[i]);
  }
  if (inputs.length === 0)
    throw new Error(
      '用法：npm run import -- <文件或文件夹>… [--dry-run] [--target sqlite|cloudbase]（格式见 docs/import.md）',
    );
  if (target !== 'sqlite' && target !== 'cloudbase') throw new Error('--target 只能是 sqlite 或 cloudbase');
  const { store, close, where } = await openStore(target);
  try {
    const report = await runImport(store, inputs, { dryRun });
    console.log(`目标：${where}`);
    console.log(formatReport(report));
    return report.errors.length ? 1 : 0;
  } finally {
    await close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('导入失败:', err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
