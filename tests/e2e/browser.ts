import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startRuntime, type RunningRuntime } from '../helpers/runtime';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const H5_DIR = path.resolve(process.env.H5_DIR ?? path.join(__dirname, '../../dist/h5'));

/** Flags that keep Chromium quiet on a machine without outside network (see platform notes). */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface BrowserWorld {
  runtime: RunningRuntime;
  browser: Browser;
  /** `timezoneId` sets the browser's own zone (e.g. 'UTC': a phone not set to Beijing time). */
  newPage(options?: { timezoneId?: string }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * A runtime over a fresh seeded database serving the H5 build, and a Chromium
 * to drive it. `uploads` names a suite whose uploaded photos go to a temporary
 * folder of its own (removed on close), not the repository's .data/uploads.
 */
export async function openWorld(options: { uploads?: string } = {}): Promise<BrowserWorld> {
  const uploads = options.uploads ? fs.mkdtempSync(path.join(os.tmpdir(), `${options.uploads}-uploads-`)) : null;
  if (uploads) process.env.HUDAO_UPLOADS_DIR = uploads;
  const runtime = await startRuntime({ staticDir: H5_DIR });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  const pages: Page[] = [];
  return {
    runtime,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        locale: 'zh-CN',
        baseURL: runtime.url,
        timezoneId: options.timezoneId,
      });
      const page = await context.newPage();
      page.on('pageerror', (err) => console.warn('[pageerror]', err.message));
      pages.push(page);
      return page;
    },
    async close() {
      await browser.close();
      await runtime.close();
      if (uploads) {
        delete process.env.HUDAO_UPLOADS_DIR;
        fs.rmSync(uploads, { recursive: true, force: true });
      }
    },
  };
}

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; html: string }>;
}

/** Runs axe-core in the page; returns serious and critical violations only. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated rather than added as an inline <script>, which the runtime's content security policy blocks.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe.run(document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Logs in through the login page by tapping the persona's name. */
export async function loginAs(page: Page, personaName: string): Promise<void> {
  await page.goto('/pages/login/index');
  await page
    .getByRole('button', { name: new RegExp(personaName) })
    .first()
    .click();
  await page.waitForURL(/pages\/index\/index|\/$/);
}

/**
 * Logs in a new resident by openid through the login page. Their first login
 * shows the privacy consent step; by default they agree (as most tests need a
 * resident who can act), `{ consent: 'leave' }` leaves the popup open.
 */
export async function loginNewResident(
  page: Page,
  openid: string,
  options: { consent?: 'agree' | 'leave' } = {},
): Promise<void> {
  await page.goto('/pages/login/index');
  await page.getByLabel('用户编号（openid）').fill(openid);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '隐私保护提示' });
  await dialog.waitFor({ state: 'visible' });
  if (options.consent === 'leave') return;
  await dialog.getByRole('button', { name: '同意' }).click();
  await page.waitForURL(/pages\/index\/index|\/$/);
}

/** The visible page (tab pages stay in the DOM, hidden). */
export const root = (page: Page) => page.locator('[data-testid="page-root"]:visible');

export const byTestId = (page: Page, id: string) => page.getByTestId(id).filter({ visible: true });

/** Fails with the page name and axe's findings when a serious or critical violation is present. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect({ where, violations }).toEqual({ where, violations: [] });
}

/** Taps a tab of the H5 tab bar. */
export async function openTab(page: Page, label: string): Promise<void> {
  await page.getByText(label, { exact: true }).last().click();
}
