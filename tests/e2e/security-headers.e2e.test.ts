import type { Page } from 'playwright-core';
import { loginAs, openTab, openWorld, type BrowserWorld } from './browser';
import { visible } from './wait';

/**
 * The runtime sends a content security policy (runtime/protection.ts). This
 * journey proves the Taro H5 build works under it: Chromium reports every
 * blocked script, style, image, font or request as a violation.
 */
let world: BrowserWorld;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(async () => {
  await world?.close();
});

async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) fromConsole.push(msg.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [
    ...fromConsole,
    ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])),
  ];
}

describe('the H5 app under the content security policy', () => {
  it('logs in and opens every tab and the three jobs without a single violation', async () => {
    const page = await world.newPage();
    const violations = await watchViolations(page);
    const reply = await page.goto('/');
    expect(reply?.headers()['content-security-policy']).toContain("script-src 'self'");
    await loginAs(page, '王建华');
    for (const label of ['我要反映', '文化课堂', '为老服务']) {
      await visible(page.getByRole('button', { name: new RegExp(label) }).first());
    }
    expect(await violations()).toEqual([]);
    await page
      .getByRole('button', { name: /文化课堂/ })
      .first()
      .click();
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    await page.goBack();
    for (const tab of ['消息', '我的', '首页']) {
      await openTab(page, tab);
      expect(await violations()).toEqual([]);
    }
  });
});
