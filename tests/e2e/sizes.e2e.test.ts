import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { loginAs, openWorld, root, type BrowserWorld } from './browser';
import { eventually, visible } from './wait';

/**
 * Every page of the app, as the person who can open it, in normal and care
 * mode at a phone viewport (390 x 844): no visible text under 16 px (18 px in
 * care mode) and no tap target under 44 px (60 px in care mode) in its smaller
 * dimension, the tab bar included. One browser, one login per persona.
 *
 * With UPDATE_SCREENS=1 it also writes the README screenshots to docs/screens/.
 */
jest.setTimeout(300_000);

type Persona = 'resident' | 'relative' | 'grid' | 'admin' | 'barber' | 'contact' | 'economic' | 'liaison';
const NAMES: Record<Persona, string> = {
  resident: '王建华',
  relative: '张丽',
  grid: '刘芳',
  admin: '赵强',
  barber: '孙丽娜',
  contact: '马晓东',
  economic: '高磊',
  liaison: '周敏',
};

interface Visit {
  url: string;
  /** A screenshot name for docs/screens (normal and care mode). */
  shot?: string;
}

const ISSUE_ID = '{issueId}';

/** Which page each persona opens; together they cover app.config (checked below). */
const VISITS: Record<Persona, Visit[]> = {
  resident: [
    { url: '/pages/index/index', shot: 'home' },
    { url: '/pages/messages/index' },
    { url: '/pages/me/index' },
    { url: '/packages/issues/index' },
    { url: '/packages/issues/report/index', shot: 'report' },
    { url: `/packages/issues/detail/index?id=${ISSUE_ID}` },
    { url: '/packages/culture/catalogue/index', shot: 'catalogue' },
    { url: '/packages/culture/course/index?id=crs-taichi-24' },
    { url: '/packages/culture/lesson/index?id=crs-taichi-24-l1' },
    { url: '/packages/culture/session/index?id=ses-taichi-yc-next' },
    { url: '/packages/culture/mine/index' },
    { url: '/packages/eldercare/partner-apply/index' },
    { url: '/packages/enterprise/jobs/index' },
    { url: '/packages/enterprise/job/index?id=job-demo-01' },
    { url: '/packages/privacy/policy/index' },
    { url: '/packages/privacy/mine/index' },
  ],
  relative: [
    { url: '/packages/eldercare/index', shot: 'eldercare' },
    { url: '/packages/eldercare/elder-form/index' },
    { url: '/packages/eldercare/elder-form/index?elderId=el-zhang-deshun' },
    { url: '/packages/eldercare/services/index?elderId=el-zhang-deshun' },
    { url: '/packages/eldercare/book/index?elderId=el-zhang-deshun&serviceId=svc-jiali-haircut', shot: 'book' },
    { url: '/packages/eldercare/bookings/index' },
    { url: '/packages/eldercare/booking/index?id=bk_demo_zhang_haircut' },
    { url: '/packages/eldercare/guardians/index?elderId=el-zhang-deshun' },
  ],
  grid: [{ url: '/packages/eldercare/grid/index' }],
  admin: [
    { url: '/packages/admin/roles/index' },
    { url: '/packages/workbench/index' },
    { url: `/packages/workbench/issue/index?id=${ISSUE_ID}` },
    { url: '/packages/workbench/stats/index' },
    { url: '/packages/workbench/address-rules/index' },
    { url: '/packages/workbench/settings/index' },
    { url: '/packages/workbench/moderation/index' },
    { url: '/packages/culture/manage/index' },
    { url: '/packages/culture/session-edit/index' },
    { url: '/packages/culture/session-edit/index?id=ses-taichi-yc-next' },
    { url: '/packages/culture/roster/index?id=ses-taichi-yc-next' },
    { url: '/packages/culture/stats/index' },
    { url: '/packages/culture/course-edit/index' },
    { url: '/packages/culture/course-edit/index?id=crs-taichi-24' },
    { url: '/packages/culture/lesson-edit/index?courseId=crs-taichi-24' },
    { url: '/packages/culture/lesson-edit/index?id=crs-taichi-24-l1' },
    { url: '/packages/eldercare/admin/index' },
    { url: '/packages/eldercare/admin-elders/index' },
    { url: '/packages/eldercare/admin-applications/index' },
    { url: '/packages/eldercare/admin-services/index' },
  ],
  barber: [
    { url: '/packages/eldercare/partner/index' },
    { url: '/packages/eldercare/partner-booking/index?id=bk_demo_zhang_haircut' },
    { url: '/packages/eldercare/partner-services/index' },
    { url: '/packages/eldercare/partner-windows/index?serviceId=svc-jiali-haircut' },
  ],
  // 企业直通车
  contact: [
    { url: '/packages/enterprise/index' },
    { url: '/packages/enterprise/register/index' },
    { url: '/packages/enterprise/join/index' },
    { url: '/packages/enterprise/invite/index?id=ent-91370203madx000032' },
    { url: '/packages/enterprise/my-requests/index' },
    { url: '/packages/enterprise/request-new/index' },
    { url: '/packages/enterprise/request/index?id=rq_demo_open-financing' },
    { url: '/packages/enterprise/job-manage/index' },
    { url: '/packages/enterprise/job-applicants/index?id=job-demo-01' },
    { url: '/packages/enterprise/policies/index' },
    { url: '/packages/enterprise/policy/index?id=pol-demo-city-001' },
  ],
  economic: [
    { url: '/packages/enterprise/staff/index' },
    { url: '/packages/enterprise/staff-enterprise/index?id=ent-91370203madx00007e' },
    { url: '/packages/enterprise/staff-enterprise/index?id=ent-91370203madx000032' },
    { url: '/packages/enterprise/staff-visit/index?enterpriseId=ent-91370203madx000032' },
    { url: '/packages/enterprise/staff-jobs/index' },
    { url: '/packages/enterprise/staff-policies/index' },
  ],
  liaison: [
    { url: '/packages/enterprise/staff-requests/index' },
    { url: '/packages/enterprise/staff-request/index?id=rq_demo_open-financing' },
    { url: '/packages/enterprise/staff-request-stats/index' },
  ],
};

