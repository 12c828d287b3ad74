import type { Deps } from '../../server/core/action';
import { addDays, shanghaiDate, yearOf } from '../../server/domain/eldercare/calendar';
import { ELDERCARE_BOOKINGS, ELDERCARE_QUOTAS, ELDERCARE_WINDOWS } from '../../server/domain/eldercare/model';
import { COUNTED } from '../../server/domain/eldercare/states';
import type { RuntimeClient, HttpReply } from '../../runtime/http-client';
import { load, printResults, type LoadResult } from '../lib';
import type { Scenario } from './index';

/**
 * The 为老服务 burst, shared by `npm run bench` and tests/runtime/eldercare-burst.test.ts:
 * 50 verified elders, each with its own guardian, all booking one window of
 * capacity 10 at once, 10 taps each (500 requests), under a yearly quota of 3.
 * Set up through the same HTTP actions the app uses.
 */
export interface BurstFixture {
  serviceId: string;
  /** The calendar year of every window of the burst. */
  year: number;
  /** The contested window (capacity 10). */
  windowId: string;
  /** Roomy windows for the quota burst (capacity 50 each: one place per elder, so they never fill). */
  spareWindows: string[];
  elders: Array<{ elderId: string; token: string }>;
}

export const BURST = { elders: 50, tapsPerElder: 10, capacity: 10, quota: 3 };

function must(reply: HttpReply, what: string): any {
  if (!reply.body?.ok) throw new Error(`${what} failed: ${JSON.stringify(reply.body)}`);
  return reply.body.data;
}

export async function prepareBurst(client: RuntimeClient, deps: Deps, tag: string): Promise<BurstFixture> {
  const admin = await client.login('district_admin');
  const community = await client.login('community_admin');
  const service = must(
    await client.call(
      'eldercare',
      {
        action: 'saveService',
        partnerId: 'p-jiali',
        name: `上门理发（压力测试 ${tag}）`,
        mode: 'home',
        eligibility: { minAge: 90, difficultyRequired: false },
        quotaPerYear: BURST.quota,
        minNoticeHours: 0,
      },
      admin,
    ),
    'saveService',
  );
  // Six days in one calendar year, so "3 per year" means 3 in this burst whatever the date it runs.
  const tomorrow = addDays(shanghaiDate(deps.clock.now()), 1);
  const start = yearOf(addDays(tomorrow, 5)) === yearOf(tomorrow) ? tomorrow : `${yearOf(tomorrow) + 1}-01-02`;
  const days = [0, 1, 2, 3, 4, 5].map((n) => addDays(start, n));
  const windows = [
    { date: days[0], period: 'am', capacity: BURST.capacity },
    ...days.slice(1).map((date) => ({ date, period: 'pm', capacity: 50 })),
  ];
  const saved = must(
    await client.call('eldercare', { action: 'setWindows', serviceId: service.id, windows }, admin),
    'setWindows',
  );
  const elders = await Promise.all(
    Array.from({ length: BURST.elders }, async (_, i) => {
      const token = await client.loginOpenid(`burst-${tag}-${i}`);
      const elder = must(
        await client.call(
          'eldercare',
          {
            action: 'addElder',
            name: `压力测试老人${tag}${i}`,
            birthDate: '1930-03-01',
            address: { street: '万安一路', number: (i % 40) + 1, detail: `${i}号` },
            relation: '子女',
          },
          token,
        ),
        'addElder',
      );
      must(
        await client.call('eldercare', { action: 'verifyElder', elderId: elder.id, version: elder.version }, community),
        'verifyElder',
      );
      return { elderId: elder.id as string, token };
    }),
  );
  return {
    serviceId: service.id,
    year: yearOf(start),
    windowId: saved[0].id,
    spareWindows: saved.slice(1).map((w: { id: string }) => w.id),
    elders,
  };
}

export interface BurstRequest {
  token: string;
  body: Record<string, unknown>;
}

