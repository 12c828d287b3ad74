import {
  CULTURE_BURST,
  cancelBurst,
  cultureRecount,
  enrolBurst,
  offersTo,
  prepareCultureBurst,
  type CultureBurstFixture,
} from '../../bench/scenarios/culture';
import type { HttpReply } from '../../runtime/http-client';
import { startRuntime, type RunningRuntime } from '../helpers/runtime';

/**
 * The load invariants of issue 4 over real HTTP: 2,000 distinct residents
 * press 报名 for a 30-seat session at the same moment; then the 30 who got a
 * seat cancel at the same moment.
 */
jest.setTimeout(180_000);

const { residents, capacity } = CULTURE_BURST;
const waiting = residents - capacity;

let rt: RunningRuntime;
let fx: CultureBurstFixture;
let enrolled: HttpReply[];
let seated: number[];

beforeAll(async () => {
  rt = await startRuntime();
  fx = await prepareCultureBurst(rt.client, rt.deps, 'test');
  enrolled = (await enrolBurst(rt.client, fx)).replies;
  seated = enrolled.flatMap((r, i) => (r.body?.data?.mine?.state === 'enrolled' ? [i] : []));
});
afterAll(async () => {
  await rt.close();
});

const openidOf = (i: number) => `culture-burst-test-${i}`;

describe(`${residents} residents enrol in a ${capacity}-seat session at once`, () => {
  it('answers every one of them without an error', () => {
    const failures = enrolled.filter((r) => r.status !== 200 || !r.body.ok).map((r) => r.body);
    expect(failures).toEqual([]);
  });

  it(`seats exactly ${capacity} and puts the other ${waiting} on the waiting list at positions 1..${waiting}`, () => {
    const states = enrolled.map((r) => r.body.data.mine.state);
    expect(states.filter((s) => s === 'enrolled')).toHaveLength(capacity);
    expect(states.filter((s) => s === 'waitlisted')).toHaveLength(waiting);
    const positions = enrolled
      .filter((r) => r.body.data.mine.state === 'waitlisted')
      .map((r) => r.body.data.mine.position as number);
    expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: waiting }, (_, i) => i + 1));
  });

  it('stores one enrolment per resident, and counters that agree with them', async () => {
    const { session, enrolments } = await cultureRecount(rt.deps, fx.sessionId);
    expect(enrolments).toHaveLength(residents);
    expect(new Set(enrolments.map((e) => e.openid)).size).toBe(residents);
    expect(session.counts).toMatchObject({ enrolled: capacity, waitlisted: waiting, offered: 0 });
    expect(enrolments.filter((e) => e.state === 'enrolled')).toHaveLength(capacity);
    expect(new Set(enrolments.map((e) => e.checkinCode)).size).toBe(residents);
  });

  it('orders the waiting list by commit: positions follow the waiting numbers, and every seat went to an earlier arrival', async () => {
    const { enrolments } = await cultureRecount(rt.deps, fx.sessionId);
    const positionOf = new Map(
      enrolled.map((r) => [r.body.data.mine.id as string, r.body.data.mine.position as number | null]),
    );
    const queue = enrolments.filter((e) => e.state === 'waitlisted').sort((a, b) => a.seq! - b.seq!);
    expect(queue.map((e) => e.seq)).toEqual(Array.from({ length: waiting }, (_, i) => i + 1));
    expect(queue.map((e) => positionOf.get(e._id))).toEqual(Array.from({ length: waiting }, (_, i) => i + 1));
    const lastSeat = Math.max(...enrolments.filter((e) => e.state === 'enrolled').map((e) => e.ticketNo!));
    const firstWait = Math.min(...queue.map((e) => e.ticketNo!));
    expect(lastSeat).toBeLessThan(firstWait);
  });
});

describe(`then the ${capacity} seated residents cancel at once`, () => {
  let cancelled: HttpReply[];
  beforeAll(async () => {
    cancelled = (await cancelBurst(rt.client, fx, seated)).replies;
  });

  it('accepts every cancellation', () => {
    expect(cancelled.filter((r) => r.status !== 200 || !r.body.ok).map((r) => r.body)).toEqual([]);
  });

  it(`sends exactly ${capacity} offers, to waiting positions 1..${capacity}, one each`, async () => {
    const { session, enrolments, offers } = await cultureRecount(rt.deps, fx.sessionId);
    expect(offers).toBe(capacity);
    expect(session.counts).toMatchObject({
      enrolled: 0,
      offered: capacity,
      waitlisted: waiting - capacity,
      cancelled: capacity,
    });
    const offered = enrolments.filter((e) => e.state === 'offered').sort((a, b) => a.seq! - b.seq!);
    expect(offered.map((e) => e.seq)).toEqual(Array.from({ length: capacity }, (_, i) => i + 1));
    const firstInLine = enrolled.flatMap((r, i) =>
      (r.body.data.mine.position ?? Infinity) <= capacity ? [openidOf(i)] : [],
    );
    expect(offered.map((e) => e.openid).sort()).toEqual(firstInLine.sort());
    for (const openid of firstInLine.slice(0, 5)) expect(await offersTo(rt.deps, openid)).toHaveLength(1);
  });

  it('hands the offers out in the order the seats were freed: earlier waiting numbers got earlier offers', async () => {
    const { enrolments } = await cultureRecount(rt.deps, fx.sessionId);
    const offered = enrolments.filter((e) => e.state === 'offered').sort((a, b) => a.seq! - b.seq!);
    const offeredAt = offered.map((e) => e.history[e.history.length - 1].at);
    expect([...offeredAt].sort()).toEqual(offeredAt);
  });
});

describe('the lesson videos over HTTP', () => {
  it("serves a seeded lesson's video as MP4, with the range requests players use", async () => {
    const token = await rt.client.login('resident');
    const lesson = await rt.client.call('culture', { action: 'lesson', lessonId: 'crs-taichi-24-l1' }, token);
    const url: string = lesson.body.data.lesson.video.url;
    expect(url).toBe('/media/videos/taichi.mp4');
    const whole = await fetch(`${rt.url}${url}`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('video/mp4');
    expect(Buffer.from(await whole.arrayBuffer()).toString('latin1', 4, 8)).toBe('ftyp');
    const part = await fetch(`${rt.url}${url}`, { headers: { range: 'bytes=0-99' } });
    expect(part.status).toBe(206);
    expect((await part.arrayBuffer()).byteLength).toBe(100);
  });
});
