import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUNDLE_BUDGET, CLOUD_SDK, ROOT, buildFunctions } from '../scripts/build-functions';
import { percentile } from './lib';

/**
 * Cloud function bundles: size, and cold load = wall time of a fresh
 * `node -e "require('./index.js')"` in the function's folder (median of
 * RUNS), beside a bare `node -e ''`. The cloud's SDK (@cloudbase/node-sdk,
 * installed by the cloud, not bundled) is loaded on a function's first call,
 * not at require: its own load is printed on a line of its own.
 */
const RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 9);

function medianMs(cwd: string, script: string): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, ['-e', script], { cwd, stdio: 'ignore', env: { PATH: process.env.PATH } });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return percentile(times, 50);
}

export async function benchFunctionBundles(): Promise<void> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dqej-bench-fn-'));
  try {
    const built = await buildFunctions(outDir);
    const bare = medianMs(outDir, '');
    console.log(
      `\n## Cloud function bundles (cold load: fresh node process, median of ${RUNS}; budget ≤ ${BUNDLE_BUDGET.kb} KB, ≤ ${BUNDLE_BUDGET.overBareNodeMs} ms over bare node)`,
    );
    console.log('| 函数 function | KB | 冷加载 cold load ms | 比裸 node 多 over bare ms | 在预算内 within budget |');
    console.log('|---|---:|---:|---:|:---:|');
    console.log(`| bare \`node -e ''\` | | ${bare.toFixed(0)} | 0 | |`);
    for (const fn of built) {
      const link = path.join(fn.dir, 'node_modules', CLOUD_SDK);
      fs.mkdirSync(path.dirname(link), { recursive: true });
      fs.symlinkSync(path.join(ROOT, 'node_modules', CLOUD_SDK), link, 'dir');
      const ms = medianMs(fn.dir, "require('./index.js')");
      const kb = fn.bytes / 1024;
      const within = kb <= BUNDLE_BUDGET.kb && ms - bare <= BUNDLE_BUDGET.overBareNodeMs;
      console.log(
        `| ${fn.name} | ${kb.toFixed(1)} | ${ms.toFixed(0)} | ${(ms - bare).toFixed(0)} | ${within ? '✓' : '✗'} |`,
      );
    }
    const sdk = medianMs(path.join(outDir, built[0].name), `require('${CLOUD_SDK}')`);
    console.log(
      `| (${CLOUD_SDK}: the cloud's, on the first call) | | ${sdk.toFixed(0)} | ${(sdk - bare).toFixed(0)} | |`,
    );
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchFunctionBundles().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
