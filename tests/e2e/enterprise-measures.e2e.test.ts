import type { Page } from 'playwright-core';
import { byTestId, expectAccessible, loginAs, openWorld, root, type BrowserWorld } from './browser';
import { eventually, hasAttribute, hasText, visible } from './wait';

/**
 * 定向招聘 and 定位推送 in the H5 build: a resident finds a job near home and
 * says they want it, sharing their phone only by ticking the consent; the
 * enterprise sees them and hires. Staff publish a policy for manufacturers of
 * medium size; the matching enterprise finds it first on 惠企政策, opens it and
 * marks it applied; staff see the mark. axe runs on every page of the journeys.
 */
jest.setTimeout(150_000);

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

async function openWork(page: Page, key: string) {
  await page.goto('/pages/me/index');
  await byTestId(page, `work-${key}`).click();
}

describe('定向招聘: a resident expresses interest in a job', () => {
  it('browses the jobs, consents to share the phone, and the enterprise sees and hires them', async () => {
    const page = await world.newPage();
    await loginAs(page, '王建华');
    await byTestId(page, 'entry-jobs').click();
    await heading(page, '家门口招聘');
    await visible(byTestId(page, 'job-job-demo-01'));
    await expectAccessible(page, 'jobs');

    await byTestId(page, 'job-job-demo-01')
      .getByRole('button', { name: /查看详情：房车总装工/ })
      .click();
    await heading(page, '房车总装工');
    await visible(byTestId(page, 'express-interest'));
    await expectAccessible(page, 'job (not interested)');
    const consent = root(page).getByRole('switch', { name: /我同意把称呼和电话提供给/ });
    await hasAttribute(consent, 'aria-checked', 'false');
    await consent.click();
    await hasAttribute(consent, 'aria-checked', 'true');
    await root(page).getByLabel('称呼').fill('王师傅');
    await root(page).getByLabel('手机号').fill('13900001111');
    await expectAccessible(page, 'job (consent ticked)');
    await byTestId(page, 'express-interest').click();
    await hasText(byTestId(page, 'job-outcome'), '企业会通过您留的电话联系您');
    await hasText(byTestId(page, 'interest-state'), '13900001111');
    await expectAccessible(page, 'job (interested)');

    // The enterprise: its contact sees the resident with the phone and hires.
    const company = await world.newPage();
    await loginAs(company, '马晓东');
    await openWork(company, 'enterprise-jobs');
    await heading(company, '招聘岗位管理');
    await visible(byTestId(company, 'own-job-job-demo-01'));
    await expectAccessible(company, 'job manage');
    await byTestId(company, 'applicants-job-demo-01').click();
    await heading(company, /报名「房车总装工」的居民/);
    const card = byTestId(company, 'applicant-job-demo-01:demo-resident');
    await hasText(card, '王师傅');
    await hasText(card, '13900001111');
    await expectAccessible(company, 'applicants');
    await byTestId(company, 'hire-job-demo-01:demo-resident').click();
    await hasText(byTestId(company, 'applicants-outcome'), '已标记录用');
    await hasText(card, '已录用');

    // The resident hears the answer.
    await page.goto('/pages/messages/index');
    await visible(root(page).getByText('应聘结果：已录用').first());
  });
});

describe('定位推送: staff publish a policy and the matching enterprise sees and marks it', () => {
  it('publishes for medium manufacturers; the enterprise finds it first, marks it applied; staff see the mark', async () => {
    const staff = await world.newPage();
    await loginAs(staff, '高磊');
    await openWork(staff, 'enterprise-staff-policies');
    await heading(staff, '政策推送');
    await hasText(byTestId(staff, 'figures-city'), '市级政策 181 项已推送');
    await hasText(byTestId(staff, 'figures-district'), '区级政策 15 项已推送');
    await expectAccessible(staff, 'policy admin');

    await byTestId(staff, 'open-policy-form').click();
    await root(staff).getByLabel('政策名称').fill('中型制造企业设备更新贷款贴息');
    await root(staff).getByRole('radio', { name: '区级' }).click();
    await root(staff).getByRole('radio', { name: '融资信贷' }).click();
    await root(staff).getByLabel('发布部门').fill('市北区财政局');
    await root(staff).getByLabel('政策要点').fill('设备更新贷款按实际利息的 50% 贴息，每家最高 100 万元。');
    await byTestId(staff, 'policy-industries-manufacturing').click();
    await byTestId(staff, 'policy-sizes-medium').click();
    await hasAttribute(byTestId(staff, 'policy-sizes-medium'), 'aria-checked', 'true');
    await expectAccessible(staff, 'policy form');
    await byTestId(staff, 'publish-policy').click();
    await hasText(byTestId(staff, 'staff-policies-outcome'), '推送给 2 家符合条件的企业');
    await hasText(byTestId(staff, 'figures-district'), '区级政策 16 项已推送');

    // The matching enterprise: the new policy is at the top of 惠企政策, marked as fitting.
    const company = await world.newPage();
    await loginAs(company, '马晓东');
    await openWork(company, 'enterprise-policies');
    await heading(company, '惠企政策');
    const first = byTestId(company, 'policy-list').locator('[data-testid^="policy-"]').first();
    await hasText(first, '中型制造企业设备更新贷款贴息');
    await hasText(first, '符合本企业');
    await hasText(first, '未读');
    await expectAccessible(company, 'policies');
    await first.getByRole('button', { name: /查看详情/ }).click();
    await heading(company, '中型制造企业设备更新贷款贴息');
    await expectAccessible(company, 'policy');
    await byTestId(company, 'mark-applied').click();
    await hasText(byTestId(company, 'policy-outcome'), '已标记为已申报');
    await hasText(byTestId(company, 'mark-applied'), '取消“已申报”');

    // Staff see the read and the applied mark on the policy.
    await staff.reload();
    // Published here, so its id is a generated pol_… (the seed's are pol-demo-…).
    const row = root(staff).locator('[data-testid^="staff-policy-pol_"]');
    await hasText(row, '中型制造企业设备更新贷款贴息');
    await eventually(
      'applied mark counted',
      async () => (await row.first().textContent()) ?? '',
      (text) => text.includes('推送 2 家，已读 1，已申报 1'),
    );
    // And which enterprise it was, on the policy itself.
    await row.getByRole('button', { name: '查看详情：中型制造企业设备更新贷款贴息' }).click();
    await heading(staff, '中型制造企业设备更新贷款贴息');
    await hasText(byTestId(staff, 'reach-ent-91370203madx000032'), '已申报');
    await expectAccessible(staff, 'policy (staff)');
  });
});
