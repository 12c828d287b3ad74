import fs from 'node:fs';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { USERS } from '../../server/domain/account/users';
import { ISSUES } from '../../server/domain/issues/model';
import { POLICY_VERSION } from '../../src/privacy/data';
import {
  byTestId,
  expectAccessible,
  loginAs,
  loginNewResident,
  openTab,
  openWorld,
  type BrowserWorld,
} from './browser';
import { eventually, hasText, visible } from './wait';

/**
 * Privacy and content safety in the browser: the consent step and the policy
 * page, 我的数据 and 注销账号, a refused word, and a held photo released by staff.
 */
let world: BrowserWorld;
beforeAll(async () => {
  world = await openWorld({ uploads: 'privacy-e2e' });
});
afterAll(async () => {
  await world?.close();
});

const user = (openid: string) => world.runtime.deps.store.get(USERS, openid);

async function fillReport(page: Page, description: string, number: string) {
  await page.goto('/packages/issues/report/index');
  await page.getByRole('radio', { name: /小广告与环境卫生/ }).click();
  await page.getByLabel('问题描述').fill(description);
  await page.getByRole('radio', { name: '万安一路', exact: true }).click();
  await page.getByLabel('门牌号').fill(number);
}

describe('first launch', () => {
  it('shows the consent popup with a link to the policy page; agreeing records the version and opens the app', async () => {
    const page = await world.newPage();
    await loginNewResident(page, 'wx-privacy-first', { consent: 'leave' });
    const dialog = page.getByRole('dialog', { name: '隐私保护提示' });
    await visible(dialog.getByRole('button', { name: '同意' }));
    await visible(dialog.getByRole('button', { name: '拒绝' }));
    await expectAccessible(page, 'privacy popup');

    await dialog.getByRole('button', { name: '阅读《隐私政策》全文' }).click();
    await visible(page.getByRole('heading', { level: 1, name: '隐私政策' }));
    await hasText(byTestId(page, 'policy-apis'), '把课程、活动或上门服务的时间加入手机日历');
    await hasText(byTestId(page, 'policy-fields'), '困难身份（低保、特困等）（敏感信息，需您单独同意）');
    await expectAccessible(page, 'privacy policy');

    await page.goBack();
    await page.getByRole('dialog', { name: '隐私保护提示' }).getByRole('button', { name: '同意' }).click();
    await page.waitForURL(/pages\/index\/index|\/$/);
    await visible(byTestId(page, 'entry-issues'));
    await eventually(
      'consent on the user',
      async () => (await user('wx-privacy-first'))?.consent?.version,
      (v) => v === POLICY_VERSION,
    );
  });

  it('refusing still lets the resident browse; the first action that collects data asks again', async () => {
    const page = await world.newPage();
    await loginNewResident(page, 'wx-privacy-refuser', { consent: 'leave' });
    await page.getByRole('dialog', { name: '隐私保护提示' }).getByRole('button', { name: '拒绝' }).click();
    await page.waitForURL(/pages\/index\/index|\/$/);
    await visible(byTestId(page, 'entry-issues'));
    expect((await user('wx-privacy-refuser'))?.consent ?? null).toBeNull();
    // Opening the app again does not nag; the report below asks, since it collects personal information.

    await fillReport(page, '万安一路30号楼下的垃圾桶满了没人清', '30');
    await byTestId(page, 'report-submit').click();
    const dialog = page.getByRole('dialog', { name: '隐私保护提示' });
    await dialog.getByRole('button', { name: '同意' }).click();
    await hasText(byTestId(page, 'report-done'), '万安一路');
  });
});

