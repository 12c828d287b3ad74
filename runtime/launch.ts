import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { configFromEnv, type Deps } from '../server/core/action';
import { localUploadRemover, uploadFacts } from './uploads';
import { localRules } from '../server/domain/moderation/local-rules';
import { AdjustableClock } from '../server/core/clock';
import { COLLECTIONS } from '../server/collections';
import { prepareProduction, seedDemo } from '../server/seed';
import { withRetries } from '../server/store/retrying';
import { SqliteStore } from '../server/store/sqlite';
import { createApp } from './app';
import { assertDatabaseHealthy } from './backup';
import { ROOT } from './config';
import type { RateLimits } from './protection';
import type { RequestLogSink } from './request-log';

export interface LaunchOptions {
  /** Database file; omitted means a fresh temp file removed on close (tests, bench). */
  dbFile?: string;
  port?: number;
  host?: string;
  tokenSecret: string;
  demoLogin: boolean;
  staticDir?: string;
  /** Defaults to the repository's media/ folder (demo lesson videos). */
  mediaDir?: string;
  log?: (err: unknown) => void;
  /** Named in the instructions when the start-up check finds the database damaged. */
  backupDir?: string;
  /** NODE_ENV=production: never the demo seed (personas, demo data, demo Open311 key); see prepareProduction. */
  production?: boolean;
  rateLimits?: RateLimits;
  requestLog?: RequestLogSink;
  trustProxy?: boolean;
}

export interface Launched {
  url: string;
  app: FastifyInstance;
  deps: Deps;
  clock: AdjustableClock;
  seeded: boolean;
  close(): Promise<void>;
}

/** Opens (and seeds) the store and serves the runtime: used by `npm start`, the tests and the bench. */
export async function launchRuntime(options: LaunchOptions): Promise<Launched> {
  const tempDir = options.dbFile ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'hudao-'));
  const dbFile = options.dbFile ?? path.join(tempDir!, 'hudao.sqlite');
  // A damaged file stops the start with instructions, before anything writes to it.
  if (options.dbFile)
    assertDatabaseHealthy(options.dbFile, options.backupDir ?? path.join(path.dirname(options.dbFile), 'backups'));
  const store = withRetries(new SqliteStore(dbFile, { collections: COLLECTIONS }));
  const clock = new AdjustableClock();
  const deps: Deps = {
    store,
    clock,
    config: configFromEnv(),
    log: options.log,
    files: localUploadRemover(),
    moderation: localRules({ inspect: uploadFacts }),
  };
  const { seeded } = options.production
    ? (await prepareProduction(store, clock.now()), { seeded: false })
    : await seedDemo(store, clock.now());
  const app = await createApp({
    deps,
    tokenSecret: options.tokenSecret,
    demoLogin: options.demoLogin,
    staticDir: options.staticDir,
    mediaDir: options.mediaDir ?? path.join(ROOT, 'media'),
    rateLimits: options.rateLimits,
    requestLog: options.requestLog,
    trustProxy: options.trustProxy,
  });
  // A deep accept queue: the burst tests and bench open thousands of connections at once.
  const url = await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1', backlog: 4096 });
  return {
    url,
    app,
    deps,
    clock,
    seeded,
    async close() {
      await app.close();
      await store.close();
      if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
    },
  };
}
