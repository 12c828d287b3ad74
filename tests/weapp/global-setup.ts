import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { newestMtime, SOURCES } from '../../runtime/h5-build';

const ROOT = path.resolve(__dirname, '../..');

/**
 * The suites test the production weapp build in dist/weapp. CI builds it just
 * before (`npm run build:weapp` in .ci/run), so nothing is built here then;
 * when it is missing or older than the sources it is built first, so a local
 * run never tests yesterday's bundle. WEAPP_DIST points at another build and
 * is taken as it is.
 */
export default function globalSetup(): void {
  if (process.env.WEAPP_DIST) {
    if (!fs.existsSync(path.join(process.env.WEAPP_DIST, 'app.js')))
      throw new Error(`WEAPP_DIST=${process.env.WEAPP_DIST} holds no weapp build`);
    return;
  }
  const appJs = path.join(ROOT, 'dist/weapp/app.js');
  const stale =
    !fs.existsSync(appJs) || newestMtime(SOURCES.map((s) => path.join(ROOT, s))) > fs.statSync(appJs).mtimeMs;
  if (!stale) return;
  console.log('\ndist/weapp is missing or older than src/: building it (npm run build:weapp, about a minute)');
  // jest sets NODE_ENV=test, which would give Taro a development build: the test is of the production one.
  const result = spawnSync('npm', ['run', 'build:weapp'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error('the weapp build failed: run `npm run build:weapp` to see why');
}