/** Ten taps per guardian, each with its own client request id, all for `windowIds` in turn. */
export function burstRequests(fx: BurstFixture, windowIds: string[], round: string): BurstRequest[] {
  return fx.elders.flatMap(({ elderId, token }, e) =>
    Array.from({ length: BURST.tapsPerElder }, (_, t) => ({
      token,
      body: {
        action: 'book',
        clientRequestId: `burst-${round}-e${e}-t${t}`,
        elderId,
        serviceId: fx.serviceId,
        windowId: windowIds[t % windowIds.length],
        notes: '',
      },
    })),
  );
}

/** A clear refusal: a limit (RESOURCE_EXHAUSTED) or a rule (FAILED_PRECONDITION), with its reason code. */
export function isClearRefusal(reply: HttpReply): boolean {
  const error = reply.body?.error;
  return (
    reply.body?.ok === false &&
    (error.code === 'RESOURCE_EXHAUSTED' || error.code === 'FAILED_PRECONDITION') &&
    typeof error.details?.reason === 'string'
  );
}

/** What the store holds after a burst, recounted from the booking documents themselves. */
export async function recount(deps: Deps, fx: BurstFixture) {
  const bookings = await deps.store.find(ELDERCARE_BOOKINGS, { serviceId: fx.serviceId }, { limit: 1000 });
  const counted = bookings.filter((b) => COUNTED.has(b.status));
  const perWindow = new Map<string, number>();
  const perElder = new Map<string, number>();
  for (const b of counted) {
    perWindow.set(b.windowId, (perWindow.get(b.windowId) ?? 0) + 1);
    perElder.set(b.elderId, (perElder.get(b.elderId) ?? 0) + 1);
  }
  const windows = await Promise.all(
    [fx.windowId, ...fx.spareWindows].map((id) => deps.store.get(ELDERCARE_WINDOWS, id)),
  );
  const quotas = await Promise.all(
    fx.elders.map(({ elderId }) => deps.store.get(ELDERCARE_QUOTAS, `${elderId}_${fx.serviceId}_${fx.year}`)),
  );
  return {
    bookings: bookings.length,
    perWindow,
    perElder,
    windows: windows.map((w) => w!),
    quotas: quotas.map((q) => q?.used ?? 0),
  };
}

export async function timedBurst(
  client: RuntimeClient,
  name: string,
  requests: BurstRequest[],
): Promise<{ result: LoadResult; replies: HttpReply[] }> {
  const replies: HttpReply[] = [];
  // Concurrency = the number of requests: every tap is in flight at once.
  const result = await load(name, requests.length, requests.length, async (i) => {
    const reply = await client.call('eldercare', requests[i].body, requests[i].token);
    replies[i] = reply;
    return reply.body?.ok === true || isClearRefusal(reply);
  });
  return { result, replies };
}

export const eldercareScenario: Scenario = {
  name: 'eldercare',
  async run({ runtime, client, noop }) {
    const fx = await prepareBurst(client, runtime.deps, 'bench');
    const baseline = await noop();
    const first = await timedBurst(
      client,
      'eldercare.book: 500 at once, 1 window of 10',
      burstRequests(fx, [fx.windowId], 'b1'),
    );
    const afterFirst = await recount(runtime.deps, fx);
    const retry = await timedBurst(
      client,
      'eldercare.book: the same 500 retried',
      burstRequests(fx, [fx.windowId], 'b1'),
    );
    const afterRetry = await recount(runtime.deps, fx);
    const quota = await timedBurst(
      client,
      'eldercare.book: 500 at once, 5 roomy windows, quota 3',
      burstRequests(fx, fx.spareWindows, 'b2'),
    );
    const after = await recount(runtime.deps, fx);
    printResults(
      '为老服务: booking bursts over HTTP (errors = anything but a booking or a clear refusal)',
      [baseline, first.result, retry.result, quota.result],
      baseline,
    );
    console.log(
      `\ninvariants: contested window ${afterFirst.perWindow.get(fx.windowId) ?? 0}/${BURST.capacity} booked (counter ${afterFirst.windows[0].taken}); ` +
        `retries added ${afterRetry.bookings - afterFirst.bookings} bookings; ` +
        `most bookings for one elder this year ${Math.max(...after.perElder.values())} (quota ${BURST.quota}, counters max ${Math.max(...after.quotas)}).`,
    );
  },
};
