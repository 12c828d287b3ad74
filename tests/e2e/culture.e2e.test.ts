import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { byTestId, expectAccessible, loginAs, openTab, openWorld, root, type BrowserWorld } from './browser';
import { pickValue } from './picker';
import { eventually, hasAttribute, hasClass, hasText, visible } from './wait';

/**
 * 文化课堂 journeys in the H5 build: learning an online lesson to the end,
 * the waiting list handing a freed place on, and the organiser's day
 * (list, export, figures, a new session, check-in, cancelling). axe runs on every culture page.
 */
jest.setTimeout(120_000);

let world: BrowserWorld;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(async () => {
  await world?.close();
});

async function heading(page: Page, text: string | RegExp) {
  await visible(root(page).getByRole('heading', { level: 1, name: text }));
}

/** A JSON call to the runtime as a given person, for setting the scene and checking what the UI did. */
async function api(token: string, action: string, input: Record<string, unknown> = {}) {
  const reply = await world.runtime.client.call('culture', { action, ...input }, token);
  if (!reply.body?.ok) throw new Error(`${action} failed: ${JSON.stringify(reply.body)}`);
  return reply.body.data;
}

describe('a resident learns an online lesson', () => {
  it('finds a course, enrols, plays the first lesson to the end and sees it complete', async () => {
    const page = await world.newPage();
    await loginAs(page, '王建华');

    await byTestId(page, 'entry-culture').click();
    await heading(page, '文化课堂');
    await visible(byTestId(page, 'culture-items'));
    await expectAccessible(page, 'catalogue');

    await root(page).getByRole('radio', { name: '线上课程' }).click();
    await hasAttribute(root(page).getByRole('radio', { name: '线上课程' }), 'aria-checked', 'true');
    await root(page).getByLabel('搜索课程或活动').fill('八段锦');
    await root(page).getByRole('button', { name: '搜索', exact: true }).click();
    await eventually(
      'only 八段锦 listed',
      () =>
        root(page)
          .getByTestId(/^(course|session)-/)
          .count(),
      (n) => n === 1,
    );
    await byTestId(page, 'course-crs-taichi-baduanjin').click();

    await heading(page, '八段锦');
    await visible(byTestId(page, 'enrol-course'));
    await expectAccessible(page, 'course (not enrolled)');
    await byTestId(page, 'enrol-course').click();
    await hasText(byTestId(page, 'course-progress'), '已学完 0 课');
    await expectAccessible(page, 'course (enrolled)');

    await byTestId(page, 'lesson-crs-taichi-baduanjin-l1').click();
    await heading(page, /第 1 课/);
    await visible(byTestId(page, 'play-toggle'));
    await expectAccessible(page, 'lesson player');

    // The real 5-second clip plays to the end through the page's own 播放 button; the player reports on "ended".
    await byTestId(page, 'play-toggle').click();
    await visible(byTestId(page, 'lesson-complete'));
    await hasAttribute(root(page).getByRole('progressbar', { name: '本课学习进度' }), 'aria-valuenow', '100');
    await expectAccessible(page, 'lesson player (complete)');

    // The server recorded it, and the course outline shows it.
    const token = await world.runtime.client.login('resident');
    const course = await api(token, 'course', { courseId: 'crs-taichi-baduanjin' });
    expect(course.lessons[0].progress).toMatchObject({ completed: true, percent: 100 });
    expect(course.progress).toMatchObject({ completedLessons: 1, lessonCount: 4, percent: 25 });

    // Lesson 2: play a little, pause (a report), come back later: the player starts where it stopped.
    await byTestId(page, 'next-lesson').click();
    await heading(page, /第 2 课/);
    await byTestId(page, 'play-toggle').click();
    await hasText(byTestId(page, 'play-toggle'), '暂停');
    // Wait until the video has really played a second, not for a fixed time a slow machine may not honour.
    await eventually(
      'the video plays past 1 s',
      () =>
        page
          .locator('video')
          .first()
          .evaluate((v: HTMLVideoElement) => v.currentTime),
      (t) => t >= 1.2,
      20_000,
    );
    await byTestId(page, 'play-toggle').click();
    await hasText(byTestId(page, 'play-toggle'), '继续播放');
    const saved = await eventually(
      'the paused position saved',
      async () =>
        (await api(token, 'course', { courseId: 'crs-taichi-baduanjin' })).lessons[1].progress
          .positionSeconds as number,
      (s) => s >= 1,
    );
    await page.reload();
    await heading(page, /第 2 课/);
    await hasText(byTestId(page, 'play-toggle'), '继续播放');
    const resumedAt = await eventually(
      'the player at the saved second',
      () =>
        root(page)
          .locator('video')
          .evaluate((v) => (v as HTMLVideoElement).currentTime),
      (t) => t > 0,
    );
    expect(resumedAt).toBe(Math.floor(saved));

    await byTestId(page, 'back-to-course').click();
    await heading(page, '八段锦');
    await hasText(byTestId(page, 'lesson-crs-taichi-baduanjin-l1'), '已学完');
    await hasText(byTestId(page, 'course-progress'), '已学完 1 课');
    await hasText(byTestId(page, 'resume'), '继续学习第 2 课');

    await root(page).getByRole('button', { name: '我的课程', exact: true }).click();
    await heading(page, '我的课程');
    const mine = byTestId(page, 'my-courses');
    await hasText(mine, '八段锦');
    await hasAttribute(mine.getByRole('progressbar', { name: '八段锦学习进度' }), 'aria-valuenow', '25');
    await expectAccessible(page, 'my courses');
  });
});