describe('a resident exports their data and deletes their account', () => {
  it('sees and downloads what is held, then deletes the account', async () => {
    const page = await world.newPage();
    await loginNewResident(page, 'wx-privacy-leaver');
    await fillReport(page, '万安一路32号门口的路灯不亮了', '32');
    await byTestId(page, 'report-submit').click();
    await hasText(byTestId(page, 'report-done'), '万安一路');

    await page.goto('/pages/me/index');
    await page.getByRole('button', { name: '我的数据和注销账号' }).click();
    await visible(page.getByRole('heading', { level: 1, name: '我的数据' }));
    await hasText(byTestId(page, 'section-我反映的问题'), '万安一路32号门口的路灯不亮了');
    await expectAccessible(page, 'my data');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载文字版（方便阅读）' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^我的数据-\d{8}\.txt$/);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('万安一路32号门口的路灯不亮了');
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载数据版（JSON）' }).click(),
    ]);
    expect(JSON.parse(fs.readFileSync((await json.path())!, 'utf8')).user._id).toBe('wx-privacy-leaver');

    await page.getByLabel('请输入“注销”两个字确认').fill('注销');
    await page.getByRole('button', { name: '注销我的账号' }).click();
    await visible(byTestId(page, 'account-deleted'));
    await expectAccessible(page, 'account deleted');
    expect(await user('wx-privacy-leaver')).toBeNull();
    const kept = await world.runtime.deps.store.find(
      ISSUES,
      { description: '万安一路32号门口的路灯不亮了' },
      { limit: 1 },
    );
    expect(kept[0]).toMatchObject({ reporterName: '已注销用户', phone: null });
  });
});

describe('content safety', () => {
  it('a report with a refused word gets a clear message and is not filed', async () => {
    const page = await world.newPage();
    await loginAs(page, '王建华');
    await fillReport(page, '楼道里贴满了代开发票的小广告', '34');
    await byTestId(page, 'report-submit').click();
    await hasText(
      page.getByRole('alert').filter({ visible: true }),
      '问题描述里有不适合公开的词语（“代开发票”），请修改后再提交',
    );
    await expectAccessible(page, 'report refused');
    expect(await world.runtime.deps.store.count(ISSUES, { description: '楼道里贴满了代开发票的小广告' })).toBe(0);
  });

  it('a held photo stays private until staff release it on the moderation page', async () => {
    const resident = await world.newPage();
    await loginAs(resident, '王建华');
    await fillReport(resident, '万安一路36号楼道扶手掉了一截', '36');
    const tiny = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#777777' } })
      .png()
      .toBuffer();
    const [chooser] = await Promise.all([
      resident.waitForEvent('filechooser'),
      byTestId(resident, 'report-add-photo').click(),
    ]);
    await chooser.setFiles({ name: 'tiny.png', mimeType: 'image/png', buffer: tiny });
    await visible(resident.getByText('已上传'));
    await byTestId(resident, 'report-submit').click();
    await hasText(byTestId(resident, 'report-done'), '万安一路');
    const [issue] = await world.runtime.deps.store.find(
      ISSUES,
      { description: '万安一路36号楼道扶手掉了一截' },
      { limit: 1 },
    );
    expect([issue.photos.length, issue.heldPhotos?.length]).toEqual([0, 1]);

    await resident.goto(`/packages/issues/detail/index?id=${issue._id}`);
    await hasText(byTestId(resident, 'held-photos'), '另有 1 张照片正在审核');

    const admin = await world.newPage();
    await loginAs(admin, '赵强');
    await openTab(admin, '我的');
    await admin.getByRole('button', { name: '内容审核' }).click();
    await visible(admin.getByRole('heading', { level: 1, name: '内容审核' }));
    await hasText(admin.getByRole('main').filter({ visible: true }), issue.ticketNo);
    await expectAccessible(admin, 'moderation queue');
    await admin.getByRole('button', { name: '放行（公开这张照片）' }).first().click();
    await hasText(admin.getByRole('status').filter({ visible: true }), `已放行 ${issue.ticketNo} 的照片`);

    await eventually(
      'photo public',
      async () => (await world.runtime.deps.store.get(ISSUES, issue._id))?.photos.length,
      (n) => n === 1,
    );
    await resident.reload();
    await visible(resident.getByRole('img', { name: '反映照片第 1 张' }));
  });
});