const MODES = [
  { care: false, text: 16, tap: 44 },
  { care: true, text: 18, tap: 60 },
] as const;

let world: BrowserWorld;
let issueId = '';
beforeAll(async () => {
  world = await openWorld();
  const token = await world.runtime.client.login('resident');
  const reply = await world.runtime.client.call('issues', { action: 'mine' }, token);
  issueId = reply.body.data.items[0].id;
});
afterAll(async () => {
  await world?.close();
});

function appPages(): string[] {
  (globalThis as { defineAppConfig?: (c: unknown) => unknown }).defineAppConfig = (c) => c;
  const config = require('../../src/app.config').default as {
    pages: string[];
    subPackages: Array<{ root: string; pages: string[] }>;
  };
  return [...config.pages, ...config.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))].map(
    (p) => `/${p}`,
  );
}

it('the sweep covers every page of app.config', () => {
  const visited = new Set(Object.values(VISITS).flatMap((list) => list.map((v) => v.url.split('?')[0])));
  visited.add('/pages/login/index');
  expect(appPages().filter((p) => !visited.has(p))).toEqual([]);
});

interface Finding {
  what: 'text' | 'tap';
  px: number;
  el: string;
  text: string;
}

/** Runs in the page: every visible text node's font size, and every clickable thing's smaller side. */
function measure(limits: { text: number; tap: number }): Finding[] {
  const found: Finding[] = [];
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    return (el as HTMLElement).checkVisibility
      ? (el as HTMLElement).checkVisibility({ opacityProperty: true, visibilityProperty: true } as never)
      : true;
  };
  const name = (el: Element) => {
    const cls =
      typeof el.className === 'string' && el.className.trim()
        ? `.${el.className.trim().split(/\s+/).slice(0, 3).join('.')}`
        : '';
    const id = el.getAttribute('data-testid');
    return `${el.tagName.toLowerCase()}${cls}${id ? `[${id}]` : ''}`;
  };
  const label = (el: Element) =>
    (el.getAttribute('aria-label') || el.textContent || (el as HTMLInputElement).placeholder || '').trim().slice(0, 24);

  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const text = (node.textContent ?? '').trim();
    const el = node.parentElement;
    if (!text || !el || !shown(el)) continue;
    const px = parseFloat(getComputedStyle(el).fontSize);
    if (px < limits.text) found.push({ what: 'text', px, el: name(el), text: text.slice(0, 24) });
  }

  const ROLES = new Set(['button', 'switch', 'radio', 'checkbox', 'link', 'tab', 'menuitem', 'option']);
  const clickable = (el: Element): boolean => {
    const tag = el.tagName.toLowerCase();
    if (['button', 'select', 'textarea'].includes(tag)) return true;
    if (tag === 'a' && el.hasAttribute('href')) return true;
    if (tag === 'input' && (el as HTMLInputElement).type !== 'hidden') return true;
    if (ROLES.has(el.getAttribute('role') ?? '')) return true;
    const tabindex = el.getAttribute('tabindex');
    if (tabindex !== null && Number(tabindex) >= 0) return true;
    if (el.classList.contains('weui-tabbar__item')) return true;
    // React keeps each element's props on the node: an onClick there is a tap target too.
    const key = Object.keys(el).find((k) => k.startsWith('__reactProps$'));
    const props = key ? (el as unknown as Record<string, { onClick?: unknown; onTap?: unknown }>)[key] : undefined;
    return Boolean(props && (props.onClick || props.onTap));
  };
  const all = Array.from(document.body.querySelectorAll('*')).filter((el) => clickable(el) && shown(el));
  const set = new Set(all);
  for (const el of all) {
    // A control inside a larger clickable (an input in its field, a label in a button) is tapped through it.
    let up = el.parentElement;
    let inside = false;
    while (up) {
      if (set.has(up)) {
        inside = true;
        break;
      }
      up = up.parentElement;
    }
    if (inside) continue;
    const r = el.getBoundingClientRect();
    const px = Math.round(Math.min(r.width, r.height) * 10) / 10;
    if (px < limits.tap) found.push({ what: 'tap', px, el: name(el), text: label(el) });
  }
  return found;
}

