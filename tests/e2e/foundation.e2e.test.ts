import type { Page } from 'playwright-core';
import { expectAccessible, loginAs, loginNewResident, openTab, openWorld, root, type BrowserWorld } from './browser';
import { hasAttribute, hasClass, hasText, visible } from './wait';

let world: BrowserWorld;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(async () => {
  await world?.close();
});

describe('first visit', () => {
  it('sends a visitor without a session to the login page, which lists the demo personas', async () => {
    const page = await world.newPage();
    await page.goto('/');
    await visible(page.getByRole('button', { name: '王建华' }));
    await visible(page.getByRole('button', { name: '刘芳' }));
    await expectAccessible(page, 'login');
  });
});

describe('a resident', () => {
  let page: Page;
  beforeAll(async () => {
    page = await world.newPage();
    await loginAs(page, '王建华');
  });

  it('sees the three entries on the home page', async () => {
    for (const label of ['我要反映', '文化课堂', '为老服务']) {
      await visible(page.getByRole('button', { name: new RegExp(label) }).first());
    }
    await expectAccessible(page, 'home');
  });

  it('is offered 大字版 once, sees what is coming up for them and the hotlines on 首页', async () => {
    await visible(page.getByTestId('care-offer').filter({ visible: true }));
    await page.getByRole('button', { name: '暂不需要' }).click();
    await page.reload();
    await visible(page.getByTestId('coming-up').filter({ visible: true }));
    expect(await page.getByTestId('care-offer').count()).toBe(0);
    // 王建华 is enrolled in the 太极拳晨练班 and has open reports in the seed.
    await hasText(page.getByTestId('upcoming-session').filter({ visible: true }), '太极拳晨练班');
    await visible(page.getByTestId('upcoming-issue').filter({ visible: true }));
    await visible(page.getByRole('button', { name: /拨打湖岛街道服务热线 0532-/ }));
    await expectAccessible(page, 'home with coming up and hotlines');
  });

  it('sees their name and role on 我的, and switches care mode on and off', async () => {
    await openTab(page, '我的');
    await hasText(page.getByTestId('my-roles').filter({ visible: true }), '居民');
    await hasClass(root(page), 'care', false);
    const fontBefore = await bodyFontSize(page);

    const toggle = page.getByRole('switch', { name: '关怀模式' });
    await toggle.click();
    await hasAttribute(toggle, 'aria-checked', 'true');
    await hasClass(root(page), 'care');
    expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(fontBefore * 1.3);
    await expectAccessible(page, 'me (care mode)');

    // The choice is remembered across a reload, and the larger text applies to other pages too.
    await page.reload();
    await openTab(page, '首页');
    await hasClass(root(page), 'care');
    const entry = page.getByTestId('entry-issues').filter({ visible: true });
    const box = await entry.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(60);
    await expectAccessible(page, 'home (care mode)');

    await openTab(page, '我的');
    await page.getByRole('switch', { name: '关怀模式' }).click();
    await hasClass(root(page), 'care', false);
  });

  it('reads messages, and each home entry opens its feature with the way back home', async () => {
    await openTab(page, '消息');
    await visible(root(page));
    await expectAccessible(page, 'messages');
    for (const [key, path] of [
      ['issues', '/packages/issues/index'],
      ['culture', '/packages/culture/catalogue/index'],
      ['eldercare', '/packages/eldercare/index'],
    ]) {
      await openTab(page, '首页');
      await page.getByTestId(`entry-${key}`).filter({ visible: true }).click();
      await page.waitForURL(new RegExp(path.replace(/\//g, '\\/')));
      await visible(page.getByRole('heading', { level: 1 }).filter({ visible: true }));
      await page.getByRole('button', { name: '返回首页' }).filter({ visible: true }).click();
      await visible(page.getByTestId('entry-issues').filter({ visible: true }));
    }
  });
});

describe('a staff page opened by a resident', () => {
  it('says the page is for staff and offers only 返回首页', async () => {
    const page = await world.newPage();
    await loginAs(page, '王建华');
    for (const path of [
      '/packages/workbench/index',
      '/packages/admin/roles/index',
      '/packages/eldercare/partner/index',
    ]) {
      await page.goto(path);
      await hasText(page.getByTestId('staff-only').filter({ visible: true }), '工作人员');
      expect(await root(page).getByRole('button').allTextContents()).toEqual(['返回首页']);
      await expectAccessible(page, `staff page ${path} as a resident`);
    }
    await root(page).getByRole('button', { name: '返回首页' }).click();
    await page.waitForURL(/pages\/index\/index/);
  });
});

describe('an admin grants a role by invite code', () => {
  it('creates a code that a new user redeems, and the role shows at once', async () => {
    const admin = await world.newPage();
    await loginAs(admin, '陈明');
    await openTab(admin, '我的');
    await admin.getByRole('button', { name: '角色管理' }).click();
    await expectAccessible(admin, 'role admin');
    await admin.getByRole('radio', { name: '网格员' }).click();
    await admin.getByLabel('网格党支部编号').fill('b-yc-1');
    await admin.getByRole('button', { name: '生成邀请码' }).click();
    const code = (await admin.getByTestId('new-invite-code').textContent())!.trim();
    expect(code).toMatch(/[A-Z2-9]{8}/);

    const newcomer = await world.newPage();
    // A new resident meets the privacy consent step at their first login (tests/e2e/privacy.e2e.test.ts covers it).
    await loginNewResident(newcomer, 'wx-e2e-newcomer');
    await openTab(newcomer, '我的');
    await newcomer.getByLabel('邀请码').fill(code.match(/[A-Z2-9]{8}/)![0]);
    await newcomer.getByRole('button', { name: '使用邀请码' }).click();
    await visible(newcomer.getByText(/已开通/));
    await hasText(newcomer.getByTestId('my-roles').filter({ visible: true }), '网格员');
  });
});

async function bodyFontSize(page: Page): Promise<number> {
  return root(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}
