import { runDueJobs } from '../../server/jobs';
import { codeOf, createHarness, type Harness } from '../helpers/harness';
import {
  DAY,
  HOUR,
  enrolmentsOf,
  expectCountersTrue,
  fromNow,
  messagesTo,
  newSession,
  resident,
  sessionDoc,
} from './culture-helpers';
import { OUTBOX } from '../../server/domain/notify/outbox';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

async function runJob(name: string) {
  const summary = await runDueJobs(h.deps, [name]);
  const result = summary.ran.find((r) => r.name === name);
  if (!result?.ok) throw new Error(`job ${name} failed: ${result?.error}`);
  return result.processed ?? 0;
}

/** A 2-seat session with a, b seated and c, d waiting (in that order). */
async function fullSession(patch = {}) {
  const session = await newSession(h, patch);
  for (const n of ['a', 'b', 'c', 'd']) await h.ok(resident(n), 'culture', 'enrolSession', { sessionId: session.id });
  return session.id;
}

async function mineIn(sessionId: string, who: string) {
  return (await h.ok(resident(who), 'culture', 'session', { sessionId })).mine!;
}

describe('enrolling in a session', () => {
  it('seats people until it is full, then puts newcomers on the waiting list with their position', async () => {
    const session = await newSession(h);
    const a = await h.ok(resident('a'), 'culture', 'enrolSession', { sessionId: session.id });
    const b = await h.ok(resident('b'), 'culture', 'enrolSession', { sessionId: session.id });
    const c = await h.ok(resident('c'), 'culture', 'enrolSession', { sessionId: session.id });
    const d = await h.ok(resident('d'), 'culture', 'enrolSession', { sessionId: session.id });
    expect([a, b, c, d].map((r) => r.mine.state)).toEqual(['enrolled', 'enrolled', 'waitlisted', 'waitlisted']);
    expect([c.mine.position, d.mine.position]).toEqual([1, 2]);
    expect(a.mine.checkinCode).toMatch(/^\d{6}$/);
    expect(c.mine.checkinCode).toBeNull();
    expect(d.session).toMatchObject({ placesLeft: 0, full: true, waitingCount: 2 });
    expect((await messagesTo(h, 'wx-res-a', 'culture_enrolled'))[0].body).toContain(a.mine.checkinCode!);
    expect((await messagesTo(h, 'wx-res-d', 'culture_waitlisted'))[0].body).toContain('候补第 2 位');
    await expectCountersTrue(h, session.id);
  });

  it('refuses a second enrolment by the same person and changes nothing', async () => {
    const session = await newSession(h);
    await h.ok(resident('a'), 'culture', 'enrolSession', { sessionId: session.id });
    const again = await h.call(resident('a'), 'culture', 'enrolSession', { sessionId: session.id });
    expect(codeOf(again)).toBe('FAILED_PRECONDITION');
    expect((await sessionDoc(h, session.id)).counts.enrolled).toBe(1);
    expect(await enrolmentsOf(h, session.id)).toHaveLength(1);
  });

  it('is open only inside the sign-up window', async () => {
    const session = await newSession(h, { signupOpensAt: fromNow(h, DAY), signupClosesAt: fromNow(h, 2 * DAY) });
    const early = await h.call(resident('a'), 'culture', 'enrolSession', { sessionId: session.id });
    expect(!early.ok && early.error.message).toContain('报名尚未开始');
    h.clock.advance(DAY);
    expect(codeOf(await h.call(resident('a'), 'culture', 'enrolSession', { sessionId: session.id }))).toBe('OK');
    h.clock.advance(DAY);
    const late = await h.call(resident('b'), 'culture', 'enrolSession', { sessionId: session.id });
    expect(!late.ok && late.error.message).toContain('报名已截止');
  });

  it('refuses anonymous callers, unknown sessions and empty ids', async () => {
    const session = await newSession(h);
    expect(codeOf(await h.call(null, 'culture', 'enrolSession', { sessionId: session.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await h.call(resident('a'), 'culture', 'enrolSession', { sessionId: 'ses-nowhere' }))).toBe(
      'NOT_FOUND',
    );
    const empty = await h.call(resident('a'), 'culture', 'enrolSession', { sessionId: '  ' });
    expect(codeOf(empty)).toBe('INVALID_ARGUMENT');
    expect(!empty.ok && empty.error.message).toContain('编号不能为空');
  });

  it('gives exactly the capacity to forty people pressing at once, and queues the rest in commit order', async () => {
    const session = await newSession(h, { capacity: 5 });
    const replies = await Promise.all(
      Array.from({ length: 40 }, (_, i) => h.ok(resident(i), 'culture', 'enrolSession', { sessionId: session.id })),
    );
    const seated = replies.filter((r) => r.mine.state === 'enrolled');
    const waiting = replies.filter((r) => r.mine.state === 'waitlisted');
    expect(seated).toHaveLength(5);
    expect(waiting.map((r) => r.mine.position).sort((x, y) => x! - y!)).toEqual(
      Array.from({ length: 35 }, (_, i) => i + 1),
    );
    const docs = (await enrolmentsOf(h, session.id))
      .filter((e) => e.state === 'waitlisted')
      .sort((x, y) => x.seq! - y.seq!);
    const positionById = new Map(waiting.map((r) => [r.mine.id, r.mine.position]));
    expect(docs.map((e) => positionById.get(e._id))).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
    await expectCountersTrue(h, session.id);
  });
});

describe('cancelling, the waiting list and offers', () => {
  it('offers a freed seat to the first on the list, with a deadline and a message', async () => {
    const id = await fullSession();
    await h.ok(resident('a'), 'culture', 'cancelEnrolment', { sessionId: id });
    const c = await mineIn(id, 'c');
    expect(c.state).toBe('offered');
    expect(c.offerExpiresAt).toBe(fromNow(h, 24 * HOUR));
    expect(await messagesTo(h, 'wx-res-c', 'culture_offer')).toHaveLength(1);
    expect((await mineIn(id, 'd')).position).toBe(1);
    expect((await h.ok(null, 'culture', 'session', { sessionId: id })).session.placesLeft).toBe(0);
    await expectCountersTrue(h, id);
  });

  it('refuses to cancel after the cut-off', async () => {
    const id = await fullSession();
    h.clock.advance(2 * DAY + HOUR);
    const reply = await h.call(resident('a'), 'culture', 'cancelEnrolment', { sessionId: id });
    expect(codeOf(reply)).toBe('FAILED_PRECONDITION');
    expect(!reply.ok && reply.error.message).toContain('已过取消截止时间');
  });

  it('seats whoever accepts in time and shows them a check-in code', async () => {
    const id = await fullSession();
    await h.ok(resident('a'), 'culture', 'cancelEnrolment', { sessionId: id });
    h.clock.advance(23 * HOUR);
    const accepted = await h.ok(resident('c'), 'culture', 'acceptOffer', { sessionId: id });
    expect(accepted.mine).toMatchObject({ state: 'enrolled', canCancel: true });
    expect(accepted.mine.checkinQr).toBe(`culture-checkin:${id}:${accepted.mine.checkinCode}`);
    expect((await messagesTo(h, 'wx-res-c', 'culture_enrolled'))[0].body).toContain(accepted.mine.checkinCode!);
    expect(codeOf(await h.call(resident('c'), 'culture', 'acceptOffer', { sessionId: id }))).toBe(
      'FAILED_PRECONDITION',
    );
    expect(codeOf(await h.call(resident('d'), 'culture', 'acceptOffer', { sessionId: id }))).toBe(
      'FAILED_PRECONDITION',
    );
    await expectCountersTrue(h, id);
  });

  it('passes a declined offer to the next person', async () => {
    const id = await fullSession();
    await h.ok(resident('a'), 'culture', 'cancelEnrolment', { sessionId: id });
    const declined = await h.ok(resident('c'), 'culture', 'declineOffer', { sessionId: id });
    expect(declined.mine).toMatchObject({ state: 'cancelled', cancelReasonLabel: '放弃候补名额' });
    expect((await mineIn(id, 'd')).state).toBe('offered');
  });

  it('passes a lapsed offer on exactly once when the timer runs, however often it runs', async () => {
    const id = await fullSession();
    await h.ok(resident('a'), 'culture', 'cancelEnrolment', { sessionId: id });
    h.clock.advance(24 * HOUR);
    expect(await runJob('culture-offers')).toBe(1);
    expect(await runJob('culture-offers')).toBe(0);
    expect((await mineIn(id, 'c')).cancelReasonLabel).toBe('候补名额过期');
    expect((await mineIn(id, 'd')).state).toBe('offered');
    expect(await messagesTo(h, 'wx-res-c', 'culture_offer_expired')).toHaveLength(1);
    expect(await messagesTo(h, 'wx-res-d', 'culture_offer')).toHaveLength(1);
    await expectCountersTrue(h, id);
  });

  it('refuses a late acceptance and passes the offer on at once, without waiting for the timer', async () => {
    const id = await fullSession();
    await h.ok(resident('a'), 'culture', 'cancelEnrolment', { sessionId: id });
    h.clock.advance(24 * HOUR + 1);
    const late = await h.call(resident('c'), 'culture', 'acceptOffer', { sessionId: id });
    expect(!late.ok && late.error.message).toContain('已顺延给下一位');
    expect((await mineIn(id, 'd')).state).toBe('offered');
    expect(await runJob('culture-offers')).toBe(0);
    expect(await messagesTo(h, 'wx-res-d', 'culture_offer')).toHaveLength(1);
  });

  it('lets the late acceptance and the timer race without passing the offer on twice', async () => {
    const id = await fullSession({ capacity: 2 });
    await h.ok(resident('e'), 'culture', 'enrolSession', { sessionId: id });
    await h.ok(resident('a'), 'culture', 'cancelEnrolment', { sessionId: id });
    h.clock.advance(25 * HOUR);
    const [accept] = await Promise.all([
      h.call(resident('c'), 'culture', 'acceptOffer', { sessionId: id }),
      runJob('culture-offers'),
      runJob('culture-offers'),
    ]);
    expect(codeOf(accept)).toBe('FAILED_PRECONDITION');
    expect(await messagesTo(h, 'wx-res-c', 'culture_offer_expired')).toHaveLength(1);
    expect(await messagesTo(h, 'wx-res-d', 'culture_offer')).toHaveLength(1);
    expect(await messagesTo(h, 'wx-res-e', 'culture_offer')).toHaveLength(0);
    await expectCountersTrue(h, id);
  });

  it("uses the session's own offer hours, and never lets an offer run past the start", async () => {
    const short = await fullSession({ offerHours: 2 });
    await h.ok(resident('a'), 'culture', 'cancelEnrolment', { sessionId: short });
    expect((await mineIn(short, 'c')).offerExpiresAt).toBe(fromNow(h, 2 * HOUR));

    const soon = await newSession(h, {
      startsAt: fromNow(h, 10 * HOUR),
      endsAt: fromNow(h, 12 * HOUR),
      cancelDeadline: fromNow(h, 9 * HOUR),
      capacity: 1,
    });
    await h.ok(resident('x'), 'culture', 'enrolSession', { sessionId: soon.id });
    await h.ok(resident('y'), 'culture', 'enrolSession', { sessionId: soon.id });
    await h.ok(resident('x'), 'culture', 'cancelEnrolment', { sessionId: soon.id });
    expect((await mineIn(soon.id, 'y')).offerExpiresAt).toBe(fromNow(h, 10 * HOUR));
  });

  it('moves everyone up when someone leaves the list, and skips leavers when offering', async () => {
    const id = await fullSession();
    await h.ok(resident('e'), 'culture', 'enrolSession', { sessionId: id });
    const left = await h.ok(resident('c'), 'culture', 'leaveWaitlist', { sessionId: id });
    expect(left.mine).toMatchObject({ state: 'cancelled', cancelReasonLabel: '退出候补' });
    expect(codeOf(await h.call(resident('c'), 'culture', 'leaveWaitlist', { sessionId: id }))).toBe(
      'FAILED_PRECONDITION',
    );
    await h.ok(resident('d'), 'culture', 'leaveWaitlist', { sessionId: id });
    expect((await mineIn(id, 'e')).position).toBe(1);
    await h.ok(resident('b'), 'culture', 'cancelEnrolment', { sessionId: id });
    expect((await mineIn(id, 'e')).state).toBe('offered');
    await expectCountersTrue(h, id);
  });

  it('lets someone who cancelled sign up again, at the back of the queue', async () => {
    const id = await fullSession();
    await h.ok(resident('c'), 'culture', 'leaveWaitlist', { sessionId: id });
    const again = await h.ok(resident('c'), 'culture', 'enrolSession', { sessionId: id });
    expect(again.mine).toMatchObject({ state: 'waitlisted', position: 2 });
    await h.ok(resident('a'), 'culture', 'cancelEnrolment', { sessionId: id });
    expect((await mineIn(id, 'd')).state).toBe('offered');
    expect((await mineIn(id, 'c')).position).toBe(1);
  });

  it('gives two simultaneous cancellations two offers, to the first two in line', async () => {
    const id = await fullSession();
    await h.ok(resident('e'), 'culture', 'enrolSession', { sessionId: id });
    await Promise.all([
      h.ok(resident('a'), 'culture', 'cancelEnrolment', { sessionId: id }),
      h.ok(resident('b'), 'culture', 'cancelEnrolment', { sessionId: id }),
    ]);
    expect([(await mineIn(id, 'c')).state, (await mineIn(id, 'd')).state, (await mineIn(id, 'e')).state]).toEqual([
      'offered',
      'offered',
      'waitlisted',
    ]);
    await expectCountersTrue(h, id);
  });

  it('refuses offers, leaving and cancelling to someone not on the session', async () => {
    const id = await fullSession();
    for (const action of ['cancelEnrolment', 'leaveWaitlist', 'acceptOffer', 'declineOffer'] as const) {
      expect(codeOf(await h.call(resident('z'), 'culture', action, { sessionId: id }))).toBe('NOT_FOUND');
    }
    expect(codeOf(await h.call(resident('a'), 'culture', 'leaveWaitlist', { sessionId: id }))).toBe(
      'FAILED_PRECONDITION',
    );
  });
});

describe('organiser changes', () => {
  it('cancels a session for everyone on it and tells each of them once', async () => {
    const id = await fullSession();
    await h.ok(resident('a'), 'culture', 'cancelEnrolment', { sessionId: id });
    const result = await h.ok('district_admin', 'culture', 'cancelSession', { sessionId: id, reason: '场地临时维修' });
    expect(result.notified).toBe(3);
    expect(result.session).toMatchObject({ status: 'cancelled', signupLabel: '活动已取消' });
    for (const who of ['b', 'c', 'd']) {
      expect(await mineIn(id, who)).toMatchObject({ state: 'cancelled', cancelReasonLabel: '活动取消' });
      const told = await messagesTo(h, `wx-res-${who}`, 'culture_session_cancelled');
      expect(told).toHaveLength(1);
      expect(told[0].body).toContain('场地临时维修');
    }
    expect(await messagesTo(h, 'wx-res-a', 'culture_session_cancelled')).toHaveLength(0);
    expect(codeOf(await h.call(resident('e'), 'culture', 'enrolSession', { sessionId: id }))).toBe(
      'FAILED_PRECONDITION',
    );
    expect(codeOf(await h.call('district_admin', 'culture', 'cancelSession', { sessionId: id, reason: '再次' }))).toBe(
      'FAILED_PRECONDITION',
    );
    expect(await runJob('culture-notices')).toBe(0);
    await expectCountersTrue(h, id);
  });

  it('tells a large session in batches, each person exactly once', async () => {
    const session = await newSession(h, { capacity: 50 });
    for (let i = 0; i < 230; i++) await h.ok(resident(i), 'culture', 'enrolSession', { sessionId: session.id });
    const result = await h.ok('district_admin', 'culture', 'cancelSession', {
      sessionId: session.id,
      reason: '天气原因',
    });
    expect(result.notified).toBe(230);
    const told = await h.deps.store.count(OUTBOX, { kind: 'culture_session_cancelled' });
    expect(told).toBe(230);
    expect((await sessionDoc(h, session.id)).fanoutPending).toBe(false);
    await expectCountersTrue(h, session.id);
  });

  it('announces a new time or place to everyone on the session, and re-arms their reminder', async () => {
    const id = await fullSession();
    h.clock.advance(2 * DAY + HOUR);
    expect(await runJob('culture-reminders')).toBe(2);
    const before = await sessionDoc(h, id);
    const moved = await h.ok('district_admin', 'culture', 'updateSession', {
      sessionId: id,
      version: before.version,
      startsAt: fromNow(h, 20 * HOUR),
      endsAt: fromNow(h, 22 * HOUR),
      venue: '瑞安路社区综合文化服务中心',
    });
    expect(moved.notified).toBe(4);
    const told = await messagesTo(h, 'wx-res-c', 'culture_session_changed');
    expect(told).toHaveLength(1);
    expect(told[0].body).toContain('时间、地点');
    expect(told[0].body).toContain('瑞安路社区综合文化服务中心');
    expect(await runJob('culture-reminders')).toBe(2);
    const quiet = await h.ok('district_admin', 'culture', 'updateSession', {
      sessionId: id,
      version: moved.session.version,
      description: '请带水杯',
    });
    expect(quiet.notified).toBe(0);
    expect(await messagesTo(h, 'wx-res-c', 'culture_session_changed')).toHaveLength(1);
  });

  it('offers new places to the waiting list at once when the capacity grows, and refuses to shrink below the places held', async () => {
    const id = await fullSession();
    const session = await sessionDoc(h, id);
    const grown = await h.ok('district_admin', 'culture', 'updateSession', {
      sessionId: id,
      version: session.version,
      capacity: 3,
    });
    expect(grown.session.placesLeft).toBe(0);
    expect((await mineIn(id, 'c')).state).toBe('offered');
    const shrink = await h.call('district_admin', 'culture', 'updateSession', {
      sessionId: id,
      version: grown.session.version,
      capacity: 2,
    });
    expect(!shrink.ok && shrink.error.message).toContain('名额不能少于已报名和待确认的 3 人');
    await expectCountersTrue(h, id);
  });

  it('refuses an edit made on a stale version, so two admins cannot overwrite each other', async () => {
    const session = await newSession(h);
    const first = await h.call('district_admin', 'culture', 'updateSession', {
      sessionId: session.id,
      version: session.version,
      title: '新标题',
    });
    const second = await h.call('district_admin', 'culture', 'updateSession', {
      sessionId: session.id,
      version: session.version,
      title: '另一个标题',
    });
    expect([codeOf(first), codeOf(second)]).toEqual(['OK', 'CONFLICT']);
  });

  it('refuses a schedule that makes no sense, in plain words', async () => {
    const bad = await h.call('district_admin', 'culture', 'createSession', {
      kind: 'event',
      title: '测试',
      category: 'festival',
      venue: '中心',
      capacity: 5,
      startsAt: fromNow(h, 2 * DAY),
      endsAt: fromNow(h, DAY),
    });
    expect(!bad.ok && bad.error.message).toBe('结束时间须晚于开始时间');
    const past = await h.call('district_admin', 'culture', 'createSession', {
      kind: 'event',
      title: '测试',
      category: 'festival',
      venue: '中心',
      capacity: 5,
      startsAt: fromNow(h, -DAY),
      endsAt: fromNow(h, -DAY + HOUR),
    });
    expect(!past.ok && past.error.message).toBe('活动开始时间须晚于现在');
    const noZone = await h.call('district_admin', 'culture', 'createSession', {
      kind: 'event',
      title: '测试',
      category: 'festival',
      venue: '中心',
      capacity: 5,
      startsAt: '2026-12-20 09:00',
      endsAt: '2026-12-20 11:00',
    });
    expect(!noZone.ok && noZone.error.message).toContain('时间格式');
  });
});

describe('reminders and calendar', () => {
  it('reminds seated people once, within a day of the start, and not those waiting', async () => {
    const id = await fullSession();
    expect(await runJob('culture-reminders')).toBe(0);
    h.clock.advance(2 * DAY + HOUR);
    expect(await runJob('culture-reminders')).toBe(2);
    expect(await runJob('culture-reminders')).toBe(0);
    const reminder = await messagesTo(h, 'wx-res-a', 'culture_reminder');
    expect(reminder).toHaveLength(1);
    expect(reminder[0].body).toContain((await mineIn(id, 'a')).checkinCode!);
    expect(await messagesTo(h, 'wx-res-c', 'culture_reminder')).toHaveLength(0);
  });

  it("gives an .ics and the phone-calendar argument, with the check-in code only for the caller's own seat", async () => {
    const id = await fullSession();
    const seated = await h.ok(resident('a'), 'culture', 'calendar', { sessionId: id });
    const code = (await mineIn(id, 'a')).checkinCode!;
    expect(seated.ics).toContain('BEGIN:VEVENT');
    expect(seated.ics.replace(/\r\n /g, '')).toContain(code);
    expect(seated.phoneCalendar.startTime).toBe(Math.floor(Date.parse((await sessionDoc(h, id)).startsAt) / 1000));
    const anonymous = await h.ok(null, 'culture', 'calendar', { sessionId: id });
    expect(anonymous.ics).not.toContain('签到码');
  });
});

describe('the demo journeys the browser tests will follow', () => {
  it('王建华 joins the full 邻里包饺子 list, 张丽 cancels, he accepts the offer and is enrolled', async () => {
    const joined = await h.ok('resident', 'culture', 'enrolSession', { sessionId: 'ses-festival-dumplings' });
    expect(joined.mine).toMatchObject({ state: 'waitlisted', position: 1 });
    h.clock.advance(60_000);
    await h.ok('relative', 'culture', 'cancelEnrolment', { sessionId: 'ses-festival-dumplings' });
    const inbox = await h.ok('resident', 'account', 'inbox', {});
    expect(inbox.messages[0]).toMatchObject({
      kind: 'culture_offer',
      title: '候补名额待确认',
      page: '/packages/culture/session/index?id=ses-festival-dumplings',
    });
    const accepted = await h.ok('resident', 'culture', 'acceptOffer', { sessionId: 'ses-festival-dumplings' });
    expect(accepted.mine.state).toBe('enrolled');
    expect(accepted.session).toMatchObject({ placesLeft: 0, waitingCount: 0 });
    await expectCountersTrue(h, 'ses-festival-dumplings');
  });

  it('王建华 enrols in 八段锦 and completes its first lesson', async () => {
    await h.ok('resident', 'culture', 'enrolCourse', { courseId: 'crs-taichi-baduanjin' });
    const lesson = await h.ok('resident', 'culture', 'lesson', { lessonId: 'crs-taichi-baduanjin-l1' });
    const saved = await h.ok('resident', 'culture', 'saveProgress', {
      courseId: 'crs-taichi-baduanjin',
      lessonId: lesson.lesson.id,
      seconds: lesson.lesson.durationSeconds,
    });
    expect(saved.lesson.completed).toBe(true);
    const mine = await h.ok('resident', 'culture', 'mine', {});
    expect(mine.courses.find((c) => c.course.id === 'crs-taichi-baduanjin')!.progress).toMatchObject({
      completedLessons: 1,
      percent: 25,
    });
  });
});
