import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { byTestId, expectAccessible, loginAs, openTab, openWorld, type BrowserWorld } from './browser';
import { eventually, hasClass, hasText, visible } from './wait';

/**
 * Issue intake in the browser: a resident reports, the grid worker handles it
 * in the workbench, the resident rates it; and a report nobody accepts is
 * escalated (督办) to the community once its deadline passes.
 */
let world: BrowserWorld;
beforeAll(async () => {
  world = await openWorld({ uploads: 'issues-e2e' });
});
afterAll(async () => {
  await world?.close();
});

const DAY_MS = 24 * 3600_000;
const picture = (background: string) =>
  sharp({ create: { width: 120, height: 90, channels: 3, background } })
    .png()
    .toBuffer();

async function openWorkbench(page: Page) {
  await openTab(page, '我的');
  await page.getByRole('button', { name: '诉求工作台' }).click();
  await visible(page.getByRole('radiogroup', { name: '队列' }));
}

/** Runs a staff action from the issue page and waits for its confirmation. */
async function staffAction(page: Page, action: string, fill?: (page: Page) => Promise<void>) {
  await page
    .getByRole('radiogroup', { name: '选择要做的事' })
    .getByRole('radio', { name: action, exact: true })
    .click();
  await visible(byTestId(page, 'action-submit'));
  if (fill) await fill(page);
  await byTestId(page, 'action-submit').click();
}

