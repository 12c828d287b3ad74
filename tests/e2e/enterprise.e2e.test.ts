import type { Locator, Page } from 'playwright-core';
import { expectAccessible, loginAs, loginNewResident, openTab, openWorld, type BrowserWorld } from './browser';
import { hasText, visible } from './wait';

/**
 * 企业直通车 in the browser: a resident registers her company (a mistyped
 * credit code is caught on the phone first), 高磊 of the economic work team
 * verifies it and assigns a liaison, and she sees it verified with its liaison
 * and the message. Two browser contexts; every page is checked with axe.
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

async function heading(page: Page, text: string) {
  await visible(screen(page).getByRole('heading', { level: 1, name: text }));
}

const COMPANY = '青岛湖岛新材料有限公司';
const CODE = '91370203MADX00008H';
const ID = 'ent-91370203madx00008h';

describe('an enterprise registers and is verified', () => {
  let owner: Page;
  let staff: Page;

  beforeAll(async () => {
    owner = await world.newPage();
    staff = await world.newPage();
    await loginNewResident(owner, 'e2e-enterprise-owner');
    await loginAs(staff, '高磊');
  });

  it('a resident opens 企业直通车 from home and is offered registration', async () => {
    await screen(owner).getByTestId('entry-enterprise').click();
    await heading(owner, '企业直通车');
    await hasText(byTestId(owner, 'no-enterprise'), '还没有登记企业');
    await expectAccessible(owner, 'enterprise home without an enterprise');
  });

  it('registers the company; a mistyped credit code is caught before sending', async () => {
    await screen(owner).getByRole('button', { name: '登记企业' }).click();
    await heading(owner, '登记企业');
    await expectAccessible(owner, 'registration form');
    const form = screen(owner);
    await form.getByLabel('企业名称').fill(COMPANY);
    await form.getByLabel('统一社会信用代码').fill('91370203MADX00008J');
    await form.getByRole('radio', { name: '制造业' }).click();
    await form.getByRole('radio', { name: '小型' }).click();
    await form.getByLabel('经营地址').fill('美青工业园 9 号厂房');
    await form.getByLabel('联系人').fill('韩雪');
    await form.getByLabel('联系电话').fill('13900000021');
    await form.getByRole('button', { name: '提交登记' }).click();
    await hasText(form.getByRole('alert'), '校验位不对');
    await form.getByLabel('统一社会信用代码').fill(CODE.toLowerCase());
    await form.getByRole('button', { name: '提交登记' }).click();
    await hasText(byTestId(owner, 'register-outcome'), '街道核实后会通知您');
    await form.getByRole('button', { name: '返回企业直通车' }).click();
    await heading(owner, '企业直通车');
    await hasText(byTestId(owner, `my-enterprise-${ID}`), '待核实');
  });

  it('高磊 finds it among the registrations to verify and verifies it', async () => {
    await openTab(staff, '我的');
    await screen(staff)
      .getByRole('button', { name: /企业服务/ })
      .click();
    await heading(staff, '企业服务');
    await visible(byTestId(staff, 'coverage'));
    await expectAccessible(staff, 'staff list of enterprises');
    await screen(staff).getByRole('radio', { name: '待核实' }).click();
    await screen(staff)
      .getByRole('button', { name: `${COMPANY}，待核实` })
      .click();
    await heading(staff, COMPANY);
    await hasText(byTestId(staff, 'enterprise-status'), '待核实');
    await expectAccessible(staff, 'enterprise detail, pending');
    await screen(staff).getByRole('button', { name: '核实通过' }).click();
    await hasText(byTestId(staff, 'staff-enterprise-outcome'), '已核实通过');
    await hasText(byTestId(staff, 'enterprise-status'), '已核实');
  });

  it('高磊 assigns the 经济服务办公室 as its liaison', async () => {
    await visible(byTestId(staff, 'assign'));
    await screen(staff).getByRole('radio', { name: '经济服务办公室' }).click();
    await screen(staff).getByRole('button', { name: '确定包联' }).click();
    await hasText(byTestId(staff, 'staff-enterprise-outcome'), '已安排经济服务办公室包联');
    await expectAccessible(staff, 'enterprise detail, verified');
  });

  it('the owner sees her company verified, with its liaison, and the message', async () => {
    await owner.reload();
    await heading(owner, '企业直通车');
    const card = byTestId(owner, `my-enterprise-${ID}`);
    await hasText(card, '已核实');
    await hasText(card, '经济服务办公室');
    await expectAccessible(owner, 'enterprise home, verified');
    await owner.goto('/pages/messages/index');
    await hasText(screen(owner), '企业登记已核实');
    await hasText(screen(owner), '包联责任人已安排');
  });

  it('the owner invites a colleague, who joins with the code', async () => {
    await owner.goto(`/packages/enterprise/invite/index?id=${ID}`);
    await heading(owner, '邀请同事');
    await screen(owner).getByRole('button', { name: '生成邀请码' }).click();
    await hasText(byTestId(owner, 'invite-outcome'), '邀请码已生成');
    const code = (await byTestId(owner, 'invite-code').locator('.code').first().textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{8}$/);
    await expectAccessible(owner, 'invite page');

    const colleague = await world.newPage();
    await loginNewResident(colleague, 'e2e-enterprise-colleague');
    await colleague.goto('/packages/enterprise/join/index');
    await heading(colleague, '用邀请码加入企业');
    await expectAccessible(colleague, 'join page');
    await screen(colleague).getByLabel('邀请码').fill(code.toLowerCase());
    await screen(colleague).getByLabel('您的姓名').fill('李娜');
    await screen(colleague).getByLabel('联系电话').fill('13900000022');
    await screen(colleague).getByRole('button', { name: '加入' }).click();
    await hasText(byTestId(colleague, 'join-outcome'), `您已成为${COMPANY}的联系人`);
  });

  it('高磊 logs a 进百企 visit to the company and files a finding as a request', async () => {
    await screen(staff).getByRole('button', { name: '记录走访' }).click();
    await heading(staff, '记录走访');
    await expectAccessible(staff, 'visit form');
    await screen(staff).getByLabel('走访人员').fill('高磊');
    await screen(staff).getByLabel('见到的企业人员').fill('韩雪（总经理）');
    await screen(staff).getByLabel('走访发现（每行一条）').fill('想了解技术改造补贴政策');
    await screen(staff).getByRole('button', { name: '保存走访记录' }).click();
    await hasText(byTestId(staff, 'visit-outcome'), '走访已记录');
    await screen(staff).getByRole('button', { name: '返回企业详情' }).click();
    await heading(staff, COMPANY);
    await screen(staff).getByRole('button', { name: '把“想了解技术改造补贴政策”转为诉求' }).click();
    await screen(staff).getByRole('radio', { name: '政策咨询' }).click();
    await screen(staff).getByRole('button', { name: '确定转为诉求' }).click();
    await hasText(byTestId(staff, 'staff-enterprise-outcome'), '已转为诉求');
    await expectAccessible(staff, 'enterprise detail with a filed finding');
  });
});
