import { AdjustableClock } from '../server/core/clock';
import { DEFAULT_CONFIG, type Deps } from '../server/core/action';
import { COLLECTIONS } from '../server/collections';
import { runDueJobs } from '../server/jobs';
import { seedDemo } from '../server/seed';
import { withRetries } from '../server/store/retrying';
import { SqliteStore } from '../server/store/sqlite';
import { PERSONAS } from '../seed/hudao';
import { createApp } from './app';
import { readConfig } from './config';
import { ensureH5Build } from './h5-build';

/** `npm start`: build the app if needed, open and seed the database, serve, run timers. */
async function main(): Promise<void> {
  const config = readConfig();
  if (process.env.SKIP_H5_BUILD !== '1') ensureH5Build(config.staticDir);

  const store = withRetries(new SqliteStore(config.dbFile, { collections: COLLECTIONS }));
  const clock = new AdjustableClock();
  const deps: Deps = { store, clock, config: DEFAULT_CONFIG };
  const { seeded } = await seedDemo(store, clock.now());

  const app = createApp({ deps, tokenSecret: config.tokenSecret, demoLogin: config.demoLogin, staticDir: config.staticDir });
  const address = await app.listen({ port: config.port, host: config.host });
  const url = address.replace('127.0.0.1', 'localhost');

  const timer = setInterval(() => {
    runDueJobs(deps).catch((err) => console.error('[jobs]', err));
  }, config.jobIntervalMs);
  timer.unref();

  console.log(`\n党群e家 已启动: ${url}`);
  console.log(`数据库: ${config.dbFile}${seeded ? '（已写入演示数据）' : ''}`);
  if (config.demoLogin) {
    console.log('演示身份（在登录页点选，或 POST /api/dev/login {"persona":"<id>"}）:');
    for (const p of PERSONAS) console.log(`  ${p.id.padEnd(16)} ${p.name}  ${p.roleLabel}（${p.description}）`);
  } else {
    console.log('演示登录已关闭（NODE_ENV=production；设置 DEMO_LOGIN=1 可开启）');
  }
  console.log('按 Ctrl-C 停止。\n');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n收到 ${signal}，正在停止…`);
    clearInterval(timer);
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error('启动失败:', err instanceof Error ? err.message : err);
  process.exit(1);
});
