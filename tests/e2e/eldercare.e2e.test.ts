import type { Locator, Page } from 'playwright-core';
import { expectAccessible, loginAs, openTab, openWorld, type BrowserWorld } from './browser';
import { pickValue } from './picker';
import { eventually, hasClass, hasText, visible } from './wait';

/**
 * 为老服务 in the browser: the relative 张丽 books a haircut for 张德顺 (92),
 * the barber's staff 孙丽娜 confirms it, the visit happens (the runtime clock
 * moves to the visit window), 孙丽娜 marks it completed and 张丽 rates it.
 * Two browser contexts, one per person; 张丽 uses care mode throughout.
 * Every page of the subpackage is checked with axe.
 */
let world: BrowserWorld;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(async () => {
  await world?.close();
});

/** Taro H5 keeps earlier pages in the DOM (hidden): look only inside the page on screen. */
const screen = (page: Page) => page.locator('[data-testid="page-root"]:visible');
const byTestId = (page: Page, id: string): Locator => screen(page).locator(`[data-testid="${id}"]`);

async function openWork(page: Page, name: string) {
  await openTab(page, '我的');
  await screen(page).getByRole('button', { name }).click();
}

async function heading(page: Page, text: string) {
  await visible(screen(page).getByRole('heading', { level: 1, name: text }));
}

/** The start of a window from its id `${serviceId}_${date}_${period}` (上午 09:00, 下午 14:00 in Qingdao). */
function windowStart(windowId: string): number {
  const [, date, period] = /_(\d{4}-\d{2}-\d{2})_(am|pm)$/.exec(windowId)!;
  return Date.parse(`${date}T${period === 'am' ? '09:00' : '14:00'}:00+08:00`);
}

