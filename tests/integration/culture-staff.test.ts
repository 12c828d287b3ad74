import { BOM } from '../../server/core/csv';
import { codeOf, createHarness, type Harness, type PersonaId } from '../helpers/harness';
import {
  DAY,
  HOUR,
  enrolmentsOf,
  expectCountersTrue,
  fromNow,
  newSession,
  resident,
  sessionDoc,
} from './culture-helpers';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const YICHANG_SESSION = 'ses-taichi-yc-next';
const RUIAN_SESSION = 'ses-pastry-ra-next';
const DISTRICT_SESSION = 'ses-festival-dumplings';

/** Every staff action with an input that passes its schema. */
function staffCalls(): Array<[string, Record<string, unknown>]> {
  return [
    ['manageList', {}],
    ['createCourse', { mode: 'online', title: '新课', category: 'dance' }],
    ['updateCourse', { courseId: 'crs-dance-square', version: 1, title: '改名' }],
    [
      'createLesson',
      { courseId: 'crs-dance-square', title: '新课时', durationSeconds: 5, video: { url: '/media/videos/dance.mp4' } },
    ],
    ['updateLesson', { lessonId: 'crs-dance-square-l1', version: 1, title: '改名' }],
    [
      'createSession',
      {
        kind: 'event',
        title: '新活动',
        category: 'festival',
        venue: '中心',
        capacity: 5,
        startsAt: fromNow(h, 2 * DAY),
        endsAt: fromNow(h, 2 * DAY + HOUR),
      },
    ],
    ['updateSession', { sessionId: YICHANG_SESSION, version: 1, title: '改名' }],
    ['cancelSession', { sessionId: YICHANG_SESSION, reason: '测试' }],
    ['roster', { sessionId: YICHANG_SESSION }],
    ['checkIn', { sessionId: YICHANG_SESSION, code: '000100' }],
    ['markNoShow', { enrolmentId: `${YICHANG_SESSION}:demo-resident` }],
    ['resetAttendance', { enrolmentId: `${YICHANG_SESSION}:demo-resident` }],
    ['markNoShows', { sessionId: YICHANG_SESSION }],
    ['attendanceStats', {}],
    ['exportEnrolments', { sessionId: YICHANG_SESSION }],
  ];
}

