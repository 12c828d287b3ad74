import { benchEnterpriseId, filingBurst, prepareFilingBurst } from '../../bench/scenarios/enterprise-requests';
import { REQUEST_COUNTERS, REQUEST_STATS, REQUESTS } from '../../server/domain/enterprise/requests/model';
import { shanghaiDay } from '../../server/domain/sla/calendar';
import { startRuntime, type RunningRuntime } from '../helpers/runtime';

/**
 * The request queue's counters under load, over real HTTP: every filing
 * changes the day's ticket counter (one document), the enterprise's daily
 * counter and a statistics counter in its transaction. 120 enterprises file at
 * the same moment; then one enterprise fires 30 filings at once against its
 * limit of 10 a day.
 */
jest.setTimeout(180_000);

const N = 120;
let rt: RunningRuntime;
let tokens: string[];
let replies: Awaited<ReturnType<typeof filingBurst>>['replies'];

beforeAll(async () => {
  rt = await startRuntime();
  tokens = await prepareFilingBurst(rt.deps, 'test', N, (openid) => rt.client.loginOpenid(openid));
  replies = (await filingBurst(rt.client, tokens, 'test')).replies;
});
afterAll(async () => {
  await rt.close();
});

describe(`${N} enterprises file a request at the same moment`, () => {
  it('answers every one of them without an error', () => {
    expect(replies.filter((r) => r.status !== 200 || !r.body.ok).map((r) => r.body)).toEqual([]);
  });

  it('gives each a different ticket number, and the day counter agrees with the requests stored', async () => {
    const tickets = replies.map((r) => r.body.data!.request.ticketNo);
    expect(new Set(tickets).size).toBe(N);
    const day = shanghaiDay(rt.deps.clock.now());
    const stored = await rt.deps.store.find(
      REQUESTS,
      { filedAt: { $gte: new Date(`${day}T00:00:00+08:00`).toISOString() } },
      { limit: 1000 },
    );
    const counter = await rt.deps.store.get(REQUEST_COUNTERS, `seq-${day}`);
    expect(counter?.n).toBe(stored.length);
    const numbers = stored.map((r) => Number(r.ticketNo.slice(-4))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: stored.length }, (_, i) => i + 1));
  });

  it('counts every filing once in the statistics', async () => {
    const month = shanghaiDay(rt.deps.clock.now()).slice(0, 7);
    const counters = await rt.deps.store.find(REQUEST_STATS, { month }, { limit: 1000 });
    const filedThisMonth = await rt.deps.store.count(REQUESTS, {
      filedAt: { $gte: new Date(`${month}-01T00:00:00+08:00`).toISOString() },
    });
    expect(counters.reduce((n, c) => n + c.filed, 0)).toBe(filedThisMonth);
  });
});

describe('one enterprise fires 30 filings at once', () => {
  it('files exactly 10 (the daily limit) and refuses the rest with the limit', async () => {
    const token = tokens[0];
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        rt.client.call(
          'enterprise',
          {
            action: 'fileRequest',
            requestId: `limit-burst-${i}`,
            type: 'policy',
            title: '政策咨询',
            description: '想了解稳岗补贴怎么申请',
          },
          token,
        ),
      ),
    );
    const ok = burst.filter((r) => r.body.ok);
    const refused = burst.filter((r) => !r.body.ok);
    // The first burst already filed one for this enterprise today.
    expect(ok).toHaveLength(9);
    expect(refused.map((r) => r.body.error.details.reason)).toEqual(Array(21).fill('DAILY_LIMIT'));
    expect(await rt.deps.store.count(REQUESTS, { enterpriseId: benchEnterpriseId('test', 0) })).toBe(10);
  });
});
