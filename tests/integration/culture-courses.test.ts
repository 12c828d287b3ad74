import { codeOf, createHarness, type Harness } from '../helpers/harness';
import { messagesTo, resident } from './culture-helpers';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const TAICHI = 'crs-taichi-24';

async function lessonsOf(courseId: string) {
  return (await h.ok(null, 'culture', 'course', { courseId })).lessons;
}

describe('the catalogue', () => {
  it('shows the 15 seeded online courses with 60 lessons, and sessions with places left, without signing in', async () => {
    const all = await h.ok(null, 'culture', 'catalogue', {});
    const courses = all.items.filter((i) => i.type === 'course');
    expect(courses).toHaveLength(15);
    expect(courses.reduce((n, c) => n + (c.type === 'course' ? c.lessonCount : 0), 0)).toBe(60);
    const full = all.items.find((i) => i.id === 'ses-festival-dumplings');
    expect(full).toMatchObject({ type: 'session', placesLeft: 0, full: true, signup: 'open' });
    const nearlyFull = all.items.find((i) => i.id === 'ses-pastry-ra-next');
    expect(nearlyFull).toMatchObject({ placesLeft: 1 });
    expect(all.categories.map((c) => c.name)).toEqual(expect.arrayContaining(['舞蹈', '面点', '书法', '合唱', '太极']));
  });

  it('filters by category, by online or offline, and by words', async () => {
    const taichi = await h.ok(null, 'culture', 'catalogue', { category: 'taichi' });
    expect(taichi.items.every((i) => i.category === 'taichi')).toBe(true);
    const offline = await h.ok(null, 'culture', 'catalogue', { mode: 'offline' });
    expect(offline.items.every((i) => i.type === 'session')).toBe(true);
    const online = await h.ok(null, 'culture', 'catalogue', { mode: 'online', q: '水饺' });
    expect(online.items.map((i) => i.title)).toEqual(['鲅鱼水饺']);
    const twoWords = await h.ok(null, 'culture', 'catalogue', { q: '瑞安路 书法' });
    expect(twoWords.items.map((i) => i.id)).toEqual(['ses-callig-ra-next']);
  });

  it('refuses an unknown category and an over-long search in plain words', async () => {
    const badCategory = await h.raw('culture', { action: 'catalogue', category: 'opera' });
    expect(!badCategory.ok && badCategory.error.message).toContain('请选择类别');
    const longSearch = await h.call(null, 'culture', 'catalogue', { q: '太'.repeat(31) });
    expect(!longSearch.ok && longSearch.error.message).toContain('搜索内容最多 30 个字');
  });
});

describe('signing in', () => {
  it('is needed for everything but browsing', async () => {
    const lessonId = `${TAICHI}-l1`;
    const needSignIn: Array<[string, Record<string, unknown>]> = [
      ['mine', {}],
      ['enrolCourse', { courseId: TAICHI }],
      ['lesson', { lessonId }],
      ['saveProgress', { courseId: TAICHI, lessonId, seconds: 1 }],
      ['enrolSession', { sessionId: 'ses-market-next' }],
      ['cancelEnrolment', { sessionId: 'ses-market-next' }],
      ['leaveWaitlist', { sessionId: 'ses-market-next' }],
      ['acceptOffer', { sessionId: 'ses-market-next' }],
      ['declineOffer', { sessionId: 'ses-market-next' }],
    ];
    for (const [action, input] of needSignIn) {
      expect(`${action}: ${codeOf(await h.call(null, 'culture', action as 'mine', input as never))}`).toBe(
        `${action}: UNAUTHENTICATED`,
      );
    }
    for (const [action, input] of [
      ['catalogue', {}],
      ['course', { courseId: TAICHI }],
      ['session', { sessionId: 'ses-market-next' }],
      ['calendar', { sessionId: 'ses-market-next' }],
    ] as const) {
      expect(`${action}: ${codeOf(await h.call(null, 'culture', action as 'catalogue', input as never))}`).toBe(
        `${action}: OK`,
      );
    }
  });

  it('lets staff and partners enrol as residents too', async () => {
    for (const who of ['grid_worker', 'partner_barber', 'community_admin'] as const) {
      expect(codeOf(await h.call(who, 'culture', 'enrolSession', { sessionId: 'ses-market-next' }))).toBe('OK');
    }
  });
});