async function settle(page: Page, care: boolean) {
  await visible(root(page).getByRole('heading', { level: 1 }));
  // Measuring the wrong mode would pass too easily: the page root must say which mode it is in.
  await eventually(
    `care mode ${care}`,
    async () => ((await root(page).getAttribute('class')) ?? '').split(/\s+/).includes('care'),
    (on) => on === care,
  );
  await page.waitForLoadState('networkidle');
  await eventually(
    'page loaded',
    () => root(page).getByText('正在加载', { exact: false }).count(),
    (n) => n === 0,
  );
}

const SHOTS = process.env.UPDATE_SCREENS === '1' ? path.join(__dirname, '../../docs/screens') : null;

async function sweep(page: Page, persona: Persona, mode: (typeof MODES)[number]): Promise<Record<string, Finding[]>> {
  const report: Record<string, Finding[]> = {};
  for (const visit of VISITS[persona]) {
    const url = visit.url.replace(ISSUE_ID, issueId);
    await page.goto(url);
    await settle(page, mode.care);
    const findings = await page.evaluate(measure, { text: mode.text, tap: mode.tap });
    if (findings.length) report[url] = findings;
    if (SHOTS && visit.shot) {
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, `${visit.shot}${mode.care ? '-care' : ''}.png`) });
    }
  }
  return report;
}

/** Sets care mode the way a resident does: the 大字版 switch at the top of 首页. */
async function setCare(page: Page, on: boolean) {
  await page.goto('/pages/index/index');
  const toggle = root(page).getByRole('switch', { name: '大字版' });
  await visible(toggle);
  if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click();
  await eventually(
    'care mode set',
    () => toggle.getAttribute('aria-checked'),
    (v) => v === String(on),
  );
}

describe.each(Object.keys(VISITS) as Persona[])('every page of %s', (persona) => {
  let page: Page;
  beforeAll(async () => {
    page = await world.newPage();
    await loginAs(page, NAMES[persona]);
    // First launch offers 大字版 once; answer it so it does not sit on top of 首页 in the screenshots.
    const no = root(page).getByRole('button', { name: '暂不需要' });
    await visible(no);
    await no.click();
  });

  it.each(MODES.map((m) => [m.care ? 'care mode' : 'normal mode', m] as const))(
    'in %s: text and tap targets are large enough',
    async (_name, mode) => {
      await setCare(page, mode.care);
      expect(await sweep(page, persona, mode)).toEqual({});
    },
  );
});

describe('the measure itself', () => {
  it('catches small text and a small tap target, and counts the tab bar items as targets', async () => {
    const page = await world.newPage();
    await loginAs(page, NAMES.resident);
    await settle(page, false);
    await page.evaluate(() => {
      const host = document.querySelector('[data-testid="page-root"]')!;
      host.insertAdjacentHTML(
        'beforeend',
        '<div style="font-size:12px">小字</div><button style="width:30px;height:30px;font-size:16px">点</button>',
      );
    });
    const findings = await page.evaluate(measure, { text: 16, tap: 44 });
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ what: 'text', px: 12, text: '小字' }),
        expect.objectContaining({ what: 'tap', px: 30, text: '点' }),
      ]),
    );
    // With an impossible limit every tab bar item must show up: proof they are measured.
    const all = await page.evaluate(measure, { text: 0, tap: 10_000 });
    expect(all.filter((f) => f.el.includes('weui-tabbar__item'))).toHaveLength(3);
    await page.context().close();
  });
});

describe('the login page (signed out)', () => {
  it.each(MODES.map((m) => [m.care ? 'care mode' : 'normal mode', m] as const))(
    'in %s: text and tap targets are large enough',
    async (_name, mode) => {
      const page = await world.newPage();
      if (mode.care) {
        // Signed out there is no 首页 switch: carry the choice in storage as the switch stores it.
        await page.goto('/pages/login/index');
        await page.evaluate(() => localStorage.setItem('dqej.careMode', JSON.stringify({ data: 'on' })));
      }
      await page.goto('/pages/login/index');
      await settle(page, mode.care);
      expect(await page.evaluate(measure, { text: mode.text, tap: mode.tap })).toEqual([]);
      await page.context().close();
    },
  );
});
