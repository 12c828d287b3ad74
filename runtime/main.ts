import { runDueJobs } from '../server/jobs';
import { PERSONAS } from '../seed/hudao';
import { DEMO_OPEN311_KEY } from '../seed/issues';
import fs from 'node:fs';
import { pidFile, scheduledBackup } from './backup';
import { readConfig } from './config';
import { ensureH5Build } from './h5-build';
import { launchRuntime } from './launch';
import { stdoutSink } from './request-log';

/** `npm start`: build the app if needed, open and seed the database, serve, run timers. */
async function main(): Promise<void> {
  const config = readConfig();
  if (process.env.SKIP_H5_BUILD !== '1') ensureH5Build(config.staticDir);

  const runtime = await launchRuntime({
    dbFile: config.dbFile,
    port: config.port,
    host: config.host,
    tokenSecret: config.tokenSecret,
    demoLogin: config.demoLogin,
    production: config.production,
    backupDir: config.backupDir,
    staticDir: config.staticDir,
    rateLimits: config.rateLimits,
    requestLog: config.requestLog ? stdoutSink : undefined,
    trustProxy: config.trustProxy,
  });
  const url = runtime.url.replace('127.0.0.1', 'localhost');
  // `npm run restore` refuses to replace the file while this process serves it.
  fs.writeFileSync(pidFile(config.dbFile), String(process.pid));
  const backupTimer =
    config.backupIntervalMinutes > 0
      ? setInterval(
          () => void scheduledBackup(config.dbFile, config.backupDir, config.backupKeep),
          config.backupIntervalMinutes * 60_000,
        )
      : null;

  const timer = setInterval(() => {
    runDueJobs(runtime.deps, undefined, { tickMinutes: config.jobIntervalMs / 60_000 }).catch((err) =>
      console.error('[jobs]', err),
    );
  }, config.jobIntervalMs);

  console.log(`\n党群e家 已启动: ${url}`);
  console.log(`数据库: ${config.dbFile}${runtime.seeded ? '（已写入演示数据）' : ''}`);
  if (config.demoLogin) {
    console.log('演示身份（在登录页点选，或 POST /api/dev/login {"persona":"<id>"}）:');
    for (const p of PERSONAS) console.log(`  ${p.id.padEnd(16)} ${p.name}  ${p.roleLabel}（${p.description}）`);
  } else {
    console.log('演示登录已关闭（NODE_ENV=production；设置 DEMO_LOGIN=1 可开启）');
  }
  console.log(
    `Open311 GeoReport v2: ${url}/open311/v2/discovery.json${config.production ? '（api_key 由街道管理员在工作台签发）' : `（演示 api_key: ${DEMO_OPEN311_KEY}）`}`,
  );
  if (backupTimer)
    console.log(
      `定时备份：每 ${config.backupIntervalMinutes} 分钟一次，保留最近 ${config.backupKeep} 份，存放在 ${config.backupDir}`,
    );
  console.log('按 Ctrl-C 停止。\n');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n收到 ${signal}，正在停止…`);
    clearInterval(timer);
    if (backupTimer) clearInterval(backupTimer);
    fs.rmSync(pidFile(config.dbFile), { force: true });
    await runtime.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error('启动失败:', err instanceof Error ? err.message : err);
  process.exit(1);
});