describe('who may use the staff actions', () => {
  it.each([
    'resident',
    'relative',
    'grid_worker',
    'partner_barber',
    'partner_repair',
    'partner_heating',
  ] as PersonaId[])('refuses every one of them to %s', async (who) => {
    for (const [action, input] of staffCalls()) {
      const reply = await h.call(who, 'culture', action as 'roster', input as never);
      expect(`${action}: ${codeOf(reply)}`).toBe(`${action}: PERMISSION_DENIED`);
    }
  });

  it('refuses every one of them to an anonymous caller', async () => {
    for (const [action, input] of staffCalls()) {
      expect(`${action}: ${codeOf(await h.call(null, 'culture', action as 'roster', input as never))}`).toBe(
        `${action}: UNAUTHENTICATED`,
      );
    }
  });

  it("keeps a community admin to their own community's courses and sessions", async () => {
    const own = await newSession(h, {}, 'community_admin');
    expect(own).toMatchObject({ communityId: 'c-yichang', organiser: '宜昌路社区综合文化服务中心' });
    for (const communityId of ['c-ruian', null]) {
      const other = await h.call('community_admin', 'culture', 'createSession', {
        kind: 'event',
        title: '越权',
        category: 'festival',
        venue: '中心',
        capacity: 5,
        communityId,
        startsAt: fromNow(h, 2 * DAY),
        endsAt: fromNow(h, 2 * DAY + HOUR),
      });
      expect(codeOf(other)).toBe('PERMISSION_DENIED');
    }
    for (const sessionId of [RUIAN_SESSION, DISTRICT_SESSION]) {
      expect(codeOf(await h.call('community_admin', 'culture', 'roster', { sessionId }))).toBe('PERMISSION_DENIED');
      expect(codeOf(await h.call('community_admin', 'culture', 'cancelSession', { sessionId, reason: '越权' }))).toBe(
        'PERMISSION_DENIED',
      );
      expect(codeOf(await h.call('community_admin', 'culture', 'exportEnrolments', { sessionId }))).toBe(
        'PERMISSION_DENIED',
      );
      expect(
        codeOf(await h.call('community_admin', 'culture', 'updateSession', { sessionId, version: 1, title: '越权' })),
      ).toBe('PERMISSION_DENIED');
    }
    expect(
      codeOf(
        await h.call('community_admin', 'culture', 'updateCourse', {
          courseId: 'crs-dance-square',
          version: 1,
          title: '越权',
        }),
      ),
    ).toBe('PERMISSION_DENIED');
    expect(codeOf(await h.call('community_admin', 'culture', 'attendanceStats', { communityId: 'c-ruian' }))).toBe(
      'PERMISSION_DENIED',
    );
    const list = await h.ok('community_admin', 'culture', 'manageList', {});
    expect(new Set(list.sessions.map((s) => s.communityId))).toEqual(new Set(['c-yichang']));
    expect(list.courses.every((c) => c.communityId === 'c-yichang')).toBe(true);
  });

  it("lets the district admin manage every community's items", async () => {
    expect(codeOf(await h.call('district_admin', 'culture', 'roster', { sessionId: RUIAN_SESSION }))).toBe('OK');
    expect(codeOf(await h.call('district_admin', 'culture', 'roster', { sessionId: YICHANG_SESSION }))).toBe('OK');
    const list = await h.ok('district_admin', 'culture', 'manageList', {});
    expect(new Set(list.sessions.map((s) => s.communityId))).toEqual(new Set(['c-yichang', 'c-ruian', null]));
  });
});

describe("the organiser's list", () => {
  it('shows seats by arrival and the waiting list in order, with contact details for staff only', async () => {
    const session = await newSession(h, { capacity: 1 });
    await h.ok('resident', 'culture', 'enrolSession', { sessionId: session.id });
    await h.ok('relative', 'culture', 'enrolSession', { sessionId: session.id });
    await h.ok(resident('x'), 'culture', 'enrolSession', { sessionId: session.id });
    const list = await h.ok('district_admin', 'culture', 'roster', { sessionId: session.id });
    expect(list.seats.map((r) => r.name)).toEqual(['王建华']);
    expect(list.seats[0].phone).toBe('13800000001');
    expect(list.waitlist.map((r) => [r.name, r.position])).toEqual([
      ['张丽', 1],
      ['居民es-x', 2],
    ]);
    const publicView = JSON.stringify(await h.ok(resident('x'), 'culture', 'session', { sessionId: session.id }));
    expect(publicView).not.toContain('13800000001');
    expect(publicView).not.toContain('王建华');
  });
});