describe('a haircut for 张德顺, booked by his daughter and done by the barber', () => {
  let relative: Page;
  let barber: Page;
  let bookingId = '';
  let windowId = '';

  beforeAll(async () => {
    relative = await world.newPage();
    barber = await (
      await world.browser.newContext({
        viewport: { width: 390, height: 844 },
        locale: 'zh-CN',
        baseURL: world.runtime.url,
      })
    ).newPage();
    await loginAs(relative, '张丽');
    await loginAs(barber, '孙丽娜');
  });

  it('张丽 switches care mode on and opens 为老服务 from the home page', async () => {
    await openTab(relative, '我的');
    await relative.getByRole('switch', { name: '关怀模式' }).click();
    await hasClass(screen(relative), 'care');
    await openTab(relative, '首页');
    await screen(relative).getByTestId('entry-eldercare').click();
    await heading(relative, '为老服务');
    await hasClass(screen(relative), 'care');
    const elder = byTestId(relative, 'elder-el-zhang-deshun');
    await hasText(elder, '张德顺');
    await hasText(elder, '已核实');
    await expectAccessible(relative, 'eldercare home (care mode)');
  });

  it('sees which services 张德顺 can have, and why not the heating service', async () => {
    await byTestId(relative, 'book-for-el-zhang-deshun').click();
    await heading(relative, '选择服务');
    const haircut = byTestId(relative, 'service-svc-jiali-haircut');
    await hasText(haircut, '可预约');
    await hasText(haircut, '今年还能约');
    await hasText(byTestId(relative, 'service-svc-taineng-heating'), '困难家庭');
    await expectAccessible(relative, 'services of an elder');
  });

  it('books the first haircut window with a note; big tap targets in care mode', async () => {
    await byTestId(relative, 'choose-svc-jiali-haircut').click();
    await heading(relative, '预约上门理发');
    const first = screen(relative).locator('[data-testid^="window-svc-jiali-haircut_"]').first();
    await visible(first);
    windowId = (await first.getAttribute('data-testid'))!.replace(/^window-/, '');
    // Book it inside the 24-hour cancellation cut-off (moving the clock there if the page was opened earlier),
    // so the journey meets the warning that it cannot be cancelled online afterwards.
    const lateFrom = windowStart(windowId) - 20 * 3_600_000;
    const now = world.runtime.clock.now().getTime();
    if (now < lateFrom) {
      world.runtime.clock.advance(lateFrom - now);
      await relative.reload();
      await heading(relative, '预约上门理发');
      await visible(first);
    }
    expect((await first.boundingBox())!.height).toBeGreaterThanOrEqual(60);
    await first.click();
    await eventually(
      'window chosen',
      () => first.getAttribute('aria-checked'),
      (v) => v === 'true',
    );
    await screen(relative).getByLabel('备注').fill('老人腿脚不便，请敲门后多等一会儿');
    await expectAccessible(relative, 'book (care mode)');

    await hasText(byTestId(relative, 'book-late'), '预约后不能在网上取消');
    await hasText(byTestId(relative, 'book-late'), '13800000006');
    await byTestId(relative, 'book-submit').click();
    await hasText(byTestId(relative, 'book-late-confirm'), '预约后不能在网上取消');
    await expectAccessible(relative, 'book: cut-off confirmation (care mode)');
    await byTestId(relative, 'book-late-yes').click();
    await heading(relative, '预约详情');
    await hasText(byTestId(relative, 'booking-created'), '预约已提交');
    await hasText(byTestId(relative, 'booking-status'), '待确认');
    await hasText(byTestId(relative, 'booking-facts'), '老人腿脚不便');
    bookingId = new URL(relative.url()).searchParams.get('id')!;
    expect(bookingId).toMatch(/^bk_/);
    await expectAccessible(relative, 'booking detail (care mode)');
  });

  it('孙丽娜 sees the request with the name masked, confirms it, and then sees the address and phone', async () => {
    await openWork(barber, '合作单位工作台');
    await heading(barber, '合作单位工作台');
    const item = byTestId(barber, `partner-booking-${bookingId}`);
    await hasText(item, '张**');
    await expectAccessible(barber, 'partner workbench');

    await item.click();
    await heading(barber, '预约处理');
    const facts = byTestId(barber, 'partner-facts');
    await hasText(facts, '张**');
    expect(await facts.textContent()).not.toContain('张德顺');
    expect(await facts.textContent()).not.toContain('13800000012');
    await expectAccessible(barber, 'partner booking (before confirming)');

    await byTestId(barber, 'partner-confirm').click();
    await hasText(byTestId(barber, 'partner-outcome'), '已确认');
    await hasText(facts, '张德顺');
    await hasText(facts, '万安一路12号2号楼1单元302');
    await hasText(facts, '13800000012');
    await hasText(byTestId(barber, 'partner-status'), '已确认');
    await expectAccessible(barber, 'partner booking (confirmed)');
  });

  it('张丽 sees the visit confirmed in 我的预约 and downloads it for her calendar', async () => {
    await relative.reload();
    await hasText(byTestId(relative, 'booking-status'), '已确认');
    const [download] = await Promise.all([
      relative.waitForEvent('download'),
      byTestId(relative, 'add-calendar').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    await hasText(byTestId(relative, 'booking-outcome'), '日历文件已下载');

    // After a reload nothing is behind this page: "back" leads to 我的预约 instead of a dead end.
    await screen(relative).getByRole('button', { name: '返回上一页' }).click();
    await heading(relative, '我的预约');
    await hasText(byTestId(relative, `booking-${bookingId}`), '已确认');
    await expectAccessible(relative, 'my bookings (care mode)');
  });

  it('孙丽娜 marks the visit completed once its window has started', async () => {
    const now = world.runtime.clock.now().getTime();
    world.runtime.clock.advance(windowStart(windowId) - now + 30 * 60_000);

    await barber.reload();
    await heading(barber, '预约处理');
    await byTestId(barber, 'partner-complete').click();
    await byTestId(barber, 'partner-complete-confirm').click();
    await hasText(byTestId(barber, 'partner-outcome'), '服务完成');
    await hasText(byTestId(barber, 'partner-status'), '已完成');
  });

  it('张丽 rates the completed haircut', async () => {
    await byTestId(relative, `booking-${bookingId}`).click();
    await heading(relative, '预约详情');
    await hasText(byTestId(relative, 'booking-status'), '已完成');
    await visible(byTestId(relative, 'rating-form'));
    await expectAccessible(relative, 'booking detail with rating form (care mode)');
    await screen(relative).getByRole('radio', { name: '5 星 非常满意' }).click();
    await screen(relative).getByLabel('想说的话（可不填）').fill('师傅手艺好，老人很满意');
    await screen(relative).getByRole('button', { name: '提交评价' }).click();
    await hasText(byTestId(relative, 'booking-outcome'), '谢谢您的评价');
    await hasText(byTestId(relative, 'my-rating'), '5 星');
    await hasText(byTestId(relative, 'timeline'), '评价');
  });
});

describe('the other pages of 为老服务', () => {
  it('a family member registers a new elder for community verification', async () => {
    const page = await world.newPage();
    await loginAs(page, '王建华');
    await page.goto('/packages/eldercare/index');
    await heading(page, '为老服务');
    await hasText(byTestId(page, 'elder-el-sun-fulai'), '待社区核实');
    await byTestId(page, 'ec-add-elder').click();
    await heading(page, '登记老人');
    await expectAccessible(page, 'elder form');

    await byTestId(page, 'elder-submit').click();
    await hasText(screen(page).getByRole('alert'), '姓名');
    await screen(page).getByLabel('老人姓名').fill('王秀珍');
    await pickValue(page, byTestId(page, 'elder-birth'), '1940-03-08');
    await screen(page).getByLabel('街道').fill('万安一路');
    await screen(page).getByLabel('门牌号').fill('6');
    await screen(page).getByLabel('楼号、单元、房号').fill('3单元202');
    await screen(page).getByRole('radio', { name: '配偶' }).click();
    await byTestId(page, 'elder-submit').click();
    await hasText(byTestId(page, 'elder-saved'), '已提交给社区核实');
    await expectAccessible(page, 'elder form (saved)');
  });

  it('grid worker 刘芳 sees the elders of her grid for 代老人预约', async () => {
    const page = await world.newPage();
    await loginAs(page, '刘芳');
    await openWork(page, '代老人预约');
    await heading(page, '代老人预约');
    const zhao = byTestId(page, 'elder-el-zhao-shufen');
    await hasText(zhao, '没有智能手机');
    await expectAccessible(page, 'grid booking');
    await byTestId(page, 'grid-book-el-zhao-shufen').click();
    await heading(page, '选择服务');
    await hasText(byTestId(page, 'service-svc-taineng-heating'), '可预约');
  });

  it('community admin 陈明 sees the overview and verifies 孙福来', async () => {
    const page = await world.newPage();
    await loginAs(page, '陈明');
    await openWork(page, '为老服务管理');
    await heading(page, '为老服务管理');
    await hasText(byTestId(page, 'overview-chart'), '佳丽理发店');
    await expectAccessible(page, 'eldercare admin');
    const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    await hasText(byTestId(page, 'export-outcome'), '表格已下载');

    await byTestId(page, 'admin-elders').click();
    await heading(page, '核实老人信息');
    await hasText(byTestId(page, 'elder-el-sun-fulai'), '孙福来');
    await expectAccessible(page, 'verify elders');
    await byTestId(page, 'verify-el-sun-fulai').click();
    await hasText(byTestId(page, 'admin-elders-outcome'), '孙福来已核实通过');
  });

  it('district admin 赵强 decides a partner application', async () => {
    const applicant = await world.runtime.client.loginOpenid('wx-e2e-applicant');
    const applied = await world.runtime.client.call(
      'eldercare',
      {
        action: 'applyPartner',
        name: '安康家政服务社',
        kind: '社会组织',
        description: '为高龄老人免费上门打扫卫生',
        contactName: '李红',
        contactPhone: '13900000001',
      },
      applicant,
    );
    expect(applied.body.ok).toBe(true);

    const page = await world.newPage();
    await loginAs(page, '赵强');
    await openWork(page, '为老服务管理');
    await byTestId(page, 'admin-applications').click();
    await heading(page, '红色合伙人申请');
    await hasText(byTestId(page, `application-${applied.body.data.id}`), '安康家政服务社');
    await expectAccessible(page, 'partner applications');
    await screen(page).getByRole('button', { name: '批准安康家政服务社', exact: true }).click();
    await screen(page).getByRole('button', { name: '确认批准' }).click();
    await hasText(byTestId(page, 'applications-outcome'), '已批准');
  });

  it('the barber manages services and windows', async () => {
    const page = await world.newPage();
    await loginAs(page, '孙丽娜');
    await openWork(page, '合作单位工作台');
    await byTestId(page, 'partner-services').click();
    await heading(page, '服务和时段设置');
    await hasText(byTestId(page, 'partner-service-svc-jiali-haircut'), '开放预约');
    await expectAccessible(page, 'partner services');

    await screen(page).getByRole('button', { name: '管理上门理发的时段和名额' }).click();
    await heading(page, '时段和名额');
    // The last row: the runtime clock was moved days ahead by the journey above, so early rows may be its past.
    const row = screen(page).locator('[data-testid^="window-row-svc-jiali-haircut_"]').last();
    await visible(row);
    await expectAccessible(page, 'partner windows');
    await row.getByRole('button', { name: /^增加.*的名额$/ }).click();
    await byTestId(page, 'save-capacities').click();
    await hasText(byTestId(page, 'windows-outcome'), '已保存 1 个时段的名额');
  });
});

describe('a resident applies as a 红色合伙人 and the district admin approves', () => {
  let resident: Page;
  let admin: Page;

  beforeAll(async () => {
    resident = await world.newPage();
    admin = await (
      await world.browser.newContext({
        viewport: { width: 390, height: 844 },
        locale: 'zh-CN',
        baseURL: world.runtime.url,
      })
    ).newPage();
    await loginAs(resident, '王建华');
    await loginAs(admin, '赵强');
  });

  it('王建华 (care mode) sees no raw user id on 我的, then applies from the 为老服务 home', async () => {
    await openTab(resident, '我的');
    await hasText(byTestId(resident, 'my-roles'), '居民');
    expect(
      await screen(resident)
        .getByText(/用户编号|demo-resident/)
        .count(),
    ).toBe(0);
    await resident.getByRole('switch', { name: '关怀模式' }).click();
    await hasClass(screen(resident), 'care');
    await resident.goto('/packages/eldercare/index');
    await heading(resident, '为老服务');
    await byTestId(resident, 'ec-partner-apply').click();
    await heading(resident, '申请成为红色合伙人');
    await hasClass(screen(resident), 'care');
    await hasText(screen(resident), '您还没有提交过申请');
    await expectAccessible(resident, 'partner application form (care mode)');

    await screen(resident).getByLabel('单位名称').fill('万安便民维修点');
    await screen(resident).getByRole('radio', { name: '个体商户' }).click();
    await screen(resident).getByLabel('能为老人提供什么服务').fill('每周三为 80 岁以上老人免费修理小家电');
    await screen(resident).getByLabel('联系人').fill('王建华');
    await screen(resident).getByLabel('联系电话').fill('13800000001');
    await byTestId(resident, 'apply-submit').click();
    await hasText(byTestId(resident, 'apply-outcome'), '申请已提交');
    await visible(byTestId(resident, 'apply-pending'));
    await hasText(screen(resident).locator('[data-testid^="my-application-"]'), '待审核');
    await expectAccessible(resident, 'partner application sent (care mode)');
  });

  it('赵强 approves it, and sets up a service for the new partner', async () => {
    await openWork(admin, '为老服务管理');
    await byTestId(admin, 'admin-applications').click();
    await heading(admin, '红色合伙人申请');
    await screen(admin).getByRole('button', { name: '批准万安便民维修点', exact: true }).click();
    await screen(admin).getByRole('button', { name: '确认批准' }).click();
    await hasText(byTestId(admin, 'applications-outcome'), '已批准万安便民维修点');

    await admin.goto('/packages/eldercare/admin-services/index');
    await heading(admin, '服务项目设置');
    await hasText(byTestId(admin, 'admin-service-svc-jiali-haircut'), '上门前 24 小时截止');
    await expectAccessible(admin, 'service setup');
    await byTestId(admin, 'service-new').click();
    await screen(admin).getByRole('radio', { name: '万安便民维修点' }).click();
    await screen(admin).getByLabel('服务名称').fill('小家电维修');
    await screen(admin).getByLabel('最低年龄（不限就空着）').fill('80');
    await expectAccessible(admin, 'service form');
    await byTestId(admin, 'service-save').click();
    await hasText(byTestId(admin, 'admin-services-outcome'), '已添加小家电维修');
  });

  it('王建华 sees the approval under 我的申请', async () => {
    await resident.reload();
    await heading(resident, '申请成为红色合伙人');
    await hasText(screen(resident).locator('[data-testid^="my-application-"]'), '已批准');
  });

  it('张丽 shows a link code (digits and QR) on the 家属 page; 王建华 types it on 为老服务 and becomes 家属', async () => {
    const page = await world.newPage();
    await loginAs(page, '张丽');
    await page.goto('/packages/eldercare/index');
    await byTestId(page, 'guardians-of-el-zhang-deshun').click();
    await heading(page, '张德顺的家属');
    await hasText(byTestId(page, 'guardian-demo-relative'), '张丽（您）');
    await expectAccessible(page, 'guardians');
    await screen(page).getByRole('radio', { name: '亲属' }).click();
    await byTestId(page, 'guardian-invite').click();
    const code = ((await byTestId(page, 'link-code').textContent()) ?? '').trim();
    expect(code).toMatch(/^\d{6}$/);
    // The QR is a real image the browser decoded, not an empty box.
    const qr = byTestId(page, 'link-qr');
    await eventually(
      'QR drawn',
      () => qr.evaluate((el) => (el.querySelector('img') ?? (el as HTMLImageElement)).naturalWidth ?? 0),
      (w) => w > 50,
    );
    await expectAccessible(page, 'guardians with a link code');

    await resident.goto('/packages/eldercare/index');
    await heading(resident, '为老服务');
    await screen(resident).getByLabel('链接码').fill(code);
    await byTestId(resident, 'join-submit').click();
    await hasText(byTestId(resident, 'join-outcome'), '您已成为张德顺的家属');
    await visible(byTestId(resident, 'book-for-el-zhang-deshun'));
    await expectAccessible(resident, 'eldercare home after joining (care mode)');

    // The code works once.
    const again = await world.runtime.client.call(
      'eldercare',
      { action: 'redeemLinkCode', code },
      await world.runtime.client.login('grid_worker'),
    );
    expect(again.body.error.code).toBe('FAILED_PRECONDITION');

    await page.reload();
    await hasText(byTestId(page, 'guardian-demo-resident'), '王建华');
    await hasText(byTestId(page, 'guardian-demo-resident'), '亲属');
  });
});
