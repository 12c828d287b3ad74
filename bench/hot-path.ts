import type { Deps } from '../server/core/action';
import type { RuntimeClient } from '../runtime/http-client';
import { load, percentile, type LoadResult } from './lib';
import { profiled } from './profile';
import {
  CULTURE_BURST,
  createBurstSession,
  cultureRecount,
  enrolBurst,
  prepareCultureBurst,
} from './scenarios/culture';
import { BURST, burstRequests, prepareBurst, recount, timedBurst } from './scenarios/eldercare';

/**
 * Issue 12's hot path: both bursts against the warmed no-op, in rounds.
 *
 * The machine is shared: its load drifts within a run by a factor of two, so
 * a single pair of figures says little. Each round measures the no-op, the
 * 2,000-enrolment burst, the no-op, the 500-booking burst, the no-op, in that
 * order, and each burst is read against the mean of the no-ops on either side
 * of it. The verdict is the median over the rounds; every round is printed,
 * the first (a warm-up of the burst paths, as the no-op is warmed) not counted.
 *
 * The no-op (account.ping) takes the same path as the bursts: the same client,
 * loopback HTTP, Fastify with its hooks, dispatch and the envelope; it just
 * has no token, no store and no domain work. Both run on open keep-alive
 * connections (see ClientOptions.keepAllConnections): a no-op burst of the
 * same shape opens them first and is printed too, so the cost of the burst's
 * shape (2,000 requests in flight) can be told apart from the action's.
 */
export const HOT_PATH_TARGET = 0.5;

export interface HotPathRound {
  warmUp: boolean;
  noop: LoadResult[];
  noopBurst: LoadResult;
  enrol: LoadResult;
  book: LoadResult;
  enrolRatio: number;
  bookRatio: number;
  /** The same ratios from CPU time per request (see LoadResult.cpuMs): what they would be on an idle machine. */
  enrolCpuRatio: number;
  bookCpuRatio: number;
  invariants: string;
}

export async function hotPathRounds(
  client: RuntimeClient,
  deps: Deps,
  options: { rounds: number; requests: number; concurrency: number },
): Promise<HotPathRound[]> {
  const ping = async () => (await client.call('account', { action: 'ping' })).body?.ok === true;
  const noop = () =>
    load(`no-op: account.ping, ${options.concurrency} in flight`, options.requests, options.concurrency, ping);
  const residents = await prepareCultureBurst(client, deps, 'hot');
  const rounds: HotPathRound[] = [];
  // Round 0 warms the burst paths up (JIT, statement cache) as the no-op was warmed: printed, not counted.
  for (let r = 0; r <= options.rounds; r++) {
    const sessionId = await createBurstSession(client, deps, `hot-${r}`);
    const elders = await prepareBurst(client, deps, `hot-${r}`);
    const noopBurst = await load(
      `no-op: ${CULTURE_BURST.residents} at once`,
      CULTURE_BURST.residents,
      CULTURE_BURST.residents,
      ping,
    );
    const n1 = await noop();
    const profile = r === 1 ? process.env.BENCH_PROFILE : undefined;
    const enrol = await profiled(
      'enrol-burst',
      () => enrolBurst(client, { sessionId, tokens: residents.tokens }),
      profile,
    );
    const n2 = await noop();
    const book = await profiled(
      'book-burst',
      () =>
        timedBurst(
          client,
          `eldercare.book: ${BURST.elders * BURST.tapsPerElder} at once`,
          burstRequests(elders, [elders.windowId], `hot-${r}`),
        ),
      profile,
    );
    const n3 = await noop();
    const seats = (await cultureRecount(deps, sessionId)).session.counts;
    const booked = await recount(deps, elders);
    rounds.push({
      warmUp: r === 0,
      noop: [n1, n2, n3],
      noopBurst,
      enrol: enrol.result,
      book: book.result,
      enrolRatio: enrol.result.throughput / ((n1.throughput + n2.throughput) / 2),
      bookRatio: book.result.throughput / ((n2.throughput + n3.throughput) / 2),
      enrolCpuRatio: (n1.cpuMs + n2.cpuMs) / 2 / enrol.result.cpuMs,
      bookCpuRatio: (n2.cpuMs + n3.cpuMs) / 2 / book.result.cpuMs,
      invariants: `seats ${seats.enrolled}/${CULTURE_BURST.capacity}, waiting ${seats.waitlisted}; window ${booked.windows[0].taken}/${BURST.capacity}`,
    });
  }
  return rounds;
}

export function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

export function printHotPath(rounds: HotPathRound[]): void {
  console.log(
    `\n## Hot path (issue 12): both bursts against the no-op measured on either side of them, ${rounds.length - 1} rounds after a warm-up round`,
  );
  console.log(
    'Throughput in requests per second; a ratio is the burst over the mean of the no-ops before and after it. Errors: any reply that is not a seat or waiting place (enrolment), a booking or a clear refusal (booking).',
  );
  console.log(
    'CPU: process CPU ms per request (client and server share the process); its ratio is no-op CPU over burst CPU, what the throughput ratio would be on an idle core.',
  );
  console.log(
    '| 轮 round | no-op | 2,000 no-ops at once | 报名 enrol 2,000 at once (errors) | 报名 / no-op | no-op | 预约 book 500 at once (errors) | 预约 / no-op | no-op | CPU ms: no-op, enrol, book | CPU ratio enrol, book | 不变量 invariants |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|');
  rounds.forEach((r, i) => {
    const [n1, n2, n3] = r.noop.map((n) => n.throughput.toFixed(0));
    console.log(
      `| ${r.warmUp ? `${i} (warm-up, not counted)` : i} | ${n1} | ${r.noopBurst.throughput.toFixed(0)} | ${r.enrol.throughput.toFixed(0)} (${r.enrol.errors}) | ${r.enrolRatio.toFixed(2)} | ${n2} | ` +
        `${r.book.throughput.toFixed(0)} (${r.book.errors}) | ${r.bookRatio.toFixed(2)} | ${n3} | ` +
        `${median(r.noop.map((n) => n.cpuMs)).toFixed(2)}, ${r.enrol.cpuMs.toFixed(2)}, ${r.book.cpuMs.toFixed(2)} | ${r.enrolCpuRatio.toFixed(2)}, ${r.bookCpuRatio.toFixed(2)} | ${r.invariants} |`,
    );
  });
  const counted = rounds.filter((r) => !r.warmUp);
  const enrol = median(counted.map((r) => r.enrolRatio));
  const book = median(counted.map((r) => r.bookRatio));
  const verdict = (x: number) => (x >= HOT_PATH_TARGET ? `✓ ≥ ${HOT_PATH_TARGET}` : `✗ < ${HOT_PATH_TARGET}`);
  console.log(
    `\nMedian over ${counted.length} rounds: enrolment burst ${enrol.toFixed(2)} of the no-op (${verdict(enrol)}), booking burst ${book.toFixed(2)} (${verdict(book)}).`,
  );
  console.log(
    `By CPU per request (median): enrolment ${median(counted.map((r) => r.enrolCpuRatio)).toFixed(2)}, booking ${median(counted.map((r) => r.bookCpuRatio)).toFixed(2)}.`,
  );
}