describe('check-in on the day', () => {
  async function seatedSession() {
    const session = await newSession(h, { capacity: 3 });
    const mine = await Promise.all(
      ['a', 'b', 'c'].map(
        async (n) => (await h.ok(resident(n), 'culture', 'enrolSession', { sessionId: session.id })).mine,
      ),
    );
    return { id: session.id, mine };
  }

  it('opens two hours before the start', async () => {
    const { id, mine } = await seatedSession();
    const early = await h.call('district_admin', 'culture', 'checkIn', { sessionId: id, code: mine[0].checkinCode! });
    expect(!early.ok && early.error.message).toContain('开始前 2 小时');
    h.clock.advance(3 * DAY - 2 * HOUR);
    expect(
      codeOf(await h.call('district_admin', 'culture', 'checkIn', { sessionId: id, code: mine[0].checkinCode! })),
    ).toBe('OK');
  });

  it('checks in by typed code, by scanned QR and by ticking the list, each person once', async () => {
    const { id, mine } = await seatedSession();
    h.clock.advance(3 * DAY);
    // The session is the sub-district's, so a community admin may not check anyone in.
    expect(
      codeOf(await h.call('community_admin', 'culture', 'checkIn', { sessionId: id, code: mine[0].checkinCode! })),
    ).toBe('PERMISSION_DENIED');
    const byCode = await h.ok('district_admin', 'culture', 'checkIn', { sessionId: id, code: mine[0].checkinCode! });
    expect(byCode.enrolment).toMatchObject({ state: 'attended', stateLabel: '已签到' });
    expect(codeOf(await h.call('district_admin', 'culture', 'checkIn', { qr: mine[1].checkinQr! }))).toBe('OK');
    expect(codeOf(await h.call('district_admin', 'culture', 'checkIn', { enrolmentId: mine[2].id }))).toBe('OK');
    const twice = await h.call('district_admin', 'culture', 'checkIn', { enrolmentId: mine[2].id });
    expect(!twice.ok && twice.error).toMatchObject({
      code: 'FAILED_PRECONDITION',
      message: '当前状态为「已签到」，不能签到',
    });
    expect((await expectCountersTrue(h, id)).counts.attended).toBe(3);
  });

  it('refuses a wrong code, a code of another session and a malformed scan', async () => {
    const { id, mine } = await seatedSession();
    const other = await newSession(h);
    h.clock.advance(3 * DAY);
    expect(codeOf(await h.call('district_admin', 'culture', 'checkIn', { sessionId: id, code: '999999' }))).toBe(
      'NOT_FOUND',
    );
    expect(
      codeOf(await h.call('district_admin', 'culture', 'checkIn', { sessionId: other.id, code: mine[0].checkinCode! })),
    ).toBe('NOT_FOUND');
    const scan = await h.call('district_admin', 'culture', 'checkIn', { qr: 'https://example.com/x' });
    expect(!scan.ok && scan.error.message).toContain('不是文化课堂的签到码');
    const nothing = await h.call('district_admin', 'culture', 'checkIn', {});
    expect(!nothing.ok && nothing.error.message).toContain('请扫码、输入签到码');
  });

  it('lets exactly one of two staff checking in the same person at once succeed', async () => {
    const { id, mine } = await seatedSession();
    h.clock.advance(3 * DAY);
    const both = await Promise.all([
      h.call('district_admin', 'culture', 'checkIn', { sessionId: id, code: mine[0].checkinCode! }),
      h.call('district_admin', 'culture', 'checkIn', { enrolmentId: mine[0].id }),
    ]);
    expect(both.map(codeOf).sort()).toEqual(['FAILED_PRECONDITION', 'OK']);
    expect((await expectCountersTrue(h, id)).counts.attended).toBe(1);
  });

  it('marks no-shows after the start, all remaining ones after the end, and lets staff correct a tick', async () => {
    const { id, mine } = await seatedSession();
    expect(codeOf(await h.call('district_admin', 'culture', 'markNoShow', { enrolmentId: mine[0].id }))).toBe(
      'FAILED_PRECONDITION',
    );
    h.clock.advance(3 * DAY);
    await h.ok('district_admin', 'culture', 'checkIn', { enrolmentId: mine[0].id });
    await h.ok('district_admin', 'culture', 'markNoShow', { enrolmentId: mine[1].id });
    const undone = await h.ok('district_admin', 'culture', 'resetAttendance', { enrolmentId: mine[1].id });
    expect(undone.enrolment.state).toBe('enrolled');
    expect(codeOf(await h.call('district_admin', 'culture', 'markNoShows', { sessionId: id }))).toBe(
      'FAILED_PRECONDITION',
    );
    h.clock.advance(3 * HOUR);
    expect(await h.ok('district_admin', 'culture', 'markNoShows', { sessionId: id })).toEqual({ marked: 2 });
    expect(await h.ok('district_admin', 'culture', 'markNoShows', { sessionId: id })).toEqual({ marked: 0 });
    const counts = (await expectCountersTrue(h, id)).counts;
    expect([counts.attended, counts.no_show]).toEqual([1, 2]);
  });
});