describe('the waiting list hands a freed place on', () => {
  const SESSION = 'ses-festival-dumplings';

  it('a resident queues for a full event, a place holder cancels, the first in the queue accepts the offer', async () => {
    // 王建华 reads with care mode on: big text and 60 px targets on the culture pages too.
    const waiting = await world.newPage();
    await loginAs(waiting, '王建华');
    await openTab(waiting, '我的');
    await waiting.getByRole('switch', { name: '关怀模式' }).click();
    await hasClass(root(waiting), 'care');

    await waiting.goto(`/packages/culture/session/index?id=${SESSION}`);
    await heading(waiting, /邻里包饺子/);
    await hasText(byTestId(waiting, 'places'), '名额已满');
    await hasClass(root(waiting), 'care');
    const join = byTestId(waiting, 'enrol-session');
    await hasText(join, '加入候补');
    expect((await join.boundingBox())!.height).toBeGreaterThanOrEqual(60);
    await expectAccessible(waiting, 'session (full, care mode)');

    await join.click();
    await hasText(byTestId(waiting, 'my-state'), '候补名单第 1 位');
    await hasText(byTestId(waiting, 'session-outcome'), '候补第 1 位');
    await expectAccessible(waiting, 'session (waitlisted)');

    // 张丽 holds a place (seeded) and gives it back, in her own browser.
    const holder = await world.newPage();
    await loginAs(holder, '张丽');
    await holder.goto(`/packages/culture/session/index?id=${SESSION}`);
    await hasText(byTestId(holder, 'my-state'), '您已报名');
    await visible(byTestId(holder, 'checkin-code'));
    await expectAccessible(holder, 'session (enrolled)');
    await byTestId(holder, 'cancel-enrolment').click();
    await expectAccessible(holder, 'session (asking before cancelling)');
    await root(holder).getByRole('button', { name: '确定取消报名' }).click();
    await hasText(byTestId(holder, 'my-state'), '您已取消');
    await hasText(byTestId(holder, 'session-outcome'), '已取消报名');

    // The first in the queue sees the offer with its deadline, accepts, and holds the place with a code.
    await waiting.reload();
    await hasText(byTestId(waiting, 'my-state'), '为您保留到');
    await expectAccessible(waiting, 'session (offer)');
    await byTestId(waiting, 'accept-offer').click();
    await hasText(byTestId(waiting, 'my-state'), '您已报名');
    const code = (await byTestId(waiting, 'checkin-code').locator('.cu-checkin__digits').textContent())!.replace(
      /\s/g,
      '',
    );
    expect(code).toMatch(/^\d{6}$/);

    const token = await world.runtime.client.login('resident');
    const detail = await api(token, 'session', { sessionId: SESSION });
    expect(detail.mine).toMatchObject({ state: 'enrolled', checkinCode: code });
    expect(detail.session).toMatchObject({ enrolledCount: 12, placesLeft: 0, waitingCount: 0 });

    // 加入日历 in H5 downloads the calendar file the server built, with the check-in code in it.
    const [download] = await Promise.all([waiting.waitForEvent('download'), byTestId(waiting, 'add-calendar').click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const ics = fs.readFileSync((await download.path())!, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(`签到码：${code}`);
    await hasText(byTestId(waiting, 'session-outcome'), '日历文件已下载');

    await waiting.getByRole('button', { name: '我的课程和报名' }).last().click();
    await heading(waiting, '我的课程');
    await hasText(byTestId(waiting, `my-session-${SESSION}`), `签到码 ${code}`);
    await expectAccessible(waiting, 'my courses (care mode)');
  });
});

describe('an organiser runs sessions', () => {
  it('reads a list, exports it, sees the figures, publishes a session, edits it and checks people in', async () => {
    const staff = await world.newPage();
    await loginAs(staff, '陈明');
    await openTab(staff, '我的');
    await staff.getByRole('button', { name: '文化活动管理' }).click();
    await heading(staff, '文化活动管理');
    await visible(byTestId(staff, 'manage-session-ses-taichi-yc-next'));
    await expectAccessible(staff, 'manage');

    // The seeded morning class: the list with names, and its CSV.
    await byTestId(staff, 'manage-session-ses-taichi-yc-next').click();
    await heading(staff, '太极拳晨练班');
    await hasText(byTestId(staff, 'roster-seats'), '王建华');
    await expectAccessible(staff, 'roster');
    const [csv] = await Promise.all([staff.waitForEvent('download'), byTestId(staff, 'export-csv').click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const content = fs.readFileSync((await csv.path())!, 'utf8');
    expect(content.charCodeAt(0)).toBe(0xfeff);
    expect(content).toContain('王建华');
    await hasText(byTestId(staff, 'roster-outcome'), '名单已下载');

    await staff.getByRole('button', { name: '返回活动管理' }).click();
    await heading(staff, '文化活动管理');
    await byTestId(staff, 'open-stats').click();
    await heading(staff, '出勤统计');
    await hasText(byTestId(staff, 'stats-chart'), '签到');
    await expectAccessible(staff, 'stats');
    await staff.getByRole('button', { name: '返回活动管理' }).click();
    await heading(staff, '文化活动管理');

    // A new event tomorrow 10:00-11:30 (Shanghai) with 2 places.
    const tomorrow = new Date(Date.now() + 8 * 3600_000 + 24 * 3600_000).toISOString().slice(0, 10);
    await byTestId(staff, 'new-session').click();
    await heading(staff, '新建活动');
    await expectAccessible(staff, 'new session form');
    const form = root(staff);
    await form.getByLabel('活动名称').fill('邻里书法交流');
    await form.getByRole('radio', { name: '书法' }).click();
    await form.getByLabel('活动地点').fill('宜昌路社区综合文化服务中心 书画室');
    await pickValue(staff, byTestId(staff, 'form-date'), tomorrow);
    await pickValue(staff, byTestId(staff, 'form-start'), '10:00');
    await pickValue(staff, byTestId(staff, 'form-end'), '11:30');
    await form.getByLabel('名额（人）').fill('2');
    await byTestId(staff, 'form-save').click();
    await heading(staff, '邻里书法交流');
    await hasText(byTestId(staff, 'roster-seats'), '还没有人报名');
    await expectAccessible(staff, 'roster (new session)');
    const sessionId = new URL(staff.url()).searchParams.get('id')!;

    // Three residents sign up: two places, one waiting.
    const wang = await world.runtime.client.login('resident');
    const zhang = await world.runtime.client.login('relative');
    const third = await world.runtime.client.loginOpenid('wx-e2e-culture-3');
    const wangCode = (await api(wang, 'enrolSession', { sessionId })).mine.checkinCode as string;
    await api(zhang, 'enrolSession', { sessionId });
    expect((await api(third, 'enrolSession', { sessionId })).mine).toMatchObject({ state: 'waitlisted', position: 1 });

    // One more place: the edit offers it to the first in the queue.
    await staff.reload();
    await hasText(byTestId(staff, 'roster-waitlist'), '第 1 位');
    await byTestId(staff, 'edit-session').click();
    await heading(staff, '修改活动');
    await eventually(
      'form filled',
      () => root(staff).getByLabel('名额（人）').inputValue(),
      (v) => v === '2',
    );
    await expectAccessible(staff, 'edit session form');
    await root(staff).getByLabel('名额（人）').fill('3');
    await byTestId(staff, 'form-save').click();
    await hasText(byTestId(staff, 'form-outcome'), '已保存');
    expect((await api(third, 'session', { sessionId })).mine).toMatchObject({ state: 'offered' });

    // Check-in opens 2 hours before the start: move the runtime's clock to 1 hour before.
    const { session } = await api(wang, 'session', { sessionId });
    world.runtime.clock.advance(Date.parse(session.startsAt) - world.runtime.clock.now().getTime() - 3600_000);

    await staff.getByRole('button', { name: '返回报名名单' }).click();
    await heading(staff, '邻里书法交流');
    await root(staff).getByLabel('签到码').fill(wangCode);
    await byTestId(staff, 'checkin-submit').click();
    await hasText(byTestId(staff, 'roster-outcome'), '王建华签到成功');
    await root(staff).getByRole('button', { name: '为张丽签到' }).click();
    await hasText(byTestId(staff, 'roster-outcome'), '张丽签到成功');
    await hasText(byTestId(staff, 'roster-figures'), '2/3');
    await expectAccessible(staff, 'roster (checked in)');

    // A wrong code is refused in plain words.
    await root(staff).getByLabel('签到码').fill('999999');
    await byTestId(staff, 'checkin-submit').click();
    await hasText(byTestId(staff, 'roster-outcome'), '签到码不正确');

    // Cancelling tells everyone still on it.
    await root(staff).getByLabel('取消原因').fill('老师临时有事，改期另行通知');
    await byTestId(staff, 'cancel-session').click();
    await root(staff).getByRole('button', { name: '确定取消活动' }).click();
    await hasText(byTestId(staff, 'roster-outcome'), '活动已取消');
    expect((await api(third, 'session', { sessionId })).session).toMatchObject({ status: 'cancelled' });
  });
});

describe('an organiser publishes an online course', () => {
  it('creates a course with one lesson, publishes it, and a resident finds it in the catalogue', async () => {
    const staff = await world.newPage();
    await loginAs(staff, '陈明');
    await openTab(staff, '我的');
    await staff.getByRole('button', { name: '文化活动管理' }).click();
    await heading(staff, '文化活动管理');
    await visible(byTestId(staff, 'manage-courses'));
    await byTestId(staff, 'new-course').click();

    await heading(staff, '新建课程');
    await expectAccessible(staff, 'new course form');
    await root(staff).getByRole('radio', { name: '线上课程（看视频）' }).click();
    await root(staff).getByLabel('课程名称').fill('居家手指操');
    await root(staff).getByRole('radio', { name: '舞蹈' }).click();
    await root(staff).getByLabel('授课老师（可不填）').fill('刘老师');
    await byTestId(staff, 'course-save').click();

    // Created as a draft: the editor opens with the lesson list.
    await heading(staff, '修改课程');
    await hasText(byTestId(staff, 'course-outcome'), '课程已建好');
    await hasText(byTestId(staff, 'course-lessons'), '还没有课时');
    await expectAccessible(staff, 'edit course (no lessons)');
    const courseId = new URL(staff.url()).searchParams.get('id')!;
    expect(courseId).toMatch(/^crs-/);

    await byTestId(staff, 'add-lesson').click();
    await heading(staff, '添加课时');
    await expectAccessible(staff, 'new lesson form');
    await root(staff).getByLabel('课时标题').fill('第一节 热身');
    // The video is uploaded from the computer: the browser reads its length (5 s) from the file.
    const chooser = staff.waitForEvent('filechooser');
    await byTestId(staff, 'lesson-video-upload').click();
    await (await chooser).setFiles(path.resolve(__dirname, '../../media/videos/dance.mp4'));
    await hasText(byTestId(staff, 'lesson-video-outcome'), '时长 0:05 已自动填好');
    expect(await root(staff).getByLabel('视频时长').inputValue()).toBe('0:05');
    expect(await root(staff).getByLabel('视频地址').inputValue()).toMatch(/^\/uploads\/videos\/[0-9a-f-]{36}\.mp4$/);
    await expectAccessible(staff, 'new lesson form (video uploaded)');
    await byTestId(staff, 'lesson-save').click();

    await heading(staff, '修改课程');
    await hasText(byTestId(staff, 'course-lessons'), '第 1 课 第一节 热身');
    await eventually(
      'form filled',
      () => root(staff).getByLabel('课程名称').inputValue(),
      (v) => v === '居家手指操',
    );
    await root(staff).getByRole('radio', { name: '发布，居民能看到' }).click();
    await byTestId(staff, 'course-save').click();
    await hasText(byTestId(staff, 'course-outcome'), '已保存');
    await expectAccessible(staff, 'edit course (published)');

    // A resident finds it in the catalogue and opens it.
    const resident = await world.newPage();
    await loginAs(resident, '王建华');
    await byTestId(resident, 'entry-culture').click();
    await heading(resident, '文化课堂');
    await root(resident).getByLabel('搜索课程或活动').fill('手指操');
    await root(resident).getByRole('button', { name: '搜索', exact: true }).click();
    await byTestId(resident, `course-${courseId}`).click();
    await heading(resident, '居家手指操');
    await visible(byTestId(resident, 'enrol-course'));
  });
});

describe('a shared link to an event', () => {
  it('opens the event for a visitor who is not logged in; signing up asks to log in and comes back to it', async () => {
    const visitor = await world.newPage();
    await visitor.goto('/packages/culture/session/index?id=ses-festival-dumplings');
    await heading(visitor, /邻里包饺子/);
    await hasText(byTestId(visitor, 'places'), '名额');
    await expectAccessible(visitor, 'session (signed out)');

    await byTestId(visitor, 'login-prompt').click();
    await visitor.waitForURL(/pages\/login\/index/);
    await visitor
      .getByRole('button', { name: /王建华/ })
      .first()
      .click();
    await visitor.waitForURL(/packages\/culture\/session\/index\?id=ses-festival-dumplings/);
    await heading(visitor, /邻里包饺子/);
    await visible(byTestId(visitor, 'my-place'));
    expect(await byTestId(visitor, 'login-prompt').count()).toBe(0);
  });
});
