import type { Locator, Page } from 'playwright-core';
import { expectAccessible, loginAs, openWorld, type BrowserWorld } from './browser';
import { hasText, visible } from './wait';

/**
 * 企业直通车 in the browser: 马晓东, the contact of 固特房车, files a hiring
 * request; 周敏 (the company's liaison, 经济服务办公室) finds it in the queue,
 * accepts it, replies and resolves it with the jobs filled; 马晓东 rates it;
 * the statistics show it. Two browser contexts, one per person; every page of
 * the direct line is checked with axe.
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
const field = (page: Page, label: string) => screen(page).getByLabel(label, { exact: true });

async function heading(page: Page, text: string) {
  await visible(screen(page).getByRole('heading', { level: 1, name: text }));
}

describe('an enterprise files a hiring request; the liaison handles it', () => {
  let contact: Page;
  let liaison: Page;
  const title = `招焊工 6 名（浏览器测试 ${Date.now().toString(36)}）`;

  beforeAll(async () => {
    contact = await world.newPage();
    liaison = await (
      await world.browser.newContext({
        viewport: { width: 390, height: 844 },
        locale: 'zh-CN',
        baseURL: world.runtime.url,
      })
    ).newPage();
    await loginAs(contact, '马晓东');
    await loginAs(liaison, '周敏');
  });

  it("马晓东 opens 我的诉求 from the 企业直通车 page and sees the company's earlier requests", async () => {
    await contact.goto('/packages/enterprise/index');
    await heading(contact, '企业直通车');
    await byTestId(contact, 'my-requests-ent-91370203madx000032').click();
    await heading(contact, '我的诉求');
    await hasText(screen(contact), '房车展示场地需求');
    await expectAccessible(contact, 'my requests');
  });

  it('files a hiring request and lands on it, waiting to be accepted', async () => {
    await byTestId(contact, 'request-new').click();
    await heading(contact, '提交诉求');
    await screen(contact).getByRole('radio', { name: '招工' }).click();
    await hasText(screen(contact), '5 个工作日内办结');
    await field(contact, '标题').fill(title);
    await field(contact, '需要街道帮什么').fill('新接出口订单，急需持证焊工 6 名，月底前到岗。');
    await expectAccessible(contact, 'file a request');
    await byTestId(contact, 'request-submit').click();
    await heading(contact, '诉求详情');
    const facts = byTestId(contact, 'request-facts');
    await hasText(facts, title);
    await hasText(facts, '待受理');
    await hasText(facts, '社会事务办公室');
    await expectAccessible(contact, 'request (enterprise)');
  });

  it('周敏 finds it in the queue, accepts it, replies and resolves it with 6 jobs filled', async () => {
    await liaison.goto('/packages/enterprise/staff/index');
    await heading(liaison, '企业服务');
    await byTestId(liaison, 'go-staff-requests').click();
    await heading(liaison, '企业诉求');
    const row = screen(liaison).getByRole('button', { name: new RegExp(title.replace(/[()（）]/g, '.')) });
    await visible(row);
    await expectAccessible(liaison, 'request queue');
    await row.click();
    await heading(liaison, '诉求办理');
    await byTestId(liaison, 'accept-request').click();
    await hasText(byTestId(liaison, 'handle-outcome'), '已受理');
    await field(liaison, '进展说明（企业能看到）').fill('已在社区就业服务站发布岗位，正在推荐人员');
    await byTestId(liaison, 'reply-request').click();
    await hasText(byTestId(liaison, 'handle-outcome'), '进展已发给企业');
    await field(liaison, '办结说明（企业能看到）').fill('推荐持证焊工 6 名，已全部到岗');
    await field(liaison, '招到人数（没有填 0）').fill('6');
    await expectAccessible(liaison, 'handle a request');
    await byTestId(liaison, 'resolve-request').click();
    await hasText(byTestId(liaison, 'handle-outcome'), '已办结');
    await hasText(byTestId(liaison, 'request-facts'), '6 人');
  });

  it('马晓东 sees the progress and the result, and rates it', async () => {
    await contact.reload();
    await heading(contact, '诉求详情');
    await hasText(byTestId(contact, 'request-timeline'), '正在推荐人员');
    await hasText(byTestId(contact, 'request-facts'), '已办结待评价');
    await screen(contact).getByRole('radio', { name: '5 星' }).click();
    await field(contact, '评价（选填）').fill('人员素质很好，谢谢街道');
    await expectAccessible(contact, 'rate a request');
    await byTestId(contact, 'rate-submit').click();
    await hasText(byTestId(contact, 'request-facts'), '5 星');
  });

  it('周敏 opens the statistics of the department', async () => {
    await liaison.goto('/packages/enterprise/staff-request-stats/index');
    await heading(liaison, '诉求统计');
    await screen(liaison).getByRole('radio', { name: '近 12 个月' }).click();
    await hasText(byTestId(liaison, 'request-totals'), '招工');
    await expectAccessible(liaison, 'request statistics');
  });
});