describe('figures and export', () => {
  it("gives attendance by course and month from the seeded past sessions, within the admin's scope", async () => {
    const all = await h.ok('district_admin', 'culture', 'attendanceStats', { months: 6 });
    expect(all.months).toHaveLength(6);
    const taichi = all.rows.filter((r) => r.label === '太极拳晨练班');
    expect(taichi.length).toBeGreaterThan(0);
    expect(all.rows.some((r) => r.label === '荟文化悦生活')).toBe(true);
    expect(all.online).toHaveLength(15);
    const attended = all.totals.reduce((n, t) => n + t.attended, 0);
    expect(attended).toBeGreaterThan(0);
    const community = await h.ok('community_admin', 'culture', 'attendanceStats', {});
    expect(community.rows.every((r) => r.label !== '荟文化悦生活')).toBe(true);
    expect(community.totals.reduce((n, t) => n + t.attended, 0)).toBeLessThan(attended);
  });

  it('counts a check-in in the month figures once the session has taken place', async () => {
    const session = await newSession(h, { capacity: 2, title: '统计测试' });
    const seat = await h.ok(resident('a'), 'culture', 'enrolSession', { sessionId: session.id });
    h.clock.advance(3 * DAY);
    await h.ok('district_admin', 'culture', 'checkIn', { enrolmentId: seat.mine.id });
    const stats = await h.ok('district_admin', 'culture', 'attendanceStats', { months: 1 });
    expect(stats.rows.find((r) => r.label === '统计测试')).toMatchObject({
      sessions: 1,
      attended: 1,
      enrolled: 1,
      capacity: 2,
      attendanceRate: 100,
    });
  });

  it('exports an enrolment list as CSV with a BOM, seats first, then the waiting list', async () => {
    const session = await newSession(h, { capacity: 1, title: '导出, 测试' });
    await h.ok('resident', 'culture', 'enrolSession', { sessionId: session.id });
    await h.ok('relative', 'culture', 'enrolSession', { sessionId: session.id });
    const file = await h.ok('district_admin', 'culture', 'exportEnrolments', { sessionId: session.id });
    expect(file.filename).toMatch(/^导出,_测试-报名名单-\d{8}\.csv$/);
    expect(file.content.startsWith(BOM)).toBe(true);
    const lines = file.content.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('报名序号,姓名,手机,状态,候补号,报名时间,签到时间,取消原因');
    expect(lines[1]).toMatch(/^1,王建华,13800000001,已报名,,2026-11-26 10:00,,$/);
    expect(lines[2]).toMatch(/^2,张丽,13800000002,候补中,1,/);
    const course = await h.ok('district_admin', 'culture', 'exportEnrolments', { courseId: 'crs-taichi-24' });
    expect(course.content).toContain('王建华,13800000001,已报名,2,4,50%');
    const both = await h.call('district_admin', 'culture', 'exportEnrolments', {
      sessionId: session.id,
      courseId: 'crs-taichi-24',
    });
    expect(!both.ok && both.error.message).toContain('请选择一个活动或一门课程');
  });
});