describe('a resident reports flyers; the grid worker handles it; the resident rates it', () => {
  let resident: Page;
  let worker: Page;
  let ticket = '';

  it('files the report with a photo, and the confirmation names the grid branch and the deadlines', async () => {
    resident = await world.newPage();
    await loginAs(resident, '王建华');
    await byTestId(resident, 'entry-issues').click();
    await visible(resident.getByRole('heading', { level: 1, name: '我要反映' }));
    await visible(byTestId(resident, 'my-issues'));
    await expectAccessible(resident, 'issues home');

    await byTestId(resident, 'issues-new').click();
    await visible(resident.getByRole('radio', { name: /小广告与环境卫生/ }));
    await expectAccessible(resident, 'report form');

    await resident.getByRole('radio', { name: /小广告与环境卫生/ }).click();
    await resident.getByLabel('问题描述').fill('楼道');
    await hasText(byTestId(resident, 'report-description-count'), '至少写 5 字');
    await resident.getByLabel('问题描述').fill('万安一路6号2单元楼道里又贴满了开锁、通下水道的小广告，墙面很脏。');
    await resident.getByRole('radio', { name: '万安一路', exact: true }).click();
    await resident.getByLabel('门牌号').fill('6');
    await resident.getByLabel('楼号、单元（可不填）').fill('2单元');

    const [chooser] = await Promise.all([
      resident.waitForEvent('filechooser'),
      byTestId(resident, 'report-add-photo').click(),
    ]);
    await chooser.setFiles({ name: 'flyers.png', mimeType: 'image/png', buffer: await picture('#c8161d') });
    await visible(resident.getByText('已上传'));

    await resident.getByRole('switch', { name: '不向其他居民显示我的姓名' }).click();
    await expectAccessible(resident, 'report form filled');
    await byTestId(resident, 'report-submit').click();

    await hasText(byTestId(resident, 'report-done'), '万安一路网格党支部');
    await hasText(byTestId(resident, 'report-handler'), '万安一路网格党支部');
    await visible(resident.getByText(/前受理/));
    await visible(resident.getByText(/前办结/));
    ticket = ((await byTestId(resident, 'report-ticket').textContent()) ?? '').trim();
    expect(ticket).toMatch(/^\d{8}-\d{4}$/);
    await expectAccessible(resident, 'report confirmation');
  });

  it('reaches 刘芳 in 待受理; she accepts, posts a public update from a template, and resolves', async () => {
    worker = await world.newPage();
    await loginAs(worker, '刘芳');
    await openWorkbench(worker);
    await expectAccessible(worker, 'workbench');
    await byTestId(worker, `issue-${ticket}`).click();
    await hasText(byTestId(worker, 'staff-issue'), '2单元');
    await expectAccessible(worker, 'staff issue');

    await staffAction(worker, '受理');
    await hasText(byTestId(worker, 'action-notice'), '已受理');

    await staffAction(worker, '发布进展', async (page) => {
      await page.getByRole('button', { name: /插入模板：您好，您反映的情况已收到/ }).click();
    });
    await hasText(byTestId(worker, 'action-notice'), '进展已发布');

    await staffAction(worker, '内部备注', async (page) => {
      await page.getByLabel('内部备注').fill('物业电话 8888，周三上午清理');
    });
    await hasText(byTestId(worker, 'action-notice'), '内部备注已保存');

    await staffAction(worker, '办结', async (page) => {
      await page.getByLabel('办结说明').fill('楼道小广告已全部清理，墙面已粉刷。');
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        byTestId(page, 'action-add-photo').click(),
      ]);
      await chooser.setFiles({ name: 'after.png', mimeType: 'image/png', buffer: await picture('#1e6b34') });
      await visible(page.getByText('已上传'));
    });
    await hasText(byTestId(worker, 'action-notice'), '已办结');
    await hasText(byTestId(worker, 'timeline'), '仅工作人员可见');
    await expectAccessible(worker, 'staff issue after resolving');
  });

  it('shows the resident the whole public timeline, and takes the 满意 rating', async () => {
    await resident.getByRole('button', { name: '查看办理进度' }).click();
    const timeline = byTestId(resident, 'timeline');
    await hasText(timeline, '办结');
    const text = (await timeline.textContent()) ?? '';
    for (const step of ['提交反映', '受理', '办理进展', '网格员将于今天到现场查看', '墙面已粉刷'])
      expect(text).toContain(step);
    expect(text).not.toContain('物业电话');
    // Both photos came back from the runtime (re-encoded), named for screen readers.
    await visible(resident.getByRole('img', { name: '反映照片第 1 张' }));
    await visible(resident.getByRole('img', { name: '办理照片第 1 张' }));
    await eventually(
      'the resolution photo loaded',
      () =>
        resident
          .getByRole('img', { name: '办理照片第 1 张' })
          .evaluate((img) => (img as HTMLImageElement).naturalWidth),
      (w) => w === 120,
    );
    await hasText(byTestId(resident, 'issue-handling'), '万安一路网格党支部');
    await expectAccessible(resident, 'issue detail with rating form');

    await resident.getByRole('radio', { name: '满意', exact: true }).click();
    await resident.getByRole('radio', { name: '5 星' }).click();
    await resident.getByLabel('想说的话（可不填）').fill('清理得很干净，谢谢网格员');
    await resident.getByRole('button', { name: '提交评价' }).click();
    await visible(resident.getByText(/感谢您的评价/));
    await hasText(byTestId(resident, 'issue-rating'), '满意');
    await hasText(timeline, '居民评价');
    await expectAccessible(resident, 'issue detail rated');
  });

  it('lets the worker see the statistics and download them as CSV', async () => {
    await worker.getByRole('button', { name: '返回工作台' }).click();
    await worker.getByRole('button', { name: '统计与导出' }).click();
    await visible(byTestId(worker, 'stats-total'));
    await visible(byTestId(worker, 'bars'));
    await expectAccessible(worker, 'statistics');
    await worker.getByRole('radio', { name: '满意率' }).click();
    await hasText(byTestId(worker, 'bars'), '%');
    const [download] = await Promise.all([worker.waitForEvent('download'), byTestId(worker, 'stats-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^诉求统计_.*\.csv$/);
    await visible(worker.getByText('表格已下载'));
  });
});

describe('a report nobody accepts in time', () => {
  it('is escalated, and 陈明 finds it under 已超时·督办', async () => {
    const resident = await world.newPage();
    await loginAs(resident, '王建华');
    // This resident reads in care mode: bigger text and tap targets of at least 60 px on the form.
    await openTab(resident, '我的');
    await resident.getByRole('switch', { name: '关怀模式' }).click();
    await resident.goto('/packages/issues/report/index');
    await hasClass(resident.locator('[data-testid="page-root"]:visible'), 'care');
    const safety = resident.getByRole('radio', { name: /安全隐患/ });
    await visible(safety);
    for (const target of [
      safety,
      resident.getByRole('radio', { name: '万安一路', exact: true }),
      byTestId(resident, 'report-submit'),
    ]) {
      expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(60);
    }
    await expectAccessible(resident, 'report form (care mode)');
    await safety.click();
    await resident.getByLabel('问题描述').fill('万安一路20号消防通道被杂物堵住了，消防车进不来。');
    await resident.getByRole('radio', { name: '万安一路', exact: true }).click();
    await resident.getByLabel('门牌号').fill('20');
    await byTestId(resident, 'report-submit').click();
    await hasText(byTestId(resident, 'report-done'), '万安一路网格党支部');
    const ticket = ((await byTestId(resident, 'report-ticket').textContent()) ?? '').trim();

    // A day at a time with the timer jobs, as the 5-minute job would see it: past the
    // 1-working-day accept limit and one escalation step further, even across a holiday week.
    for (let i = 0; i < 12; i++) {
      world.runtime.clock.advance(DAY_MS);
      const run = await world.runtime.client.post('/api/dev/jobs/run', {});
      expect(run.status).toBe(200);
    }

    const admin = await world.newPage();
    await loginAs(admin, '陈明');
    await openWorkbench(admin);
    await admin.getByRole('radio', { name: /已超时·督办/ }).click();
    const card = byTestId(admin, `issue-${ticket}`);
    await visible(card);
    await hasText(card, '督办');
    await hasText(card, '已超时');
    await expectAccessible(admin, 'workbench overdue queue');

    await card.click();
    await hasText(byTestId(admin, 'staff-issue'), '督办中');
    await hasText(byTestId(admin, 'timeline'), '督办');
    await expectAccessible(admin, 'staff issue escalated');

    // The reporter sees the escalation too (the old session expired with the moved clock).
    await loginAs(resident, '王建华');
    await byTestId(resident, 'entry-issues').click();
    await byTestId(resident, `issue-${ticket}`).click();
    await hasText(byTestId(resident, 'issue-handling'), '督办');
    await eventually(
      'escalation in the public timeline',
      async () => (await byTestId(resident, 'timeline').textContent()) ?? '',
      (t) => t.includes('督办'),
    );
  });
});

describe('admins edit the rules', () => {
  it('赵强 routes a new 宜昌路 number range to 宜昌路北网格, and a report there goes to that grid', async () => {
    const admin = await world.newPage();
    await loginAs(admin, '赵强');
    await openWorkbench(admin);

    await byTestId(admin, 'open-settings').click();
    await visible(admin.getByRole('heading', { level: 1, name: '系统设置' }));
    await visible(byTestId(admin, 'api-key-list'));
    await hasText(byTestId(admin, 'settings-form'), '每人每天最多反映件数');
    await expectAccessible(admin, 'settings');

    await admin.goto('/packages/workbench/address-rules/index');
    await visible(admin.getByRole('heading', { level: 1, name: '地址规则' }));
    await visible(byTestId(admin, 'rule-list').getByText('分到：宜昌路南网格').first());
    await expectAccessible(admin, 'address rules');

    await admin.getByLabel('街道名称').fill('宜昌路');
    await admin.getByLabel('起始门牌号').fill('250');
    await admin.getByLabel('结束门牌号').fill('320');
    await admin.getByRole('radio', { name: '宜昌路北网格（宜昌路第一网格党支部）' }).click();
    await byTestId(admin, 'rule-save').click();
    await hasText(byTestId(admin, 'rule-done'), '宜昌路 250–320 号（单双号都算）归宜昌路北网格');
    await hasText(byTestId(admin, 'rule-list'), '宜昌路 250–320 号');
    await expectAccessible(admin, 'address rules after saving');

    const resident = await world.newPage();
    await loginAs(resident, '王建华');
    await resident.goto('/packages/issues/report/index');
    const safety = resident.getByRole('radio', { name: /安全隐患/ });
    await visible(safety);
    await safety.click();
    await resident.getByLabel('问题描述').fill('宜昌路310号门口的井盖松动了，晚上走路容易踩空。');
    await resident.getByRole('radio', { name: '宜昌路', exact: true }).click();
    await resident.getByLabel('门牌号').fill('310');
    await byTestId(resident, 'report-submit').click();
    await hasText(byTestId(resident, 'report-done'), '宜昌路第一网格党支部');
    await hasText(byTestId(resident, 'report-handler'), '宜昌路北网格');
  });
});

describe('a resident who cannot say the door number', () => {
  it('sees the error beside the number field, then reports by a landmark and lands in the district triage', async () => {
    const resident = await world.newPage();
    await loginAs(resident, '王建华');
    await resident.goto('/packages/issues/report/index');
    const stalls = resident.getByRole('radio', { name: /占道经营/ });
    await visible(stalls);
    await stalls.click();
    await resident.getByLabel('问题描述').fill('菜市场东门早上一直有人摆摊，把路全堵上了。');
    await resident.getByRole('radio', { name: '万安一路', exact: true }).click();
    await resident.getByLabel('门牌号').fill('六号');
    await byTestId(resident, 'report-submit').click();
    const error = byTestId(resident, 'report-error-number');
    await hasText(error, '6甲');
    // Scrolled to the field: the error is on screen, not only in the page.
    await eventually(
      'error in view',
      async () => (await error.boundingBox())?.y ?? -1,
      (y) => y >= 0 && y < 844,
    );
    await expectAccessible(resident, 'report form with a field error');

    await resident.getByRole('switch', { name: '其他地点，说不清门牌' }).click();
    await resident.getByLabel('附近的地标').fill('菜市场东门');
    await byTestId(resident, 'report-submit').click();
    await hasText(byTestId(resident, 'report-done'), '湖岛街道');
    await hasText(byTestId(resident, 'report-handler'), '已转湖岛街道');
  });
});
