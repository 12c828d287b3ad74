import { RuntimeClient } from '../runtime/http-client';
import { launchRuntime, type Launched } from '../runtime/launch';
import { measureFirstLoad, printFirstLoad } from './first-load';
import { benchFunctionBundles } from './functions';
import { hotPathRounds, printHotPath } from './hot-path';
import { load, printResults, type LoadResult } from './lib';
import { SCENARIOS } from './scenarios';

/**
 * `npm run bench`: a runtime on a free port over a fresh database, loads of
 * bounded size over loopback, each figure printed beside the no-op baseline.
 * Figures are for reading, not asserting: invariants live in the tests.
 */
export interface BenchContext {
  runtime: Launched;
  client: RuntimeClient;
  baseline: LoadResult;
  /**
   * A fresh no-op measurement on the warm runtime, for a scenario to take just
   * before its burst: on a shared machine the load drifts within one run, so a
   * ratio is read against the no-op of the same moment.
   */
  noop(): Promise<LoadResult>;
}

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

async function main(): Promise<void> {
  console.log(
    `# 党群e家 bench (${new Date().toISOString()}, node ${process.version}, ${REQUESTS} requests, concurrency ${CONCURRENCY})`,
  );
  // Bundles first, before the runtime starts: their cold-load figures are process start-ups.
  await benchFunctionBundles();
  // One address logs in thousands of residents: no rate limits, as in the tests.
  const runtime = await launchRuntime({
    tokenSecret: 'bench',
    demoLogin: true,
    log: () => undefined,
    rateLimits: { login: false, public: false },
  });
  const client = new RuntimeClient(runtime.url, { keepAllConnections: true });
  try {
    const token = await client.login('resident');
    // Warm up first (JIT, statement cache, sockets): a cold baseline made the store read look faster than the no-op.
    await load('warm-up', WARM_UP, CONCURRENCY, async () => (await client.call('account', { action: 'ping' })).body.ok);
    await load(
      'warm-up',
      WARM_UP,
      CONCURRENCY,
      async () => (await client.call('account', { action: 'me' }, token)).body.ok,
    );
    const baseline = await load(
      'no-op: account.ping',
      REQUESTS,
      CONCURRENCY,
      async () => (await client.call('account', { action: 'ping' })).body.ok,
    );
    const read = await load(
      'store read: account.me',
      REQUESTS,
      CONCURRENCY,
      async () => (await client.call('account', { action: 'me' }, token)).body.ok,
    );
    printResults('Foundation: dispatch over HTTP', [baseline, read], baseline);
    printHotPath(
      await hotPathRounds(client, runtime.deps, { rounds: ROUNDS, requests: REQUESTS, concurrency: CONCURRENCY }),
    );
    const noop = () =>
      load(
        'no-op: account.ping, just before',
        REQUESTS,
        CONCURRENCY,
        async () => (await client.call('account', { action: 'ping' })).body.ok,
      );
    for (const scenario of SCENARIOS) await scenario.run({ runtime, client, baseline, noop });
  } finally {
    await runtime.close();
  }
  printFirstLoad(await measureFirstLoad());
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
