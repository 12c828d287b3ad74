import {
  BURST,
  burstRequests,
  isClearRefusal,
  prepareBurst,
  recount,
  type BurstFixture,
  type BurstRequest,
} from '../../bench/scenarios/eldercare';
import type { HttpReply } from '../../runtime/http-client';
import { startRuntime, type RunningRuntime } from '../helpers/runtime';

/**
 * The load invariants of issue 5 over real HTTP: 500 booking requests at once
 * from the guardians of 50 eligible elders for one window of capacity 10,
 * yearly quota 3. Cal.com and Easy!Appointments double-book here; we must not.
 */
jest.setTimeout(60_000);

let rt: RunningRuntime;
let fx: BurstFixture;
beforeAll(async () => {
  rt = await startRuntime();
  fx = await prepareBurst(rt.client, rt.deps, 'test');
});
afterAll(async () => {
  await rt.close();
});

function fire(requests: BurstRequest[]): Promise<HttpReply[]> {
  return Promise.all(requests.map((r) => rt.client.call('eldercare', r.body, r.token)));
}

function unclear(replies: HttpReply[]): unknown[] {
  return replies.filter((r) => !r.body.ok && !isClearRefusal(r)).map((r) => r.body);
}

describe('500 simultaneous bookings for one window of capacity 10', () => {
  let first: HttpReply[];
  let winners: HttpReply[];

  beforeAll(async () => {
    first = await fire(burstRequests(fx, [fx.windowId], 'one'));
    winners = first.filter((r) => r.body.ok);
  });

  it('books exactly 10 and refuses every other request clearly (no busy errors, no crashes)', async () => {
    expect(first).toHaveLength(BURST.elders * BURST.tapsPerElder);
    expect(unclear(first)).toEqual([]);
    expect(winners).toHaveLength(BURST.capacity);
    const reasons = new Set(first.filter((r) => !r.body.ok).map((r) => r.body.error.details.reason));
    expect([...reasons].sort()).toEqual(['ALREADY_BOOKED', 'WINDOW_FULL']);
  });

  it('never puts more than 10 in the window, and the counter agrees with the bookings', async () => {
    const after = await recount(rt.deps, fx);
    expect(after.perWindow.get(fx.windowId)).toBe(BURST.capacity);
    expect(after.windows[0].taken).toBe(BURST.capacity);
    expect(after.bookings).toBe(BURST.capacity);
  });

  it('gives each elder at most one place in the window, whatever the number of taps', async () => {
    const after = await recount(rt.deps, fx);
    expect(Math.max(...after.perElder.values())).toBe(1);
    expect(new Set(winners.map((r) => r.body.data.booking.elder.id)).size).toBe(BURST.capacity);
  });

  it('creates no duplicates when all 500 are retried with the same client request ids', async () => {
    const retried = await fire(burstRequests(fx, [fx.windowId], 'one'));
    expect(unclear(retried)).toEqual([]);
    const replayed = retried.filter((r) => r.body.ok);
    expect(replayed.every((r) => r.body.data.replayed === true)).toBe(true);
    expect(replayed.map((r) => r.body.data.booking.id).sort()).toEqual(
      winners.map((r) => r.body.data.booking.id).sort(),
    );
    const after = await recount(rt.deps, fx);
    expect(after.bookings).toBe(BURST.capacity);
    expect(after.windows[0].taken).toBe(BURST.capacity);
  });
});

describe('500 simultaneous bookings over roomy windows, under a yearly quota of 3', () => {
  let replies: HttpReply[];

  beforeAll(async () => {
    replies = await fire(burstRequests(fx, fx.spareWindows, 'two'));
  });

  it('refuses clearly once an elder has used the quota', () => {
    expect(unclear(replies)).toEqual([]);
    const reasons = new Set(replies.filter((r) => !r.body.ok).map((r) => r.body.error.details.reason));
    expect(reasons.has('QUOTA_USED')).toBe(true);
  });

  it('never gives an elder more than 3 in the year, and fills every quota (counters agree with the bookings)', async () => {
    const after = await recount(rt.deps, fx);
    for (const { elderId } of fx.elders) expect(after.perElder.get(elderId)).toBe(BURST.quota);
    expect(after.quotas.every((used) => used === BURST.quota)).toBe(true);
    for (const w of after.windows) expect(w.taken).toBe(after.perWindow.get(w._id) ?? 0);
  });
});