describe('authoring courses, lessons and sessions', () => {
  it('keeps a draft course out of the catalogue until it is published', async () => {
    const draft = await h.ok('district_admin', 'culture', 'createCourse', {
      mode: 'online',
      title: '剪纸入门',
      category: 'papercut',
      teacher: '林老师',
    });
    await h.ok('district_admin', 'culture', 'createLesson', {
      courseId: draft.id,
      title: '对折剪',
      durationSeconds: 5,
      text: '红纸对折，剪出对称图案。',
      video: { fileId: 'cloud://env-1.bucket/culture/videos/papercut.mp4' },
    });
    expect(codeOf(await h.call(resident('x'), 'culture', 'course', { courseId: draft.id }))).toBe('NOT_FOUND');
    expect((await h.ok('district_admin', 'culture', 'course', { courseId: draft.id })).lessons).toHaveLength(1);
    expect((await h.ok(null, 'culture', 'catalogue', { q: '剪纸入门' })).items).toHaveLength(0);
    await h.ok('district_admin', 'culture', 'updateCourse', {
      courseId: draft.id,
      version: draft.version,
      published: true,
    });
    const found = (await h.ok(null, 'culture', 'catalogue', { q: '剪纸入门' })).items;
    expect(found).toEqual([expect.objectContaining({ id: draft.id, lessonCount: 1, totalSeconds: 5 })]);
  });

  it('keeps the course length in step with its lessons, and refuses a stale lesson edit', async () => {
    const lesson = await h.ok('district_admin', 'culture', 'updateLesson', {
      lessonId: 'crs-dance-square-l1',
      version: 1,
      durationSeconds: 9,
    });
    expect(lesson.durationSeconds).toBe(9);
    const course = (await h.ok(null, 'culture', 'course', { courseId: 'crs-dance-square' })).course;
    expect(course.totalSeconds).toBe(9 + 5 * 3);
    expect(
      codeOf(
        await h.call('district_admin', 'culture', 'updateLesson', {
          lessonId: 'crs-dance-square-l1',
          version: 1,
          title: '旧版本',
        }),
      ),
    ).toBe('CONFLICT');
  });

  it('refuses lessons on an offline course and videos from anywhere but /media, the video uploads, https or cloud storage', async () => {
    const offline = await h.call('district_admin', 'culture', 'createLesson', {
      courseId: 'crs-off-taichi-yc',
      title: '课',
      durationSeconds: 5,
      video: { url: '/media/videos/taichi.mp4' },
    });
    expect(codeOf(offline)).toBe('FAILED_PRECONDITION');
    const ftp = await h.call('district_admin', 'culture', 'createLesson', {
      courseId: 'crs-dance-square',
      title: '课',
      durationSeconds: 5,
      video: { url: 'ftp://x/y.mp4' },
    });
    expect(!ftp.ok && ftp.error.message).toContain('视频地址须以 /media/、/uploads/videos/ 或 https:// 开头');
    // An uploaded photo is not a video: only the video uploads folder is accepted.
    const photo = await h.call('district_admin', 'culture', 'createLesson', {
      courseId: 'crs-dance-square',
      title: '课',
      durationSeconds: 5,
      video: { url: '/uploads/a.jpg' },
    });
    expect(codeOf(photo)).toBe('INVALID_ARGUMENT');
    const none = await h.call('district_admin', 'culture', 'createLesson', {
      courseId: 'crs-dance-square',
      title: '课',
      durationSeconds: 5,
      video: {},
    });
    expect(!none.ok && none.error.message).toContain('请上传视频');
  });

  it('creates a class of an offline course, which then lists it', async () => {
    const session = await newSession(
      h,
      { kind: 'class', courseId: 'crs-off-taichi-yc', category: 'taichi', title: '太极拳晨练班（加开）' },
      'community_admin',
    );
    const course = await h.ok(null, 'culture', 'course', { courseId: 'crs-off-taichi-yc' });
    expect(course.sessions.map((s) => s.id)).toContain(session.id);
    expect(
      codeOf(
        await h.call('district_admin', 'culture', 'createSession', {
          kind: 'class',
          courseId: 'crs-nowhere',
          title: '无课程',
          category: 'taichi',
          venue: '中心',
          capacity: 5,
          startsAt: fromNow(h, 2 * DAY),
          endsAt: fromNow(h, 2 * DAY + HOUR),
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('records the seeded full session as full, with its people enrolled and counters true', async () => {
    const session = await sessionDoc(h, DISTRICT_SESSION);
    expect(session.counts.enrolled).toBe(session.capacity);
    expect((await enrolmentsOf(h, DISTRICT_SESSION)).some((e) => e.openid === 'demo-relative')).toBe(true);
    for (const id of [DISTRICT_SESSION, RUIAN_SESSION, YICHANG_SESSION, 'ses-past-market'])
      await expectCountersTrue(h, id);
  });
});
