/**
 * Shared pieces of `npm run bench`: a bounded load generator over loopback and
 * a printer that puts every figure beside the no-op baseline.
 */
export interface LoadResult {
  name: string;
  requests: number;
  errors: number;
  seconds: number;
  throughput: number;
  p50: number;
  p99: number;
  /**
   * Process CPU time (user + system) per request, in ms: client and server
   * share this process, so it is the whole cost of a request on loopback. It
   * moves far less than throughput when other processes load the machine.
   */
  cpuMs: number;
}

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return 0;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)];
}

/**
 * Runs `total` calls of `fn(i)` with at most `concurrency` in flight.
 * `fn` resolves to true on success; latencies are wall-clock per call.
 */
export async function load(
  name: string,
  total: number,
  concurrency: number,
  fn: (i: number) => Promise<boolean>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const worker = async () => {
    while (next < total) {
      const i = next++;
      const t0 = performance.now();
      const ok = await fn(i).catch(() => false);
      latencies.push(performance.now() - t0);
      if (!ok) errors++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  latencies.sort((a, b) => a - b);
  const cpuMs = (used.user + used.system) / 1000 / total;
  return {
    name,
    requests: total,
    errors,
    seconds,
    throughput: total / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    cpuMs,
  };
}

export function printResults(title: string, results: LoadResult[], baseline?: LoadResult): void {
  console.log(`\n## ${title}`);
  console.log(
    '| 场景 scenario | 请求 | 错误 | 吞吐 req/s | 吞吐 / no-op | p50 ms | p99 ms | p50 / no-op | CPU ms/请求 |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const ratio = baseline && baseline.p50 > 0 ? (r.p50 / baseline.p50).toFixed(2) : '1.00';
    const share = baseline && baseline.throughput > 0 ? (r.throughput / baseline.throughput).toFixed(2) : '1.00';
    console.log(
      `| ${r.name} | ${r.requests} | ${r.errors} | ${r.throughput.toFixed(0)} | ${share} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${ratio} | ${r.cpuMs.toFixed(2)} |`,
    );
  }
}

/** Times a single in-process call (no HTTP), for query figures. */
export async function timeQuery(fn: () => Promise<unknown>, repeats = 20): Promise<{ p50: number; max: number }> {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), max: times[times.length - 1] };
}