describe('an online course', () => {
  it('shows its outline to anyone, but the lesson player only after enrolling', async () => {
    const outline = await h.ok(null, 'culture', 'course', { courseId: TAICHI });
    expect(outline.lessons.map((l) => l.number)).toEqual([1, 2, 3, 4]);
    expect(outline.progress).toBeNull();
    expect(codeOf(await h.call(resident('new'), 'culture', 'lesson', { lessonId: outline.lessons[0].id }))).toBe(
      'FAILED_PRECONDITION',
    );
    await h.ok(resident('new'), 'culture', 'enrolCourse', { courseId: TAICHI });
    const lesson = await h.ok(resident('new'), 'culture', 'lesson', { lessonId: outline.lessons[0].id });
    expect(lesson.lesson.video.url).toBe('/media/videos/taichi.mp4');
    expect(lesson.nextLessonId).toBe(outline.lessons[1].id);
    expect(lesson.previousLessonId).toBeNull();
  });

  it('counts one enrolment per person', async () => {
    const first = await h.ok(resident('new'), 'culture', 'enrolCourse', { courseId: TAICHI });
    const again = await h.call(resident('new'), 'culture', 'enrolCourse', { courseId: TAICHI });
    expect(codeOf(again)).toBe('FAILED_PRECONDITION');
    const course = (await h.ok(null, 'culture', 'course', { courseId: TAICHI })).course;
    expect(course.enrolledCount).toBe(first.course.enrolledCount);
  });

  it('refuses enrolling in an offline course or one that does not exist', async () => {
    const offline = await h.call(resident('new'), 'culture', 'enrolCourse', { courseId: 'crs-off-taichi-yc' });
    expect(!offline.ok && offline.error.message).toContain('请选择具体场次');
    expect(codeOf(await h.call(resident('new'), 'culture', 'enrolCourse', { courseId: 'crs-nowhere' }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await h.call(null, 'culture', 'enrolCourse', { courseId: TAICHI }))).toBe('UNAUTHENTICATED');
  });
});

describe('lesson progress', () => {
  it('completes a lesson at 90% of its video and resumes where the resident stopped', async () => {
    await h.ok(resident('p'), 'culture', 'enrolCourse', { courseId: TAICHI });
    const [first] = await lessonsOf(TAICHI);
    const partial = await h.ok(resident('p'), 'culture', 'saveProgress', {
      courseId: TAICHI,
      lessonId: first.id,
      seconds: 2.5,
    });
    expect(partial.lesson).toMatchObject({ completed: false, percent: 50 });
    expect(partial.course.resume).toEqual({ lessonId: first.id, positionSeconds: 2.5 });
    const done = await h.ok(resident('p'), 'culture', 'saveProgress', {
      courseId: TAICHI,
      lessonId: first.id,
      seconds: 4.5,
    });
    expect(done.lesson).toMatchObject({ completed: true, percent: 100 });
    expect(done.course).toMatchObject({ completedLessons: 1, lessonCount: 4, percent: 25 });
    expect(done.course.resume?.lessonId).toBe((await lessonsOf(TAICHI))[1].id);
  });

  it('never moves progress backwards when a stale report arrives', async () => {
    await h.ok(resident('p'), 'culture', 'enrolCourse', { courseId: TAICHI });
    const [first] = await lessonsOf(TAICHI);
    await h.ok(resident('p'), 'culture', 'saveProgress', { courseId: TAICHI, lessonId: first.id, seconds: 3 });
    const stale = await h.ok(resident('p'), 'culture', 'saveProgress', {
      courseId: TAICHI,
      lessonId: first.id,
      seconds: 1,
    });
    expect(stale.lesson).toMatchObject({ watchedSeconds: 3, positionSeconds: 1 });
  });

  it('refuses a lesson of another course, a position past the video, and a resident who has not enrolled', async () => {
    await h.ok(resident('p'), 'culture', 'enrolCourse', { courseId: TAICHI });
    const [other] = await lessonsOf('crs-dance-square');
    const foreign = await h.call(resident('p'), 'culture', 'saveProgress', {
      courseId: TAICHI,
      lessonId: other.id,
      seconds: 1,
    });
    expect(!foreign.ok && foreign.error).toMatchObject({ code: 'INVALID_ARGUMENT', message: '这一课不属于该课程' });
    const [first] = await lessonsOf(TAICHI);
    const tooFar = await h.call(resident('p'), 'culture', 'saveProgress', {
      courseId: TAICHI,
      lessonId: first.id,
      seconds: 60,
    });
    expect(!tooFar.ok && tooFar.error.message).toContain('超出了本课时长');
    const negative = await h.call(resident('p'), 'culture', 'saveProgress', {
      courseId: TAICHI,
      lessonId: first.id,
      seconds: -1,
    });
    expect(!negative.ok && negative.error.message).toContain('不能为负数');
    const notEnrolled = await h.call(resident('q'), 'culture', 'saveProgress', {
      courseId: TAICHI,
      lessonId: first.id,
      seconds: 1,
    });
    expect(!notEnrolled.ok && notEnrolled.error.message).toContain('请先报名');
    const text = await h.raw(
      'culture',
      { action: 'saveProgress', courseId: TAICHI, lessonId: first.id, seconds: '5' },
      'wx-res-p',
    );
    expect(codeOf(text)).toBe('INVALID_ARGUMENT');
  });

  it('completes the course when the last lesson is watched, once, with a message and the course figures updated', async () => {
    await h.ok(resident('p'), 'culture', 'enrolCourse', { courseId: TAICHI });
    const before = (await h.ok(null, 'culture', 'course', { courseId: TAICHI })).course.completedCount;
    const lessons = await lessonsOf(TAICHI);
    let last;
    for (const lesson of lessons)
      last = await h.ok(resident('p'), 'culture', 'saveProgress', {
        courseId: TAICHI,
        lessonId: lesson.id,
        seconds: lesson.durationSeconds,
      });
    expect(last!.justCompleted).toBe(true);
    expect(last!.course).toMatchObject({ state: 'completed', stateLabel: '已结业', percent: 100 });
    const rewatch = await h.ok(resident('p'), 'culture', 'saveProgress', {
      courseId: TAICHI,
      lessonId: lessons[0].id,
      seconds: 1,
    });
    expect(rewatch.justCompleted).toBe(false);
    expect(await messagesTo(h, 'wx-res-p', 'culture_course_completed')).toHaveLength(1);
    expect((await h.ok(null, 'culture', 'course', { courseId: TAICHI })).course.completedCount).toBe(before + 1);
  });

  it('shows "我的课程" with progress bars, and the seeded resident\'s course half done', async () => {
    const mine = await h.ok('resident', 'culture', 'mine', {});
    const taichi = mine.courses.find((c) => c.course.id === TAICHI)!;
    expect(taichi.progress).toMatchObject({ completedLessons: 2, lessonCount: 4, percent: 50 });
    expect(taichi.progress.resume).toEqual({ lessonId: `${TAICHI}-l3`, positionSeconds: 2 });
    expect(mine.sessions.map((s) => s.session.id)).toContain('ses-taichi-yc-next');
    const seat = mine.sessions.find((s) => s.session.id === 'ses-taichi-yc-next')!;
    expect(seat.mine.checkinCode).toMatch(/^\d{6}$/);
  });
});
